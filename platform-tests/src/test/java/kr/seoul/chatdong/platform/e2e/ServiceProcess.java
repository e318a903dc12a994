package kr.seoul.chatdong.platform.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service of the platform as operators run it: its packaged quarkus-run.jar in its own JVM. */
final class ServiceProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    ServiceProcess(String name, int port, Map<String, String> environment, Path log) {
        this.name = name;
        this.port = port;
        this.environment = environment;
        this.log = log;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the JVM; {@code extra} environment only for this start (e.g. wiping the database once). */
    void start(Map<String, String> extra) throws IOException {
        Path jar = Platform.root().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw package (./chatdong test does)");
        }
        // As ./chatdong runs it: the shipped JVM options and its AOT cache, in its quarkus-app folder.
        List<String> command = new java.util.ArrayList<>(List.of(Platform.javaBinary()));
        command.addAll(JvmOptions.forService(name));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().remove("HTTP_PORT");
        builder.environment().putAll(environment);
        builder.environment().putAll(extra);
        process = builder.start();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; see " + log);
            }
            if (ready()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    boolean ready() {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Kills the JVM at once (SIGKILL): no shutdown hooks, no graceful close, as in a crash. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
