package kr.seoul.chatdong.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;

/** The ranking's weighted means, its tie-breaking rule and awards, without Quarkus. */
class ContestRankingRulesTest {

    static final Instant NOW = Instant.parse("2016-05-10T01:00:00Z");
    static final List<Criterion> CRITERIA =
            List.of(new Criterion("성과", 1), new Criterion("확산", 3), new Criterion("참여", 3));

    static ContestEntry entry(Contest contest, Instant publishedAt) {
        BestPracticeCase c = BestPracticeCase.draft("사례", null, "11290", null, Field.WELFARE, NOW);
        c.writeBody("본문");
        c.submit();
        c.publish(List.of(), LocalDate.of(2016, 5, 10), publishedAt);
        return new ContestEntry(contest, c, NOW);
    }

    static List<ContestScore> scores(ContestEntry e, String judge, int... byCriterion) {
        List<ContestScore> out = new ArrayList<>();
        for (int i = 0; i < byCriterion.length; i++) {
            out.add(new ContestScore(
                    e.id(), judge, new ContestScore.Given(CRITERIA.get(i).name(), byCriterion[i]), NOW));
        }
        return out;
    }

    @Test
    void tiesGoToTheFirstHeaviestCriterionThenMoreJudgesThenEarlierPublication() {
        Contest contest = new Contest("공유대회", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), CRITERIA, NOW);
        ContestEntry a = entry(contest, NOW.plusSeconds(60));
        ContestEntry b = entry(contest, NOW);
        ContestEntry c = entry(contest, NOW.plusSeconds(30));
        ContestEntry d = entry(contest, NOW.minusSeconds(30));
        ContestEntry unscored = entry(contest, NOW.minusSeconds(90));
        List<ContestScore> all = new ArrayList<>();
        // Every scored entry weighs 28/7 = 4: a (4, 5, 3); b (4, 4, 4), lower on 확산; c as a, from two judges; d as a,
        // published first.
        all.addAll(scores(a, "j1", 4, 5, 3));
        all.addAll(scores(b, "j1", 4, 4, 4));
        all.addAll(scores(c, "j1", 4, 5, 3));
        all.addAll(scores(c, "j2", 4, 5, 3));
        all.addAll(scores(d, "j1", 4, 5, 3));
        List<ContestRanking.Ranked> ranking = ContestRanking.of(CRITERIA, List.of(a, b, c, d, unscored), all);
        // c (two judges), then d (published before a), then a, then b (lower on 확산, the first heaviest), then the
        // unscored one.
        assertEquals(
                List.of(c.id(), d.id(), a.id(), b.id(), unscored.id()),
                ranking.stream().map(r -> r.entry().id()).toList());
        assertEquals(new BigDecimal("4"), ranking.get(3).rounded());
        assertEquals(
                List.of("대상", "최우수상", "우수상", "우수상"),
                ranking.subList(0, 4).stream().map(ContestRanking.Ranked::award).toList());
        assertNull(ranking.get(4).award());
        assertNull(ranking.get(4).score());
    }

    @Test
    void aWeightedMeanIsNotRoundedBeforeComparison() {
        Contest contest = new Contest("공유대회", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), CRITERIA, NOW);
        ContestEntry a = entry(contest, NOW);
        ContestEntry b = entry(contest, NOW.plusSeconds(1));
        List<ContestScore> all = new ArrayList<>(scores(a, "j1", 5, 4, 4));
        all.addAll(scores(b, "j1", 4, 4, 4));
        List<ContestRanking.Ranked> ranking = ContestRanking.of(CRITERIA, List.of(b, a), all);
        assertEquals(a.id(), ranking.get(0).entry().id());
        assertEquals(new BigDecimal("4.14"), ranking.get(0).rounded());
    }

    @Test
    void aContestRefusesRepeatedCriteriaAndIncompleteScores() {
        assertThrows(
                DomainException.InvalidValue.class,
                () -> new Contest(
                        "x",
                        LocalDate.of(2016, 1, 1),
                        LocalDate.of(2016, 1, 1),
                        List.of(new Criterion("성과", 1), new Criterion("성과", 2)),
                        NOW));
        Contest contest = new Contest("공유대회", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), CRITERIA, NOW);
        assertThrows(
                DomainException.InvalidValue.class,
                () -> contest.requireCompleteScores(List.of(new ContestScore.Given("성과", 3))));
        contest.requireCompleteScores(List.of(
                new ContestScore.Given("성과", 3), new ContestScore.Given("확산", 3), new ContestScore.Given("참여", 5)));
        contest.publishResults(1, NOW);
        assertThrows(DomainException.StateConflict.class, () -> contest.requireCompleteScores(List.of()));
    }
}
