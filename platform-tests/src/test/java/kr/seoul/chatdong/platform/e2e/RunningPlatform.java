package kr.seoul.chatdong.platform.e2e;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests against the whole platform: a broker and the four service processes, started once per test class. */
abstract class RunningPlatform {

    static Platform platform;
    static HeadlineFlow flow;
    static List<String> allDongs;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = new Platform().start();
        platform.actAsCityAdmin();
        flow = new HeadlineFlow(platform);
        allDongs = flow.allDongCodes();
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }
}
