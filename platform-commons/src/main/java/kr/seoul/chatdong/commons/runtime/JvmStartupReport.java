package kr.seoul.chatdong.commons.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Says at start which JDK runs the service and whether the JDK's AOT cache is in use: the one line
 * an operator (and the end-to-end test that starts a service as ./chatdong does) reads to know that
 * a cache was made for this build. A cache that was asked for but not mapped (made for another build,
 * JDK or options: the JVM refuses it and runs without) is a warning, never silent.
 */
@Singleton
public class JvmStartupReport {

    private static final Logger LOG = Logger.getLogger(JvmStartupReport.class);
    static final String AOT_CACHE_OPTION = "-XX:AOTCache=";

    void onStart(@Observes StartupEvent event) {
        String jdk = "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")";
        Optional<String> requested = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith(AOT_CACHE_OPTION))
                .map(argument -> argument.substring(AOT_CACHE_OPTION.length()))
                .reduce((first, last) -> last);
        if (requested.isEmpty()) {
            LOG.infof("%s, no AOT cache", jdk);
            return;
        }
        Optional<String> mapped =
                mappedFile(Path.of(requested.get()).getFileName().toString());
        if (mapped.isPresent()) {
            LOG.infof("%s, AOT cache in use: %s", jdk, mapped.get());
        } else {
            LOG.warnf(
                    "%s, AOT cache %s NOT in use: the JVM refused it (made for another build, JDK or options); "
                            + "./chatdong aot makes it again",
                    jdk, requested.get());
        }
    }

    /** The path of a file of that name mapped into this process (Linux's /proc/self/maps), if any. */
    static Optional<String> mappedFile(String fileName) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/maps"))) {
            return lines.map(line -> line.split("\\s+", 6))
                    .filter(fields -> fields.length == 6)
                    .map(fields -> fields[5].strip())
                    .filter(path -> path.endsWith("/" + fileName))
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
