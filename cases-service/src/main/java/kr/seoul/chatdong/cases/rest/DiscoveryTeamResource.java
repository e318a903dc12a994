package kr.seoul.chatdong.cases.rest;

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

import kr.seoul.chatdong.cases.domain.DiscoveryMember;
import kr.seoul.chatdong.cases.query.DiscoveryTeamQueries;
import kr.seoul.chatdong.cases.rest.DiscoveryTeamViews.MemberChanges;
import kr.seoul.chatdong.cases.rest.DiscoveryTeamViews.MemberView;
import kr.seoul.chatdong.cases.rest.DiscoveryTeamViews.NewMember;
import kr.seoul.chatdong.cases.rest.DiscoveryTeamViews.WorkloadView;
import kr.seoul.chatdong.cases.service.DiscoveryTeamService;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.DistrictParam;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.MergePatch;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.geo.SeoulGeography;

@Path("/api/v1/discovery-team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Discovery team",
        description =
                "발굴단: one member per district finds and writes up cases; nominations go to the district's active member")
public class DiscoveryTeamResource {

    @Inject
    DiscoveryTeamService team;

    @Inject
    DiscoveryTeamQueries queries;

    @Inject
    SeoulGeography geography;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatch mergePatch;

    @POST
    @Path("/members")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Add a discovery-team member",
            description = "One member per district at a time: a period that shares a day with "
                    + "another member's of the district is a 409 naming conflictingMemberId. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "added; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MemberView.class)))
    public RestResponse<MemberView> addDiscoveryMember(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewMember request) {
        return idempotency.once(idempotencyKey, request, MemberView.class, () -> {
            DiscoveryMember m = team.add(request.toCommand());
            return Responses.created("/api/v1/discovery-team/members/" + m.id(), MemberView.of(m), m.version());
        });
    }

    @GET
    @Path("/members")
    @Operation(summary = "List discovery-team members", description = "By district, the latest period first.")
    public Page<MemberView> listDiscoveryMembers(
            @BeanParam DistrictParam district,
            @QueryParam("activeOn")
                    @Parameter(
                            description = "members active on this day",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2016-05-10")
                    String activeOn,
            @BeanParam PageParams paging) {
        return queries.members(district.code(geography), QueryValues.date(activeOn, "activeOn"), paging.request())
                .map(MemberView::of);
    }

    @GET
    @Path("/members/{id}")
    @Operation(summary = "One discovery-team member")
    public RestResponse<MemberView> getDiscoveryMember(@PathParam("id") UUID id) {
        DiscoveryMember m = queries.member(id);
        return Responses.ok(MemberView.of(m), m.version());
    }

    @PATCH
    @Path("/members/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Change a member (e.g. end the period)",
            description = "Needs If-Match. The period may not come to overlap another member's of the district (409).")
    public RestResponse<MemberView> reviseDiscoveryMember(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = MemberChanges.class)))
                    ObjectNode body) {
        MergePatch.Patch<MemberChanges> patch = mergePatch.read(body, MemberChanges.class);
        DiscoveryMember m =
                team.revise(id, Preconditions.expected(ifMatch), patch.changes().toCommand(patch.removed()));
        return Responses.ok(MemberView.of(m), m.version());
    }

    @GET
    @Path("/workload")
    @Operation(
            summary = "List the members' workload",
            description =
                    "Each member's assigned cases by status, by district; activeOn narrows to the members active that day.")
    public Page<WorkloadView> listDiscoveryWorkload(
            @BeanParam DistrictParam district,
            @QueryParam("activeOn")
                    @Parameter(
                            description = "members active on this day",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2016-05-10")
                    String activeOn,
            @BeanParam PageParams paging) {
        return queries.workload(district.code(geography), QueryValues.date(activeOn, "activeOn"), paging.request())
                .map(WorkloadView::of);
    }
}
