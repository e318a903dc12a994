package kr.seoul.chatdong.platform.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real Apache Kafka broker (KRaft, single node) of the end-to-end tests' own, in its own process
 * and storage, so that a test can stop it and start it again without disturbing anything else.
 */
final class BrokerProcess {

    private final Path lib;
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private Process process;

    BrokerProcess(Path lib, Path dir, int port, int controllerPort) {
        this.lib = lib;
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Fresh storage, formatted once. */
    void format() throws Exception {
        if (!Files.isDirectory(lib)
                || Files.list(lib).noneMatch(p -> p.toString().endsWith(".jar"))) {
            throw new IllegalStateException(
                    "No Kafka broker jars in " + lib + ": run the tests with ./chatdong test (it fetches them)");
        }
        deleteRecursively(dir);
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(
                dir.resolve("server.properties"),
                String.join(
                        "\n",
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                        "controller.listener.names=CONTROLLER",
                        "inter.broker.listener.name=PLAINTEXT",
                        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                        "log.dirs=" + dir.resolve("data"),
                        "offsets.topic.replication.factor=1",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "share.coordinator.state.topic.replication.factor=1",
                        "share.coordinator.state.topic.min.isr=1",
                        "auto.create.topics.enable=true",
                        "num.partitions=3",
                        "group.initial.rebalance.delay.ms=0",
                        ""),
                StandardCharsets.UTF_8);
        String clusterId = tool("kafka.tools.StorageTool", "random-uuid").strip();
        tool(
                "kafka.tools.StorageTool",
                "format",
                "--standalone",
                "-t",
                clusterId,
                "-c",
                dir.resolve("server.properties").toString());
    }

    void start() throws Exception {
        List<String> command = java("-Xms128m", "-Xmx384m");
        command.add("kafka.Kafka");
        command.add(dir.resolve("server.properties").toString());
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("broker.log").toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The e2e broker exited at start; see " + dir.resolve("broker.log"));
            }
            if (answers()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("The e2e broker was not ready in 90 s; see " + dir.resolve("broker.log"));
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Stops the broker as an operator would (SIGTERM), and waits until it is gone. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        } catch (IOException e) {
            return false;
        }
        try (AdminClient admin = AdminClient.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                3000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                3000))) {
            return !admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private String tool(String mainClass, String... args) throws Exception {
        List<String> command =
                java("-Xmx256m", "-Dchatdong.kafka.log.target=SYSTEM_ERR", "-Dchatdong.kafka.log.level=WARN");
        command.add(mainClass);
        command.addAll(List.of(args));
        Process tool = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("tools.log").toFile()))
                .start();
        String out = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!tool.waitFor(60, TimeUnit.SECONDS) || tool.exitValue() != 0) {
            throw new IllegalStateException(mainClass + " failed; see " + dir.resolve("tools.log"));
        }
        return out;
    }

    private List<String> java(String... options) {
        List<String> command = new ArrayList<>();
        command.add(Platform.javaBinary());
        command.addAll(List.of(options));
        command.add("-Dlog4j2.configurationFile=" + Platform.root().resolve("infra/kafka/log4j2.properties"));
        command.add("-cp");
        command.add(lib.toAbsolutePath() + "/*");
        return command;
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
