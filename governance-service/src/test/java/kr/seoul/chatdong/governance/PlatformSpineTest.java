package kr.seoul.chatdong.governance;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.ServiceSpineContract;

@QuarkusTest
class PlatformSpineTest extends ServiceSpineContract {

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/v1/councils", "/api/v1/councils/{id}");
    }

    @Override
    protected String migratedTable() {
        return "council";
    }
}
