package kr.seoul.chatdong.governance;

import static kr.seoul.chatdong.governance.GovernanceFixtures.councilInSeongbuk;
import static kr.seoul.chatdong.governance.GovernanceFixtures.id;
import static kr.seoul.chatdong.governance.GovernanceFixtures.total;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.HostileInputContract;

@QuarkusTest
class GovernanceHostileInputTest extends HostileInputContract {

    private String council;

    /** One council for the member creates, the member list and the count, made before the count starts. */
    private String council() {
        if (council == null) {
            council = id(councilInSeongbuk());
        }
        return council;
    }

    private String series;

    /** A series of that council, made before the count starts: its cancellation adds nothing. */
    private String series() {
        if (series == null) {
            series = id(kr.seoul.chatdong.testing.ApiRequest.of(
                            "POST", "/api/v1/councils/" + council() + "/meeting-series", GovernanceFixtures.SERIES)
                    .sendAsAdmin()
                    .then()
                    .statusCode(201)
                    .extract()
                    .header("Location"));
        }
        return series;
    }

    private String briefing;

    /** An open event of that council with room for every hostile registration that is accepted. */
    private String briefing() {
        if (briefing == null) {
            briefing = id(kr.seoul.chatdong.testing.ApiRequest.of(
                            "POST",
                            "/api/v1/meetings",
                            "{\"councilId\":\"" + council()
                                    + "\",\"title\":\"설명회\",\"kind\":\"BRIEFING\",\"capacity\":1000,\"scheduledAt\":\"2030-03-10T14:00:00+09:00\"}")
                    .sendAsAdmin()
                    .then()
                    .statusCode(201)
                    .extract()
                    .header("Location"));
        }
        return briefing;
    }

    @Override
    protected List<Create> creates() {
        return List.of(
                new Create(
                        "/api/v1/councils",
                        Map.of(
                                "name",
                                "자문위원회",
                                "kind",
                                "ADVISORY",
                                "establishedOn",
                                "2016-01-01",
                                "description",
                                "설명")),
                new Create(
                        "/api/v1/meetings",
                        Map.of(
                                "councilId",
                                id(councilInSeongbuk()),
                                "title",
                                "정기회의",
                                "scheduledAt",
                                "2030-04-20T14:00:00+09:00",
                                "place",
                                "구청")),
                // one meeting per series: every 201 adds one meeting to the count
                new Create(
                        "/api/v1/councils/" + council() + "/meeting-series",
                        Map.of(
                                "title",
                                "연석회의",
                                "rrule",
                                "FREQ=MONTHLY;COUNT=1",
                                "scheduledAt",
                                "2030-04-10T14:00:00+09:00",
                                "durationMinutes",
                                120,
                                "place",
                                "구청")),
                new Create("/api/v1/meeting-series/" + series() + "/cancel", Map.of("from", "2030-01-01")),
                new Create(
                        "/api/v1/councils/" + council() + "/members",
                        Map.of(
                                "name",
                                "위원",
                                "organisation",
                                "복지관",
                                "sector",
                                "PRIVATE",
                                "position",
                                "MEMBER",
                                "termFrom",
                                "2016-01-01",
                                "termTo",
                                "2017-12-31")),
                new Create(
                        "/api/v1/meetings/" + briefing() + "/registrations",
                        Map.of("name", "참가자", "organisation", "복지관")),
                new Create(
                        "/api/v1/action-items",
                        Map.of("councilId", council(), "title", "현황 조사", "owner", "복지정책과", "dueOn", "2030-05-31")),
                // 서초구 (no seeded team): the first valid variant registers its team, the later ones are 409s
                new Create(
                        "/api/v1/support-teams",
                        Map.of(
                                "districtCode",
                                "11650",
                                "model",
                                "OUTSOURCED",
                                "operator",
                                "서초구 마을공동체지원센터",
                                "startedOn",
                                "2016-07-01",
                                "staff",
                                List.of(Map.of("role", "LEAD"), Map.of("role", "WELFARE", "name", "김복지")))));
    }

    @Override
    protected List<ListQuery> lists() {
        return List.of(
                new ListQuery("/api/v1/councils", List.of("kind", "district", "parentId", "page", "size")),
                new ListQuery("/api/v1/councils/" + council() + "/members", List.of("on", "page", "size")),
                new ListQuery("/api/v1/meetings", List.of("councilId", "status", "from", "to", "size")),
                new ListQuery("/api/v1/agenda-items", List.of("source", "roundId", "meetingId", "status", "page")),
                new ListQuery("/api/v1/meetings/" + briefing() + "/registrations", List.of("status", "page", "size")),
                new ListQuery(
                        "/api/v1/support-teams", List.of("model", "on", "status", "districtCode", "page", "size")),
                new ListQuery(
                        "/api/v1/action-items",
                        List.of("councilId", "status", "overdue", "decisionId", "page", "size")));
    }

    @Override
    protected Supplier<Long> storedCount() {
        return () -> total("/api/v1/councils")
                + total("/api/v1/meetings")
                + total("/api/v1/councils/" + council() + "/members")
                + total("/api/v1/action-items")
                + total("/api/v1/meetings/" + briefing() + "/registrations")
                + total("/api/v1/support-teams");
    }
}
