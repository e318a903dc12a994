package kr.seoul.chatdong.monitoring.rest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.csv.Csv;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.monitoring.domain.Population;
import kr.seoul.chatdong.monitoring.domain.RespondentGroup;
import kr.seoul.chatdong.monitoring.domain.Survey;
import kr.seoul.chatdong.monitoring.domain.SurveyWave;
import kr.seoul.chatdong.monitoring.query.SurveyQueries;
import kr.seoul.chatdong.monitoring.rest.SurveyViews.AggregatesView;
import kr.seoul.chatdong.monitoring.rest.SurveyViews.ComparisonView;
import kr.seoul.chatdong.monitoring.rest.SurveyViews.ImportReport;
import kr.seoul.chatdong.monitoring.rest.SurveyViews.NewAggregates;
import kr.seoul.chatdong.monitoring.rest.SurveyViews.NewSurvey;
import kr.seoul.chatdong.monitoring.rest.SurveyViews.NewWave;
import kr.seoul.chatdong.monitoring.rest.SurveyViews.SurveySummary;
import kr.seoul.chatdong.monitoring.rest.SurveyViews.SurveyView;
import kr.seoul.chatdong.monitoring.rest.SurveyViews.WaveView;
import kr.seoul.chatdong.monitoring.service.SurveyService;

@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Surveys",
        description =
                "성과평가 설문: the performance-evaluation surveys of residents and officials, their waves "
                        + "(2015 baseline, 2016 follow-up), responses imported as CSV, per-question aggregates and before/after comparisons")
public class SurveyResource {

    static final String TEXT_CSV = "text/csv";

    private static final String CSV_EXAMPLE = """
            respondentId,dongCode,group,awareness,satisfaction
            R0001,1129052500,PARTICIPATING,Y,4
            R0002,1129052500,PARTICIPATING,N,
            R0003,1135056000,NON_PARTICIPATING,N,3
            """;

    private static final String FIGURES_EXAMPLE = """
            {"groups": [{"n": 1214, "questions": [{"code": "awareness", "yes": 355}]}]}
            """;

    private static final String GROUP_FIGURES_EXAMPLE = """
            {"groups": [
              {"group": "PARTICIPATING", "n": 612, "questions": [
                {"code": "awareness", "yes": 192}, {"code": "satisfaction", "n": 598, "mean": 3.42}]},
              {"group": "NON_PARTICIPATING", "n": 602, "questions": [
                {"code": "awareness", "yes": 163}, {"code": "satisfaction", "n": 590, "mean": 3.31}]}]}
            """;

    @Inject
    SurveyService surveys;

    @Inject
    SurveyQueries queries;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.MONITOR})
    @Operation(
            summary = "Define a survey",
            description =
                    "A survey of RESIDENTS or OFFICIALS with its questions, each YES_NO or LIKERT5. "
                            + "The questions are fixed once defined, so every wave's answers can be compared. 409 when the code is taken.")
    @APIResponse(
            responseCode = "201",
            description = "defined; Location names the new survey",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SurveyView.class)))
    public RestResponse<SurveyView> createSurvey(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewSurvey request) {
        return idempotency.once(idempotencyKey, request, SurveyView.class, () -> {
            Survey survey = surveys.create(request.toCommand());
            return Responses.created("/api/v1/surveys/" + survey.id(), SurveyView.of(survey), survey.version());
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "List surveys", description = "Newest first.")
    public Page<SurveySummary> listSurveys(
            @QueryParam("population")
                    @Parameter(
                            description = "who the survey asks",
                            schema = @Schema(implementation = Population.class),
                            example = "RESIDENTS")
                    String population,
            @BeanParam PageParams paging) {
        return queries.list(QueryValues.enumOf(Population.class, population, "population"), paging.request())
                .map(SurveySummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One survey, with its questions")
    public RestResponse<SurveyView> getSurvey(@PathParam("id") UUID id) {
        Survey survey = queries.get(id);
        return Responses.ok(SurveyView.of(survey), survey.version());
    }

    @POST
    @Path("/{id}/waves")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.MONITOR})
    @Operation(
            summary = "Add a wave to a survey",
            description =
                    "A BASELINE or FOLLOW_UP fielding with its fieldwork dates "
                            + "(fieldedTo on or after fieldedFrom). Wave codes are unique within a survey: 409 for a code the survey has.")
    @APIResponse(
            responseCode = "201",
            description = "added; Location names the new wave",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaveView.class)))
    public RestResponse<WaveView> createSurveyWave(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewWave request) {
        return idempotency.once(idempotencyKey, request, WaveView.class, () -> {
            SurveyWave wave = surveys.addWave(id, request.toCommand());
            return Responses.created(
                    "/api/v1/surveys/" + id + "/waves/" + wave.code(), WaveView.of(wave), wave.version());
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Path("/{id}/waves")
    @Operation(
            summary = "The waves of a survey",
            description = "In fielding order (fieldedFrom, then code): the baseline first.")
    public Page<WaveView> listSurveyWaves(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return queries.waves(id, paging.request()).map(WaveView::of);
    }

    @GET
    @Path("/{id}/waves/{waveCode}")
    @Operation(summary = "One wave of a survey, with the number of respondents imported")
    public RestResponse<WaveView> getSurveyWave(
            @PathParam("id") UUID id, @PathParam("waveCode") @Parameter(example = "2015-baseline") String waveCode) {
        SurveyWave wave = surveys.wave(id, waveCode);
        return Responses.ok(WaveView.of(wave), wave.version());
    }

    @POST
    @Path("/{id}/waves/{waveCode}/responses")
    @Consumes(TEXT_CSV)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.MONITOR})
    @Operation(
            summary = "Import a wave's responses from CSV",
            description =
                    "The body is a CSV file (RFC 4180, UTF-8 with or without a byte-order mark — read as UTF-8 whatever charset the Content-Type names — LF or CRLF line ends, up to 1 MB: "
                            + "split a larger file; importing again is safe). Line 1 names the columns respondentId, dongCode, group and every "
                            + "question code of the survey, each once, in any order. group is PARTICIPATING or NON_PARTICIPATING (the same for "
                            + "every respondent of a dong in the wave); a YES_NO answer is Y or N, a LIKERT5 answer 1 to 5, an empty cell no answer.\n\n"
                            + "Valid rows are stored in one transaction; every other row is reported with its line (the header is line 1) and "
                            + "reasons naming the column and the rule (first 1,000 listed, rejectedCount counts all). A respondentId the wave "
                            + "holds already, or that appears earlier in the file, is rejected as a duplicate: importing the same file again "
                            + "stores nothing twice. A body that is not UTF-8 (e.g. EUC-KR), not CSV, or whose header is not the survey's columns "
                            + "is refused whole (400) and nothing is stored. 409 when the wave's answers were entered as figures "
                            + "(PUT .../aggregates).")
    public RestResponse<ImportReport> importSurveyResponses(
            @PathParam("id") UUID id,
            @PathParam("waveCode") @Parameter(example = "2015-baseline") String waveCode,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody(
                            required = true,
                            description = "the responses, one respondent per line after the header",
                            content =
                                    @Content(
                                            mediaType = TEXT_CSV,
                                            schema = @Schema(type = SchemaType.STRING),
                                            examples =
                                                    @ExampleObject(
                                                            name = "baseline",
                                                            summary =
                                                                    "two questions (YES_NO, LIKERT5), one answer left empty",
                                                            value = CSV_EXAMPLE)))
                    byte[] csv) {
        return idempotency.once(
                idempotencyKey,
                sha256(csv),
                ImportReport.class,
                () -> RestResponse.ok(ImportReport.of(surveys.importResponses(id, waveCode, csv))));
    }

    @PUT
    @Path("/{id}/waves/{waveCode}/aggregates")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.MONITOR})
    @Operation(
            summary = "Enter a wave's answers as figures (aggregates)",
            description =
                    "For a wave known only by its published figures (e.g. the 2015 baseline report: 1,214 residents, 355 aware): "
                            + "per group its respondents n and per question yes (YES_NO, 0 to n) or mean (LIKERT5, 1 to 5); a question's n "
                            + "defaults to the group's. group is PARTICIPATING or NON_PARTICIPATING, each once, or left out for totals not "
                            + "split by group (then the only entry; they count for everyone, not for a group, in comparisons). "
                            + "Replaces the wave's figures whole. The aggregates and comparisons read these waves exactly like imported ones.\n\n"
                            + "409 when the wave has respondent rows (and importing rows into a wave with figures is 409 too). "
                            + "The first entry needs no If-Match; replacing figures needs If-Match with the wave's ETag (428 without, "
                            + "412 for another version). 400 naming the field for an unknown question or group, or a figure out of range; "
                            + "nothing is stored then. Answers the wave's aggregates (as GET .../aggregates) with the wave's new ETag.")
    @APIResponse(
            responseCode = "200",
            description = "entered; the wave's aggregates, ETag the wave's new version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AggregatesView.class)))
    public RestResponse<AggregatesView> enterSurveyAggregates(
            @PathParam("id") UUID id,
            @PathParam("waveCode") @Parameter(example = "2015-baseline") String waveCode,
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = NewAggregates.class),
                                            examples = {
                                                @ExampleObject(
                                                        name = "totals",
                                                        summary = "the 2015 baseline: totals not split by group",
                                                        value = FIGURES_EXAMPLE),
                                                @ExampleObject(
                                                        name = "byGroup",
                                                        summary = "participating and non-participating dongs",
                                                        value = GROUP_FIGURES_EXAMPLE)
                                            }))
                    @NotNull
                    @Valid
                    NewAggregates request) {
        SurveyService.WaveAggregates entered =
                surveys.enterAggregates(id, waveCode, request.toCommand(), Preconditions.expected(ifMatch));
        return Responses.ok(AggregatesView.of(entered), entered.wave().version());
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Path("/{id}/waves/{waveCode}/aggregates")
    @Operation(
            summary = "What a wave's answers measure, per question",
            description =
                    "For each question of the survey: n (respondents who answered), and for YES_NO the number of Y and their "
                            + "share (yes / n in %, one decimal), for LIKERT5 the mean (two decimals). Summed by the database, from the "
                            + "imported answers or the entered figures alike. "
                            + "With group, only the respondents of participating or of non-participating dongs (figures entered "
                            + "without a group count for everyone only).")
    public AggregatesView getSurveyAggregates(
            @PathParam("id") UUID id,
            @PathParam("waveCode") @Parameter(example = "2015-baseline") String waveCode,
            @QueryParam("group")
                    @Parameter(
                            description = "only this group's respondents; absent: everyone",
                            schema = @Schema(implementation = RespondentGroup.class),
                            example = "PARTICIPATING")
                    String group) {
        RespondentGroup parsed = QueryValues.enumOf(RespondentGroup.class, group, "group");
        return AggregatesView.of(surveys.aggregates(id, waveCode, parsed));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Path("/{id}/comparison")
    @Operation(
            summary = "Compare a question between a baseline and a follow-up wave",
            description =
                    "The question's measure (share of Y in % for YES_NO, mean for LIKERT5) in both waves for participating dongs, "
                            + "non-participating dongs and everyone, each group's change (follow-up − baseline), and the difference-in-differences "
                            + "(P_follow − P_base) − (N_follow − N_base), all computed from unrounded values and rounded once. When a group has "
                            + "no answers in a wave, its change and the difference-in-differences are null and note says why. "
                            + "The follow-up must be fielded after the baseline.")
    public ComparisonView compareSurveyWaves(
            @PathParam("id") UUID id,
            @QueryParam("baseline")
                    @Parameter(required = true, description = "code of the baseline wave", example = "2015-baseline")
                    String baseline,
            @QueryParam("followUp")
                    @Parameter(required = true, description = "code of the follow-up wave", example = "2016-follow-up")
                    String followUp,
            @QueryParam("question")
                    @Parameter(required = true, description = "code of the question", example = "awareness")
                    String question) {
        return ComparisonView.of(surveys.compare(
                id,
                required(baseline, "baseline", "the code of the baseline wave"),
                required(followUp, "followUp", "the code of the follow-up wave"),
                required(question, "question", "the code of a question")));
    }

    private static String required(String value, String parameter, String what) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(parameter, "is required: " + what);
        }
        return value.strip();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
