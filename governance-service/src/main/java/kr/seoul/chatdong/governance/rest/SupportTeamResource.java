package kr.seoul.chatdong.governance.rest;

import java.time.LocalDate;
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
import kr.seoul.chatdong.commons.rest.DistrictParam;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.MergePatch;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.commons.time.Clocks;
import kr.seoul.chatdong.governance.domain.SupportTeam;
import kr.seoul.chatdong.governance.query.SupportTeamQueries;
import kr.seoul.chatdong.governance.rest.SupportTeamViews.EndInput;
import kr.seoul.chatdong.governance.rest.SupportTeamViews.NewSupportTeam;
import kr.seoul.chatdong.governance.rest.SupportTeamViews.SupportTeamChanges;
import kr.seoul.chatdong.governance.rest.SupportTeamViews.SupportTeamView;
import kr.seoul.chatdong.governance.service.SupportTeamService;
import kr.seoul.chatdong.language.geo.SeoulGeography;

@Path("/api/v1/support-teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Support teams", description = "자치구 추진지원단: at most one active per district, run directly or outsourced")
public class SupportTeamResource {

    @Inject
    SupportTeamQueries teams;

    @Inject
    SupportTeamService service;

    @Inject
    SeoulGeography geography;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatch mergePatch;

    @Inject
    java.time.Clock clock;

    @GET
    @Operation(
            summary = "List district support teams",
            description = "By district code, then id; seeded with the plan's 2015 table.")
    public Page<SupportTeamView> listSupportTeams(
            @QueryParam("model") @Parameter(schema = @Schema(implementation = SupportTeam.Model.class)) String model,
            @QueryParam("on")
                    @Parameter(
                            description = "active on this day",
                            example = "2016-03-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String on,
            @QueryParam("status")
                    @Parameter(
                            description = "ACTIVE or ENDED",
                            schema = @Schema(implementation = SupportTeam.Status.class),
                            example = "ACTIVE")
                    String status,
            @BeanParam DistrictParam district,
            @BeanParam PageParams paging) {
        SupportTeam.Model m = QueryValues.enumOf(SupportTeam.Model.class, model, "model");
        SupportTeam.Status s = QueryValues.enumOf(SupportTeam.Status.class, status, "status");
        LocalDate day = QueryValues.date(on, "on");
        LocalDate asOf = today(day);
        return teams.supportTeams(m, day, s, district.code(geography), paging.request())
                .map(t -> SupportTeamView.of(t, asOf));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One district support team")
    public RestResponse<SupportTeamView> getSupportTeam(@PathParam("id") UUID id) {
        SupportTeam team = teams.supportTeam(id);
        return Responses.ok(SupportTeamView.of(team, today(null)), team.version());
    }

    @POST
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Register a district's support team",
            description =
                    "A city admin's. A district has at most one ACTIVE team: a second is a 409 naming activeTeamId (end the "
                            + "active one first); its ended teams stay beside it.")
    @APIResponse(
            responseCode = "201",
            description = "registered; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SupportTeamView.class)))
    public RestResponse<SupportTeamView> startSupportTeam(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewSupportTeam request) {
        return idempotency.once(idempotencyKey, request, SupportTeamView.class, () -> {
            SupportTeam team = service.start(request.toCommand());
            return Responses.created(
                    "/api/v1/support-teams/" + team.id(), SupportTeamView.of(team, today(null)), team.version());
        });
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "Change a support team's model, operator, start or staff",
            description =
                    "A city admin's; needs If-Match with the ETag of a GET. staff replaces the whole list. An ENDED team is a 409.")
    public RestResponse<SupportTeamView> reviseSupportTeam(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = SupportTeamChanges.class)))
                    ObjectNode body) {
        MergePatch.Patch<SupportTeamChanges> patch = mergePatch.read(body, SupportTeamChanges.class);
        SupportTeam team = service.revise(
                id, Preconditions.expected(ifMatch), patch.changes().toCommand(patch.removed()));
        return Responses.ok(SupportTeamView.of(team, today(null)), team.version());
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(
            summary = "End a support team",
            description =
                    "A city admin's; needs If-Match. ACTIVE → ENDED with the last day it ran and why; ending it again is a 409.")
    public RestResponse<SupportTeamView> endSupportTeam(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid EndInput request) {
        SupportTeam team = service.end(id, Preconditions.expected(ifMatch), request.toCommand());
        return Responses.ok(SupportTeamView.of(team, today(null)), team.version());
    }

    private LocalDate today(LocalDate day) {
        return day == null ? LocalDate.now(clock.withZone(Clocks.SEOUL)) : day;
    }
}
