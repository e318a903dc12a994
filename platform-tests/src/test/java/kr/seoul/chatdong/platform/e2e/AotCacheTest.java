package kr.seoul.chatdong.platform.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The services and the console start as ./chatdong starts them (its {@code jvm-options}) with the
 * JDK's AOT cache their training run made for this build, and use it: the cache file is mapped into
 * the process, and each service's first lines say so. A cache made for another build is refused with
 * a line that says so, and the service runs without it.
 */
class AotCacheTest extends RunningPlatform {

    @Test
    void everyServiceRunsWithTheCacheOfItsBuildAndSaysSo() throws Exception {
        for (ServiceProcess service : platform.services.values()) {
            List<String> options = JvmOptions.forService(service.name);
            assertTrue(options.contains("-XX:AOTCache=app.aot"), service.name + " starts with its cache: " + options);
            assertTrue(
                    mapped(service.pid(), "/" + service.name + "/target/quarkus-app/app.aot"),
                    service.name + ": app.aot is not mapped into pid " + service.pid());
            String log = Files.readString(service.log());
            assertTrue(
                    log.contains("AOT cache in use: "
                            + Platform.root().resolve(service.name).resolve("target/quarkus-app/app.aot")),
                    service.name + " does not report its cache; its log: "
                            + log.lines()
                                    .filter(line -> line.contains("JvmStartupReport"))
                                    .toList());
        }
    }

    @Test
    void theConsoleRunsWithItsCache() throws Exception {
        assertTrue(JvmOptions.forService("web-console").contains("-XX:AOTCache=app.aot"));
        try (ConsoleProcess console = new ConsoleProcess(platform).start()) {
            assertTrue(
                    mapped(console.pid(), "/web-console/target/quarkus-app/app.aot"),
                    "the console's app.aot is not mapped");
        }
    }

    @Test
    void aCacheMadeForAnotherBuildIsNeverUsedSilently() throws Exception {
        // Another build of the application: one jar of the class path changed (a copy with a new time).
        Path app = Platform.root().resolve("cases-service/target/quarkus-app");
        Path jar = app.resolve("quarkus-run.jar");
        var time = Files.getLastModifiedTime(jar);
        try {
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(time.toMillis() + 2000));
            List<String> options = JvmOptions.forService("cases-service");
            assertTrue(
                    options.stream().noneMatch(option -> option.startsWith("-XX:AOTCache")),
                    "a stale cache is left out of the options: " + options);
            String said = JvmOptions.stderrOf("jvm-options", "cases-service");
            assertEquals(
                    1,
                    said.lines()
                            .filter(line -> line.contains("AOT cache was made for another build"))
                            .count(),
                    said);
        } finally {
            Files.setLastModifiedTime(jar, time);
        }
        assertTrue(
                JvmOptions.forService("cases-service").contains("-XX:AOTCache=app.aot"),
                "the same build again: its cache again");
    }

    /** Whether a file whose path ends with {@code suffix} is mapped into process {@code pid} (Linux). */
    static boolean mapped(long pid, String suffix) throws Exception {
        return Files.readAllLines(Path.of("/proc/" + pid + "/maps")).stream()
                .anyMatch(line -> line.strip().endsWith(suffix));
    }
}
