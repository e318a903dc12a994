package kr.seoul.chatdong.platform.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JVM options every service runs with (infra/jvm/service.options), as ./chatdong reads them. */
public final class JvmOptions {

    private JvmOptions() {
    }

    /** The options of the file: one per line, blank lines and # comments skipped. */
    public static List<String> shipped() {
        try {
            return Files.readAllLines(Platform.root().resolve("infra/jvm/service.options")).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped options plus the service's AppCDS archive when the build made one (run in {@code quarkusApp}). */
    static List<String> forService(Path quarkusApp) {
        List<String> options = new ArrayList<>(shipped());
        if (Files.exists(quarkusApp.resolve("app-cds.jsa"))) {
            options.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        return options;
    }
}
