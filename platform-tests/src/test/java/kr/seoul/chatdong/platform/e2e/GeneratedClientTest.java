package kr.seoul.chatdong.platform.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.client.cases.api.BestPracticeCasesApi;
import kr.seoul.chatdong.client.cases.model.BestPracticeCase;
import kr.seoul.chatdong.client.cases.model.BestPracticeCasePage;
import kr.seoul.chatdong.client.cases.model.CaseStatus;
import kr.seoul.chatdong.client.governance.api.AgendaItemsApi;
import kr.seoul.chatdong.client.governance.model.AgendaItemPage;
import kr.seoul.chatdong.client.governance.model.AgendaItemSource;
import kr.seoul.chatdong.client.monitoring.api.ConsultingAssignmentsApi;
import kr.seoul.chatdong.client.monitoring.api.DongScoresApi;
import kr.seoul.chatdong.client.monitoring.api.MonitoringRoundsApi;
import kr.seoul.chatdong.client.monitoring.api.ReferenceGeographyApi;
import kr.seoul.chatdong.client.monitoring.invoker.ApiException;
import kr.seoul.chatdong.client.monitoring.invoker.ApiResponse;
import kr.seoul.chatdong.client.monitoring.model.AssessmentBatchItem;
import kr.seoul.chatdong.client.monitoring.model.ConsultingAssignment;
import kr.seoul.chatdong.client.monitoring.model.ConsultingAssignmentPage;
import kr.seoul.chatdong.client.monitoring.model.DongView;
import kr.seoul.chatdong.client.monitoring.model.Field;
import kr.seoul.chatdong.client.monitoring.model.FieldDistribution;
import kr.seoul.chatdong.client.monitoring.model.NewRound;
import kr.seoul.chatdong.client.monitoring.model.Problem;
import kr.seoul.chatdong.client.monitoring.model.Round;
import kr.seoul.chatdong.client.monitoring.model.RoundResults;
import kr.seoul.chatdong.client.monitoring.model.RoundScores;
import kr.seoul.chatdong.client.monitoring.model.RoundStatus;
import kr.seoul.chatdong.client.training.api.TrainingNeedsApi;
import kr.seoul.chatdong.client.training.model.TrainingNeed;
import kr.seoul.chatdong.client.training.model.TrainingNeedPage;

/**
 * The headline flow through Java clients generated (openapi-generator, java/native) from the
 * OpenAPI documents the services' builds wrote, the same as their /q/openapi: if a document does not
 * describe what the service really does, a generated call fails here. Nothing but the generated
 * classes talks to the services.
 */
class GeneratedClientTest extends RunningPlatform {

    private static final Duration DERIVED = Duration.ofSeconds(120);
    private static final String DISTRICT = "11290"; // 성북구
    private static final int BELOW = 60;
    private static final int EXCELLENT = 90;
    /** Scores per dong (rows) and field (columns, {@link #FIELDS}): each bar hit on both sides. */
    private static final int[][] SCORES = {
        {45, 95, 72, 59},
        {60, 90, 89, 30},
        {100, 0, 75, 61},
    };

    private static final Field[] FIELDS = {Field.WELFARE, Field.VILLAGE, Field.ADMINISTRATION, Field.HEALTH};

    private MonitoringRoundsApi rounds;
    private ReferenceGeographyApi geography;
    private ConsultingAssignmentsApi consulting;
    private DongScoresApi dongScores;
    private TrainingNeedsApi trainingNeeds;
    private BestPracticeCasesApi cases;
    private AgendaItemsApi agendaItems;

    @BeforeEach
    void clients() {
        String token = platform.realm.token("city-admin");
        Consumer<HttpRequest.Builder> cityAdmin = request -> request.header("Authorization", "Bearer " + token);

        var monitoring = new kr.seoul.chatdong.client.monitoring.invoker.ApiClient();
        monitoring.updateBaseUri(platform.url("monitoring-service"));
        monitoring.setRequestInterceptor(cityAdmin);
        rounds = new MonitoringRoundsApi(monitoring);
        geography = new ReferenceGeographyApi(monitoring);
        consulting = new ConsultingAssignmentsApi(monitoring);
        dongScores = new DongScoresApi(monitoring);

        var training = new kr.seoul.chatdong.client.training.invoker.ApiClient();
        training.updateBaseUri(platform.url("training-service"));
        training.setRequestInterceptor(cityAdmin);
        trainingNeeds = new TrainingNeedsApi(training);

        var casesClient = new kr.seoul.chatdong.client.cases.invoker.ApiClient();
        casesClient.updateBaseUri(platform.url("cases-service"));
        casesClient.setRequestInterceptor(cityAdmin);
        cases = new BestPracticeCasesApi(casesClient);

        var governance = new kr.seoul.chatdong.client.governance.invoker.ApiClient();
        governance.updateBaseUri(platform.url("governance-service"));
        governance.setRequestInterceptor(cityAdmin);
        agendaItems = new AgendaItemsApi(governance);
    }

    @Test
    void theHeadlineFlowThroughTheGeneratedClients() throws Exception {
        // the first dongs of 성북구, from the reference geography
        List<String> dongs = geography
                .listDongs(ReferenceGeographyApi.APIListDongsRequest.newBuilder()
                        .districtCode(DISTRICT)
                        .page(0)
                        .size(50)
                        .build())
                .getItems()
                .stream()
                .limit(SCORES.length)
                .map(DongView::getCode)
                .toList();
        assertEquals(SCORES.length, dongs.size(), "dongs of district " + DISTRICT + ": " + dongs);
        assertTrue(dongs.stream().allMatch(code -> code.startsWith(DISTRICT)), dongs.toString());

        // plan: 201 with the round created
        ApiResponse<Round> planned = rounds.planRoundWithHttpInfo(MonitoringRoundsApi.APIPlanRoundRequest.newBuilder()
                .newRound(new NewRound()
                        .name("생성된 클라이언트로 본 모니터링")
                        .startsOn(LocalDate.of(2016, 8, 1))
                        .endsOn(LocalDate.of(2016, 11, 30))
                        .dongCodes(dongs)
                        .underperformingBelow(BELOW)
                        .excellentFrom(EXCELLENT))
                .build());
        assertEquals(201, planned.getStatusCode());
        Round round = planned.getData();
        assertNotNull(round, "the 201 of planRound carries the created round");
        assertNotNull(round.getId(), "the created round's id");
        assertEquals(RoundStatus.PLANNED, round.getStatus());
        assertEquals(dongs, round.getDongCodes());
        UUID roundId = round.getId();

        // assess every (dong, field) in one batch, with the ETag just read
        List<AssessmentBatchItem> batch = new ArrayList<>();
        int below = 0;
        int excellent = 0;
        Set<String> dongsBelow = new java.util.TreeSet<>();
        for (int d = 0; d < dongs.size(); d++) {
            for (int f = 0; f < FIELDS.length; f++) {
                int score = SCORES[d][f];
                batch.add(new AssessmentBatchItem()
                        .dongCode(dongs.get(d))
                        .field(FIELDS[f])
                        .score(score));
                if (score < BELOW) {
                    below++;
                    dongsBelow.add(dongs.get(d));
                }
                excellent += score >= EXCELLENT ? 1 : 0;
            }
        }
        assertEquals(4, below);
        assertEquals(3, excellent);
        String etag = rounds.getRoundWithHttpInfo(round(roundId))
                .getHeaders()
                .get("ETag")
                .get(0);
        Round assessed = rounds.recordAssessments(MonitoringRoundsApi.APIRecordAssessmentsRequest.newBuilder()
                .id(roundId)
                .assessmentBatchItem(batch)
                .ifMatch(etag)
                .build());
        assertEquals(roundId, assessed.getId());

        Round completed = rounds.completeRound(MonitoringRoundsApi.APICompleteRoundRequest.newBuilder()
                .id(roundId)
                .build());
        assertEquals(RoundStatus.COMPLETED, completed.getStatus());
        assertEquals(RoundStatus.COMPLETED, rounds.getRound(round(roundId)).getStatus());

        // the round's results through the generated model: the bars counted per field, the dongs keyed by code
        RoundResults results = rounds.getRoundResults(roundId);
        assertEquals(RoundStatus.COMPLETED, results.getStatus());
        assertEquals((long) dongs.size() * FIELDS.length, results.getAssessed());
        List<FieldDistribution> perField = List.of(
                results.getFields().getWELFARE(),
                results.getFields().getVILLAGE(),
                results.getFields().getADMINISTRATION(),
                results.getFields().getHEALTH());
        assertEquals(
                below,
                perField.stream()
                        .mapToLong(FieldDistribution::getUnderperforming)
                        .sum());
        assertEquals(
                excellent,
                perField.stream().mapToLong(FieldDistribution::getExcellent).sum());
        assertEquals(SCORES[0][0], results.getDongs().get(dongs.get(0)).getWELFARE());
        assertEquals(DISTRICT, results.getDistricts().get(0).getDistrictCode());
        assertEquals(1, results.getDistricts().get(0).getRank());
        RoundScores inTrend = dongScores.getDongScores(dongs.get(0)).getRounds().stream()
                .filter(r -> r.getRoundId().equals(roundId))
                .findFirst()
                .orElseThrow();
        assertEquals(SCORES[0][3], inTrend.getScores().getHEALTH());

        // what the other services derive from the completion, read through their own clients
        int expectedBelow = below;
        int expectedExcellent = excellent;
        await("consulting assignments of round " + roundId)
                .atMost(DERIVED)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> consultingOf(roundId).getTotal(), total -> total == expectedBelow);
        await("training needs of round " + roundId)
                .atMost(DERIVED)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> trainingNeedsOf(roundId).getTotal(), total -> total == expectedBelow);
        await("nominated cases of round " + roundId)
                .atMost(DERIVED)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> nominatedCasesOf(roundId).getTotal(), total -> total == expectedExcellent);
        await("agenda items of round " + roundId)
                .atMost(DERIVED)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> monitoringAgendaItemsOf(roundId).getTotal(), total -> total == 1);

        // and what they hold is about this round's dongs
        ConsultingAssignmentPage assignments = consultingOf(roundId);
        assertEquals(below, assignments.getItems().size());
        assertEquals(
                dongsBelow,
                assignments.getItems().stream()
                        .map(ConsultingAssignment::getDongCode)
                        .collect(Collectors.toCollection(java.util.TreeSet::new)));
        TrainingNeedPage needs = trainingNeedsOf(roundId);
        assertEquals(below, needs.getItems().size());
        assertTrue(
                needs.getItems().stream().map(TrainingNeed::getDongCode).allMatch(dongs::contains), needs.toString());
        BestPracticeCasePage nominated = nominatedCasesOf(roundId);
        assertEquals(excellent, nominated.getItems().size());
        assertTrue(
                nominated.getItems().stream().map(BestPracticeCase::getDongCode).allMatch(dongs::contains),
                nominated.toString());
        AgendaItemPage agenda = monitoringAgendaItemsOf(roundId);
        assertEquals(1, agenda.getItems().size());

        // no such round: 404, application/problem+json
        UUID unknown = UUID.randomUUID();
        ApiException notFound = assertThrows(ApiException.class, () -> rounds.getRound(round(unknown)));
        assertEquals(404, notFound.getCode());
        String contentType =
                notFound.getResponseHeaders().firstValue("Content-Type").orElse("");
        assertTrue(contentType.startsWith("application/problem+json"), "Content-Type: " + contentType);
        Problem problem = new kr.seoul.chatdong.client.monitoring.invoker.ApiClient()
                .getObjectMapper()
                .readValue(notFound.getResponseBody(), Problem.class);
        assertEquals(404, problem.getStatus(), notFound.getResponseBody());
        assertNotNull(problem.getTitle(), notFound.getResponseBody());
    }

    private static MonitoringRoundsApi.APIGetRoundRequest round(UUID id) {
        return MonitoringRoundsApi.APIGetRoundRequest.newBuilder().id(id).build();
    }

    private ConsultingAssignmentPage consultingOf(UUID roundId) throws ApiException {
        return consulting.listConsultingAssignments(
                ConsultingAssignmentsApi.APIListConsultingAssignmentsRequest.newBuilder()
                        .roundId(roundId)
                        .size(200)
                        .build());
    }

    private TrainingNeedPage trainingNeedsOf(UUID roundId)
            throws kr.seoul.chatdong.client.training.invoker.ApiException {
        return trainingNeeds.listTrainingNeeds(TrainingNeedsApi.APIListTrainingNeedsRequest.newBuilder()
                .roundId(roundId)
                .size(200)
                .build());
    }

    private BestPracticeCasePage nominatedCasesOf(UUID roundId)
            throws kr.seoul.chatdong.client.cases.invoker.ApiException {
        return cases.listCases(BestPracticeCasesApi.APIListCasesRequest.newBuilder()
                .roundId(roundId)
                .status(CaseStatus.NOMINATED)
                .size(200)
                .build());
    }

    private AgendaItemPage monitoringAgendaItemsOf(UUID roundId)
            throws kr.seoul.chatdong.client.governance.invoker.ApiException {
        return agendaItems.listAgendaItems(AgendaItemsApi.APIListAgendaItemsRequest.newBuilder()
                .roundId(roundId)
                .source(AgendaItemSource.MONITORING)
                .size(200)
                .build());
    }
}
