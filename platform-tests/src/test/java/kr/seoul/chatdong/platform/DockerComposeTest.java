package kr.seoul.chatdong.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the deployment files against the code they deploy: {@code docker-compose.yml},
 * {@code .env.example}, {@code infra/postgres/init/}, each service's {@code src/main/docker/Dockerfile.jvm}
 * and the configuration each service reads ({@code application.properties}, commons'
 * {@code META-INF/microprofile-config.properties}), and the Keycloak the services trust
 * ({@code infra/keycloak/realm-chatdong.json}).
 *
 * <p>No Docker needed: the files are parsed, nothing is started.
 */
class DockerComposeTest {

    /** One of the four application services, with its fixed port and its own database. */
    record AppService(String name, int port, String database) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<AppService> APP_SERVICES = List.of(
            new AppService("governance-service", 8081, "chatdong_governance"),
            new AppService("monitoring-service", 8082, "chatdong_monitoring"),
            new AppService("training-service", 8083, "chatdong_training"),
            new AppService("cases-service", 8084, "chatdong_cases"));

    /** The environment-variable contract every service reads. */
    static final Set<String> CONTRACT_VARIABLES = new LinkedHashSet<>(List.of(
            "HTTP_PORT",
            "DB_HOST",
            "DB_PORT",
            "DB_NAME",
            "DB_USER",
            "DB_PASSWORD",
            "KAFKA_BOOTSTRAP_SERVERS",
            "CORS_ORIGINS",
            "OIDC_ISSUER",
            "OIDC_JWKS_URL"));

    /** Read by the image's run-java.sh, not by the service. */
    static final String JAVA_OPTS_APPEND = "JAVA_OPTS_APPEND";

    static final String COMPOSE_FILE = "docker-compose.yml";
    static final String DOCKERFILE = "src/main/docker/Dockerfile.jvm";
    static final String APPLICATION_PROPERTIES = "src/main/resources/application.properties";
    static final String COMMONS_CONFIG = "platform-commons/src/main/resources/META-INF/microprofile-config.properties";
    static final String INITDB_TARGET = "/docker-entrypoint-initdb.d";
    static final String READINESS_PATH = "/q/health/ready";

    static final String KEYCLOAK = "keycloak";
    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3";
    static final String KEYCLOAK_DATABASE = "chatdong_keycloak";
    /** The production realm, the only one a deployment imports; its development part never. */
    static final String REALM_FILE = "infra/keycloak/realm-chatdong.json";

    static final String DEV_REALM_FILE = "realm-chatdong-dev.json";
    static final String REALM_IMPORT_DIR = "/opt/keycloak/data/import";
    /** Keycloak's HTTP port in its container, and its management port (health). */
    static final int KEYCLOAK_HTTP_PORT = 8080;

    static final int KEYCLOAK_MANAGEMENT_PORT = 9000;
    /** What the services verified tokens with before Keycloak: gone from every deployment. */
    static final List<String> RETIRED_TOKEN_SETTINGS =
            List.of("JWT_PUBLIC_KEY", "jwt-public-key", "chatdong-jwt", "JWT_ISSUER", "CONSOLE_DEV");

    /** A MicroProfile Config / Quarkus property expression {@code ${NAME} or ${NAME:default}}. */
    static final Pattern CONFIG_PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?=[:}])");
    /** A compose interpolation, braced ({@code ${NAME}, ${NAME:-x}, ${NAME:?x}}, ...) or bare ({@code $NAME}). */
    static final Pattern COMPOSE_BRACED = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?");

    static final Pattern COMPOSE_BARE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    /** What a secret may be in the compose file: a reference to the environment without a fallback value. */
    static final Pattern SECRET_REFERENCE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(:?\\?[^}]*)?}");

    static Path repoRoot;
    static Map<String, Object> compose;
    static Map<String, Object> services;

    static Stream<AppService> appServices() {
        return APP_SERVICES.stream();
    }

    @BeforeAll
    static void loadCompose() {
        repoRoot = findRepoRoot();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object document = new Yaml(new SafeConstructor(options)).load(read(repoRoot.resolve(COMPOSE_FILE)));
        compose = map(document, COMPOSE_FILE);
        services = map(compose.get("services"), COMPOSE_FILE + ": services");
    }

    // ---------------------------------------------------------------- the compose file as a whole

    @Test
    void definesPostgresKafkaAndTheFourServices() {
        Set<String> expected = new TreeSet<>(List.of("postgres", "kafka", KEYCLOAK));
        APP_SERVICES.forEach(s -> expected.add(s.name()));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(services.keySet());
        assertTrue(
                missing.isEmpty(),
                COMPOSE_FILE + " lacks the services " + missing + " (it has " + services.keySet() + ")");
    }

    /**
     * The web console: after Keycloak and the four services are healthy, the services' URLs and the issuer the
     * browser signs in at, never the development sign-in.
     */
    @Test
    void webConsoleWaitsForTheServicesAndNeverSignsTokens() {
        Map<String, String> env = environment("web-console");
        assertEquals(
                Set.of(
                        "HTTP_PORT",
                        "OIDC_ISSUER",
                        "GOVERNANCE_URL",
                        "MONITORING_URL",
                        "TRAINING_URL",
                        "CASES_URL",
                        "JAVA_OPTS_APPEND"),
                env.keySet(),
                "web-console: only the variables it reads");
        assertFalse(
                String.valueOf(service("web-console")).contains("CONSOLE_DEV"),
                "web-console: no development sign-in in a container");
        assertEquals(
                keycloakIssuer(),
                env.get("OIDC_ISSUER"),
                "web-console: the browser signs in at the issuer Keycloak announces");
        assertTrue(
                healthcheckTest("web-console").contains("http://localhost:8080/q/health/ready"),
                healthcheckTest("web-console"));
        Map<String, Object> dependsOn = map(service("web-console").get("depends_on"), "web-console: depends_on");
        assertEquals(
                "service_healthy",
                String.valueOf(map(dependsOn.get(KEYCLOAK), "web-console: depends_on.keycloak")
                        .get("condition")),
                "web-console sends people to Keycloak's sign-in: it waits for it");
        for (AppService svc : APP_SERVICES) {
            assertEquals(
                    "service_healthy",
                    String.valueOf(map(dependsOn.get(svc.name()), "web-console: depends_on." + svc.name())
                            .get("condition")));
            assertEquals(
                    "http://localhost:" + svc.port(),
                    env.get(svc.name().replace("-service", "").toUpperCase(Locale.ROOT) + "_URL"));
        }
    }

    @Test
    void postgresAndKafkaHaveHealthchecks() {
        for (String name : List.of("postgres", "kafka")) {
            String test = healthcheckTest(name);
            assertFalse(test.isBlank(), name + " has an empty healthcheck test");
        }
        assertTrue(
                healthcheckTest("postgres").contains("pg_isready"),
                "postgres healthcheck should run pg_isready, is: " + healthcheckTest("postgres"));
        String kafkaTest = healthcheckTest("kafka");
        assertTrue(
                kafkaTest.contains("kafka-broker-api-versions.sh") || kafkaTest.contains("kafka-topics.sh"),
                "kafka healthcheck should ask the broker (kafka-broker-api-versions.sh or kafka-topics.sh), is: "
                        + kafkaTest);
    }

    @Test
    void noLiteralSecrets() {
        List<String> offences = new ArrayList<>();
        findLiteralSecrets(compose, COMPOSE_FILE, offences);
        assertTrue(
                offences.isEmpty(),
                "Every key containing PASSWORD or SECRET must take its value from the environment as ${VAR} or "
                        + "${VAR:?message} (no literal, no :- fallback); offending entries:\n  "
                        + String.join("\n  ", offences));
    }

    @Test
    void envExampleDefinesEveryVariableTheComposeFileRequires() {
        Set<String> required = new TreeSet<>();
        Set<String> optional = new TreeSet<>();
        collectInterpolations(compose, required, optional);
        assertFalse(
                required.isEmpty(),
                COMPOSE_FILE + " references no variable without default; secrets should come from .env");

        Path envExample = repoRoot.resolve(".env.example");
        assertTrue(Files.isRegularFile(envExample), ".env.example is missing at " + envExample);
        Map<String, String> defined = parseEnvFile(envExample);

        List<String> problems = new ArrayList<>();
        for (String name : required) {
            if (!defined.containsKey(name)) {
                problems.add(name + " is not defined");
            } else if (defined.get(name).isEmpty()) {
                problems.add(name + " is defined empty");
            }
        }
        assertTrue(
                problems.isEmpty(),
                ".env.example must give a dev value to every variable " + COMPOSE_FILE + " uses without a default "
                        + required + ":\n  " + String.join("\n  ", problems));
    }

    @Test
    void postgresInitScriptsCreateTheFourDatabases() {
        Map<String, Object> postgres = service("postgres");
        List<Object> volumes = list(postgres.get("volumes"), "postgres: volumes");
        String source = null;
        for (Object volume : volumes) {
            String[] mount = mount(volume);
            if (INITDB_TARGET.equals(stripTrailingSlash(mount[1]))) {
                source = mount[0];
            }
        }
        assertNotNull(source, "postgres mounts nothing at " + INITDB_TARGET + "; volumes: " + volumes);
        assertTrue(
                source.startsWith("./") || source.startsWith("../"),
                "the init folder should be a bind mount of a folder of this repository, is: " + source);
        Path initDir = repoRoot.resolve(source).normalize();
        assertTrue(Files.isDirectory(initDir), "postgres init folder " + initDir + " does not exist");

        List<Path> scripts;
        try (Stream<Path> files = Files.list(initDir)) {
            scripts = files.filter(
                            p -> p.toString().endsWith(".sh") || p.toString().endsWith(".sql"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(scripts.isEmpty(), initDir + " holds no *.sh or *.sql init script");
        // Comment lines left out: naming a database in a comment creates nothing.
        String all = scripts.stream()
                .map(DockerComposeTest::read)
                .flatMap(text -> Arrays.stream(text.split("\\R")))
                .filter(line -> !line.trim().startsWith("#") && !line.trim().startsWith("--"))
                .collect(Collectors.joining("\n"));

        assertTrue(all.toUpperCase(Locale.ROOT).contains("CREATE DATABASE"), scripts + " never says CREATE DATABASE");
        List<String> missing = Stream.concat(
                        APP_SERVICES.stream().map(AppService::database), Stream.of(KEYCLOAK_DATABASE))
                .filter(db -> !Pattern.compile("\\b" + db + "\\b").matcher(all).find())
                .collect(Collectors.toList());
        assertTrue(missing.isEmpty(), "the postgres init scripts " + scripts + " never create " + missing);

        // The init scripts read the roles from CHATDONG_* and KEYCLOAK_* variables: the postgres container must get
        // them.
        Map<String, String> postgresEnv = environment("postgres");
        Set<String> scriptVariables = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{?((?:CHATDONG|KEYCLOAK)_[A-Z0-9_]+)").matcher(all);
        while (m.find()) {
            scriptVariables.add(m.group(1));
        }
        scriptVariables.removeAll(postgresEnv.keySet());
        assertTrue(
                scriptVariables.isEmpty(),
                "the init scripts read " + scriptVariables + " but the postgres service does not set them");
    }

    @Test
    void dockerfilesHaveTheSameShapeButForNameAndPort() {
        AppService first = APP_SERVICES.get(0);
        List<String> reference = normalizedDockerfile(first);
        for (AppService svc : APP_SERVICES.subList(1, APP_SERVICES.size())) {
            List<String> lines = normalizedDockerfile(svc);
            for (int i = 0; i < Math.max(reference.size(), lines.size()); i++) {
                String expected = i < reference.size() ? reference.get(i) : "<end of file>";
                String actual = i < lines.size() ? lines.get(i) : "<end of file>";
                assertEquals(
                        expected,
                        actual,
                        first.name() + " and " + svc.name() + " " + DOCKERFILE
                                + " differ in more than the service name and port, at line " + (i + 1));
            }
        }
    }

    /** Nothing of the development key pair or the development sign-in is left in compose, .env or the init scripts. */
    @Test
    void noTokenKeyFileOrDevelopmentSignIn() {
        assertFalse(compose.containsKey("secrets"), COMPOSE_FILE + ": no secrets left (the JWT public key is gone)");
        Map<String, String> texts = new LinkedHashMap<>();
        // The parsed compose file (comments may tell the history; the configuration may not).
        texts.put(COMPOSE_FILE, String.valueOf(compose));
        texts.put(".env.example", String.valueOf(parseEnvFile(repoRoot.resolve(".env.example"))));
        texts.put(
                "infra/postgres/init/01-chatdong-databases.sh",
                read(repoRoot.resolve("infra/postgres/init/01-chatdong-databases.sh")));
        List<String> found = new ArrayList<>();
        texts.forEach((file, text) ->
                RETIRED_TOKEN_SETTINGS.stream().filter(text::contains).forEach(word -> found.add(file + ": " + word)));
        assertTrue(found.isEmpty(), "tokens are verified with the issuer's JWKS only; still there: " + found);
    }

    // ---------------------------------------------------------------- Keycloak

    @Test
    void keycloakRunsThePinnedImageInProductionMode() {
        assertEquals(KEYCLOAK_IMAGE, String.valueOf(service(KEYCLOAK).get("image")), "keycloak: image");
        List<String> command = keycloakCommand();
        assertEquals("start", command.get(0), "keycloak: production mode (start, never start-dev), is: " + command);
        assertTrue(
                command.contains("--import-realm"),
                "keycloak: imports the realm at start (--import-realm), is: " + command);
        assertEquals(
                "true", keycloakOption("http-enabled"), "keycloak: plain HTTP inside compose (--http-enabled=true)");
        assertEquals("true", keycloakOption("health-enabled"), "keycloak: health endpoints on (--health-enabled=true)");
        assertNotNull(keycloakOption("hostname"), "keycloak: a fixed --hostname, so every token names the same issuer");
        assertEquals("unless-stopped", String.valueOf(service(KEYCLOAK).get("restart")), "keycloak: restart");
    }

    @Test
    void keycloakImportsTheProductionRealmAndNeverTheDevelopmentOne() {
        List<Object> volumes = list(service(KEYCLOAK).get("volumes"), "keycloak: volumes");
        List<String> imports = new ArrayList<>();
        for (Object volume : volumes) {
            String[] mount = mount(volume);
            if (mount[1] != null && mount[1].startsWith(REALM_IMPORT_DIR)) {
                imports.add(mount[0]);
                assertEquals(
                        REALM_IMPORT_DIR + "/realm-chatdong.json",
                        mount[1],
                        "keycloak: where the realm file is mounted");
                boolean readOnly = volume instanceof Map<?, ?> longSyntax
                        ? Boolean.TRUE.equals(longSyntax.get("read_only"))
                        : String.valueOf(volume).endsWith(":ro");
                assertTrue(readOnly, "keycloak: the realm file is mounted read-only, is: " + volume);
            }
        }
        assertEquals(List.of("./" + REALM_FILE), imports, "keycloak imports exactly the production realm file");
        assertFalse(
                String.valueOf(compose).contains(DEV_REALM_FILE),
                COMPOSE_FILE + " must never name the development realm (development users, password grant)");
        Map<String, Object> realm = realm();
        assertEquals("chatdong", realm.get("realm"), REALM_FILE + ": realm");
        // The production realm holds no person's account: only service accounts of its clients.
        for (Object user : realm.get("users") instanceof List<?> users ? users : List.of()) {
            Map<String, Object> account = map(user, REALM_FILE + ": users[]");
            assertTrue(
                    account.containsKey("serviceAccountClientId") && !account.containsKey("credentials"),
                    REALM_FILE + " is the production realm: no development user in it, found "
                            + account.get("username"));
        }
    }

    @Test
    void keycloakHasItsOwnDatabaseAndRole() {
        Map<String, String> env = environment(KEYCLOAK);
        assertEquals("postgres", env.get("KC_DB"), "keycloak: KC_DB");
        assertEquals(
                "jdbc:postgresql://postgres:5432/" + KEYCLOAK_DATABASE,
                env.get("KC_DB_URL"),
                "keycloak: KC_DB_URL, its own database on the compose postgres");
        Map<String, String> postgresEnv = environment("postgres");
        assertEquals(
                postgresEnv.get("KEYCLOAK_DB_USER"),
                env.get("KC_DB_USERNAME"),
                "keycloak: KC_DB_USERNAME is the role the init script creates (postgres' KEYCLOAK_DB_USER)");
        assertEquals(
                postgresEnv.get("KEYCLOAK_DB_PASSWORD"),
                env.get("KC_DB_PASSWORD"),
                "keycloak: KC_DB_PASSWORD is postgres' KEYCLOAK_DB_PASSWORD");
        assertFalse(
                String.valueOf(env.get("KC_DB_USERNAME")).equals(postgresEnv.get("CHATDONG_DB_USER")),
                "keycloak logs in with a role of its own, not the services'");
        String pool = env.get("KC_DB_POOL_MAX_SIZE");
        assertNotNull(
                pool,
                "keycloak: KC_DB_POOL_MAX_SIZE bounds its pool (its default, 100, is all of PostgreSQL's max_connections)");
        assertTrue(Integer.parseInt(pool) <= 10, "keycloak: KC_DB_POOL_MAX_SIZE " + pool);
        Map<String, Object> dependsOn = map(service(KEYCLOAK).get("depends_on"), "keycloak: depends_on");
        assertEquals(
                "service_healthy",
                String.valueOf(map(dependsOn.get("postgres"), "keycloak: depends_on.postgres")
                        .get("condition")));
        for (String name : List.of("KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD")) {
            String value = env.get(name);
            assertTrue(
                    value != null && value.matches("\\$\\{" + name + ":\\?[^}]+}"),
                    "keycloak: the administrator comes from .env, required (${" + name + ":?...}), is: " + value);
        }
    }

    /** Health on the management port; the image has no curl or wget, so bash asks over /dev/tcp. */
    @Test
    void keycloakHealthcheckAsksTheManagementPort() {
        Map<String, Object> healthcheck = map(service(KEYCLOAK).get("healthcheck"), "keycloak: healthcheck");
        assertFalse(Boolean.TRUE.equals(healthcheck.get("disable")), "keycloak: healthcheck is disabled");
        String test = healthcheckTest(KEYCLOAK);
        assertTrue(
                test.contains("/dev/tcp/127.0.0.1/" + KEYCLOAK_MANAGEMENT_PORT)
                        || test.contains("/dev/tcp/localhost/" + KEYCLOAK_MANAGEMENT_PORT),
                "keycloak: healthcheck on the management port " + KEYCLOAK_MANAGEMENT_PORT
                        + " through bash's /dev/tcp, is: " + test);
        assertTrue(test.contains("GET /health/ready "), "keycloak: healthcheck asks /health/ready, is: " + test);
        assertTrue(test.contains(" 200 "), "keycloak: healthcheck wants the status 200, is: " + test);
        assertFalse(test.matches(".*\\b(curl|wget)\\b.*"), "keycloak: the image has neither curl nor wget: " + test);
    }

    /** The issuer Keycloak puts into tokens (its --hostname) is what the services and the console are given. */
    @Test
    void keycloakAnnouncesTheIssuerTheBrowserReaches() {
        String hostname = keycloakOption("hostname");
        Matcher url =
                Pattern.compile("(https?)://(localhost|127\\.0\\.0\\.1):(\\d+)").matcher(hostname);
        assertTrue(url.matches(), "keycloak: --hostname is the URL the browser on the host uses, is: " + hostname);
        int published = Integer.parseInt(url.group(3));
        assertTrue(
                publishedPorts(KEYCLOAK).stream().anyMatch(p -> p[0] == published && p[1] == KEYCLOAK_HTTP_PORT),
                "keycloak: publishes " + published + ":" + KEYCLOAK_HTTP_PORT + " (the port of --hostname)");
        assertFalse(
                publishedPorts(KEYCLOAK).stream().anyMatch(p -> p[1] == KEYCLOAK_MANAGEMENT_PORT),
                "keycloak: the management port stays inside the container");
        assertEquals(hostname + "/realms/chatdong", keycloakIssuer());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    void trustsTheRealmAndFetchesItsKeysInsideTheNetwork(AppService svc) {
        Map<String, String> env = environment(svc.name());
        assertEquals(
                keycloakIssuer(),
                env.get("OIDC_ISSUER"),
                svc.name() + ": OIDC_ISSUER, the issuer Keycloak names in tokens");
        assertEquals(
                "http://" + KEYCLOAK + ":" + KEYCLOAK_HTTP_PORT + "/realms/" + realm().get("realm")
                        + "/protocol/openid-connect/certs",
                env.get("OIDC_JWKS_URL"),
                svc.name() + ": OIDC_JWKS_URL, the realm's keys through the compose network");
        assertFalse(
                env.keySet().stream().anyMatch(name -> name.startsWith("JWT_")),
                svc.name() + ": no JWT_* settings left: " + env.keySet());
    }

    // ---------------------------------------------------------------- each application service

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    void buildsFromItsJvmDockerfile(AppService svc) {
        Object build = service(svc.name()).get("build");
        Map<String, Object> spec = map(build, svc.name() + ": build (needs context and dockerfile)");
        Object context = spec.get("context");
        assertNotNull(context, svc.name() + ": build has no context");
        Path contextDir = repoRoot.resolve(context.toString()).normalize();
        assertEquals(
                repoRoot.resolve(svc.name()).normalize(),
                contextDir,
                svc.name() + " must be built from its own module folder");
        assertEquals(DOCKERFILE, String.valueOf(spec.get("dockerfile")), svc.name() + ": build.dockerfile");
        Path dockerfile = contextDir.resolve(DOCKERFILE);
        assertTrue(
                Files.isRegularFile(dockerfile), svc.name() + " builds from " + dockerfile + ", which does not exist");

        Object image = service(svc.name()).get("image");
        assertTrue(
                image != null && image.toString().startsWith("chatdong/" + svc.name() + ":"),
                svc.name() + " image should be chatdong/" + svc.name() + ":<tag>, is: " + image);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    void publishesItsFixedPortAndListensOnIt(AppService svc) {
        List<int[]> ports = publishedPorts(svc.name());
        assertTrue(
                ports.stream().anyMatch(p -> p[0] == svc.port() && p[1] == svc.port()),
                svc.name() + " should publish " + svc.port() + ":" + svc.port() + ", publishes "
                        + ports.stream().map(p -> p[0] + ":" + p[1]).collect(Collectors.toList()));
        assertEquals(
                String.valueOf(svc.port()),
                environment(svc.name()).get("HTTP_PORT"),
                svc.name() + ": HTTP_PORT must be the published port");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    void healthcheckAsksForReadiness(AppService svc) {
        Map<String, Object> healthcheck = map(service(svc.name()).get("healthcheck"), svc.name() + ": healthcheck");
        assertFalse(Boolean.TRUE.equals(healthcheck.get("disable")), svc.name() + ": healthcheck is disabled");
        String test = healthcheckTest(svc.name());
        assertTrue(
                test.contains(":" + svc.port() + READINESS_PATH),
                svc.name() + " healthcheck should request http://localhost:" + svc.port() + READINESS_PATH + ", is: "
                        + test);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    void waitsForHealthyPostgresAndKafka(AppService svc) {
        Map<String, Object> dependsOn = map(
                service(svc.name()).get("depends_on"),
                svc.name() + ": depends_on (long form, with condition: service_healthy)");
        for (String dependency : List.of("postgres", "kafka")) {
            Object entry = dependsOn.get(dependency);
            assertNotNull(entry, svc.name() + " does not depend on " + dependency);
            Map<String, Object> condition = map(entry, svc.name() + ": depends_on." + dependency);
            assertEquals(
                    "service_healthy",
                    String.valueOf(condition.get("condition")),
                    svc.name() + ": depends_on." + dependency + ".condition");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    void setsTheWholeContract(AppService svc) {
        Set<String> missing = new TreeSet<>(CONTRACT_VARIABLES);
        missing.removeAll(environment(svc.name()).keySet());
        assertTrue(missing.isEmpty(), svc.name() + " does not set " + missing + " in " + COMPOSE_FILE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    void everyVariableItSetsIsReadByTheService(AppService svc) {
        Path properties = repoRoot.resolve(svc.name()).resolve(APPLICATION_PROPERTIES);
        assertTrue(Files.isRegularFile(properties), properties + " is missing");
        Set<String> read = configPlaceholders(properties);
        Path commons = repoRoot.resolve(COMMONS_CONFIG);
        if (Files.isRegularFile(commons)) {
            read.addAll(configPlaceholders(commons));
        }

        List<String> unread = environment(svc.name()).keySet().stream()
                .filter(name -> !JAVA_OPTS_APPEND.equals(name))
                .filter(name -> !read.contains(name))
                .collect(Collectors.toList());
        assertTrue(
                unread.isEmpty(),
                svc.name() + " sets " + unread + " in " + COMPOSE_FILE + ", but neither "
                        + svc.name() + "/" + APPLICATION_PROPERTIES + " nor " + COMMONS_CONFIG
                        + " reads them as ${NAME...}; they read: " + new TreeSet<>(read));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    void usesItsOwnDatabaseAndTheComposeInfrastructure(AppService svc) {
        Map<String, String> env = environment(svc.name());
        assertEquals(svc.database(), env.get("DB_NAME"), svc.name() + ": DB_NAME");
        assertEquals("postgres", env.get("DB_HOST"), svc.name() + ": DB_HOST must be the compose postgres service");
        assertEquals("5432", env.get("DB_PORT"), svc.name() + ": DB_PORT");

        // The role the init scripts create is the one the service logs in as.
        Map<String, String> postgresEnv = environment("postgres");
        assertEquals(
                postgresEnv.get("CHATDONG_DB_USER"),
                env.get("DB_USER"),
                svc.name() + ": DB_USER should be the same .env variable as postgres' CHATDONG_DB_USER");
        assertEquals(
                postgresEnv.get("CHATDONG_DB_PASSWORD"),
                env.get("DB_PASSWORD"),
                svc.name() + ": DB_PASSWORD should be the same .env variable as postgres' CHATDONG_DB_PASSWORD");

        Set<String> advertised = new TreeSet<>();
        for (String listener : environment("kafka")
                .getOrDefault("KAFKA_ADVERTISED_LISTENERS", "")
                .split(",")) {
            int scheme = listener.indexOf("://");
            if (scheme >= 0) {
                advertised.add(listener.substring(scheme + 3).trim());
            }
        }
        String bootstrap = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "");
        for (String server : bootstrap.split(",")) {
            assertTrue(
                    advertised.contains(server.trim()),
                    svc.name() + ": KAFKA_BOOTSTRAP_SERVERS " + bootstrap
                            + " is not among the listeners kafka advertises " + advertised);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    void javaOptionsKeepTheImageOptions(AppService svc) {
        String composeOptions = environment(svc.name()).get(JAVA_OPTS_APPEND);
        assertNotNull(composeOptions, svc.name() + " should set " + JAVA_OPTS_APPEND + " (with -Xmx)");
        assertTrue(
                composeOptions.matches(".*(^|\\s)-Xmx\\d+[mMgG](\\s|$).*"),
                svc.name() + ": " + JAVA_OPTS_APPEND + " should bound the heap with -Xmx, is: " + composeOptions);

        Matcher m =
                Pattern.compile("(?m)^\\s*ENV\\s+JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(dockerfile(svc));
        assertTrue(m.find(), svc.name() + "/" + DOCKERFILE + " sets no ENV JAVA_OPTS_APPEND=\"...\"");
        Set<String> composeTokens =
                new LinkedHashSet<>(Arrays.asList(composeOptions.trim().split("\\s+")));
        List<String> dropped = Arrays.stream(m.group(1).trim().split("\\s+"))
                .filter(option -> !composeTokens.contains(option))
                .collect(Collectors.toList());
        assertTrue(
                dropped.isEmpty(),
                svc.name() + ": " + JAVA_OPTS_APPEND + " in " + COMPOSE_FILE
                        + " replaces the image's, and drops its options " + dropped);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    void dockerfileExposesThePublishedPort(AppService svc) {
        Set<Integer> exposed = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*EXPOSE\\s+(.+)$").matcher(dockerfile(svc));
        while (m.find()) {
            for (String port : m.group(1).trim().split("\\s+")) {
                exposed.add(Integer.parseInt(port.replaceAll("/.*", "")));
            }
        }
        Set<Integer> published =
                publishedPorts(svc.name()).stream().map(p -> p[1]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(svc.port()), exposed, svc.name() + "/" + DOCKERFILE + " EXPOSE");
        assertEquals(
                published,
                exposed,
                svc.name() + ": the Dockerfile exposes " + exposed + " but the compose file publishes " + published);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    void dockerfileIsTheQuarkusJvmShape(AppService svc) {
        String dockerfile = dockerfile(svc);
        String where = svc.name() + "/" + DOCKERFILE + ": ";

        Matcher from = Pattern.compile("(?m)^\\s*FROM\\s+(\\S+)").matcher(dockerfile);
        assertTrue(from.find(), where + "no FROM");
        String image = from.group(1);
        assertTrue(
                image.startsWith("registry.access.redhat.com/ubi9/openjdk-25-runtime:"),
                where + "base image should be ubi9/openjdk-25-runtime (Java 25, as the build) with a tag, is " + image);
        assertFalse(image.endsWith(":latest"), where + "pin the base image tag, is " + image);

        for (String dir : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertTrue(
                    Pattern.compile("(?m)^\\s*COPY\\s+--chown=185\\s+target/quarkus-app/" + Pattern.quote(dir) + "\\s")
                            .matcher(dockerfile)
                            .find(),
                    where + "should COPY --chown=185 target/quarkus-app/" + dir);
        }
        assertTrue(
                Pattern.compile("(?m)^\\s*USER\\s+185\\s*$").matcher(dockerfile).find(), where + "USER 185");
        assertTrue(
                dockerfile.contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""),
                where + "ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"");
        assertTrue(
                Pattern.compile("(?m)^\\s*ENTRYPOINT\\s+\\[\\s*\"/opt/jboss/container/java/run/run-java.sh\"\\s*]")
                        .matcher(dockerfile)
                        .find(),
                where + "ENTRYPOINT [ \"/opt/jboss/container/java/run/run-java.sh\" ]");
        assertTrue(
                dockerfile.contains("chatdong/" + svc.name() + ":dev"),
                where + "the header should say how to build chatdong/" + svc.name() + ":dev");
    }

    // ---------------------------------------------------------------- helpers

    static Path findRepoRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(COMPOSE_FILE))) {
                return dir;
            }
        }
        return fail(COMPOSE_FILE + " not found in " + start + " or any folder above it");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
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

    static Map<String, Object> service(String name) {
        return map(services.get(name), COMPOSE_FILE + ": services." + name);
    }

    /** A service's environment, from either the mapping or the list ({@code KEY=value}) form. */
    static Map<String, String> environment(String name) {
        Object env = service(name).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env == null) {
            return result;
        }
        if (env instanceof List<?> entries) {
            for (Object entry : entries) {
                String s = String.valueOf(entry);
                int eq = s.indexOf('=');
                result.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        } else {
            map(env, name + ": environment").forEach((k, v) -> result.put(k, v == null ? null : String.valueOf(v)));
        }
        return result;
    }

    /** A healthcheck's test as one string (list form joined with spaces). */
    static String healthcheckTest(String name) {
        Map<String, Object> healthcheck = map(service(name).get("healthcheck"), name + ": healthcheck");
        Object test = healthcheck.get("test");
        assertNotNull(test, name + ": healthcheck has no test");
        if (test instanceof List<?> parts) {
            assertFalse(
                    parts.isEmpty() || "NONE".equals(String.valueOf(parts.get(0))),
                    name + ": healthcheck test is empty or NONE");
            return parts.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        return String.valueOf(test);
    }

    /** Published ports as {published, target}; short ({@code [ip:]published:target[/proto]}) or long syntax. */
    static List<int[]> publishedPorts(String name) {
        Object ports = service(name).get("ports");
        assertNotNull(ports, name + " publishes no ports");
        List<int[]> result = new ArrayList<>();
        for (Object port : list(ports, name + ": ports")) {
            if (port instanceof Map<?, ?> longSyntax) {
                result.add(new int[] {
                    Integer.parseInt(String.valueOf(longSyntax.get("published"))),
                    Integer.parseInt(String.valueOf(longSyntax.get("target")))
                });
            } else {
                String[] parts = String.valueOf(port).replaceAll("/.*$", "").split(":");
                assertTrue(parts.length >= 2, name + ": port " + port + " publishes no fixed host port");
                result.add(
                        new int[] {Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1])
                        });
            }
        }
        return result;
    }

    /** A volume entry as {source, target}; short ({@code source:target[:mode]}) or long syntax. */
    static String[] mount(Object volume) {
        if (volume instanceof Map<?, ?> longSyntax) {
            return new String[] {String.valueOf(longSyntax.get("source")), String.valueOf(longSyntax.get("target"))};
        }
        String[] parts = String.valueOf(volume).split(":");
        return parts.length >= 2 ? new String[] {parts[0], parts[1]} : new String[] {null, parts[0]};
    }

    /** Keycloak's command as a list of words (list or string form). */
    static List<String> keycloakCommand() {
        Object command = service(KEYCLOAK).get("command");
        assertNotNull(command, "keycloak: no command (start --import-realm ...)");
        List<String> words = command instanceof List<?> parts
                ? parts.stream().map(String::valueOf).collect(Collectors.toList())
                : Arrays.asList(String.valueOf(command).trim().split("\\s+"));
        assertFalse(words.isEmpty(), "keycloak: empty command");
        return words;
    }

    /** A Keycloak option, from the command ({@code --name=value} or {@code --name value}) or else its KC_NAME variable. */
    static String keycloakOption(String name) {
        List<String> command = keycloakCommand();
        for (int i = 0; i < command.size(); i++) {
            if (command.get(i).startsWith("--" + name + "=")) {
                return command.get(i).substring(name.length() + 3);
            }
            if (command.get(i).equals("--" + name) && i + 1 < command.size()) {
                return command.get(i + 1);
            }
        }
        return environment(KEYCLOAK).get("KC_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The issuer of the realm as Keycloak announces it: its --hostname and the realm file's name. */
    static String keycloakIssuer() {
        String hostname = keycloakOption("hostname");
        assertNotNull(hostname, "keycloak: no --hostname / KC_HOSTNAME");
        return hostname.replaceAll("/+$", "") + "/realms/" + realm().get("realm");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> realm() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readValue(read(repoRoot.resolve(REALM_FILE)), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + REALM_FILE, e);
        }
    }

    static String stripTrailingSlash(String path) {
        return path != null && path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static String dockerfile(AppService svc) {
        Path file = repoRoot.resolve(svc.name()).resolve(DOCKERFILE);
        assertTrue(Files.isRegularFile(file), file + " is missing");
        return read(file);
    }

    /** The Dockerfile's lines with the service's name and port replaced by {@code <service>} and {@code <port>}. */
    static List<String> normalizedDockerfile(AppService svc) {
        return Arrays.asList(dockerfile(svc)
                .replace(svc.name(), "<service>")
                .replace(String.valueOf(svc.port()), "<port>")
                .split("\\R", -1));
    }

    /** The names of the {@code ${NAME...}} expressions in a properties file, comment lines left out. */
    static Set<String> configPlaceholders(Path properties) {
        Set<String> names = new TreeSet<>();
        for (String line : read(properties).split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            Matcher m = CONFIG_PLACEHOLDER.matcher(line);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    static void findLiteralSecrets(Object node, String path, List<String> offences) {
        if (node instanceof Map<?, ?> mapping) {
            mapping.forEach((key, value) -> {
                String where = path + "." + key;
                if (isSecretName(String.valueOf(key))
                        && !(value instanceof Map || value instanceof List)
                        && (value == null
                                || !SECRET_REFERENCE
                                        .matcher(String.valueOf(value))
                                        .matches())) {
                    offences.add(where + ": " + value);
                }
                findLiteralSecrets(value, where, offences);
            });
        } else if (node instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                String where = path + "[" + i + "]";
                if (item instanceof String s
                        && s.indexOf('=') > 0
                        && isSecretName(s.substring(0, s.indexOf('=')))
                        && !SECRET_REFERENCE
                                .matcher(s.substring(s.indexOf('=') + 1))
                                .matches()) {
                    offences.add(where + ": " + s);
                }
                findLiteralSecrets(item, where, offences);
            }
        }
    }

    static boolean isSecretName(String key) {
        String upper = key.toUpperCase(Locale.ROOT);
        return upper.contains("PASSWORD") || upper.contains("SECRET");
    }

    /** Variables the compose file interpolates: required (no default) and optional ({@code :-}, {@code -}, {@code :+}, {@code +}). */
    static void collectInterpolations(Object node, Set<String> required, Set<String> optional) {
        if (node instanceof Map<?, ?> mapping) {
            mapping.values().forEach(v -> collectInterpolations(v, required, optional));
        } else if (node instanceof List<?> items) {
            items.forEach(v -> collectInterpolations(v, required, optional));
        } else if (node instanceof String s) {
            String unescaped = s.replace("$$", "");
            Matcher braced = COMPOSE_BRACED.matcher(unescaped);
            while (braced.find()) {
                String operator = braced.group(2);
                boolean hasDefault = operator != null && (operator.endsWith("-") || operator.endsWith("+"));
                (hasDefault ? optional : required).add(braced.group(1));
            }
            Matcher bare = COMPOSE_BARE.matcher(unescaped);
            while (bare.find()) {
                required.add(bare.group(1));
            }
        }
    }

    static Map<String, String> parseEnvFile(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : read(file).split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("export ")) {
                trimmed = trimmed.substring("export ".length()).trim();
            }
            int eq = trimmed.indexOf('=');
            if (eq > 0) {
                String value = trimmed.substring(eq + 1).trim();
                if (value.length() >= 2
                        && (value.startsWith("\"") && value.endsWith("\"")
                                || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                values.put(trimmed.substring(0, eq).trim(), value);
            }
        }
        return values;
    }
}
