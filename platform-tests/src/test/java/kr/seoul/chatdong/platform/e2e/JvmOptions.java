package kr.seoul.chatdong.platform.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JVM options every service and the console run with (infra/jvm/service.options) and their AOT
 * caches, as ./chatdong chooses them: the tests ask the script itself, so that a service here starts
 * exactly as {@code ./chatdong up} starts it.
 */
public final class JvmOptions {

    private JvmOptions() {}

    /** The options of the file: one per line, blank lines and # comments skipped. */
    public static List<String> shipped() {
        try {
            return Files.readAllLines(Platform.root().resolve("infra/jvm/service.options")).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ./chatdong jvm-options <name>}: the shipped options plus the cache when it fits the build (run in its quarkus-app). */
    static List<String> forService(String name) {
        return chatdong(Duration.SHORT, false, "jvm-options", name)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** What {@code ./chatdong <arguments>} says on stderr (its warnings). */
    static String stderrOf(String... arguments) {
        return chatdong(Duration.SHORT, true, arguments);
    }

    /** {@code ./chatdong aot}: makes the caches that are missing or stale (a training run of a minute or two), else nothing. */
    static String ensureCaches() {
        return chatdong(Duration.TRAINING, false, "aot");
    }

    /** {@code ./chatdong test-keycloak}: the test suite's Keycloak, started when it does not run; answers its issuer. */
    static String testKeycloak() {
        return chatdong(Duration.TRAINING, false, "test-keycloak").strip();
    }

    private enum Duration {
        SHORT(60),
        TRAINING(900);

        final long seconds;

        Duration(long seconds) {
            this.seconds = seconds;
        }
    }

    /** Runs ./chatdong; answers its stdout (or its stderr), and fails with both when it fails. */
    private static String chatdong(Duration limit, boolean stderr, String... arguments) {
        try {
            Path output = Files.createTempFile("chatdong-", ".out");
            Path errors = Files.createTempFile("chatdong-", ".err");
            try {
                List<String> command = new java.util.ArrayList<>(
                        List.of("bash", Platform.root().resolve("chatdong").toString()));
                command.addAll(List.of(arguments));
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(Platform.root().toFile())
                        .redirectOutput(output.toFile())
                        .redirectError(errors.toFile());
                // The test suite's Keycloak (./chatdong aot's training signs in to it), never up's.
                builder.environment().put("KEYCLOAK_INSTANCE", "test");
                builder.environment().remove("OIDC_ISSUER");
                Process process = builder.start();
                if (!process.waitFor(limit.seconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("./chatdong " + String.join(" ", arguments) + " did not end within "
                            + limit.seconds + " s");
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                String said = Files.readString(errors, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(
                            "./chatdong " + String.join(" ", arguments) + " failed:\n" + text + said);
                }
                return stderr ? said : text;
            } finally {
                Files.deleteIfExists(output);
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
