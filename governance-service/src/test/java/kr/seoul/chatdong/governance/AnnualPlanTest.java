package kr.seoul.chatdong.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

/** The 2016 plan loaded from the seed's figures, its totals, the due milestones of a month, and PUT's rules. */
@QuarkusTest
class AnnualPlanTest {

    @BeforeEach
    void asCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @Test
    void the2016PlanHasSevenSubProjectsAndItsTotalChecks() {
        given().when()
                .get("/api/v1/plans/2016")
                .then()
                .statusCode(200)
                .body("totalBudget", equalTo(322250))
                .body("sumOfLines", equalTo(322250))
                .body("totalSpent", equalTo(0))
                .body("subProjects.size()", equalTo(7))
                .body("subProjects.budget", contains(40000, 16000, 26000, 92250, 40000, 60000, 48000))
                // numbered as the plan's sections (§V-5 우수사례, §V-6 콘텐츠), not as the §VI budget table
                .body("subProjects.find { it.seq == 5 }.name", containsString("우수사례 발굴 및 보급"))
                .body("subProjects.find { it.seq == 6 }.name", containsString("콘텐츠개발 및 업무매뉴얼 보급"))
                .body("subProjects[3].budgetLines.amount", contains(60000, 13950, 18300))
                .body("subProjects[2].milestones.title", hasItem("광역단위 민관협력 협의체 운영"));
    }

    @Test
    void dueInMay2016() {
        // sub-project 1: 현장 상시소통(1~12), 컨설팅(4~5) due; 1차 계획(2), 2차 모니터링(2~3) late. Hand-counted over all seven.
        given().queryParam("month", "2016-05")
                .when()
                .get("/api/v1/plans/2016/due")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.subProjectSeq == 1 }.title",
                        contains("현장 상시소통 및 지원", "모니터링 및 컨설팅 계획 수립 (1차)", "2차 모니터링(1단계 참여 80개동) 및 분석", "컨설팅 실시"))
                .body("items.findAll { it.subProjectSeq == 1 && it.late }.size()", equalTo(2))
                .body(
                        "items.findAll { it.subProjectSeq == 2 }.title",
                        contains("월 정기 간담회 실시", "운영 매뉴얼 보완 발간", "역량강화 워크숍 개최", "추진지원단 역량강화 교육 운영"))
                .body("items.findAll { it.subProjectSeq == 2 && it.late }.title", contains("운영 매뉴얼 보완 발간"))
                .body("items.title", not(hasItem("성과공유 워크숍 개최")));
        given().queryParam("month", "2016-13")
                .when()
                .get("/api/v1/plans/2016/due")
                .then()
                .statusCode(400);
    }

    @Test
    void aPlanWhosePartsDoNotAddUpIsRefusedAndEditsNeedIfMatch() {
        String plan = "{\"title\":\"2031년 계획\",\"totalBudget\":%d,\"subProjects\":[{\"name\":\"거버넌스\",\"budgetLines\":["
                + "{\"name\":\"운영\",\"amount\":100,\"spent\":25},{\"name\":\"행사\",\"amount\":50}],\"milestones\":["
                + "{\"title\":\"컨퍼런스\",\"from\":\"2031-11\",\"to\":\"2031-11\",\"status\":\"DONE\"}]}]}";
        given().contentType(ContentType.JSON)
                .body(plan.formatted(160))
                .when()
                .put("/api/v1/plans/2031")
                .then()
                .statusCode(422)
                .body("rule", equalTo("budget-does-not-add-up"))
                .body("sumOfLines", equalTo(150))
                .body("totalBudget", equalTo(160));
        given().contentType(ContentType.JSON)
                .body(plan.formatted(150))
                .when()
                .put("/api/v1/plans/2031")
                .then()
                .statusCode(201)
                .body("totalSpent", equalTo(25))
                .body("executionRate", equalTo(16.7f));
        given().contentType(ContentType.JSON)
                .body(plan.formatted(150))
                .when()
                .put("/api/v1/plans/2031")
                .then()
                .statusCode(428);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(plan.formatted(150).replace("\"amount\":50}", "\"amount\":50,\"spent\":50}"))
                .when()
                .put("/api/v1/plans/2031")
                .then()
                .statusCode(200)
                .body("totalSpent", equalTo(75))
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON)
                .body(plan.formatted(150).replace("2031-11\",\"status", "2030-11\",\"status"))
                .when()
                .put("/api/v1/plans/2032")
                .then()
                .statusCode(400);
        given().when().get("/api/v1/plans/1999").then().statusCode(400);
        given().when().get("/api/v1/plans/2099").then().statusCode(404);
    }
}
