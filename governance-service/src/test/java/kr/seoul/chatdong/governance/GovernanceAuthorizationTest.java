package kr.seoul.chatdong.governance;

import static kr.seoul.chatdong.governance.GovernanceFixtures.COUNCIL;
import static kr.seoul.chatdong.governance.GovernanceFixtures.councilInSeongbuk;
import static kr.seoul.chatdong.governance.GovernanceFixtures.id;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.AuthorizationMatrixContract;

@QuarkusTest
class GovernanceAuthorizationTest extends AuthorizationMatrixContract {

    @Override
    protected List<Write> writes() {
        return List.of(
                new Write("POST /councils", () -> ApiRequest.of("POST", "/api/v1/councils", COUNCIL),
                        Roles.DISTRICT_OFFICER, Roles.MONITOR, "11290", 201),
                new Write("PATCH /councils/{id}", () -> ApiRequest.of("PATCH", councilInSeongbuk(), "{\"description\":\"월례 정기회의\"}")
                        .withHeader("If-Match", "\"0\""), Roles.DISTRICT_OFFICER, Roles.TRAINER, "11290", 200),
                new Write("POST /meetings", () -> ApiRequest.of("POST", "/api/v1/meetings", "{\"councilId\":\""
                        + id(councilInSeongbuk()) + "\",\"title\":\"정기회의\",\"scheduledAt\":\"2030-04-20T14:00:00+09:00\"}"),
                        Roles.DISTRICT_OFFICER, Roles.EDITOR, "11290", 201),
                new Write("POST /councils/{id}/members", () -> ApiRequest.of("POST", councilInSeongbuk() + "/members",
                        "{\"name\":\"위원\",\"sector\":\"PRIVATE\",\"position\":\"MEMBER\",\"termFrom\":\"2016-01-01\"}"),
                        Roles.DISTRICT_OFFICER, Roles.MONITOR, "11290", 201));
    }
}
