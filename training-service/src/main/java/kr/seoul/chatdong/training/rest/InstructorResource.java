package kr.seoul.chatdong.training.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.MergePatch;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.Instructor;
import kr.seoul.chatdong.training.domain.Instructor.Affiliation;
import kr.seoul.chatdong.training.query.InstructorQueries;
import kr.seoul.chatdong.training.rest.InstructorViews.EvaluationsView;
import kr.seoul.chatdong.training.rest.InstructorViews.InstructorChanges;
import kr.seoul.chatdong.training.rest.InstructorViews.InstructorView;
import kr.seoul.chatdong.training.rest.InstructorViews.NewInstructor;
import kr.seoul.chatdong.training.rest.InstructorViews.YearlyFigureView;
import kr.seoul.chatdong.training.service.InstructorService;

@Path("/api/v1/instructors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Instructors",
        description = "강사: the registry of the programme's instructors, their evaluations and the yearly count")
public class InstructorResource {

    @Inject
    InstructorService instructors;

    @Inject
    InstructorQueries queries;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatch mergePatch;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Register an instructor",
            description =
                    "A civil servant (CIVIL_SERVANT, 공무원) or an instructor from outside the "
                            + "administration (PRIVATE, 민간), teaching from activeFrom on. `account` links the instructor's sign-in account "
                            + "(Keycloak's preferred_username, lower case), as a trainee's is: one instructor per account (409 naming "
                            + "instructorId). Cohorts name instructors by the id answered here (PUT /api/v1/cohorts/{id}/instructors).")
    @APIResponse(
            responseCode = "201",
            description = "registered; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InstructorView.class)))
    public RestResponse<InstructorView> registerInstructor(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewInstructor request) {
        return idempotency.once(idempotencyKey, request, InstructorView.class, () -> {
            Instructor instructor = instructors.register(request.toCommand());
            return Responses.created(
                    "/api/v1/instructors/" + instructor.id(), InstructorView.of(instructor), instructor.version());
        });
    }

    @GET
    @Operation(
            summary = "List instructors",
            description =
                    "By name. Filter by a field taught, by affiliation, or by whether the "
                            + "instructor is active today (Seoul): active=true those between activeFrom and activeUntil, false the others.")
    public Page<InstructorView> listInstructors(
            @QueryParam("field")
                    @Parameter(
                            description = "a field the instructor teaches",
                            schema = @Schema(implementation = Field.class),
                            example = "WELFARE")
                    String field,
            @QueryParam("affiliation")
                    @Parameter(
                            description = "CIVIL_SERVANT or PRIVATE",
                            schema = @Schema(implementation = Affiliation.class),
                            example = "PRIVATE")
                    String affiliation,
            @QueryParam("active")
                    @Parameter(
                            description = "true: active today; false: not yet active or retired",
                            schema = @Schema(type = SchemaType.BOOLEAN),
                            example = "true")
                    String active,
            @BeanParam PageParams paging) {
        return queries.list(
                        QueryValues.enumOf(Affiliation.class, affiliation, "affiliation"),
                        QueryValues.enumOf(Field.class, field, "field"),
                        bool(active, "active"),
                        paging.request())
                .map(InstructorView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One instructor", description = "Its ETag is the version a PATCH names in If-Match.")
    public RestResponse<InstructorView> getInstructor(@PathParam("id") UUID id) {
        Instructor instructor = instructors.get(id);
        return Responses.ok(InstructorView.of(instructor), instructor.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.TRAINER})
    @Operation(
            summary = "Change an instructor, or retire them",
            description = "A JSON merge patch; needs If-Match with the instructor's ETag (428 "
                    + "without, 412 stale). `activeUntil` retires the instructor after that day (no cohort of later days may name them; "
                    + "`null` makes them active again); `account: null` unlinks the sign-in account. activeUntil before activeFrom is a 400; "
                    + "a span that leaves out a cohort not yet ended that names the instructor is a 409 "
                    + "instructor-teaches-cohorts naming cohortIds (take them off those cohorts first).")
    public RestResponse<InstructorView> reviseInstructor(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = InstructorChanges.class)))
                    ObjectNode body) {
        MergePatch.Patch<InstructorChanges> patch = mergePatch.read(body, InstructorChanges.class);
        Instructor instructor = instructors.revise(
                id, Preconditions.expected(ifMatch), patch.changes().toCommand(patch.removed()));
        return Responses.ok(InstructorView.of(instructor), instructor.version());
    }

    @GET
    @Path("/{id}/evaluations")
    @Operation(
            summary = "An instructor's evaluations by year",
            description = "강사 평가: for each year in which a cohort the instructor was rated in ended, the "
                    + "evaluations that rated them (responses), their cohorts, and the mean of their instructor items (1–5 and on "
                    + "the 100-point scale). City admins and trainers read anyone's; an instructor signed in with the record's "
                    + "account reads their own (others 403).")
    public EvaluationsView getInstructorEvaluations(@PathParam("id") UUID id) {
        Instructor instructor = instructors.evaluationsOf(id);
        return EvaluationsView.of(instructor, queries.evaluations(id));
    }

    @GET
    @Path("/yearly-figures/{year}")
    @Operation(
            summary = "A year's instructors",
            description = "How many instructors the programme had in a year, by affiliation (civilServants "
                    + "공무원, privateInstructors 민간), and in how many courses. 2015 is the figure the 2016 plan reports (source RECORDED: "
                    + "강사양성 5개과정 123명, 공무원 19·민간 104); any other year is counted from the registry (source REGISTRY): the "
                    + "instructors active on any day of the year, and the distinct courses of the year's cohorts (not cancelled) they "
                    + "taught. Years 2015 to next year; others 404.")
    public YearlyFigureView getInstructorYearlyFigure(@PathParam("year") @Parameter(example = "2015") int year) {
        return YearlyFigureView.of(queries.yearFigure(year));
    }

    private static Boolean bool(String value, String parameter) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new DomainException.InvalidValue(parameter, "must be true or false");
        };
    }
}
