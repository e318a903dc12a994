package kr.seoul.chatdong.training;

import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.AuthorizationMatrixContract;

@QuarkusTest
class TrainingAuthorizationTest extends AuthorizationMatrixContract {

    private static String course() {
        return ApiRequest.of("POST", "/api/v1/courses", TrainingApiContractTest.COURSE)
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    private static String courseId() {
        return ApiRequest.of("POST", "/api/v1/courses", TrainingApiContractTest.COURSE)
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String cohortBody() {
        return "{\"courseId\":\"" + courseId()
                + "\",\"number\":1,\"startsOn\":\"2016-03-16\",\"endsOn\":\"2016-03-18\",\"capacity\":5}";
    }

    /** A cohort's path, stepped as a city admin through these steps. */
    private static String cohort(String... steps) {
        String path = ApiRequest.of("POST", "/api/v1/cohorts", cohortBody())
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        for (int i = 0; i < steps.length; i++) {
            ApiRequest.of("POST", path + "/" + steps[i], null)
                    .withHeader("If-Match", "\"" + i + "\"")
                    .sendAsAdmin()
                    .then()
                    .statusCode(200);
        }
        return path;
    }

    /** A fresh report of 성북구's, reported as a city admin: its path. */
    private static String districtReport() {
        return ApiRequest.of(
                        "POST",
                        "/api/v1/district-training-reports",
                        DistrictTrainingReportTest.report(
                                "11290", 2011, 7, "권한 정정 " + UUID.randomUUID(), "CIVIL_SERVANT", 5))
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    private static String instructor(String affiliation) {
        return ApiRequest.of(
                        "POST",
                        "/api/v1/instructors",
                        InstructorTest.instructorBody("권한 강사", affiliation, "2016-01-04", "[]", null))
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String trainee() {
        return ApiRequest.of("POST", "/api/v1/trainees", traineeBody())
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String traineeBody() {
        return "{\"name\":\"권한\",\"organisation\":\"성북동 주민센터\",\"districtCode\":\"11290\",\"jobType\":\"행정\",\"employeeNo\":\"A-"
                + UUID.randomUUID().toString().substring(0, 12) + "\"}";
    }

    private static String enrolment() {
        return ApiRequest.of("POST", cohort("open") + "/enrolments", "{\"traineeId\":\"" + trainee() + "\"}")
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    /** A session of an OPEN cohort and an ENROLLED enrolment of it: the body of an attendance PUT. */
    private static ApiRequest attendance() {
        String cohort = cohort("open");
        String enrolment = ApiRequest.of("POST", cohort + "/enrolments", "{\"traineeId\":\"" + trainee() + "\"}")
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String session = ApiRequest.of(
                        "POST",
                        cohort + "/sessions",
                        "{\"startsAt\":\"2016-03-16T09:00:00+09:00\",\"endsAt\":\"2016-03-16T12:00:00+09:00\",\"hours\":3}")
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return ApiRequest.of(
                "PUT",
                "/api/v1/sessions/" + session + "/attendance",
                "[{\"enrolmentId\":\"" + enrolment + "\",\"status\":\"PRESENT\"}]");
    }

    /** A session running now: a check-in code may be issued for it. */
    private static ApiRequest checkInCode() {
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String session =
                CheckInTest.session(CheckInTest.openCohortAroundToday(), now.minusSeconds(3600), now.plusSeconds(3600));
        return ApiRequest.of("POST", "/api/v1/sessions/" + session + "/check-in-codes", null);
    }

    @Override
    protected List<Write> writes() {
        return List.of(
                new Write(
                        "POST /courses",
                        () -> ApiRequest.of("POST", "/api/v1/courses", TrainingApiContractTest.COURSE),
                        Roles.TRAINER,
                        Roles.MONITOR,
                        null,
                        201),
                new Write(
                        "PATCH /courses/{id}",
                        () -> ApiRequest.of("PATCH", course(), "{\"hours\":7}").withHeader("If-Match", "\"0\""),
                        Roles.TRAINER,
                        Roles.DISTRICT_OFFICER,
                        null,
                        200),
                new Write(
                        "POST /cohorts",
                        () -> ApiRequest.of("POST", "/api/v1/cohorts", cohortBody()),
                        Roles.TRAINER,
                        Roles.MONITOR,
                        null,
                        201),
                new Write(
                        "POST /cohorts/{id}/open",
                        () -> ApiRequest.of("POST", cohort() + "/open", null).withHeader("If-Match", "\"0\""),
                        Roles.TRAINER,
                        Roles.CONSULTANT,
                        null,
                        200),
                new Write(
                        "POST /cohorts/{id}/close",
                        () -> ApiRequest.of("POST", cohort("open") + "/close", null)
                                .withHeader("If-Match", "\"1\""),
                        Roles.TRAINER,
                        Roles.DISTRICT_OFFICER,
                        null,
                        200),
                new Write(
                        "POST /cohorts/{id}/complete",
                        () -> ApiRequest.of("POST", cohort("open", "close") + "/complete", null)
                                .withHeader("If-Match", "\"2\""),
                        Roles.TRAINER,
                        Roles.EDITOR,
                        null,
                        200),
                new Write(
                        "POST /cohorts/{id}/cancel",
                        () -> ApiRequest.of("POST", cohort() + "/cancel", "{\"reason\":\"일정 취소\"}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.TRAINER,
                        Roles.MONITOR,
                        null,
                        200),
                new Write(
                        "POST /cohorts/{id}/sessions",
                        () -> ApiRequest.of(
                                "POST",
                                cohort() + "/sessions",
                                "{\"startsAt\":\"2016-03-16T09:00:00+09:00\",\"endsAt\":\"2016-03-16T12:00:00+09:00\",\"hours\":3}"),
                        Roles.TRAINER,
                        Roles.MONITOR,
                        null,
                        201),
                new Write(
                        "POST /trainees",
                        () -> ApiRequest.of("POST", "/api/v1/trainees", traineeBody()),
                        Roles.TRAINER,
                        Roles.MONITOR,
                        null,
                        201),
                new Write(
                        "POST /cohorts/{id}/enrolments",
                        () -> ApiRequest.of(
                                "POST", cohort("open") + "/enrolments", "{\"traineeId\":\"" + trainee() + "\"}"),
                        Roles.TRAINER,
                        Roles.CONSULTANT,
                        null,
                        201),
                new Write(
                        "POST /enrolments/{id}/cancel",
                        () -> ApiRequest.of("POST", enrolment() + "/cancel", null)
                                .withHeader("If-Match", "\"0\""),
                        Roles.TRAINER,
                        Roles.MONITOR,
                        null,
                        200),
                new Write(
                        "PUT /sessions/{id}/attendance",
                        TrainingAuthorizationTest::attendance,
                        Roles.TRAINER,
                        Roles.CONSULTANT,
                        null,
                        200),
                new Write(
                        "POST /district-training-reports",
                        () -> ApiRequest.of(
                                "POST",
                                "/api/v1/district-training-reports",
                                DistrictTrainingReportTest.report(
                                        "11290", 2011, 6, "권한 " + UUID.randomUUID(), "CIVIL_SERVANT", 5)),
                        Roles.DISTRICT_OFFICER,
                        Roles.TRAINER,
                        "11290",
                        201),
                new Write(
                        "PATCH /district-training-reports/{id}",
                        () -> ApiRequest.of("PATCH", districtReport(), "{\"completions\":6}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.DISTRICT_OFFICER,
                        Roles.MONITOR,
                        "11290",
                        200),
                new Write(
                        "POST /district-training-reports/{id}/withdraw",
                        () -> ApiRequest.of("POST", districtReport() + "/withdraw", "{\"reason\":\"권한 확인\"}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.DISTRICT_OFFICER,
                        Roles.TRAINEE,
                        "11290",
                        200),
                new Write(
                        "POST /instructors",
                        () -> ApiRequest.of(
                                "POST",
                                "/api/v1/instructors",
                                InstructorTest.instructorBody("권한 강사", "PRIVATE", "2016-01-04", "[]", null)),
                        Roles.TRAINER,
                        Roles.TRAINEE,
                        null,
                        201),
                new Write(
                        "PATCH /instructors/{id}",
                        () -> ApiRequest.of(
                                        "PATCH",
                                        "/api/v1/instructors/" + instructor("PRIVATE"),
                                        "{\"activeUntil\":\"2016-12-31\"}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.TRAINER,
                        Roles.MONITOR,
                        null,
                        200),
                new Write(
                        "PUT /cohorts/{id}/instructors",
                        () -> ApiRequest.of(
                                        "PUT", cohort() + "/instructors", "[\"" + instructor("CIVIL_SERVANT") + "\"]")
                                .withHeader("If-Match", "\"0\""),
                        Roles.TRAINER,
                        Roles.CONSULTANT,
                        null,
                        200),
                new Write(
                        "POST /sessions/{id}/check-in-codes",
                        TrainingAuthorizationTest::checkInCode,
                        Roles.TRAINER,
                        Roles.TRAINEE,
                        null,
                        201));
    }
}
