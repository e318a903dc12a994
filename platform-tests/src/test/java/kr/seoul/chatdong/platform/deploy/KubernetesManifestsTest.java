package kr.seoul.chatdong.platform.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.ObjectMapper;

import kr.seoul.chatdong.platform.RepositoryRoot;

/**
 * The Kubernetes manifests the build generates for the four services (quarkus-kubernetes,
 * {@code <service>/target/kubernetes/kubernetes.yml}) and the infrastructure ones in
 * {@code deploy/kubernetes/} are valid objects (kubernetes-models' schemas, from npm) and keep the
 * platform's rules: environment only through envFrom/valueFrom, probes and resources on the
 * services' containers, a PodDisruptionBudget per service. Keycloak (deploy/kubernetes/keycloak.yml, the
 * realm from infra/keycloak by kustomize) is the pinned image in production mode importing the
 * production realm only, with its own database and probes on its management port, and chatdong-config
 * points the services at it; nothing of the former JWT public key is left.
 */
class KubernetesManifestsTest {

    static final List<String> SERVICES =
            List.of("governance-service", "monitoring-service", "training-service", "cases-service");
    static final List<String> INFRASTRUCTURE = List.of("config.yml", "postgres.yml", "kafka.yml", "keycloak.yml");
    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3";
    static final String KEYCLOAK_DATABASE = "chatdong_keycloak";
    static final String REALM_FILE_NAME = "realm-chatdong.json";
    static final String REALM_IMPORT = "/opt/keycloak/data/import/" + REALM_FILE_NAME;
    static final int KEYCLOAK_MANAGEMENT_PORT = 9000;
    /** What the services verified tokens with before Keycloak: gone from every manifest. */
    static final List<String> RETIRED_TOKEN_SETTINGS =
            List.of("JWT_PUBLIC_KEY", "chatdong-jwt", "JWT_ISSUER", "/deployments/jwt", "CONSOLE_DEV");

    @Test
    void everyManifestValidatesAndKeepsTheRules() throws Exception {
        Path root = RepositoryRoot.get();
        Path node = Path.of("node");
        Path script = root.resolve("tools/api-lint/validate-kubernetes.mjs");
        if (!Files.isDirectory(root.resolve("tools/api-lint/node_modules/kubernetes-models"))) {
            fail("kubernetes-models is not installed in tools/api-lint: run ./chatdong test (it runs npm ci there)");
        }
        List<String> command = new ArrayList<>(List.of(node.toString(), script.toString()));
        for (String file : INFRASTRUCTURE) {
            command.add(root.resolve("deploy/kubernetes").resolve(file).toString());
        }
        for (String service : SERVICES) {
            Path manifest = root.resolve(service).resolve("target/kubernetes/kubernetes.yml");
            assertTrue(Files.exists(manifest), "the build generates " + manifest);
            String yaml = Files.readString(manifest, StandardCharsets.UTF_8);
            assertTrue(
                    yaml.contains("kind: Deployment")
                            && yaml.contains("kind: Service")
                            && yaml.contains("kind: PodDisruptionBudget"),
                    service + ": a Deployment, a Service and a PodDisruptionBudget");
            assertTrue(
                    yaml.contains("name: chatdong-config") && yaml.contains("name: chatdong-db"),
                    service + ": envFrom the ConfigMap and Secret");
            assertTrue(
                    !yaml.contains("kind: Job") && !yaml.contains("initContainers"),
                    service + ": migrations run in the pod, no init Job");
            command.add(manifest.toString());
        }
        // The web console: no database, so the ConfigMap only; never the development sign-in.
        Path console = root.resolve("web-console/target/kubernetes/kubernetes.yml");
        assertTrue(Files.exists(console), "the build generates " + console);
        String consoleYaml = Files.readString(console, StandardCharsets.UTF_8);
        assertTrue(
                consoleYaml.contains("kind: Deployment")
                        && consoleYaml.contains("kind: Service")
                        && consoleYaml.contains("kind: PodDisruptionBudget"),
                "web-console: a Deployment, a Service and a PodDisruptionBudget");
        assertTrue(
                consoleYaml.contains("name: chatdong-config") && !consoleYaml.contains("chatdong-db"),
                "web-console: envFrom the ConfigMap only");
        assertTrue(
                !consoleYaml.contains("CONSOLE_DEV_LOGIN"), "web-console: never the development sign-in in a cluster");
        command.add(console.toString());
        Process validate = new ProcessBuilder(command)
                .directory(root.resolve("tools/api-lint").toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(validate.waitFor(2, TimeUnit.MINUTES), "the validator did not finish");
        System.out.print(output);
        assertEquals(0, validate.exitValue(), output);
        // 13 infrastructure objects and 3 per service and for the console
        assertTrue(output.contains("kubernetes: 28 objects, 0 errors"), output);
    }

    @Test
    void keycloakRunsThePinnedImageInProductionModeWithProbesOnItsManagementPort() {
        Map<String, Object> container = keycloakContainer();
        assertEquals(KEYCLOAK_IMAGE, container.get("image"), "keycloak: image");
        List<Object> args = list(container.get("args"), "keycloak: args");
        assertEquals("start", args.get(0), "keycloak: production mode (start, never start-dev): " + args);
        assertTrue(args.contains("--import-realm"), "keycloak: imports the realm at start: " + args);
        Map<String, Object> settings = keycloakSettings();
        assertEquals(
                "true", settings.get("KC_HTTP_ENABLED"), "keycloak: HTTP inside the cluster (TLS ends at the Ingress)");
        assertEquals("true", settings.get("KC_HEALTH_ENABLED"), "keycloak: health endpoints on");
        assertTrue(
                String.valueOf(settings.get("KC_HOSTNAME")).matches("https://[^/]+"),
                "keycloak: KC_HOSTNAME, its public https URL: " + settings.get("KC_HOSTNAME"));

        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Object port : list(container.get("ports"), "keycloak: ports")) {
            Map<String, Object> p = map(port, "keycloak: port");
            ports.put(String.valueOf(p.get("name")), ((Number) p.get("containerPort")).intValue());
        }
        for (Map.Entry<String, String> probe : Map.of(
                        "readinessProbe",
                        "/health/ready",
                        "livenessProbe",
                        "/health/live",
                        "startupProbe",
                        "/health/started")
                .entrySet()) {
            Map<String, Object> httpGet = map(
                    map(container.get(probe.getKey()), "keycloak: " + probe.getKey())
                            .get("httpGet"),
                    "keycloak: " + probe.getKey() + ".httpGet");
            assertEquals(probe.getValue(), httpGet.get("path"), "keycloak: " + probe.getKey() + " path");
            Object port = httpGet.get("port");
            int number = port instanceof Number n
                    ? n.intValue()
                    : Objects.requireNonNull(ports.get(String.valueOf(port)), "no port named " + port);
            assertEquals(KEYCLOAK_MANAGEMENT_PORT, number, "keycloak: " + probe.getKey() + " on the management port");
        }
        assertNotNull(
                map(container.get("resources"), "keycloak: resources").get("limits"), "keycloak: resource limits");
    }

    @Test
    void keycloakImportsTheProductionRealmFromInfraKeycloakAndNeverTheDevelopmentOne() throws IOException {
        Path root = RepositoryRoot.get();
        Map<String, Object> kustomization = map(
                loadAll(root.resolve("deploy/kubernetes/kustomization.yaml")).get(0), "kustomization.yaml");
        List<Object> resources = list(kustomization.get("resources"), "kustomization.yaml: resources");
        for (String file : INFRASTRUCTURE) {
            assertTrue(resources.contains(file), "kustomization.yaml lists " + file);
        }
        assertTrue(
                resources.contains("../../infra/keycloak"),
                "kustomization.yaml includes ../../infra/keycloak, where the realm ConfigMap is made");
        // The realm exists once: no copy under deploy/.
        try (Stream<Path> files = Files.walk(root.resolve("deploy"))) {
            List<Path> json = files.filter(f -> f.toString().endsWith(".json")).collect(Collectors.toList());
            assertTrue(json.isEmpty(), "no realm copy under deploy/: " + json);
        }
        Map<String, Object> realmKustomization = map(
                loadAll(root.resolve("infra/keycloak/kustomization.yaml")).get(0), "infra/keycloak/kustomization.yaml");
        List<Object> generators = list(
                realmKustomization.get("configMapGenerator"), "infra/keycloak/kustomization.yaml: configMapGenerator");
        assertEquals(1, generators.size(), "one generated ConfigMap, the realm");
        Map<String, Object> generator = map(generators.get(0), "configMapGenerator[0]");
        assertEquals("keycloak-realm", generator.get("name"));
        assertEquals(
                List.of(REALM_FILE_NAME),
                generator.get("files"),
                "only the production realm file, never realm-chatdong-dev.json");
        assertFalse(
                Files.readString(root.resolve("infra/keycloak/kustomization.yaml"))
                        .lines()
                        .filter(line -> !line.trim().startsWith("#"))
                        .anyMatch(line -> line.contains("-dev")),
                "infra/keycloak/kustomization.yaml names no development file");
        Map<?, ?> realm = new ObjectMapper()
                .readValue(
                        root.resolve("infra/keycloak").resolve(REALM_FILE_NAME).toFile(), Map.class);
        // The production realm holds no person's account: only service accounts of its clients.
        for (Object user : realm.get("users") instanceof List<?> users ? users : List.of()) {
            Map<String, Object> account = map(user, REALM_FILE_NAME + ": users[]");
            assertTrue(
                    account.containsKey("serviceAccountClientId") && !account.containsKey("credentials"),
                    REALM_FILE_NAME + " is the production realm: no development user in it, found "
                            + account.get("username"));
        }

        Map<String, Object> mount = list(keycloakContainer().get("volumeMounts"), "keycloak: volumeMounts").stream()
                .map(m -> map(m, "volumeMount"))
                .filter(m -> REALM_IMPORT.equals(m.get("mountPath")))
                .findFirst()
                .orElseGet(() -> fail("keycloak mounts nothing at " + REALM_IMPORT));
        assertEquals(REALM_FILE_NAME, mount.get("subPath"), "keycloak: the realm's key in the ConfigMap");
        assertEquals(Boolean.TRUE, mount.get("readOnly"), "keycloak: the realm is mounted read-only");
        Map<String, Object> podSpec = map(
                map(map(keycloak().get("spec"), "spec").get("template"), "template")
                        .get("spec"),
                "keycloak: pod spec");
        Map<String, Object> volume = list(podSpec.get("volumes"), "keycloak: volumes").stream()
                .map(v -> map(v, "volume"))
                .filter(v -> mount.get("name").equals(v.get("name")))
                .findFirst()
                .orElseGet(() -> fail("no volume " + mount.get("name")));
        assertEquals(
                "keycloak-realm",
                map(volume.get("configMap"), "keycloak: realm volume's configMap")
                        .get("name"));
        for (String file : INFRASTRUCTURE) {
            assertFalse(
                    objects(file).toString().contains("realm-chatdong-dev"),
                    file + " never names the development realm");
        }
    }

    /** With kubectl at hand, what {@code kubectl apply -k} would send: the realm ConfigMap generated and referenced. */
    @Test
    void kustomizeRendersTheRealmConfigMapAndItsReference() throws Exception {
        Path root = RepositoryRoot.get();
        Path kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(kubectl != null, "kubectl is not installed: kustomize's output not checked");
        Process render = new ProcessBuilder(
                        kubectl.toString(),
                        "kustomize",
                        root.resolve("deploy/kubernetes").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String rendered = new String(render.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(render.waitFor(1, TimeUnit.MINUTES), "kubectl kustomize did not finish");
        assertEquals(0, render.exitValue(), "kubectl kustomize deploy/kubernetes (no --load-restrictor needed)");
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : yaml().loadAll(rendered)) {
            if (document != null) {
                objects.add(map(document, "rendered object"));
            }
        }
        List<Map<String, Object>> realms = objects.stream()
                .filter(o -> "ConfigMap".equals(o.get("kind")))
                .filter(o -> String.valueOf(map(o.get("metadata"), "metadata").get("name"))
                        .startsWith("keycloak-realm"))
                .collect(Collectors.toList());
        assertEquals(1, realms.size(), "one realm ConfigMap");
        Map<String, Object> data = map(realms.get(0).get("data"), "keycloak-realm: data");
        assertEquals(
                List.of(REALM_FILE_NAME), List.copyOf(data.keySet()), "keycloak-realm holds the production realm only");
        assertEquals(
                Files.readString(root.resolve("infra/keycloak").resolve(REALM_FILE_NAME), StandardCharsets.UTF_8),
                data.get(REALM_FILE_NAME),
                "keycloak-realm is infra/keycloak/" + REALM_FILE_NAME + " as it is");
        String generatedName =
                String.valueOf(map(realms.get(0).get("metadata"), "metadata").get("name"));
        assertTrue(
                rendered.contains("name: " + generatedName + "\n")
                        && rendered.indexOf("name: " + generatedName) != rendered.lastIndexOf("name: " + generatedName),
                "the Deployment refers to the generated name " + generatedName);
        Path out = Files.createTempFile("chatdong-kustomize", ".yml");
        try {
            Files.writeString(out, rendered);
            Process validate = new ProcessBuilder(
                            "node",
                            root.resolve("tools/api-lint/validate-kubernetes.mjs")
                                    .toString(),
                            out.toString())
                    .directory(root.resolve("tools/api-lint").toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(validate.waitFor(2, TimeUnit.MINUTES), "the validator did not finish");
            assertEquals(0, validate.exitValue(), output);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    void keycloakHasItsOwnDatabaseAndRole() {
        Map<String, Object> settings = keycloakSettings();
        assertEquals("postgres", settings.get("KC_DB"), "keycloak: KC_DB");
        assertEquals(
                "jdbc:postgresql://postgres:5432/" + KEYCLOAK_DATABASE,
                settings.get("KC_DB_URL"),
                "keycloak: its own database on the postgres Service");
        assertNotNull(
                settings.get("KC_DB_POOL_MAX_SIZE"),
                "keycloak: KC_DB_POOL_MAX_SIZE bounds its share of max_connections");
        List<String> envFrom = list(keycloakContainer().get("envFrom"), "keycloak: envFrom").stream()
                .map(e -> map(e, "envFrom"))
                .map(e -> e.containsKey("secretRef")
                        ? "secret:" + map(e.get("secretRef"), "secretRef").get("name")
                        : "configmap:"
                                + map(e.get("configMapRef"), "configMapRef").get("name"))
                .collect(Collectors.toList());
        assertEquals(
                List.of("configmap:keycloak-config", "secret:keycloak"),
                envFrom,
                "keycloak: its settings and its Secret");
        Map<String, Object> secret = object("keycloak.yml", "Secret", "keycloak");
        Map<String, Object> secretData = map(secret.get("stringData"), "Secret keycloak: stringData");
        for (String key : List.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD", "KC_DB_USERNAME", "KC_DB_PASSWORD")) {
            assertTrue(secretData.containsKey(key), "Secret keycloak holds " + key);
        }

        // postgres.yml makes the database, owned by the role of Secret keycloak.
        String script = String.valueOf(
                map(object("postgres.yml", "ConfigMap", "postgres-init").get("data"), "postgres-init: data")
                        .get("databases.sh"));
        assertTrue(
                Pattern.compile("CREATE DATABASE[^\\n]*" + KEYCLOAK_DATABASE)
                        .matcher(script)
                        .find(),
                "postgres-init creates " + KEYCLOAK_DATABASE + ":\n" + script);
        assertTrue(
                script.contains("CREATE ROLE")
                        && script.contains("$KEYCLOAK_DB_USER")
                        && script.contains("$KEYCLOAK_DB_PASSWORD"),
                "postgres-init creates Keycloak's role from KEYCLOAK_DB_USER / KEYCLOAK_DB_PASSWORD:\n" + script);
        Map<String, Object> postgres = object("postgres.yml", "StatefulSet", "postgres");
        Map<String, Object> postgresContainer = map(
                list(
                                map(
                                                map(
                                                                map(postgres.get("spec"), "spec")
                                                                        .get("template"),
                                                                "template")
                                                        .get("spec"),
                                                "pod spec")
                                        .get("containers"),
                                "containers")
                        .get(0),
                "postgres container");
        Map<String, String> fromSecret = new LinkedHashMap<>();
        for (Object e : list(postgresContainer.get("env"), "postgres: env")) {
            Map<String, Object> env = map(e, "env");
            if (env.get("valueFrom") instanceof Map<?, ?> valueFrom
                    && valueFrom.get("secretKeyRef") instanceof Map<?, ?> ref) {
                fromSecret.put(String.valueOf(env.get("name")), ref.get("name") + "/" + ref.get("key"));
            }
        }
        assertEquals(
                "keycloak/KC_DB_USERNAME",
                fromSecret.get("KEYCLOAK_DB_USER"),
                "postgres: KEYCLOAK_DB_USER is the user Keycloak logs in as");
        assertEquals(
                "keycloak/KC_DB_PASSWORD",
                fromSecret.get("KEYCLOAK_DB_PASSWORD"),
                "postgres: KEYCLOAK_DB_PASSWORD is Keycloak's password");
    }

    /** chatdong-config: the issuer Keycloak announces, its keys through the in-cluster Service; no JWT key anywhere. */
    @Test
    void theServicesTrustTheRealmThroughChatdongConfig() {
        Map<String, Object> config =
                map(object("config.yml", "ConfigMap", "chatdong-config").get("data"), "chatdong-config: data");
        assertEquals(
                keycloakSettings().get("KC_HOSTNAME") + "/realms/chatdong",
                config.get("OIDC_ISSUER"),
                "chatdong-config: OIDC_ISSUER is keycloak-config's KC_HOSTNAME + /realms/chatdong (what tokens name)");
        Map<String, Object> service = object("keycloak.yml", "Service", "keycloak");
        int port = ((Number) map(
                                list(map(service.get("spec"), "spec").get("ports"), "ports")
                                        .get(0),
                                "port")
                        .get("port"))
                .intValue();
        assertEquals(
                "http://keycloak:" + port + "/realms/chatdong/protocol/openid-connect/certs",
                config.get("OIDC_JWKS_URL"),
                "chatdong-config: OIDC_JWKS_URL, the realm's keys through the Service keycloak");
        Map<String, Object> selector =
                map(map(service.get("spec"), "spec").get("selector"), "keycloak Service: selector");
        Map<String, Object> labels = map(
                map(
                                map(map(keycloak().get("spec"), "spec").get("template"), "template")
                                        .get("metadata"),
                                "metadata")
                        .get("labels"),
                "labels");
        assertTrue(
                labels.entrySet().containsAll(selector.entrySet()), "the Service keycloak selects the Keycloak pods");

        Path root = RepositoryRoot.get();
        List<Path> files = new ArrayList<>();
        INFRASTRUCTURE.forEach(f -> files.add(root.resolve("deploy/kubernetes").resolve(f)));
        files.add(root.resolve("deploy/kubernetes/kustomization.yaml"));
        Stream.concat(SERVICES.stream(), Stream.of("web-console"))
                .map(s -> root.resolve(s).resolve("target/kubernetes/kubernetes.yml"))
                .filter(Files::exists)
                .forEach(files::add);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            // The objects, not the comments (they may tell what changed).
            String text = loadAll(file).toString();
            RETIRED_TOKEN_SETTINGS.stream()
                    .filter(text::contains)
                    .forEach(word -> found.add(root.relativize(file) + ": " + word));
        }
        assertTrue(found.isEmpty(), "tokens are verified with the issuer's JWKS only; still there: " + found);
    }

    // ---------------------------------------------------------------- helpers

    static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    static List<Object> loadAll(Path file) {
        try {
            List<Object> documents = new ArrayList<>();
            for (Object document : yaml().loadAll(Files.readString(file, StandardCharsets.UTF_8))) {
                if (document != null) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<Object> objects(String file) {
        return loadAll(RepositoryRoot.get().resolve("deploy/kubernetes").resolve(file));
    }

    static Map<String, Object> object(String file, String kind, String name) {
        return objects(file).stream()
                .map(o -> map(o, file + ": object"))
                .filter(o -> kind.equals(o.get("kind"))
                        && name.equals(map(o.get("metadata"), "metadata").get("name")))
                .findFirst()
                .orElseGet(() -> fail(file + " has no " + kind + " " + name));
    }

    static Map<String, Object> keycloak() {
        return object("keycloak.yml", "Deployment", "keycloak");
    }

    static Map<String, Object> keycloakContainer() {
        List<Object> containers = list(
                map(
                                map(map(keycloak().get("spec"), "spec").get("template"), "template")
                                        .get("spec"),
                                "pod spec")
                        .get("containers"),
                "keycloak: containers");
        return containers.stream()
                .map(c -> map(c, "container"))
                .filter(c -> "keycloak".equals(c.get("name")))
                .findFirst()
                .orElseGet(() -> fail("the Deployment keycloak has no container keycloak"));
    }

    static Map<String, Object> keycloakSettings() {
        return map(object("keycloak.yml", "ConfigMap", "keycloak-config").get("data"), "keycloak-config: data");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String what) {
        assertInstanceOf(Map.class, value, what + " should be a mapping, is: " + value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value, String what) {
        assertInstanceOf(List.class, value, what + " should be a list, is: " + value);
        return (List<Object>) value;
    }
}
