package kr.seoul.chatdong.cases.rest;

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
import kr.seoul.chatdong.commons.domain.Field;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.rest.Writes;
import kr.seoul.chatdong.commons.security.Roles;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Best-practice cases", description = "우수사례: cases on their way from discovery to publication")
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    Writes writes;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Draft a best-practice case", description = "The dong's district is taken from the dong code; both, when given, must agree. "
            + "A district officer drafts only its own district's cases.")
    @APIResponse(responseCode = "201", description = "drafted; Location names it")
    public RestResponse<CaseView> draft(@HeaderParam(Writes.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewCase request) {
        return writes.create(idempotencyKey, "case", "POST /api/v1/cases", request, CaseView.class, () -> {
            BestPracticeCase c = cases.draft(request);
            return Responses.created("/api/v1/cases/" + c.id(), CaseView.of(c), c.version());
        });
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR, Roles.DISTRICT_OFFICER})
    @Operation(summary = "Change a case's title or summary", description = "Needs If-Match with the ETag of a GET.")
    public RestResponse<CaseView> revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseChanges changes) {
        BestPracticeCase c = writes.update("case", id, "PATCH /api/v1/cases/" + id, writes.fieldsOf(changes),
                () -> cases.revise(id, ifMatch, changes));
        return Responses.ok(CaseView.of(c), c.version());
    }

    @GET
    @PermitAll
    @Operation(summary = "List best-practice cases", description = "Newest first. Without a token only PUBLISHED cases are listed.")
    public Page<CaseView> list(
            @QueryParam("status") @Parameter(description = "DRAFT, NOMINATED, IN_REVIEW, PUBLISHED or REJECTED", example = "PUBLISHED") String status,
            @QueryParam("roundId") @Parameter(description = "the monitoring round that nominated them") String roundId,
            @QueryParam("district") @Parameter(description = "5-digit district code", example = "11290") String district,
            @QueryParam("dongCode") @Parameter(description = "10-digit dong code", example = "1129052500") String dongCode,
            @QueryParam("field") @Parameter(description = "WELFARE, VILLAGE, ADMINISTRATION or HEALTH", example = "WELFARE") String field,
            @QueryParam("page") @Parameter(description = "page number from 0", example = "0") String page,
            @QueryParam("size") @Parameter(description = "page size, 1–200 (default 50)", example = "50") String size) {
        return cases.list(QueryValues.enumOf(CaseStatus.class, status, "status"), QueryValues.uuid(roundId, "roundId"), district, dongCode,
                QueryValues.enumOf(Field.class, field, "field"), PageRequest.of(page, size)).map(CaseView::of);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(summary = "One best-practice case", description = "Public when PUBLISHED; the others need a token.")
    public RestResponse<CaseView> get(@PathParam("id") UUID id) {
        BestPracticeCase c = cases.get(id);
        return Responses.ok(CaseView.of(c), c.version());
    }
}
