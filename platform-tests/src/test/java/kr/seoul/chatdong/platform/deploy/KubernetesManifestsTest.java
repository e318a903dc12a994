package kr.seoul.chatdong.platform.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.platform.RepositoryRoot;

/**
 * The Kubernetes manifests the build generates for the four services (quarkus-kubernetes,
 * {@code <service>/target/kubernetes/kubernetes.yml}) and the infrastructure ones in
 * {@code deploy/kubernetes/} are valid objects (kubernetes-models' schemas, from npm) and keep the
 * platform's rules: environment only through envFrom/valueFrom, probes and resources on the
 * services' containers, a PodDisruptionBudget per service.
 */
class KubernetesManifestsTest {

    static final List<String> SERVICES = List.of("governance-service", "monitoring-service", "training-service", "cases-service");

    @Test
    void everyManifestValidatesAndKeepsTheRules() throws Exception {
        Path root = RepositoryRoot.get();
        Path node = Path.of("node");
        Path script = root.resolve("tools/api-lint/validate-kubernetes.mjs");
        if (!Files.isDirectory(root.resolve("tools/api-lint/node_modules/kubernetes-models"))) {
            fail("kubernetes-models is not installed in tools/api-lint: run ./chatdong test (it runs npm ci there)");
        }
        List<String> command = new ArrayList<>(List.of(node.toString(), script.toString()));
        for (String file : List.of("config.yml", "postgres.yml", "kafka.yml")) {
            command.add(root.resolve("deploy/kubernetes").resolve(file).toString());
        }
        for (String service : SERVICES) {
            Path manifest = root.resolve(service).resolve("target/kubernetes/kubernetes.yml");
            assertTrue(Files.exists(manifest), "the build generates " + manifest);
            String yaml = Files.readString(manifest, StandardCharsets.UTF_8);
            assertTrue(yaml.contains("kind: Deployment") && yaml.contains("kind: Service") && yaml.contains("kind: PodDisruptionBudget"),
                    service + ": a Deployment, a Service and a PodDisruptionBudget");
            assertTrue(yaml.contains("name: chatdong-config") && yaml.contains("name: chatdong-db"), service + ": envFrom the ConfigMap and Secret");
            assertTrue(!yaml.contains("kind: Job") && !yaml.contains("initContainers"), service + ": migrations run in the pod, no init Job");
            command.add(manifest.toString());
        }
        // The web console: no database, so the ConfigMap only; never the development sign-in.
        Path console = root.resolve("web-console/target/kubernetes/kubernetes.yml");
        assertTrue(Files.exists(console), "the build generates " + console);
        String consoleYaml = Files.readString(console, StandardCharsets.UTF_8);
        assertTrue(consoleYaml.contains("kind: Deployment") && consoleYaml.contains("kind: Service") && consoleYaml.contains("kind: PodDisruptionBudget"),
                "web-console: a Deployment, a Service and a PodDisruptionBudget");
        assertTrue(consoleYaml.contains("name: chatdong-config") && !consoleYaml.contains("chatdong-db"), "web-console: envFrom the ConfigMap only");
        assertTrue(!consoleYaml.contains("CONSOLE_DEV_LOGIN"), "web-console: never the development sign-in in a cluster");
        command.add(console.toString());
        Process validate = new ProcessBuilder(command).directory(root.resolve("tools/api-lint").toFile()).redirectErrorStream(true).start();
        String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(validate.waitFor(2, TimeUnit.MINUTES), "the validator did not finish");
        System.out.print(output);
        assertEquals(0, validate.exitValue(), output);
        // 10 infrastructure objects and 3 per service and for the console
        assertTrue(output.contains("kubernetes: 25 objects, 0 errors"), output);
    }
}
