package kr.seoul.chatdong.governance.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.governance.query.MeetingQueries;
import kr.seoul.chatdong.governance.rest.MeetingSeriesViews.MeetingSeriesView;
import kr.seoul.chatdong.governance.rest.MeetingSeriesViews.SeriesCancellation;
import kr.seoul.chatdong.governance.service.MeetingSeriesService;

/** A series once scheduled (POST /api/v1/councils/{id}/meeting-series schedules one). */
@Path("/api/v1/meeting-series")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Meetings", description = "회의: meetings of councils and committees")
public class MeetingSeriesResource {

    @Inject
    MeetingSeriesService series;

    @Inject
    MeetingQueries queries;

    @GET
    @Path("/{id}")
    @Operation(summary = "A meeting series and its meetings", description = "Earliest first.")
    public MeetingSeriesView getMeetingSeries(@PathParam("id") UUID id) {
        return MeetingSeriesView.of(queries.series(id), queries.ofSeries(id));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Cancel what is left of a meeting series",
            description = "Cancels its meetings on or after `from` (a Seoul day) that were not held, with the reason "
                    + "'연속 회의 취소'; held and cancelled ones stay as they are. Answers the series.")
    public MeetingSeriesView cancelMeetingSeries(@PathParam("id") UUID id, @NotNull @Valid SeriesCancellation request) {
        MeetingSeriesService.Series s = series.cancelFrom(id, request.from());
        return MeetingSeriesView.of(s.series(), s.meetings());
    }
}
