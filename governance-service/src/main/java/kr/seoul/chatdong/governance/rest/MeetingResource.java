package kr.seoul.chatdong.governance.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.governance.domain.AgendaItem;
import kr.seoul.chatdong.governance.domain.Meeting;
import kr.seoul.chatdong.governance.query.MeetingQueries;
import kr.seoul.chatdong.governance.rest.MeetingViews.*;
import kr.seoul.chatdong.governance.rest.MeetingViews.MeetingView;
import kr.seoul.chatdong.governance.rest.MeetingViews.NewMeeting;
import kr.seoul.chatdong.governance.service.AgendaService;
import kr.seoul.chatdong.governance.service.DecisionService;
import kr.seoul.chatdong.governance.service.MeetingService;
import kr.seoul.chatdong.governance.service.RegistrationService;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Meetings", description = "회의: meetings of councils and committees")
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    AgendaService agenda;

    @Inject
    DecisionService decisions;

    @Inject
    RegistrationService registrations;

    @Inject
    MeetingQueries queries;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Schedule a meeting",
            description =
                    "Scheduling the next meeting of the council that receives monitoring reviews (GET /api/v1/agenda-routing/MONITORING; by default the 운영위원회) puts the reviews that were waiting on its agenda.")
    @APIResponse(
            responseCode = "201",
            description = "scheduled; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingView.class)))
    public RestResponse<MeetingView> scheduleMeeting(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewMeeting request) {
        return idempotency.once(idempotencyKey, request, MeetingView.class, () -> {
            Meeting meeting = meetings.schedule(request.toCommand());
            return Responses.created("/api/v1/meetings/" + meeting.id(), MeetingView.of(meeting), meeting.version());
        });
    }

    @GET
    @Operation(summary = "List meetings", description = "Earliest first.")
    public Page<MeetingView> listMeetings(
            @QueryParam("councilId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String councilId,
            @QueryParam("status")
                    @Parameter(
                            description = "the meeting's status",
                            schema = @Schema(implementation = Meeting.Status.class))
                    String status,
            @QueryParam("from")
                    @Parameter(
                            description = "scheduled at or after (ISO 8601 with offset)",
                            example = "2016-01-01T00:00:00+09:00")
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "scheduled at or before (ISO 8601 with offset)",
                            example = "2016-12-31T23:59:59+09:00")
                    String to,
            @BeanParam PageParams paging) {
        return queries.meetings(
                        QueryValues.uuid(councilId, "councilId"),
                        QueryValues.enumOf(Meeting.Status.class, status, "status"),
                        instant(from, "from"),
                        instant(to, "to"),
                        paging.request())
                .map(MeetingView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One meeting")
    public RestResponse<MeetingView> getMeeting(@PathParam("id") UUID id) {
        Meeting meeting = queries.meeting(id);
        return Responses.ok(MeetingView.of(meeting), meeting.version());
    }

    @GET
    @Path("/{id}/record")
    @Operation(
            summary = "A meeting's record",
            description =
                    "The meeting with its agenda in order, attendance and quorum, decisions and their action items.")
    public RestResponse<MeetingRecordView> getMeetingRecord(@PathParam("id") UUID id) {
        return record(meetings.record(id));
    }

    @POST
    @Path("/{id}/agenda-items")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Add an item to a meeting's agenda",
            description = "At the end; reorder with PUT …/agenda-items/order.")
    @APIResponse(
            responseCode = "201",
            description = "added",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgendaItemView.class)))
    public RestResponse<AgendaItemView> addAgendaItem(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewAgendaItem request) {
        return idempotency.once(idempotencyKey, request, AgendaItemView.class, () -> {
            AgendaItem item = agenda.addAgendaItem(id, request.toCommand());
            return Responses.created("/api/v1/agenda-items?meetingId=" + id, AgendaItemView.of(item), item.version());
        });
    }

    @PUT
    @Path("/{id}/agenda-items/order")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Reorder a meeting's agenda",
            description = "Name every item on the agenda once, in the new order.")
    public AgendaView reorderAgendaItems(@PathParam("id") UUID id, @NotNull @Valid AgendaOrder request) {
        return new AgendaView(agenda.reorderAgenda(id, request.itemIds()).stream()
                .map(AgendaItemView::of)
                .toList());
    }

    @PUT
    @Path("/{id}/attendance")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Record a meeting's attendance",
            description =
                    "Replaces the whole attendance. Each member must be in office on the meeting's day. Answers the quorum: "
                            + "a majority of the members in office unless the council's quorumRule says TWO_THIRDS or FIXED:n.")
    public QuorumView recordMeetingAttendance(
            @PathParam("id") UUID id,
            @NotNull @Size(max = 500) @RequestBody(required = true) List<@NotNull @Valid PresenceInput> request) {
        return QuorumView.of(meetings.recordAttendance(
                id, request.stream().map(PresenceInput::toCommand).toList()));
    }

    @POST
    @Path("/{id}/decisions")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Record a decision and the action items it sets",
            description =
                    "Refused with 422 (rule quorum-not-met, with present and required) while the meeting has no quorum.")
    @APIResponse(
            responseCode = "201",
            description = "decided; the meeting's record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingRecordView.class)))
    public RestResponse<MeetingRecordView> recordMeetingDecision(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewDecision request) {
        return idempotency.once(idempotencyKey, request, MeetingRecordView.class, () -> {
            MeetingService.Record r = decisions.decide(id, request.toCommand());
            return Responses.created(
                    "/api/v1/meetings/" + id + "/record",
                    MeetingRecordView.of(r),
                    r.meeting().version());
        });
    }

    @POST
    @Path("/{id}/registrations")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Register for an open event",
            description =
                    "REGISTERED while seats are left, WAITLISTED past the meeting's capacity; 422 (rule not-open-for-registration) "
                            + "for a meeting without a capacity.")
    @APIResponse(
            responseCode = "201",
            description = "registered or waitlisted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RegistrationView.class)))
    public RestResponse<RegistrationView> registerForMeeting(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewRegistration request) {
        return idempotency.once(idempotencyKey, request, RegistrationView.class, () -> {
            var r = registrations.register(id, request.toCommand());
            return Responses.created(
                    "/api/v1/meetings/" + id + "/registrations/" + r.id(), RegistrationView.of(r), r.version());
        });
    }

    @POST
    @Path("/{id}/registrations/{registrationId}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Withdraw a registration",
            description = "The seat it held goes to the first on the waiting list.")
    public RegistrationView withdrawMeetingRegistration(
            @PathParam("id") UUID id, @PathParam("registrationId") UUID registrationId) {
        return RegistrationView.of(registrations.withdraw(id, registrationId));
    }

    @GET
    @Path("/{id}/registrations")
    @Operation(summary = "List a meeting's registrations", description = "In order of registration.")
    public Page<RegistrationView> listMeetingRegistrations(
            @PathParam("id") UUID id,
            @QueryParam("status")
                    @Parameter(
                            schema =
                                    @Schema(
                                            implementation =
                                                    kr.seoul.chatdong.governance.domain.Registration.Status.class))
                    String status,
            @BeanParam PageParams paging) {
        return queries.registrations(
                        id,
                        QueryValues.enumOf(
                                kr.seoul.chatdong.governance.domain.Registration.Status.class, status, "status"),
                        paging.request())
                .map(RegistrationView::of);
    }

    @GET
    @Path("/{id}/minutes")
    @Operation(summary = "A meeting's minutes")
    public MinutesView getMeetingMinutes(@PathParam("id") UUID id) {
        return MinutesView.of(queries.meeting(id));
    }

    @PUT
    @Path("/{id}/minutes")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Write a meeting's minutes",
            description =
                    "Markdown; the HTML is rendered and sanitised (no script, event handler or javascript: URL survives). "
                            + "Approved minutes are final (409).")
    public MinutesView writeMeetingMinutes(@PathParam("id") UUID id, @NotNull @Valid MinutesInput request) {
        return MinutesView.of(meetings.writeMinutes(id, request.markdown()));
    }

    @POST
    @Path("/{id}/minutes/approve")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Approve a meeting's minutes at a later meeting",
            description = "A later, held meeting of the same council.")
    public MinutesView approveMeetingMinutes(@PathParam("id") UUID id, @NotNull @Valid MinutesApproval request) {
        return MinutesView.of(meetings.approveMinutes(id, request.atMeetingId()));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Close a meeting as held",
            description = STEP
                    + "SCHEDULED → HELD once its time has come; emits kr.seoul.chatdong.governance.meeting.held.v1 with "
                    + "attendance and the number of decisions.")
    public RestResponse<MeetingRecordView> closeMeeting(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return record(meetings.close(id, Preconditions.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Cancel a meeting, with a reason", description = STEP + "SCHEDULED → CANCELLED.")
    public RestResponse<MeetingRecordView> cancelMeeting(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CancelInput request) {
        return record(meetings.cancel(
                id, Preconditions.expected(ifMatch), request.reason().strip()));
    }

    private static final String STEP =
            "Needs If-Match with the meeting's ETag. A step out of order is a 409 naming currentState and allowedSteps. ";

    private static RestResponse<MeetingRecordView> record(MeetingService.Record r) {
        return Responses.ok(MeetingRecordView.of(r), r.meeting().version());
    }

    private static Instant instant(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(
                    parameter,
                    "'" + value + "' is not an ISO 8601 timestamp with offset, e.g. 2016-04-20T14:00:00+09:00");
        }
    }
}
