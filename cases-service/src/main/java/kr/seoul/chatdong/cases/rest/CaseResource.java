package kr.seoul.chatdong.cases.rest;

import kr.seoul.chatdong.commons.rest.MergePatch;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import kr.seoul.chatdong.commons.openapi.PlatformOpenApiFilter;

import kr.seoul.chatdong.commons.paging.PageParams;
import jakarta.ws.rs.BeanParam;
import kr.seoul.chatdong.language.geo.DistrictParam;
import kr.seoul.chatdong.language.geo.SeoulGeography;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.annotation.security.PermitAll;
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

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.CaseStatus;
import kr.seoul.chatdong.cases.rest.CaseViews.CaseChanges;
import kr.seoul.chatdong.cases.rest.CaseViews.CaseView;
import kr.seoul.chatdong.cases.rest.CaseViews.NewCase;
import kr.seoul.chatdong.cases.service.CaseService;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.security.Roles;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Best-practice cases", description = "우수사례: cases on their way from discovery to publication")
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    SeoulGeography geography;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatch mergePatch;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Draft a best-practice case", description = "The dong's district is taken from the dong code; both, when given, must agree. "
            + "A district officer drafts only its own district's cases.")
    @APIResponse(responseCode = "201", description = "drafted; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public RestResponse<CaseView> draftCase(@HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewCase request) {
        return idempotency.once(idempotencyKey, request, CaseView.class, () -> {
            BestPracticeCase c = cases.draft(request.toCommand());
            return Responses.created("/api/v1/cases/" + c.id(), CaseView.of(c), c.version());
        });
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Change a case's title or summary", description = "Needs If-Match with the ETag of a GET.")
    public RestResponse<CaseView> reviseCase(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseChanges.class))) ObjectNode body) {
        MergePatch.Patch<CaseChanges> patch = mergePatch.read(body, CaseChanges.class);
        BestPracticeCase c = cases.revise(id, ifMatch, patch.changes().toCommand(patch.removed()));
        return Responses.ok(CaseView.of(c), c.version());
    }

    @GET
    @PermitAll
    @Extension(name = PlatformOpenApiFilter.OPTIONAL_AUTH, value = "true")
    @Operation(summary = "List best-practice cases", description = "Newest first. Without a token only PUBLISHED cases are listed.")
    public Page<CaseView> listCases(
            @QueryParam("status") @Parameter(description = "the case's status (NOMINATED ones need a token)", schema = @Schema(implementation = CaseStatus.class), example = "PUBLISHED") String status,
            @QueryParam("roundId") @Parameter(description = "the monitoring round that nominated them", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String roundId,
            @BeanParam DistrictParam district,
            @QueryParam("dongCode") @Parameter(description = "10-digit dong code", example = "1129052500") String dongCode,
            @QueryParam("field") @Parameter(description = "one of the four fields of the program", schema = @Schema(implementation = Field.class), example = "WELFARE") String field,
            @BeanParam PageParams paging) {
        return cases.list(QueryValues.enumOf(CaseStatus.class, status, "status"), QueryValues.uuid(roundId, "roundId"), district.code(geography), dongCode,
                QueryValues.enumOf(Field.class, field, "field"), paging.request()).map(CaseView::of);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Extension(name = PlatformOpenApiFilter.OPTIONAL_AUTH, value = "true")
    @Operation(summary = "One best-practice case", description = "Public when PUBLISHED; the others need a token.")
    public RestResponse<CaseView> getCase(@PathParam("id") UUID id) {
        BestPracticeCase c = cases.get(id);
        return Responses.ok(CaseView.of(c), c.version());
    }
}
