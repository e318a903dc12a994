package kr.seoul.chatdong.governance.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Response;

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
import kr.seoul.chatdong.commons.rest.DistrictParam;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.MergePatch;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.commons.time.Clocks;
import kr.seoul.chatdong.governance.document.MeetingCalendar;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.CouncilKind;
import kr.seoul.chatdong.governance.domain.CouncilMember;
import kr.seoul.chatdong.governance.query.CouncilQueries;
import kr.seoul.chatdong.governance.query.MeetingQueries;
import kr.seoul.chatdong.governance.rest.CouncilViews.CompositionView;
import kr.seoul.chatdong.governance.rest.CouncilViews.CouncilChanges;
import kr.seoul.chatdong.governance.rest.CouncilViews.CouncilView;
import kr.seoul.chatdong.governance.rest.CouncilViews.MemberView;
import kr.seoul.chatdong.governance.rest.CouncilViews.NewCouncil;
import kr.seoul.chatdong.governance.rest.CouncilViews.NewMember;
import kr.seoul.chatdong.governance.service.CouncilService;
import kr.seoul.chatdong.governance.service.MeetingSeriesService;
import kr.seoul.chatdong.language.geo.SeoulGeography;

@Path("/api/v1/councils")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Councils", description = "협의체·위원회: councils and committees of public–private governance")
public class CouncilResource {

    @Inject
    CouncilService councils;

    @Inject
    SeoulGeography geography;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatch mergePatch;

    @Inject
    java.time.Clock clock;

    @Inject
    CouncilQueries queries;

    @Inject
    MeetingQueries meetings;

    @Inject
    MeetingSeriesService series;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Establish a council or committee",
            description = "DISTRICT councils and DISTRICT_SUPPORT_TEAMs name their district; the others are city-wide. "
                    + "A district officer establishes only its own district's.")
    @APIResponse(
            responseCode = "201",
            description = "established; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CouncilView.class)))
    public RestResponse<CouncilView> establishCouncil(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewCouncil request) {
        return idempotency.once(idempotencyKey, request, CouncilView.class, () -> {
            Council council = councils.establish(request.toCommand());
            return Responses.created("/api/v1/councils/" + council.id(), CouncilView.of(council), council.version());
        });
    }

    @POST
    @Path("/{id}/meeting-series")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Schedule a council's recurring meetings (연속 회의)",
            description = "Every meeting of an RFC 5545 rule (rrule, read in Seoul time), the first at scheduledAt, "
                    + "each like a meeting scheduled alone (POST /api/v1/meetings) and naming the series. "
                    + "A rule that does not parse is a 400 naming rrule; more than 60 meetings a 422 "
                    + "(rule too-many-occurrences).")
    @APIResponse(
            responseCode = "201",
            description = "scheduled; Location names the series",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingSeriesViews.MeetingSeriesView.class)))
    public RestResponse<MeetingSeriesViews.MeetingSeriesView> scheduleMeetingSeries(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid MeetingSeriesViews.NewMeetingSeries request) {
        return idempotency.once(idempotencyKey, request, MeetingSeriesViews.MeetingSeriesView.class, () -> {
            MeetingSeriesService.Series s = series.schedule(request.toCommand(id));
            return Responses.created(
                    "/api/v1/meeting-series/" + s.series().id(),
                    MeetingSeriesViews.MeetingSeriesView.of(s.series(), s.meetings()),
                    s.series().version());
        });
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Change a council's name, description or founding date",
            description = "Needs If-Match with the ETag of a GET.")
    public RestResponse<CouncilView> reviseCouncil(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = CouncilChanges.class)))
                    ObjectNode body) {
        MergePatch.Patch<CouncilChanges> patch = mergePatch.read(body, CouncilChanges.class);
        Council council = councils.revise(
                id, Preconditions.expected(ifMatch), patch.changes().toCommand(patch.removed()));
        return Responses.ok(CouncilView.of(council), council.version());
    }

    @GET
    @Operation(summary = "List councils and committees", description = "By name.")
    public Page<CouncilView> listCouncils(
            @QueryParam("kind")
                    @Parameter(
                            description = "the kind of council",
                            schema = @Schema(implementation = CouncilKind.class),
                            example = "DISTRICT")
                    String kind,
            @BeanParam DistrictParam district,
            @QueryParam("parentId")
                    @Parameter(
                            description = "sub-committees of this council",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String parentId,
            @BeanParam PageParams paging) {
        return queries.councils(
                        QueryValues.enumOf(CouncilKind.class, kind, "kind"),
                        district.code(geography),
                        QueryValues.uuid(parentId, "parentId"),
                        paging.request())
                .map(CouncilView::of);
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(
            summary = "Appoint a member for a term",
            description =
                    "At most one CHAIR at a time: a chair whose term overlaps another's is a 422 (rule one-chair). "
                            + "A district officer appoints only to its own district's councils. Names stay in this service: never in events or logs.")
    @APIResponse(
            responseCode = "201",
            description = "appointed; Location names the member",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemberView.class)))
    public RestResponse<MemberView> appointCouncilMember(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewMember request) {
        return idempotency.once(idempotencyKey, request, MemberView.class, () -> {
            CouncilMember member = councils.appoint(request.toCommand(id));
            return Responses.created(
                    "/api/v1/councils/" + id + "/members/" + member.id(), MemberView.of(member), member.version());
        });
    }

    @GET
    @Path("/{id}/members")
    @Operation(
            summary = "List a council's members",
            description =
                    "By position (in alphabetical order of its code), then name. With on=, only those in office that day.")
    public Page<MemberView> listCouncilMembers(
            @PathParam("id") UUID id,
            @QueryParam("on")
                    @Parameter(
                            description = "in office on this day",
                            example = "2016-03-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String on,
            @BeanParam PageParams paging) {
        return queries.members(id, QueryValues.date(on, "on"), paging.request()).map(MemberView::of);
    }

    @GET
    @Path("/{id}/meetings.ics")
    @PermitAll
    @Produces(MeetingCalendar.MEDIA_TYPE)
    @Operation(
            summary = "A council's meetings as an iCalendar feed",
            description =
                    "RFC 5545, one VEVENT per meeting in Asia/Seoul time (two hours long), cancelled ones as STATUS:CANCELLED. "
                            + "Public, without a token, so that calendar apps can subscribe; it holds no personal data.")
    @APIResponse(
            responseCode = "200",
            description = "the feed",
            content =
                    @Content(
                            mediaType = MeetingCalendar.MEDIA_TYPE,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            examples = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…")))
    public Response getCouncilCalendar(@PathParam("id") UUID id) {
        Council council = queries.council(id);
        String ics = MeetingCalendar.of(council, meetings.ofCouncil(id), clock.instant());
        return Response.ok(ics, MeetingCalendar.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"council-" + id + ".ics\"")
                .build();
    }

    @GET
    @Path("/{id}/composition")
    @Operation(
            summary = "A council's composition on a day",
            description = "Members in office per sector and per position (today when on= is absent, in Seoul).")
    public CompositionView getCouncilComposition(
            @PathParam("id") UUID id,
            @QueryParam("on")
                    @Parameter(
                            description = "the day",
                            example = "2016-03-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String on) {
        LocalDate day = QueryValues.date(on, "on");
        if (day == null) {
            day = LocalDate.now(clock.withZone(Clocks.SEOUL));
        }
        return CompositionView.of(day, queries.inOffice(id, day));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One council or committee")
    public RestResponse<CouncilView> getCouncil(@PathParam("id") UUID id) {
        Council council = queries.council(id);
        return Responses.ok(CouncilView.of(council), council.version());
    }
}
