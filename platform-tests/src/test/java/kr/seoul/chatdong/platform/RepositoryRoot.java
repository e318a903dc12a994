package kr.seoul.chatdong.platform;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root folder (the one with ./chatdong), for tests that read its files or start its jars. */
public final class RepositoryRoot {

    private RepositoryRoot() {}

    public static Path get() {
        String root = System.getProperty("chatdong.root");
        if (root != null) {
            return Path.of(root);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("chatdong"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Cannot find the repository root (the folder with ./chatdong)");
        }
        return dir;
    }
}
