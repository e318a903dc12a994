package kr.seoul.chatdong.cases.rest;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.CaseComment;
import kr.seoul.chatdong.cases.domain.CaseStatus;
import kr.seoul.chatdong.cases.query.CaseFilter;
import kr.seoul.chatdong.cases.query.CaseQueries;
import kr.seoul.chatdong.cases.rest.CaseViews.CaseChanges;
import kr.seoul.chatdong.cases.rest.CaseViews.CaseDetail;
import kr.seoul.chatdong.cases.rest.CaseViews.CaseView;
import kr.seoul.chatdong.cases.rest.CaseViews.CommentInput;
import kr.seoul.chatdong.cases.rest.CaseViews.CommentView;
import kr.seoul.chatdong.cases.rest.CaseViews.NewCase;
import kr.seoul.chatdong.cases.rest.CaseViews.PublishInput;
import kr.seoul.chatdong.cases.rest.CaseViews.ReasonInput;
import kr.seoul.chatdong.cases.rest.CaseViews.RevisionView;
import kr.seoul.chatdong.cases.service.CaseCommands;
import kr.seoul.chatdong.cases.service.CaseService;
import kr.seoul.chatdong.commons.openapi.PlatformOpenApiFilter;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.DistrictParam;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.MergePatch;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.geo.SeoulGeography;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Best-practice cases",
        description =
                "우수사례: cases from nomination or discovery through review to publication: "
                        + "NOMINATED → DRAFTING (start) → IN_REVIEW (submit) → PUBLISHED (publish) → ARCHIVED (archive); reject, withdraw")
public class CaseResource {

    private static final String STEP =
            "Needs If-Match with the case's ETag. A step out of order is a 409 naming currentState "
                    + "and allowedSteps. A district officer (or discovery-team member) acts only on its own district's cases. Audited. ";

    @Inject
    CaseService cases;

    @Inject
    CaseQueries queries;

    @Inject
    SeoulGeography geography;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatch mergePatch;

    @POST
    @Authenticated
    @Operation(
            summary = "Write a best-practice case",
            description =
                    "It starts DRAFTING. The dong's district is taken from the dong code; "
                            + "both, when given, must agree. Written by editors and city admins, a district's officers and its active discovery-team member "
                            + "(the caller's account name = the member's subject); others get 403. A body, when given, is the first revision.")
    @APIResponse(
            responseCode = "201",
            description = "written; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CaseDetail.class)))
    public RestResponse<CaseDetail> draftCase(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewCase request) {
        return idempotency.once(idempotencyKey, request, CaseDetail.class, () -> {
            BestPracticeCase c = cases.draft(request.toCommand());
            return Responses.created("/api/v1/cases/" + c.id(), CaseDetail.of(c), c.version());
        });
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Authenticated
    @Operation(
            summary = "Change a case's text, fields, tags or authors",
            description =
                    "Needs If-Match with the ETag of a GET. "
                            + "Only while NOMINATED or DRAFTING (else 409); the body only while DRAFTING. Every saved body keeps a revision.")
    public RestResponse<CaseDetail> reviseCase(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = CaseChanges.class)))
                    ObjectNode body) {
        MergePatch.Patch<CaseChanges> patch = mergePatch.read(body, CaseChanges.class);
        return detail(cases.revise(
                id, Preconditions.expected(ifMatch), patch.changes().toCommand(patch.removed())));
    }

    @GET
    @PermitAll
    @Extension(name = PlatformOpenApiFilter.OPTIONAL_AUTH, value = "true")
    @Operation(
            summary = "List best-practice cases",
            description =
                    "Newest first; with q, the best matches first (a word in the title "
                            + "before one in the summary before one in the body or tags). Without a token only PUBLISHED cases are listed.")
    public Page<CaseView> listCases(
            @QueryParam("status")
                    @Parameter(
                            description = "the case's status (all but PUBLISHED need a token)",
                            schema = @Schema(implementation = CaseStatus.class),
                            example = "PUBLISHED")
                    String status,
            @QueryParam("roundId")
                    @Parameter(
                            description = "the monitoring round that nominated them",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String roundId,
            @BeanParam DistrictParam district,
            @QueryParam("dongCode") @Parameter(description = "10-digit dong code", example = "1129052500")
                    String dongCode,
            @QueryParam("field")
                    @Parameter(
                            description = "cases about this field (any of their fields)",
                            schema = @Schema(implementation = Field.class),
                            example = "WELFARE")
                    String field,
            @QueryParam("tag") @Parameter(description = "cases with this tag (exactly as written)", example = "방문간호")
                    String tag,
            @QueryParam("q")
                    @Parameter(
                            description =
                                    "search: every word must occur in the title, summary, body or tags (as part of a word: "
                                            + "방문간호 finds 방문간호사); title matches rank first",
                            example = "방문간호")
                    String q,
            @QueryParam("assigneeId")
                    @Parameter(
                            description = "cases assigned to this discovery-team member",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String assigneeId,
            @QueryParam("assigned")
                    @Parameter(
                            description =
                                    "false: cases no discovery-team member has (e.g. nominations of a district without an active member)",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String assigned,
            @QueryParam("year")
                    @Parameter(
                            description = "cases published in this year (Seoul time)",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
                            example = "2016")
                    String year,
            @BeanParam PageParams paging) {
        return queries.cases(
                        new CaseFilter(
                                QueryValues.enumOf(CaseStatus.class, status, "status"),
                                QueryValues.uuid(roundId, "roundId"),
                                district.code(geography),
                                dongCode,
                                QueryValues.enumOf(Field.class, field, "field"),
                                SearchParams.text(tag, "tag"),
                                QueryValues.integer(year, "year", 2000, 2100),
                                SearchParams.terms(q),
                                QueryValues.uuid(assigneeId, "assigneeId"),
                                SearchParams.bool(assigned, "assigned")),
                        paging.request())
                .map(CaseView::of);
    }

    @GET
    @PermitAll
    @Path("/feed.atom")
    @Produces(CaseFeed.MEDIA_TYPE)
    @Operation(
            summary = "Atom feed of published cases",
            description = "The 50 latest published cases, newest first, as an Atom feed "
                    + "(RFC 4287); entry ids are urn:uuid:<case id>, stable. Public.")
    @APIResponse(
            responseCode = "200",
            description = "the feed",
            content =
                    @Content(
                            mediaType = CaseFeed.MEDIA_TYPE,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            examples =
                                                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">…</feed>")))
    public String getCaseFeed(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        return CaseFeed.atom(queries.latestPublished(50), uri.getBaseUri());
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Extension(name = PlatformOpenApiFilter.OPTIONAL_AUTH, value = "true")
    @Operation(
            summary = "One best-practice case",
            description =
                    "With its body as sanitised HTML and allowedSteps. Public when PUBLISHED; the others need a token.")
    public RestResponse<CaseDetail> getCase(@PathParam("id") UUID id) {
        return detail(queries.bestPracticeCase(id));
    }

    @POST
    @Path("/{id}/start")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Start writing up a nomination", description = STEP + "NOMINATED → DRAFTING.")
    public RestResponse<CaseDetail> startCase(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return detail(cases.start(id, Preconditions.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(
            summary = "Submit a case for review",
            description = STEP + "DRAFTING → IN_REVIEW; a case without a body is a 422 (rule body-required).")
    public RestResponse<CaseDetail> submitCase(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return detail(cases.submit(id, Preconditions.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Send a case in review back to its writers",
            description = STEP + "IN_REVIEW → DRAFTING; the reason is kept as a REJECTION comment.")
    public RestResponse<CaseDetail> rejectCase(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ReasonInput request) {
        return detail(cases.reject(id, Preconditions.expected(ifMatch), request.toCommand()));
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Publish a reviewed case",
            description =
                    STEP + "IN_REVIEW → PUBLISHED, on the channels given (each once; without "
                            + "a body or channels: the homepage, today). Only editors (and city admins) publish. Emits kr.seoul.chatdong.cases.case.published.v1.")
    public RestResponse<CaseDetail> publishCase(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid PublishInput request) {
        return detail(cases.publish(
                id,
                Preconditions.expected(ifMatch),
                request == null ? new CaseCommands.PublishCase(null) : request.toCommand()));
    }

    @POST
    @Path("/{id}/archive")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Archive a published case",
            description = STEP + "PUBLISHED → ARCHIVED: off the public list, still counted in its year.")
    public RestResponse<CaseDetail> archiveCase(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return detail(cases.archive(id, Preconditions.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/withdraw")
    @Authenticated
    @Operation(
            summary = "Withdraw an open case, with a reason",
            description = STEP + "NOMINATED, DRAFTING or IN_REVIEW → WITHDRAWN.")
    public RestResponse<CaseDetail> withdrawCase(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ReasonInput request) {
        return detail(cases.withdraw(id, Preconditions.expected(ifMatch), request.toCommand()));
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Assign an open case to a discovery-team member",
            description = "Needs If-Match. The member must serve the case's "
                    + "district and be active today (else 422: member-of-another-district, member-inactive, unknown-member); memberId null "
                    + "unassigns. Nominations are assigned automatically when they arrive. Audited.")
    public RestResponse<CaseDetail> assignCase(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseViews.AssignInput request) {
        return detail(cases.assign(id, Preconditions.expected(ifMatch), request.toCommand()));
    }

    @GET
    @Path("/{id}/revisions")
    @Authenticated
    @Operation(summary = "List a case's revisions", description = "Every saved body, newest first.")
    public Page<RevisionView> listCaseRevisions(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return queries.revisions(id, paging.request()).map(RevisionView::of);
    }

    @GET
    @Path("/{id}/comments")
    @Authenticated
    @Operation(
            summary = "List a case's review comments",
            description = "Reviewers' comments and rejection reasons, oldest first.")
    public Page<CommentView> listCaseComments(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return queries.comments(id, paging.request()).map(CommentView::of);
    }

    @POST
    @Path("/{id}/comments")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Comment on a case in review",
            description = "Only while the case is IN_REVIEW (else 409). Reviewers: editors and city admins.")
    @APIResponse(
            responseCode = "201",
            description = "commented; Location names the comments of the case",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommentView.class)))
    public RestResponse<CommentView> commentOnCase(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid CommentInput request) {
        return idempotency.once(idempotencyKey, request, CommentView.class, () -> {
            CaseComment c = cases.comment(id, request.toCommand());
            return Responses.created("/api/v1/cases/" + id + "/comments", CommentView.of(c), 0);
        });
    }

    private static RestResponse<CaseDetail> detail(BestPracticeCase c) {
        return Responses.ok(CaseDetail.of(c), c.version());
    }
}
