package kr.seoul.chatdong.governance.rest;

import kr.seoul.chatdong.commons.rest.MergePatch;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import kr.seoul.chatdong.commons.paging.PageParams;
import jakarta.ws.rs.BeanParam;
import kr.seoul.chatdong.language.geo.DistrictParam;
import kr.seoul.chatdong.language.geo.SeoulGeography;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.security.Roles;

import io.quarkus.security.Authenticated;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.CouncilKind;
import kr.seoul.chatdong.governance.rest.CouncilViews.CouncilChanges;
import kr.seoul.chatdong.governance.rest.CouncilViews.CouncilView;
import kr.seoul.chatdong.governance.rest.CouncilViews.NewCouncil;
import kr.seoul.chatdong.governance.service.CouncilService;

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

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Establish a council or committee",
            description = "DISTRICT councils and DISTRICT_SUPPORT_TEAMs name their district; the others are city-wide. "
                    + "A district officer establishes only its own district's.")
    @APIResponse(responseCode = "201", description = "established; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CouncilView.class)))
    public RestResponse<CouncilView> establishCouncil(@HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewCouncil request) {
        return idempotency.once(idempotencyKey, request, CouncilView.class, () -> {
            Council council = councils.establish(request.toCommand());
            return Responses.created("/api/v1/councils/" + council.id(), CouncilView.of(council), council.version());
        });
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Change a council's name, description or founding date", description = "Needs If-Match with the ETag of a GET.")
    public RestResponse<CouncilView> reviseCouncil(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CouncilChanges.class))) ObjectNode body) {
        MergePatch.Patch<CouncilChanges> patch = mergePatch.read(body, CouncilChanges.class);
        Council council = councils.revise(id, ifMatch, patch.changes().toCommand(patch.removed()));
        return Responses.ok(CouncilView.of(council), council.version());
    }

    @GET
    @Operation(summary = "List councils and committees", description = "By name.")
    public Page<CouncilView> listCouncils(
            @QueryParam("kind") @Parameter(description = "the kind of council", schema = @Schema(implementation = CouncilKind.class), example = "DISTRICT") String kind,
            @BeanParam DistrictParam district,
            @BeanParam PageParams paging) {
        return councils.list(QueryValues.enumOf(CouncilKind.class, kind, "kind"), district.code(geography), paging.request())
                .map(CouncilView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One council or committee")
    public RestResponse<CouncilView> getCouncil(@PathParam("id") UUID id) {
        Council council = councils.get(id);
        return Responses.ok(CouncilView.of(council), council.version());
    }
}
