package kr.seoul.chatdong.monitoring.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.csv.Csv;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.DistrictParam;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.ConsultingAssignment;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;
import kr.seoul.chatdong.monitoring.query.ConsultingQueries;
import kr.seoul.chatdong.monitoring.rest.ConsultingViews.AssignInput;
import kr.seoul.chatdong.monitoring.rest.ConsultingViews.AssignmentDetail;
import kr.seoul.chatdong.monitoring.rest.ConsultingViews.AssignmentView;
import kr.seoul.chatdong.monitoring.rest.ConsultingViews.CancelInput;
import kr.seoul.chatdong.monitoring.rest.ConsultingViews.ReassignInput;
import kr.seoul.chatdong.monitoring.rest.ConsultingViews.ReportInput;
import kr.seoul.chatdong.monitoring.rest.ConsultingViews.ScheduleInput;
import kr.seoul.chatdong.monitoring.rest.ConsultingViews.VisitInput;
import kr.seoul.chatdong.monitoring.service.ConsultingService;

@Path("/api/v1/consulting-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Consulting assignments",
        description = "컨설팅 배정: consulting for dongs below a round's bar (미흡동), opened by round.completed, "
                + "matched to a consultant and carried out: assign → schedule → visit → report → close")
public class ConsultingAssignmentResource {

    @Inject
    ConsultingQueries queries;

    @Inject
    SeoulGeography geography;

    @Inject
    ConsultingService consulting;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "List consulting assignments", description = "Newest first, then by dong and field.")
    public Page<AssignmentView> listConsultingAssignments(
            @QueryParam("roundId")
                    @Parameter(
                            description = "the round that opened them",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String roundId,
            @BeanParam DistrictParam district,
            @QueryParam("dongCode") @Parameter(description = "10-digit dong code", example = "1120059000")
                    String dongCode,
            @QueryParam("field")
                    @Parameter(
                            description = "one of the four fields of the program",
                            schema = @Schema(implementation = Field.class))
                    String field,
            @QueryParam("status")
                    @Parameter(
                            description = "the assignment's status; OPEN lists what no consultant could take",
                            schema = @Schema(implementation = ConsultingStatus.class))
                    String status,
            @QueryParam("consultantId")
                    @Parameter(
                            description = "the consultant who has them",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String consultantId,
            @BeanParam PageParams paging) {
        return queries.assignments(
                        QueryValues.uuid(roundId, "roundId"),
                        district.code(geography),
                        geography.dongFilter(dongCode, "dongCode"),
                        QueryValues.enumOf(Field.class, field, "field"),
                        QueryValues.enumOf(ConsultingStatus.class, status, "status"),
                        QueryValues.uuid(consultantId, "consultantId"),
                        paging.request())
                .map(AssignmentView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One consulting assignment",
            description = "With its workflow so far and allowedSteps: what may be done next.")
    public RestResponse<AssignmentDetail> getConsultingAssignment(@PathParam("id") UUID id) {
        return detail(consulting.get(id));
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Assign an OPEN assignment to a consultant",
            description =
                    STEP
                            + "Under the matching rules: a consultant of the assignment's field, active today, not of the dong's district, "
                            + "below capacity — otherwise 422 with `rule` (consultant-field-mismatch, consultant-inactive, "
                            + "consultant-conflict-of-interest, consultant-at-capacity, unknown-consultant). Audited; emits consulting.assigned.")
    public RestResponse<AssignmentDetail> assignConsultingAssignment(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AssignInput request) {
        return detail(consulting.assign(id, Preconditions.expected(ifMatch), request.toCommand()));
    }

    @POST
    @Path("/{id}/reassign")
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Reassign to another consultant, with a reason",
            description = STEP
                    + "From ASSIGNED or SCHEDULED (a scheduled visit is dropped: the new consultant schedules again), under the same rules "
                    + "as assign. Audited; emits consulting.assigned with previousConsultantId.")
    public RestResponse<AssignmentDetail> reassignConsultingAssignment(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ReassignInput request) {
        return detail(consulting.reassign(id, Preconditions.expected(ifMatch), request.toCommand()));
    }

    @POST
    @Path("/{id}/schedule")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CONSULTANT})
    @Operation(
            summary = "Schedule (or move) the visit",
            description =
                    STEP + BY_CONSULTANT
                            + "ASSIGNED or SCHEDULED → SCHEDULED. visitOn must lie in the round's consulting window when it has one (422 outside-consulting-window).")
    public RestResponse<AssignmentDetail> scheduleConsultingVisit(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ScheduleInput request) {
        return detail(consulting.schedule(id, Preconditions.expected(ifMatch), request.toCommand()));
    }

    @POST
    @Path("/{id}/visit")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CONSULTANT})
    @Operation(
            summary = "Record the visit",
            description = STEP + BY_CONSULTANT + "SCHEDULED → VISITED; visitedOn may not be in the future.")
    public RestResponse<AssignmentDetail> recordConsultingVisit(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid VisitInput request) {
        return detail(consulting.visit(id, Preconditions.expected(ifMatch), request.toCommand()));
    }

    @POST
    @Path("/{id}/report")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CONSULTANT})
    @Operation(
            summary = "Report the diagnosis, recommendations and follow-ups",
            description = STEP + BY_CONSULTANT + "VISITED → REPORTED.")
    public RestResponse<AssignmentDetail> reportConsulting(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ReportInput request) {
        return detail(consulting.report(id, Preconditions.expected(ifMatch), request.toCommand()));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CONSULTANT})
    @Operation(
            summary = "Close the assignment after its report",
            description = STEP + BY_CONSULTANT + "REPORTED → CLOSED.")
    public RestResponse<AssignmentDetail> closeConsultingAssignment(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return detail(consulting.close(id, Preconditions.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CONSULTANT})
    @Operation(
            summary = "Cancel the assignment, with a reason",
            description = STEP + BY_CONSULTANT + "From any open state → CANCELLED.")
    public RestResponse<AssignmentDetail> cancelConsultingAssignment(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CancelInput request) {
        return detail(consulting.cancel(id, Preconditions.expected(ifMatch), request.toCommand()));
    }

    private static final String STEP = "Needs If-Match with the assignment's ETag. A step out of order is a 409 naming "
            + "currentState and allowedSteps. ";
    private static final String BY_CONSULTANT =
            "A consultant may act only on their own assignments (account name = the "
                    + "consultant's subject), a city admin on all. Emits the event named for the state reached. ";

    private static RestResponse<AssignmentDetail> detail(ConsultingAssignment a) {
        return Responses.ok(AssignmentDetail.of(a), a.version());
    }
}
