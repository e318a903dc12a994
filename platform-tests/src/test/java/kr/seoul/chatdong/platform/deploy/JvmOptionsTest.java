package kr.seoul.chatdong.platform.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.platform.RepositoryRoot;
import kr.seoul.chatdong.platform.e2e.JvmOptions;

/**
 * Every way of running a service or the console carries the JVM options of infra/jvm/service.options
 * and its AOT cache: ./chatdong and the end-to-end tests read the file (the tests through
 * {@code ./chatdong jvm-options}); the Dockerfiles (JAVA_OPTS_APPEND, and the collector in
 * GC_CONTAINER_OPTIONS, which the image's run-java.sh reads) and docker-compose.yml repeat them.
 */
class JvmOptionsTest {

    /** Every image that runs a JVM of the platform: the four services and the console. */
    static final List<String> IMAGES =
            List.of("governance-service", "monitoring-service", "training-service", "cases-service", "web-console");

    static final String IMAGE_AOT_CACHE = "-XX:AOTCache=/deployments/app.aot";

    @Test
    void theDockerfilesAndComposeCarryTheShippedOptions() throws Exception {
        Path root = RepositoryRoot.get();
        List<String> shipped = JvmOptions.shipped();
        assertTrue(shipped.contains("-Xmx256m"), "the heap stays bounded: " + shipped);
        String compose = Files.readString(root.resolve("docker-compose.yml"), StandardCharsets.UTF_8);
        Matcher composeOptions =
                Pattern.compile("(?m)^\\s*JAVA_OPTS_APPEND:\\s*(.*)$").matcher(compose);
        assertTrue(composeOptions.find(), "docker-compose.yml sets JAVA_OPTS_APPEND");
        assertTrue(
                List.of(composeOptions.group(1).split("\\s+")).contains(IMAGE_AOT_CACHE),
                "docker-compose.yml's JAVA_OPTS_APPEND names the image's AOT cache " + IMAGE_AOT_CACHE);
        for (String service : IMAGES) {
            String dockerfile = Files.readString(
                    root.resolve(service).resolve("src/main/docker/Dockerfile.jvm"), StandardCharsets.UTF_8);
            String inImage = value(dockerfile, "JAVA_OPTS_APPEND") + " " + value(dockerfile, "GC_CONTAINER_OPTIONS");
            assertTrue(value(dockerfile, "MALLOC_ARENA_MAX").equals("2"), service + ": MALLOC_ARENA_MAX=2");
            assertTrue(
                    List.of(inImage.split("\\s+")).contains(IMAGE_AOT_CACHE),
                    service + "/Dockerfile.jvm runs with " + IMAGE_AOT_CACHE);
            assertTrue(
                    dockerfile.contains("target/quarkus-app/app.ao[t] /deployments/"),
                    service + "/Dockerfile.jvm copies the AOT cache when there is one");
            for (String option : shipped) {
                assertTrue(
                        List.of(inImage.split("\\s+")).contains(option), service + "/Dockerfile.jvm lacks " + option);
                boolean collector = option.startsWith("-XX:+Use") && option.endsWith("GC");
                assertTrue(
                        collector
                                || List.of(composeOptions.group(1).split("\\s+"))
                                        .contains(option),
                        "docker-compose.yml's JAVA_OPTS_APPEND (which replaces the image's) lacks " + option);
            }
        }
    }

    private static String value(String dockerfile, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*ENV\\s+" + name + "=\"([^\"]*)\"").matcher(dockerfile);
        assertTrue(m.find(), "no ENV " + name + "=\"...\"");
        return m.group(1);
    }
}
