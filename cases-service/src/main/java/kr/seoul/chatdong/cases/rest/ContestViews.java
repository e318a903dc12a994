package kr.seoul.chatdong.cases.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.cases.domain.Contest;
import kr.seoul.chatdong.cases.domain.ContestEntry;
import kr.seoul.chatdong.cases.domain.ContestJudge;
import kr.seoul.chatdong.cases.domain.ContestRanking;
import kr.seoul.chatdong.cases.domain.ContestScore;
import kr.seoul.chatdong.cases.domain.Criterion;
import kr.seoul.chatdong.cases.query.ContestRow;
import kr.seoul.chatdong.cases.service.ContestCommands;

/** Request and response bodies of {@link ContestResource}. */
public final class ContestViews {

    private ContestViews() {}

    @Schema(name = "ContestCriterion", description = "A judging criterion and its weight (weights are relative)")
    public record CriterionInput(
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "확산 가능성")
            String name,

            @NotNull @Min(1) @Max(100) @Schema(required = true, examples = "40")
            Integer weight) {}

    @Schema(
            name = "NewContest",
            description = "A sharing contest of the cases published from eligibleFrom to eligibleTo (Seoul days)")
    public record NewContest(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "2016 찾아가는 동주민센터 우수사례 공유대회")
            String name,

            @NotNull @Schema(required = true, examples = "2015-07-01")
            LocalDate eligibleFrom,

            @NotNull @Schema(required = true, examples = "2016-06-30")
            LocalDate eligibleTo,

            @NotEmpty @Size(max = 10) @Schema(required = true)
            List<@NotNull @Valid CriterionInput> criteria,

            @Size(max = 25)
            @Schema(description = ELIGIBLE_DISTRICTS, examples = "[\"11290\", \"11200\", \"11545\", \"11320\"]")
            List<@NotNull String> eligibleDistrictCodes) {

        ContestCommands.OpenContest toCommand() {
            return new ContestCommands.OpenContest(
                    name.strip(),
                    eligibleFrom,
                    eligibleTo,
                    criteria.stream()
                            .map(c -> new Criterion(c.name().strip(), c.weight()))
                            .toList(),
                    eligibleDistrictCodes);
        }
    }

    static final String ELIGIBLE_DISTRICTS = "대상 자치구: the districts whose cases may enter (5-digit codes); "
            + "absent or empty: every district's. The 2016 contest: the 13 phase-1 districts (성북 11290, 성동 11200, "
            + "금천 11545, 도봉 11320 and nine more)";

    @Schema(name = "ContestChanges", description = "Members to change (JSON merge patch; absent ones stay)")
    public record ContestChanges(
            @Size(max = 25)
            @Schema(
                    description = ELIGIBLE_DISTRICTS + "; null, like [], lets every district's cases enter",
                    examples = "[\"11290\", \"11200\", \"11545\", \"11320\"]")
            List<@NotNull String> eligibleDistrictCodes) {

        ContestCommands.ReviseContest toCommand(java.util.Set<String> removed) {
            return new ContestCommands.ReviseContest(eligibleDistrictCodes, removed);
        }
    }

    @Schema(name = "NewContestEntry", description = "A published case to enter")
    public record NewEntry(
            @NotNull @Schema(required = true, examples = "e6f7a8b9-0c1d-4e2f-a3b4-c5d6e7f8a9b0")
            UUID caseId) {}

    @Schema(name = "NewContestJudge", description = "A named judge: who scores with a token of this account name")
    public record NewJudge(
            @NotBlank
            @Size(max = 200)
            @Schema(
                    required = true,
                    description =
                            "the person's sign-in account name (the token's preferred_username; Keycloak keeps it in lower case): calls with a token of this account are theirs",
                    examples = "judge-park")
            String subject,

            @NotBlank @Size(max = 100) @Schema(required = true, examples = "박심사")
            String name) {}

    @Schema(name = "ContestScoreInput", description = "A score of 1 to 5 on one criterion")
    public record ScoreInput(
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "확산 가능성")
            String criterion,

            @NotNull @Min(1) @Max(5) @Schema(required = true, examples = "4")
            Integer score) {}

    @Schema(name = "ContestScores", description = "The caller's scores of an entry: every criterion once")
    public record ScoresInput(
            @NotEmpty @Size(max = 10) @Schema(required = true)
            List<@NotNull @Valid ScoreInput> scores) {

        ContestCommands.Score toCommand() {
            return new ContestCommands.Score(scores.stream()
                    .map(s -> new ContestScore.Given(s.criterion().strip(), s.score()))
                    .toList());
        }
    }

    @Schema(name = "ContestCriterionView")
    public record CriterionView(
            @Schema(examples = "확산 가능성") String name,
            @Schema(examples = "40") int weight) {}

    @Schema(name = "Contest")
    public record ContestView(
            UUID id,
            @Schema(examples = "2016 찾아가는 동주민센터 우수사례 공유대회") String name,
            @Schema(examples = "2015-07-01") LocalDate eligibleFrom,
            @Schema(examples = "2016-06-30") LocalDate eligibleTo,
            @Schema(description = "lists leave them out") List<CriterionView> criteria,

            @Schema(
                    nullable = true,
                    description =
                            "the districts whose cases may enter; empty: every district's; lists leave them out (null)",
                    examples = "[\"11200\", \"11290\", \"11320\", \"11545\"]")
            List<String> eligibleDistrictCodes,

            @Schema(examples = "OPEN") Contest.Status status,
            @Schema(nullable = true) Instant resultsPublishedAt,
            Instant createdAt,
            @Schema(examples = "0") long version) {

        static ContestView of(Contest c) {
            return new ContestView(
                    c.id(),
                    c.name(),
                    c.eligibleFrom(),
                    c.eligibleTo(),
                    c.criteria().stream()
                            .map(x -> new CriterionView(x.name(), x.weight()))
                            .toList(),
                    c.eligibleDistrictCodes(),
                    c.status(),
                    c.resultsPublishedAt(),
                    c.createdAt(),
                    c.version());
        }

        static ContestView of(ContestRow c) {
            return new ContestView(
                    c.id(),
                    c.name(),
                    c.eligibleFrom(),
                    c.eligibleTo(),
                    List.of(),
                    null,
                    c.status(),
                    c.resultsPublishedAt(),
                    c.createdAt(),
                    c.version());
        }
    }

    @Schema(name = "ContestEntry")
    public record EntryView(
            UUID id,
            UUID contestId,
            UUID caseId,
            @Schema(examples = "방문간호사와 함께 찾은 고립 가구") String title,
            @Schema(examples = "11290") String districtCode,

            @Schema(nullable = true, examples = "1129052500")
            String dongCode,

            Instant casePublishedAt,
            Instant createdAt) {

        static EntryView of(ContestEntry e) {
            return new EntryView(
                    e.id(),
                    e.contestId(),
                    e.caseId(),
                    e.title(),
                    e.districtCode(),
                    e.dongCode(),
                    e.casePublishedAt(),
                    e.createdAt());
        }
    }

    @Schema(name = "ContestJudge")
    public record JudgeView(
            UUID id,

            @Schema(description = "the judge's sign-in account name", examples = "judge-park")
            String subject,

            @Schema(examples = "박심사") String name,
            Instant createdAt) {

        static JudgeView of(ContestJudge j) {
            return new JudgeView(j.id(), j.subject(), j.name(), j.createdAt());
        }
    }

    @Schema(name = "ContestJudgeScores", description = "One judge's scores of an entry")
    public record ScoresView(
            UUID entryId, @Schema(examples = "editor-kim") String judge, List<ScoreView> scores, Instant scoredAt) {

        static ScoresView of(UUID entryId, List<ContestScore> scores) {
            return new ScoresView(
                    entryId,
                    scores.get(0).judge(),
                    scores.stream()
                            .map(s -> new ScoreView(s.criterion(), s.score()))
                            .toList(),
                    scores.get(0).scoredAt());
        }
    }

    @Schema(name = "ContestScore")
    public record ScoreView(
            @Schema(examples = "확산 가능성") String criterion,
            @Schema(examples = "4") int score) {}

    @Schema(name = "ContestCriterionMean")
    public record MeanView(
            @Schema(examples = "확산 가능성") String criterion,
            @Schema(examples = "40") int weight,

            @Schema(nullable = true, description = "mean of the judges' scores, two decimals", examples = "4.5")
            BigDecimal mean) {}

    @Schema(name = "ContestRankedEntry")
    public record RankedView(
            @Schema(examples = "1") int rank,
            UUID entryId,
            UUID caseId,
            @Schema(examples = "방문간호사와 함께 찾은 고립 가구") String title,
            @Schema(examples = "11290") String districtCode,

            @Schema(nullable = true, examples = "1129052500")
            String dongCode,

            Instant casePublishedAt,

            @Schema(
                    nullable = true,
                    description = "weighted mean, two decimals; null when nobody scored it",
                    examples = "4.33")
            BigDecimal score,

            @Schema(description = "judges who scored it", examples = "3")
            int judges,

            List<MeanView> criteria,

            @Schema(nullable = true, description = "대상, 최우수상, 우수상 or 장려상", examples = "대상")
            String award) {

        static RankedView of(ContestRanking.Ranked r) {
            ContestEntry e = r.entry();
            return new RankedView(
                    r.rank(),
                    e.id(),
                    e.caseId(),
                    e.title(),
                    e.districtCode(),
                    e.dongCode(),
                    e.casePublishedAt(),
                    r.rounded(),
                    r.judges(),
                    r.criteria().stream()
                            .map(m -> new MeanView(
                                    m.criterion(),
                                    m.weight(),
                                    m.mean() == null
                                            ? null
                                            : m.mean()
                                                    .setScale(2, java.math.RoundingMode.HALF_UP)
                                                    .stripTrailingZeros()))
                            .toList(),
                    r.award());
        }
    }

    @Schema(name = "ContestRanking")
    public record RankingView(
            UUID contestId,
            @Schema(examples = "OPEN") Contest.Status status,
            @Schema(nullable = true) Instant resultsPublishedAt,

            @Schema(description = "how scores, ties and awards are decided")
            String rule,

            List<RankedView> items) {}
}
