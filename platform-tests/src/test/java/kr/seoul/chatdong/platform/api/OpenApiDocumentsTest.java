package kr.seoul.chatdong.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document each service writes at build ({@code <service>/target/openapi/openapi.yaml},
 * the same as {@code /q/openapi}) is what other city systems generate clients from. Linted with
 * Spectral ({@code tools/api-lint}, ruleset exactly {@code extends: ["spectral:oas"]}): 0 errors and
 * at most 20 warnings; and every operation has a readable, unique operationId.
 */
class OpenApiDocumentsTest {

    static final int MAX_WARNINGS = 20;

    @ParameterizedTest
    @ValueSource(strings = {"governance-service", "monitoring-service", "training-service", "cases-service"})
    void spectralFindsNoErrors(String service) throws Exception {
        Path root = root();
        Path document = document(root, service);
        Path tools = root.resolve("tools/api-lint");
        Path spectral = tools.resolve("node_modules/.bin/spectral");
        if (!Files.isExecutable(spectral)) {
            fail(
                    "Spectral is not installed in tools/api-lint: run ./chatdong test (it runs npm ci there), or npm ci in tools/api-lint");
        }
        Path report = root.resolve("platform-tests/target/spectral-" + service + ".json");
        Files.createDirectories(report.getParent());
        Process lint = new ProcessBuilder(
                        spectral.toString(),
                        "lint",
                        "--ruleset",
                        tools.resolve(".spectral.yaml").toString(),
                        "--format",
                        "json",
                        "--output",
                        report.toString(),
                        "--fail-severity",
                        "error",
                        document.toString())
                .directory(tools.toFile())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("platform-tests/target/spectral-" + service + ".log")
                        .toFile())
                .start();
        assertTrue(lint.waitFor(3, TimeUnit.MINUTES), "spectral did not finish in 3 minutes");
        assertTrue(
                Files.exists(report),
                "spectral wrote no report; see platform-tests/target/spectral-" + service + ".log");
        // Spectral writes JSON indented with tabs, which YAML does not take: read it as JSON
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results =
                new com.fasterxml.jackson.databind.ObjectMapper().readValue(report.toFile(), List.class);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Map<String, Object> r : results) {
            String line = r.get("code") + " at " + r.get("path") + ": " + r.get("message");
            int severity = ((Number) r.get("severity")).intValue();
            if (severity == 0) {
                errors.add(line);
            } else if (severity == 1) {
                warnings.add(line);
            }
        }
        System.out.printf("spectral %s: %d errors, %d warnings%n", service, errors.size(), warnings.size());
        warnings.forEach(w -> System.out.println("  warning " + w));
        assertEquals(List.of(), errors, "Spectral errors in " + document);
        assertTrue(
                warnings.size() <= MAX_WARNINGS,
                warnings.size() + " Spectral warnings in " + document + " (at most " + MAX_WARNINGS
                        + ", each justified in docs/api-conventions.md)");
        assertEquals(0, lint.exitValue(), "spectral exited with " + lint.exitValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"governance-service", "monitoring-service", "training-service", "cases-service"})
    @SuppressWarnings("unchecked")
    void everyOperationHasAReadableUniqueOperationId(String service) throws Exception {
        Map<String, Object> doc = read(document(root(), service));
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!(op.getValue() instanceof Map<?, ?> operation)
                        || op.getKey().equals("parameters")) {
                    continue;
                }
                Object id = operation.get("operationId");
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                if (!(id instanceof String name) || !name.matches("[a-z][A-Za-z0-9]{3,60}")) {
                    problems.add(where + ": operationId " + id + " is not a readable lowerCamelCase name");
                } else if (!seen.add(name)) {
                    problems.add(where + ": operationId " + name + " is used twice");
                } else if (!path.getKey().startsWith("/q/")
                        && !(operation.get("tags") instanceof List<?> tags && !tags.isEmpty())) {
                    problems.add(where + ": no tag");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(seen.size() >= 8, "only " + seen.size() + " operations in " + service + "'s document");
    }

    /**
     * The contract is committed ({@code <service>/src/main/openapi/openapi.yaml}): a change of the
     * served document shows in review, and a change nobody meant fails here. After an intended change,
     * {@code ./chatdong openapi} builds the services and refreshes the committed files.
     */
    @ParameterizedTest
    @ValueSource(strings = {"governance-service", "monitoring-service", "training-service", "cases-service"})
    void theServedDocumentIsTheCommittedContract(String service) throws Exception {
        Path root = root();
        Path committed = root.resolve(service).resolve("src/main/openapi/openapi.yaml");
        assertTrue(Files.exists(committed), committed + " is missing: ./chatdong openapi writes it");
        List<String> want = Files.readAllLines(committed, StandardCharsets.UTF_8);
        List<String> served = Files.readAllLines(document(root, service), StandardCharsets.UTF_8);
        if (!want.equals(served)) {
            int line = 0;
            while (line < Math.min(want.size(), served.size()) && want.get(line).equals(served.get(line))) {
                line++;
            }
            fail(
                    service + ": the served OpenAPI document differs from the committed " + root.relativize(committed)
                            + " from line "
                            + (line + 1) + ":\n  committed: " + (line < want.size() ? want.get(line) : "(end)")
                            + "\n  served:    "
                            + (line < served.size() ? served.get(line) : "(end)")
                            + "\nIf the change is meant, run ./chatdong openapi and commit the file; if not, the API changed by accident.");
        }
    }

    static Path document(Path root, String service) {
        Path document = root.resolve(service).resolve("target/openapi/openapi.yaml");
        if (!Files.exists(document)) {
            fail(
                    document
                            + " is missing: the service's build writes it (quarkus.smallrye-openapi.store-schema-directory); build the service first");
        }
        return document;
    }

    @SuppressWarnings("unchecked")
    static <T> T read(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (T) new Yaml(options).load(in);
        }
    }

    static Path root() {
        return kr.seoul.chatdong.platform.RepositoryRoot.get();
    }
}
