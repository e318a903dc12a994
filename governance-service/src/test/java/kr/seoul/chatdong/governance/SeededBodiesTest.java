package kr.seoul.chatdong.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.Tokens;

/** The bodies and the 2015 support teams exist after first start. */
@QuarkusTest
class SeededBodiesTest {

    @BeforeEach
    void asCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @Test
    void theFourSupportTeamsOf2015() {
        // on 2015-09-01 all four ran (teams registered by other tests join in 2016)
        given().queryParam("on", "2015-09-01")
                .queryParam("size", 50)
                .when()
                .get("/api/v1/support-teams")
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items.districtCode", contains("11200", "11290", "11320", "11545"))
                .body("items.model", contains("DIRECT", "OUTSOURCED", "OUTSOURCED", "DIRECT"))
                .body("items.operator", contains("성동구청", "성북구 마을 사회적경제 센터", "방아골종합사회복지관 중심 지역 내 풀뿌리단체 연합", "금천구청"))
                .body("items.staffCount", contains(3, 3, 3, 3))
                // the plan's 3 per district (마을, 복지): a lead, one for 마을, one for 복지; names not given
                .body("items.staff.role", everyItem(equalTo(List.of("LEAD", "VILLAGE", "WELFARE"))))
                .body("items.staff.flatten().findAll { it.name != null }", empty())
                .body("items.startedOn", contains("2015-09-01", "2015-08-01", "2015-09-01", "2015-09-01"))
                .body("items[3].endedOn", equalTo("2015-12-31"))
                .body("items.status", contains("ACTIVE", "ACTIVE", "ACTIVE", "ENDED"));
        given().queryParam("on", "2016-03-01")
                .queryParam("districtCode", "11545")
                .when()
                .get("/api/v1/support-teams")
                .then()
                .body("total", equalTo(0));
        given().queryParam("on", "2015-08-15")
                .when()
                .get("/api/v1/support-teams")
                .then()
                .body("total", equalTo(1))
                .body("items[0].districtCode", equalTo("11290"));
        String council = given().queryParam("model", "DIRECT")
                .queryParam("on", "2015-09-01")
                .when()
                .get("/api/v1/support-teams")
                .then()
                .body("total", equalTo(2))
                .extract()
                .path("items[0].councilId");
        // every team's monthly meetings go through the one 추진지원단 연석회의, not a council per district
        given().when()
                .get("/api/v1/councils/" + council)
                .then()
                .body("kind", equalTo("SUPPORT_TEAM_NETWORK"))
                .body("name", equalTo("추진지원단 연석회의"));
        given().queryParam("kind", "DISTRICT_SUPPORT_TEAM")
                .when()
                .get("/api/v1/councils")
                .then()
                .body(
                        "items.name",
                        org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.endsWith("추진지원단 정기 간담회"))));
    }

    @Test
    void theBodiesThePlanNames() {
        given().queryParam("kind", "EDUCATION_PLANNING")
                .queryParam("size", 50)
                .when()
                .get("/api/v1/councils")
                .then()
                .body("items.name", hasItems("교육기획위원회", "교육기획위원회 제1분과", "교육기획위원회 제5분과"));
        String parent = given().queryParam("kind", "EDUCATION_PLANNING")
                .queryParam("size", 50)
                .when()
                .get("/api/v1/councils")
                .then()
                .extract()
                .path("items.find { it.name == '교육기획위원회 제1분과' }.parentId");
        given().queryParam("parentId", parent)
                .when()
                .get("/api/v1/councils")
                .then()
                .body("total", equalTo(5));
        given().queryParam("kind", "METROPOLITAN")
                .queryParam("size", 50)
                .when()
                .get("/api/v1/councils")
                .then()
                .body("items.name", hasItems("광역 민관협력 협의체"));
        given().queryParam("kind", "TASK_FORCE")
                .queryParam("size", 50)
                .when()
                .get("/api/v1/councils")
                .then()
                .body("items.name", hasItems("민관협력 활성화 T/F"));
        given().queryParam("kind", "ADVISORY")
                .queryParam("size", 50)
                .when()
                .get("/api/v1/councils")
                .then()
                .body("items.name", hasItems("자문위원회"));
    }

    @Test
    void theCitysSteeringBodies() {
        String taskforce = given().queryParam("kind", "CITY_TASKFORCE")
                .when()
                .get("/api/v1/councils")
                .then()
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("서울시 찾아가는 동주민센터 추진단"))
                .body("items[0].scope", equalTo("CITY"))
                .extract()
                .path("items[0].id");
        given().when()
                .get("/api/v1/councils/" + taskforce + "/members")
                .then()
                .body("total", equalTo(2))
                .body("items.organisation", org.hamcrest.Matchers.containsInAnyOrder("서울특별시 자치행정과", "서울특별시 복지정책과"))
                .body("items.sector", everyItem(equalTo("PUBLIC")));
        given().queryParam("kind", "STEERING_COMMITTEE")
                .when()
                .get("/api/v1/councils")
                .then()
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("운영위원회"));
        given().queryParam("kind", "SUPPORT_TEAM_NETWORK")
                .when()
                .get("/api/v1/councils")
                .then()
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("추진지원단 연석회의"));
    }
}
