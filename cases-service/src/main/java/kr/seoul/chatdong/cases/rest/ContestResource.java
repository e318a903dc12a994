package kr.seoul.chatdong.cases.rest;

import java.util.List;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.cases.domain.Contest;
import kr.seoul.chatdong.cases.domain.ContestEntry;
import kr.seoul.chatdong.cases.domain.ContestJudge;
import kr.seoul.chatdong.cases.query.ContestQueries;
import kr.seoul.chatdong.cases.rest.ContestViews.ContestChanges;
import kr.seoul.chatdong.cases.rest.ContestViews.ContestView;
import kr.seoul.chatdong.cases.rest.ContestViews.EntryView;
import kr.seoul.chatdong.cases.rest.ContestViews.JudgeView;
import kr.seoul.chatdong.cases.rest.ContestViews.NewContest;
import kr.seoul.chatdong.cases.rest.ContestViews.NewEntry;
import kr.seoul.chatdong.cases.rest.ContestViews.NewJudge;
import kr.seoul.chatdong.cases.rest.ContestViews.RankedView;
import kr.seoul.chatdong.cases.rest.ContestViews.RankingView;
import kr.seoul.chatdong.cases.rest.ContestViews.ScoresInput;
import kr.seoul.chatdong.cases.rest.ContestViews.ScoresView;
import kr.seoul.chatdong.cases.service.ContestCommands;
import kr.seoul.chatdong.cases.service.ContestService;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.MergePatch;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;

@Path("/api/v1/contests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
        name = "Sharing contests",
        description = "우수사례 공유대회: cases published in a period enter, editors and named judges score them on "
                + "weighted criteria, the ranking gives the awards, publishing the results freezes the scores")
public class ContestResource {

    static final String RANKING_RULE =
            "Score = the weighted mean of the criteria's means (each criterion: the mean of the judges' scores, "
                    + "weighted by its weight). Ties are broken by the higher mean on the highest-weighted criterion (of equal weights the first "
                    + "listed), then more judges, then the earlier publication of the case, then the case id. Entries nobody scored come last. "
                    + "Awards are computed from the ranking: 1st 대상, 2nd 최우수상, 3rd–4th 우수상, 5th–7th 장려상 (scored entries only).";

    @Inject
    ContestService contests;

    @Inject
    ContestQueries queries;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatch mergePatch;

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Open a sharing contest",
            description =
                    "Criteria: 1–10, distinct names, weights 1–100. eligibleDistrictCodes: the districts whose "
                            + "cases may enter (absent or empty: every district's; 400 for a code that is not a Seoul district). Audited.")
    @APIResponse(
            responseCode = "201",
            description = "opened; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContestView.class)))
    public RestResponse<ContestView> openContest(
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewContest request) {
        return idempotency.once(idempotencyKey, request, ContestView.class, () -> {
            Contest c = contests.open(request.toCommand());
            return Responses.created("/api/v1/contests/" + c.id(), ContestView.of(c), c.version());
        });
    }

    @GET
    @Operation(summary = "List sharing contests", description = "The latest eligible period first.")
    public Page<ContestView> listContests(
            @QueryParam("status")
                    @Parameter(
                            description = "OPEN or RESULTS_PUBLISHED",
                            schema = @Schema(implementation = Contest.Status.class),
                            example = "OPEN")
                    String status,
            @BeanParam PageParams paging) {
        return queries.contests(QueryValues.enumOf(Contest.Status.class, status, "status"), paging.request())
                .map(ContestView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One sharing contest", description = "With its criteria.")
    public RestResponse<ContestView> getContest(@PathParam("id") UUID id) {
        Contest c = queries.contest(id);
        return Responses.ok(ContestView.of(c), c.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Change a contest's eligible districts",
            description = "Needs If-Match. eligibleDistrictCodes: the districts whose cases may enter from now on "
                    + "(400 for a code that is not a Seoul district); [] or null: every district's. While OPEN (409 after "
                    + "the results are published); a district whose case has entered already must stay (422, rule "
                    + "entered-district). Audited.")
    public RestResponse<ContestView> reviseContest(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ContestChanges.class)))
                    ObjectNode body) {
        MergePatch.Patch<ContestChanges> patch = mergePatch.read(body, ContestChanges.class);
        Contest c = contests.revise(
                id, Preconditions.expected(ifMatch), patch.changes().toCommand(patch.removed()));
        return Responses.ok(ContestView.of(c), c.version());
    }

    @POST
    @Path("/{id}/entries")
    @Operation(
            summary = "Enter a published case",
            description = "Only a case published (Seoul day) within the contest's eligible period; "
                    + "else 422 with rule case-not-published, published-outside-period or unknown-case, and a detail saying why. "
                    + "Only a case of one of the contest's eligibleDistrictCodes (none named: any district's); else 422 with rule "
                    + "not-eligible naming the case's district (districtCode, districtName). One entry per case "
                    + "(409). Editors and city admins enter any case, a district's officers and its discovery-team member their district's. "
                    + "Not after the results are published (409). Audited.")
    @APIResponse(
            responseCode = "201",
            description = "entered; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntryView.class)))
    public RestResponse<EntryView> enterContest(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewEntry request) {
        return idempotency.once(idempotencyKey, request, EntryView.class, () -> {
            ContestEntry e = contests.enter(id, new ContestCommands.Enter(request.caseId()));
            return Responses.created("/api/v1/contests/" + id + "/entries/" + e.id(), EntryView.of(e), 0);
        });
    }

    @GET
    @Path("/{id}/entries")
    @Operation(summary = "List a contest's entries", description = "In the order they came in.")
    public Page<EntryView> listContestEntries(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return queries.entries(id, paging.request()).map(EntryView::of);
    }

    @GET
    @Path("/{id}/entries/{entryId}")
    @Operation(summary = "One contest entry")
    public EntryView getContestEntry(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId) {
        return EntryView.of(queries.entry(id, entryId));
    }

    @POST
    @Path("/{id}/judges")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Name a judge",
            description = "The judge scores with a token of this account name, whatever its role (editors judge "
                    + "without being named). A subject named twice is a 409. Audited.")
    @APIResponse(
            responseCode = "201",
            description = "named",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JudgeView.class)))
    public RestResponse<JudgeView> nameContestJudge(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewJudge request) {
        return idempotency.once(idempotencyKey, request, JudgeView.class, () -> {
            ContestJudge j = contests.nameJudge(
                    id,
                    new ContestCommands.NameJudge(
                            request.subject().strip(), request.name().strip()));
            return Responses.created("/api/v1/contests/" + id + "/judges", JudgeView.of(j), 0);
        });
    }

    @GET
    @Path("/{id}/judges")
    @Operation(summary = "List a contest's named judges", description = "In the order they were named.")
    public List<JudgeView> listContestJudges(@PathParam("id") UUID id) {
        return queries.judges(id).stream().map(JudgeView::of).toList();
    }

    @PUT
    @Path("/{id}/entries/{entryId}/scores")
    @Operation(
            summary = "Score an entry (the caller's scores)",
            description = "Every criterion once, 1–5 (else 422). The scores are the "
                    + "caller's (by account name), who must be an editor or a named judge (else 403); a second PUT replaces them. Frozen once the "
                    + "results are published (409). Audited.")
    public ScoresView scoreContestEntry(
            @PathParam("id") UUID id, @PathParam("entryId") UUID entryId, @NotNull @Valid ScoresInput request) {
        return ScoresView.of(entryId, contests.score(id, entryId, request.toCommand()));
    }

    @GET
    @Path("/{id}/ranking")
    @Operation(summary = "A contest's ranking", description = RANKING_RULE)
    public RankingView getContestRanking(@PathParam("id") UUID id) {
        Contest c = queries.contest(id);
        return new RankingView(
                c.id(),
                c.status(),
                c.resultsPublishedAt(),
                RANKING_RULE,
                queries.ranking(c).stream().map(RankedView::of).toList());
    }

    @POST
    @Path("/{id}/publish-results")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(
            summary = "Publish a contest's results",
            description = "Needs If-Match with the contest's ETag. OPEN → RESULTS_PUBLISHED: "
                    + "entries, judges and scores are frozen (409 after). A contest without entries is a 422 (no-entries). Emits "
                    + "kr.seoul.chatdong.cases.contest.results-published.v1 with the ranking and awards. Audited.")
    public RestResponse<ContestView> publishContestResults(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        Contest c = contests.publishResults(id, Preconditions.expected(ifMatch));
        return Responses.ok(ContestView.of(c), c.version());
    }
}
