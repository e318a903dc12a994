package kr.seoul.chatdong.platform.e2e;

import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests against the whole platform: a broker and the four service processes. Started once per test
 * run and shared by every test class that extends this one (starting it costs 30–60 s); JUnit closes
 * it when the run ends. Each class gets it back running: a service or the broker a previous class
 * stopped and did not bring back is started again first.
 */
@ExtendWith(RunningPlatform.Shared.class)
abstract class RunningPlatform {

    static Platform platform;
    static HeadlineFlow flow;
    static List<String> allDongs;

    /** Keeps the one Platform of the run in the root context's store, which closes it at the end. */
    static final class Shared implements BeforeAllCallback {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(RunningPlatform.class);

        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
            Platform shared = store.get(Platform.class, Platform.class);
            if (shared == null) {
                shared = startNew();
                store.put(Platform.class, shared);
            } else {
                shared.ensureRunning();
            }
            platform = shared;
            platform.actAsCityAdmin();
            flow = new HeadlineFlow(platform);
            allDongs = flow.allDongCodes();
        }

        private static Platform startNew() throws Exception {
            Platform started = new Platform();
            try {
                return started.start();
            } catch (Exception | Error e) {
                try {
                    started.close();
                } catch (Exception closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        }
    }
}
