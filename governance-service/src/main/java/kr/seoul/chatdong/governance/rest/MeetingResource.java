package kr.seoul.chatdong.governance.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import kr.seoul.chatdong.commons.paging.PageParams;
import jakarta.ws.rs.BeanParam;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.security.Roles;

import io.quarkus.security.Authenticated;
import kr.seoul.chatdong.governance.domain.Meeting;
import kr.seoul.chatdong.governance.rest.MeetingViews.MeetingView;
import kr.seoul.chatdong.governance.rest.MeetingViews.NewMeeting;
import kr.seoul.chatdong.governance.service.MeetingService;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Meetings", description = "회의: meetings of councils and committees")
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Schedule a meeting",
            description = "Scheduling the next metropolitan council meeting puts the monitoring reviews that were waiting on its agenda.")
    @APIResponse(responseCode = "201", description = "scheduled; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public RestResponse<MeetingView> scheduleMeeting(@HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewMeeting request) {
        return idempotency.once(idempotencyKey, request, MeetingView.class, () -> {
            Meeting meeting = meetings.schedule(request.toCommand());
            return Responses.created("/api/v1/meetings/" + meeting.id(), MeetingView.of(meeting), meeting.version());
        });
    }

    @GET
    @Operation(summary = "List meetings", description = "Earliest first.")
    public Page<MeetingView> listMeetings(
            @QueryParam("councilId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String councilId,
            @QueryParam("status") @Parameter(description = "the meeting's status", schema = @Schema(implementation = Meeting.Status.class)) String status,
            @QueryParam("from") @Parameter(description = "scheduled at or after (ISO 8601 with offset)", example = "2016-01-01T00:00:00+09:00") String from,
            @QueryParam("to") @Parameter(description = "scheduled at or before (ISO 8601 with offset)", example = "2016-12-31T23:59:59+09:00") String to,
            @BeanParam PageParams paging) {
        return meetings.list(QueryValues.uuid(councilId, "councilId"), QueryValues.enumOf(Meeting.Status.class, status, "status"),
                instant(from, "from"), instant(to, "to"), paging.request()).map(MeetingView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One meeting")
    public RestResponse<MeetingView> getMeeting(@PathParam("id") UUID id) {
        Meeting meeting = meetings.get(id);
        return Responses.ok(MeetingView.of(meeting), meeting.version());
    }

    private static Instant instant(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "'" + value + "' is not an ISO 8601 timestamp with offset, e.g. 2016-04-20T14:00:00+09:00");
        }
    }
}
