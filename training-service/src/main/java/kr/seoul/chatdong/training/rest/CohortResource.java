package kr.seoul.chatdong.training.rest;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.HttpHeaders;
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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.csv.Csv;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.CohortSession;
import kr.seoul.chatdong.training.domain.CohortStatus;
import kr.seoul.chatdong.training.domain.EnrolmentStatus;
import kr.seoul.chatdong.training.query.CohortQueries;
import kr.seoul.chatdong.training.query.EnrolmentQueries;
import kr.seoul.chatdong.training.rest.CohortViews.CancelInput;
import kr.seoul.chatdong.training.rest.CohortViews.CohortView;
import kr.seoul.chatdong.training.rest.CohortViews.NewCohort;
import kr.seoul.chatdong.training.rest.CohortViews.NewSession;
import kr.seoul.chatdong.training.rest.CohortViews.SessionView;
import kr.seoul.chatdong.training.rest.EnrolmentViews.BulkReport;
import kr.seoul.chatdong.training.rest.EnrolmentViews.EnrolmentView;
import kr.seoul.chatdong.training.rest.EnrolmentViews.NewEnrolment;
import kr.seoul.chatdong.training.service.CohortService;
import kr.seoul.chatdong.training.service.EnrolmentImport;
import kr.seoul.chatdong.training.service.EnrolmentService;
import kr.seoul.chatdong.training.service.EvaluationService;

@Path("/api/v1/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Cohorts", description = "기수: runs of a course, their sessions and enrolments (with a waiting list)")
public class CohortResource {

    static final String TEXT_CSV = "text/csv";
    static final String CSV_EXAMPLE = "name,organisation,districtCode,dongCode,jobType,employeeNo\r\n"
            + "김복지,성북구 성북동 주민센터,11290,1129052500,사회복지,S2016-0042\r\n"
            + "\"이간호, 방문\",성북구 보건소,11290,,간호,\r\n";

    private static final String STEP =
            "Needs If-Match with the cohort's ETag. A step out of order is a 409 naming currentState and "
                    + "allowedSteps. ";

    @Inject
    CohortService cohorts;

    @Inject
    CohortQueries cohortQueries;

    @Inject
    EnrolmentQueries enrolmentQueries;

    @Inject
    EnrolmentService enrolments;

    @Inject
    EnrolmentImport enrolmentImport;

    @Inject
    EvaluationService evaluations;

    @Inject
    Idempotency idempotency;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Plan a cohort of a course",
            description = "PLANNED at first; open it to enrol. Past dates record a cohort "
                    + "after the fact. A course's cohort numbers are unique (409).")
    @APIResponse(
            responseCode = "201",
            description = "planned; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CohortView.class)))
    public RestResponse<CohortView> planCohort(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewCohort request) {
        return idempotency.once(idempotencyKey, request, CohortView.class, () -> {
            CohortView view = CohortView.of(cohorts.plan(request.toCommand()));
            return Responses.created("/api/v1/cohorts/" + view.id(), view, view.version());
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(
            summary = "List cohorts",
            description = "Newest first (startsOn), then by number. Filter by course or status.")
    public Page<CohortView> listCohorts(
            @QueryParam("courseId")
                    @Parameter(
                            description = "only this course's cohorts",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = "a0000000-0000-4000-8000-000000000009")
                    String courseId,
            @QueryParam("status")
                    @Parameter(
                            description = "only cohorts in this state",
                            schema = @Schema(implementation = CohortStatus.class),
                            example = "OPEN")
                    String status,
            @BeanParam PageParams paging) {
        return cohortQueries
                .list(
                        QueryValues.uuid(courseId, "courseId"),
                        QueryValues.enumOf(CohortStatus.class, status, "status"),
                        paging.request())
                .map(CohortView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One cohort",
            description = "With its seats taken, its waiting list's length and allowedSteps.")
    public RestResponse<CohortView> getCohort(@PathParam("id") UUID id) {
        CohortView view = CohortView.of(cohorts.get(id));
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("/{id}/open")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(summary = "Open enrolment", description = STEP + "PLANNED → OPEN.")
    public RestResponse<CohortView> openCohort(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return step(id, ifMatch, Cohort.Step.open, null);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(summary = "Close enrolment", description = STEP + "OPEN → CLOSED.")
    public RestResponse<CohortView> closeCohort(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return step(id, ifMatch, Cohort.Step.close, null);
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Complete the cohort",
            description =
                    STEP + "CLOSED → COMPLETED, from the cohort's last day on (422 " + "cohort-not-ended before).")
    public RestResponse<CohortView> completeCohort(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return step(id, ifMatch, Cohort.Step.complete, null);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Cancel the cohort, with a reason",
            description = STEP + "PLANNED, OPEN or CLOSED → CANCELLED.")
    public RestResponse<CohortView> cancelCohort(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CancelInput request) {
        return step(id, ifMatch, Cohort.Step.cancel, request);
    }

    private RestResponse<CohortView> step(UUID id, String ifMatch, Cohort.Step step, CancelInput cancel) {
        CohortView view = CohortView.of(
                cohorts.step(id, Preconditions.expected(ifMatch), step, cancel == null ? null : cancel.toCommand()));
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("/{id}/instructors")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Set a cohort's instructors",
            description = "Replaces the cohort's instructors with these registry ids (POST /api/v1/instructors); `[]` "
                    + "leaves it without. Needs If-Match with the cohort's ETag (428 without, 412 stale). Each must be registered "
                    + "(422 unknown-instructor) and active on some of the cohort's days (422 instructor-retired or "
                    + "instructor-not-yet-active), the problem naming instructorId. Not once the cohort is COMPLETED or CANCELLED "
                    + "(409). Evaluations answered already keep the instructors they rated; later ones rate these.")
    public RestResponse<CohortView> assignCohortInstructors(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "two instructors",
                                                            value =
                                                                    "[\"7d1f5a3e-2b4c-4e8f-9a0b-1c2d3e4f5a6b\", \"8e2a6b4f-3c5d-4f90-8b1c-2d3e4f5a6b7c\"]")))
                    @NotNull
                    @Size(max = 50)
                    List<@NotNull UUID> instructorIds) {
        Set<UUID> ids = new LinkedHashSet<>(instructorIds);
        if (ids.size() < instructorIds.size()) {
            throw new DomainException.InvalidValue("instructorIds", "names an instructor twice; name each once");
        }
        CohortView view = CohortView.of(cohorts.assignInstructors(id, Preconditions.expected(ifMatch), ids));
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("/{id}/sessions")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Add a session to a cohort",
            description =
                    "Within the cohort's dates (Seoul calendar days; 422 "
                            + "session-outside-cohort otherwise); hours at most the session's length. Not once the cohort is COMPLETED or CANCELLED (409).")
    @APIResponse(
            responseCode = "201",
            description = "added; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionView.class)))
    public RestResponse<SessionView> addCohortSession(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewSession request) {
        return idempotency.once(idempotencyKey, request, SessionView.class, () -> {
            CohortSession session = cohorts.hold(id, request.toCommand());
            return Responses.created("/api/v1/sessions/" + session.id(), SessionView.of(session), session.version());
        });
    }

    @GET
    @Path("/{id}/sessions")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "A cohort's sessions", description = "In time order.")
    public Page<SessionView> listCohortSessions(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return cohortQueries.sessions(id, paging.request()).map(SessionView::of);
    }

    @POST
    @Path("/{id}/enrolments")
    @Consumes({MediaType.APPLICATION_JSON, TEXT_CSV})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Enrol a trainee, or many from CSV",
            description =
                    "The cohort must be OPEN (409 otherwise).\n\n"
                            + "**JSON** `{traineeId}`: 201 with the enrolment, ENROLLED while a seat is free, otherwise WAITLISTED with its position "
                            + "(1 = next). A trainee enrolled (or waiting) already is a 409.\n\n"
                            + "**CSV** (`Content-Type: text/csv`): one trainee per line after the header "
                            + "`name,organisation,districtCode,dongCode,jobType,employeeNo` (any order; employeeNo may be left out, dongCode may be "
                            + "empty); UTF-8 with or without a byte-order mark, Excel's quoting, LF or CRLF; up to 20 MB. Trainees not registered yet "
                            + "are created (an employeeNo identifies a trainee; without one, name + organisation + dongCode do), and every valid row "
                            + "is enrolled in file order, seats first, then the waiting list, all in one transaction. 200 with "
                            + "`{accepted, enrolled, waitlisted, traineesCreated, rejected:[{line, reason}]}` (accepted = enrolled + waitlisted; the "
                            + "header is line 1). A row that is invalid, repeats an earlier row's trainee, or names a trainee enrolled already is "
                            + "rejected on its own. A body that is not UTF-8 or not CSV, or a header with unknown columns, is a 400 and nothing is stored.")
    @APIResponse(
            responseCode = "201",
            description = "JSON: enrolled or waitlisted; Location names the enrolment",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(
            responseCode = "200",
            description = "CSV: what the file did",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BulkReport.class)))
    public RestResponse<?> enrolInCohort(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = NewEnrolment.class)),
                                @Content(
                                        mediaType = TEXT_CSV,
                                        schema = @Schema(type = SchemaType.STRING),
                                        examples =
                                                @ExampleObject(
                                                        name = "trainees",
                                                        summary = "two trainees, Excel quoting, one without employeeNo",
                                                        value = CSV_EXAMPLE))
                            })
                    byte[] body)
            throws IOException {
        if (contentType != null && MediaType.valueOf(contentType).isCompatible(MediaType.valueOf(TEXT_CSV))) {
            return idempotency.once(
                    idempotencyKey,
                    sha256(body),
                    BulkReport.class,
                    () -> RestResponse.ok(BulkReport.of(enrolmentImport.importCsv(id, body))));
        }
        NewEnrolment request = read(body);
        return idempotency.once(idempotencyKey, request, EnrolmentView.class, () -> {
            EnrolmentView view = EnrolmentView.of(enrolments.enrol(id, request.toCommand()));
            return Responses.created("/api/v1/enrolments/" + view.id(), view, view.version());
        });
    }

    @GET
    @Path("/{id}/enrolments")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(
            summary = "A cohort's enrolments",
            description = "In enrolment order: the waiting list is the WAITLISTED ones, position 1 first.")
    public Page<EnrolmentView> listCohortEnrolments(
            @PathParam("id") UUID id,
            @QueryParam("status")
                    @Parameter(
                            description = "only enrolments in this state",
                            schema = @Schema(implementation = EnrolmentStatus.class),
                            example = "WAITLISTED")
                    String status,
            @BeanParam PageParams paging) {
        return enrolmentQueries
                .list(id, QueryValues.enumOf(EnrolmentStatus.class, status, "status"), paging.request())
                .map(EnrolmentView::of);
    }

    private NewEnrolment read(byte[] body) throws IOException {
        return JsonBody.read(
                json,
                validator,
                body,
                json.constructType(NewEnrolment.class),
                "a JSON object {traineeId}, or a CSV file with Content-Type text/csv");
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @GET
    @Path("/{id}/questionnaire")
    @Operation(
            summary = "A cohort's satisfaction questionnaire",
            description =
                    "Its own, or the programme's standard one (own: false): "
                            + "Likert items 1–5 with weights summing to the 100-point score; INSTRUCTOR items are answered once per instructor.")
    public RestResponse<EvaluationViews.QuestionnaireView> getCohortQuestionnaire(@PathParam("id") UUID id) {
        EvaluationViews.QuestionnaireView view = EvaluationViews.QuestionnaireView.of(evaluations.questionnaire(id));
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("/{id}/questionnaire")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Give a cohort its own questionnaire",
            description = "Needs If-Match with the cohort's ETag. 1 to 20 items, codes "
                    + "unique; an empty list returns to the standard questionnaire. Fixed from the first answer on (409 questionnaire-answered) and "
                    + "once the cohort is COMPLETED or CANCELLED (409).")
    public RestResponse<EvaluationViews.QuestionnaireView> replaceCohortQuestionnaire(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid EvaluationViews.QuestionnaireInput request) {
        EvaluationViews.QuestionnaireView view = EvaluationViews.QuestionnaireView.of(
                evaluations.replaceQuestionnaire(id, Preconditions.expected(ifMatch), request.toItems()));
        return Responses.ok(view, view.version());
    }
}
