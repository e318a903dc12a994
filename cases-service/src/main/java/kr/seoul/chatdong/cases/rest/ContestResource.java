package kr.seoul.chatdong.cases.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.cases.domain.Contest;
import kr.seoul.chatdong.cases.domain.ContestEntry;
import kr.seoul.chatdong.cases.domain.ContestJudge;
import kr.seoul.chatdong.cases.domain.ContestRanking;
import kr.seoul.chatdong.cases.domain.ContestScore;
import kr.seoul.chatdong.cases.domain.Criterion;
import kr.seoul.chatdong.cases.query.ContestQueries;
import kr.seoul.chatdong.cases.query.ContestRow;
import kr.seoul.chatdong.cases.service.ContestCommands;
import kr.seoul.chatdong.cases.service.ContestService;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageParams;
import kr.seoul.chatdong.commons.paging.QueryValues;
import kr.seoul.chatdong.commons.rest.Idempotency;
import kr.seoul.chatdong.commons.rest.Responses;
import kr.seoul.chatdong.commons.security.Roles;

@Path("/api/v1/contests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Sharing contests", description = "우수사례 공유대회: cases published in a period enter, editors and named judges score them on "
        + "weighted criteria, the ranking gives the awards, publishing the results freezes the scores")
public class ContestResource {

    static final String RANKING_RULE = "Score = the weighted mean of the criteria's means (each criterion: the mean of the judges' scores, "
            + "weighted by its weight). Ties are broken by the higher mean on the highest-weighted criterion (of equal weights the first "
            + "listed), then more judges, then the earlier publication of the case, then the case id. Entries nobody scored come last. "
            + "Awards are computed from the ranking: 1st 대상, 2nd 최우수상, 3rd–4th 우수상, 5th–7th 장려상 (scored entries only).";

    @Inject
    ContestService contests;

    @Inject
    ContestQueries queries;

    @Inject
    Idempotency idempotency;

    @Schema(name = "ContestCriterion", description = "A judging criterion and its weight (weights are relative)")
    public record CriterionInput(@NotBlank @Size(max = 100) @Schema(required = true, examples = "확산 가능성") String name,
            @NotNull @Min(1) @Max(100) @Schema(required = true, examples = "40") Integer weight) {
    }

    @Schema(name = "NewContest", description = "A sharing contest of the cases published from eligibleFrom to eligibleTo (Seoul days)")
    public record NewContest(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "2016 찾아가는 동주민센터 우수사례 공유대회") String name,
            @NotNull @Schema(required = true, examples = "2015-07-01") LocalDate eligibleFrom,
            @NotNull @Schema(required = true, examples = "2016-06-30") LocalDate eligibleTo,
            @NotEmpty @Size(max = 10) @Schema(required = true) List<@NotNull @Valid CriterionInput> criteria) {

        ContestCommands.OpenContest toCommand() {
            return new ContestCommands.OpenContest(name.strip(), eligibleFrom, eligibleTo,
                    criteria.stream().map(c -> new Criterion(c.name().strip(), c.weight())).toList());
        }
    }

    @Schema(name = "NewContestEntry", description = "A published case to enter")
    public record NewEntry(@NotNull @Schema(required = true, examples = "e6f7a8b9-0c1d-4e2f-a3b4-c5d6e7f8a9b0") UUID caseId) {
    }

    @Schema(name = "NewContestJudge", description = "A named judge: who scores with a token of this account name")
    public record NewJudge(@NotBlank @Size(max = 200) @Schema(required = true, description = "the person's sign-in account name (the token's preferred_username; Keycloak keeps it in lower case): calls with a token of this account are theirs", examples = "judge-park") String subject,
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "박심사") String name) {
    }

    @Schema(name = "ContestScoreInput", description = "A score of 1 to 5 on one criterion")
    public record ScoreInput(@NotBlank @Size(max = 100) @Schema(required = true, examples = "확산 가능성") String criterion,
            @NotNull @Min(1) @Max(5) @Schema(required = true, examples = "4") Integer score) {
    }

    @Schema(name = "ContestScores", description = "The caller's scores of an entry: every criterion once")
    public record ScoresInput(@NotEmpty @Size(max = 10) @Schema(required = true) List<@NotNull @Valid ScoreInput> scores) {

        ContestCommands.Score toCommand() {
            return new ContestCommands.Score(scores.stream().map(s -> new ContestScore.Given(s.criterion().strip(), s.score())).toList());
        }
    }

    @Schema(name = "ContestCriterionView")
    public record CriterionView(@Schema(examples = "확산 가능성") String name, @Schema(examples = "40") int weight) {
    }

    @Schema(name = "Contest")
    public record ContestView(UUID id, @Schema(examples = "2016 찾아가는 동주민센터 우수사례 공유대회") String name,
            @Schema(examples = "2015-07-01") LocalDate eligibleFrom, @Schema(examples = "2016-06-30") LocalDate eligibleTo,
            @Schema(description = "lists leave them out") List<CriterionView> criteria,
            @Schema(examples = "OPEN") Contest.Status status, @Schema(nullable = true) Instant resultsPublishedAt, Instant createdAt,
            @Schema(examples = "0") long version) {

        static ContestView of(Contest c) {
            return new ContestView(c.id(), c.name(), c.eligibleFrom(), c.eligibleTo(),
                    c.criteria().stream().map(x -> new CriterionView(x.name(), x.weight())).toList(), c.status(), c.resultsPublishedAt(),
                    c.createdAt(), c.version());
        }

        static ContestView of(ContestRow c) {
            return new ContestView(c.id(), c.name(), c.eligibleFrom(), c.eligibleTo(), List.of(), c.status(), c.resultsPublishedAt(),
                    c.createdAt(), c.version());
        }
    }

    @Schema(name = "ContestEntry")
    public record EntryView(UUID id, UUID contestId, UUID caseId, @Schema(examples = "방문간호사와 함께 찾은 고립 가구") String title,
            @Schema(examples = "11290") String districtCode, @Schema(nullable = true, examples = "1129052500") String dongCode,
            Instant casePublishedAt, Instant createdAt) {

        static EntryView of(ContestEntry e) {
            return new EntryView(e.id(), e.contestId(), e.caseId(), e.title(), e.districtCode(), e.dongCode(), e.casePublishedAt(), e.createdAt());
        }
    }

    @Schema(name = "ContestJudge")
    public record JudgeView(UUID id, @Schema(description = "the judge's sign-in account name", examples = "judge-park") String subject, @Schema(examples = "박심사") String name,
            Instant createdAt) {

        static JudgeView of(ContestJudge j) {
            return new JudgeView(j.id(), j.subject(), j.name(), j.createdAt());
        }
    }

    @Schema(name = "ContestJudgeScores", description = "One judge's scores of an entry")
    public record ScoresView(UUID entryId, @Schema(examples = "editor-kim") String judge, List<ScoreView> scores, Instant scoredAt) {

        static ScoresView of(UUID entryId, List<ContestScore> scores) {
            return new ScoresView(entryId, scores.get(0).judge(), scores.stream().map(s -> new ScoreView(s.criterion(), s.score())).toList(),
                    scores.get(0).scoredAt());
        }
    }

    @Schema(name = "ContestScore")
    public record ScoreView(@Schema(examples = "확산 가능성") String criterion, @Schema(examples = "4") int score) {
    }

    @Schema(name = "ContestCriterionMean")
    public record MeanView(@Schema(examples = "확산 가능성") String criterion, @Schema(examples = "40") int weight,
            @Schema(nullable = true, description = "mean of the judges' scores, two decimals", examples = "4.5") BigDecimal mean) {
    }

    @Schema(name = "ContestRankedEntry")
    public record RankedView(@Schema(examples = "1") int rank, UUID entryId, UUID caseId, @Schema(examples = "방문간호사와 함께 찾은 고립 가구") String title,
            @Schema(examples = "11290") String districtCode, @Schema(nullable = true, examples = "1129052500") String dongCode,
            Instant casePublishedAt, @Schema(nullable = true, description = "weighted mean, two decimals; null when nobody scored it", examples = "4.33") BigDecimal score,
            @Schema(description = "judges who scored it", examples = "3") int judges, List<MeanView> criteria,
            @Schema(nullable = true, description = "대상, 최우수상, 우수상 or 장려상", examples = "대상") String award) {

        static RankedView of(ContestRanking.Ranked r) {
            ContestEntry e = r.entry();
            return new RankedView(r.rank(), e.id(), e.caseId(), e.title(), e.districtCode(), e.dongCode(), e.casePublishedAt(), r.rounded(),
                    r.judges(), r.criteria().stream().map(m -> new MeanView(m.criterion(), m.weight(),
                            m.mean() == null ? null : m.mean().setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros())).toList(),
                    r.award());
        }
    }

    @Schema(name = "ContestRanking")
    public record RankingView(UUID contestId, @Schema(examples = "OPEN") Contest.Status status, @Schema(nullable = true) Instant resultsPublishedAt,
            @Schema(description = "how scores, ties and awards are decided") String rule, List<RankedView> items) {
    }

    @POST
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(summary = "Open a sharing contest", description = "Criteria: 1–10, distinct names, weights 1–100. Audited.")
    @APIResponse(responseCode = "201", description = "opened; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContestView.class)))
    public RestResponse<ContestView> openContest(@HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey, @NotNull @Valid NewContest request) {
        return idempotency.once(idempotencyKey, request, ContestView.class, () -> {
            Contest c = contests.open(request.toCommand());
            return Responses.created("/api/v1/contests/" + c.id(), ContestView.of(c), c.version());
        });
    }

    @GET
    @Operation(summary = "List sharing contests", description = "The latest eligible period first.")
    public Page<ContestView> listContests(
            @QueryParam("status") @Parameter(description = "OPEN or RESULTS_PUBLISHED", schema = @Schema(implementation = Contest.Status.class), example = "OPEN") String status,
            @BeanParam PageParams paging) {
        return queries.contests(QueryValues.enumOf(Contest.Status.class, status, "status"), paging.request()).map(ContestView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One sharing contest", description = "With its criteria.")
    public RestResponse<ContestView> getContest(@PathParam("id") UUID id) {
        Contest c = queries.contest(id);
        return Responses.ok(ContestView.of(c), c.version());
    }

    @POST
    @Path("/{id}/entries")
    @Operation(summary = "Enter a published case", description = "Only a case published (Seoul day) within the contest's eligible period; "
            + "else 422 with rule case-not-published, published-outside-period or unknown-case, and a detail saying why. One entry per case "
            + "(409). Editors and city admins enter any case, a district's officers and its discovery-team member their district's. "
            + "Not after the results are published (409). Audited.")
    @APIResponse(responseCode = "201", description = "entered; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class)))
    public RestResponse<EntryView> enterContest(@PathParam("id") UUID id, @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
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
    @Operation(summary = "Name a judge", description = "The judge scores with a token of this account name, whatever its role (editors judge "
            + "without being named). A subject named twice is a 409. Audited.")
    @APIResponse(responseCode = "201", description = "named", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JudgeView.class)))
    public RestResponse<JudgeView> nameContestJudge(@PathParam("id") UUID id, @HeaderParam(Idempotency.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid NewJudge request) {
        return idempotency.once(idempotencyKey, request, JudgeView.class, () -> {
            ContestJudge j = contests.nameJudge(id, new ContestCommands.NameJudge(request.subject().strip(), request.name().strip()));
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
    @Operation(summary = "Score an entry (the caller's scores)", description = "Every criterion once, 1–5 (else 422). The scores are the "
            + "caller's (by account name), who must be an editor or a named judge (else 403); a second PUT replaces them. Frozen once the "
            + "results are published (409). Audited.")
    public ScoresView scoreContestEntry(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId, @NotNull @Valid ScoresInput request) {
        return ScoresView.of(entryId, contests.score(id, entryId, request.toCommand()));
    }

    @GET
    @Path("/{id}/ranking")
    @Operation(summary = "A contest's ranking", description = RANKING_RULE)
    public RankingView getContestRanking(@PathParam("id") UUID id) {
        Contest c = queries.contest(id);
        return new RankingView(c.id(), c.status(), c.resultsPublishedAt(), RANKING_RULE,
                queries.ranking(c).stream().map(RankedView::of).toList());
    }

    @POST
    @Path("/{id}/publish-results")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.EDITOR})
    @Operation(summary = "Publish a contest's results", description = "Needs If-Match with the contest's ETag. OPEN → RESULTS_PUBLISHED: "
            + "entries, judges and scores are frozen (409 after). A contest without entries is a 422 (no-entries). Emits "
            + "kr.seoul.chatdong.cases.contest.results-published.v1 with the ranking and awards. Audited.")
    public RestResponse<ContestView> publishContestResults(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        Contest c = contests.publishResults(id, Preconditions.expected(ifMatch));
        return Responses.ok(ContestView.of(c), c.version());
    }
}
