package kr.seoul.chatdong.cases.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A contest's ranking. An entry's score is the weighted mean of its criteria's means: for each
 * criterion the mean of the judges' scores, weighted by the criterion's weight. Entries nobody
 * scored come last, without score or award.
 *
 * <p>Ties (equal scores, compared exactly, not rounded) are broken, in this order, by: the higher
 * mean on the highest-weighted criterion (of equal weights, the first listed); more judges; the
 * earlier publication of the case; the case id. So every entry has its own rank.
 *
 * <p>Awards follow the ranking (computed, not chosen): 1st 대상, 2nd 최우수상, 3rd–4th 우수상,
 * 5th–7th 장려상, to scored entries only.
 */
public final class ContestRanking {

    /** The awards, best first, and how many places each takes. */
    public static final List<Map.Entry<String, Integer>> AWARDS =
            List.of(Map.entry("대상", 1), Map.entry("최우수상", 1), Map.entry("우수상", 2), Map.entry("장려상", 3));

    private static final int SCALE = 12;

    /** A criterion's mean across the judges who scored it (null: nobody did). */
    public record CriterionMean(String criterion, int weight, BigDecimal mean) {}

    /** An entry's place; {@code score} is exact, {@link #rounded()} is what is shown. */
    public record Ranked(
            int rank, ContestEntry entry, BigDecimal score, int judges, List<CriterionMean> criteria, String award) {

        public BigDecimal rounded() {
            return score == null
                    ? null
                    : score.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        }
    }

    private ContestRanking() {}

    public static List<Ranked> of(List<Criterion> criteria, List<ContestEntry> entries, List<ContestScore> scores) {
        Map<java.util.UUID, List<ContestScore>> byEntry =
                scores.stream().collect(Collectors.groupingBy(ContestScore::entryId));
        int heaviest = criteria.stream().mapToInt(Criterion::weight).max().orElseThrow();
        String tieBreaker = criteria.stream()
                .filter(c -> c.weight() == heaviest)
                .findFirst()
                .orElseThrow()
                .name();
        record Scored(ContestEntry entry, BigDecimal score, int judges, List<CriterionMean> means, BigDecimal tie) {}
        List<Scored> scored = new ArrayList<>();
        for (ContestEntry e : entries) {
            List<ContestScore> own = byEntry.getOrDefault(e.id(), List.of());
            Set<String> judges = new HashSet<>();
            own.forEach(s -> judges.add(s.judge()));
            List<CriterionMean> means = new ArrayList<>();
            BigDecimal weighted = BigDecimal.ZERO;
            int weights = 0;
            BigDecimal tie = null;
            for (Criterion c : criteria) {
                List<ContestScore> of =
                        own.stream().filter(s -> s.criterion().equals(c.name())).toList();
                BigDecimal mean = of.isEmpty()
                        ? null
                        : BigDecimal.valueOf(of.stream()
                                        .mapToInt(ContestScore::score)
                                        .sum())
                                .divide(BigDecimal.valueOf(of.size()), SCALE, RoundingMode.HALF_EVEN);
                means.add(new CriterionMean(c.name(), c.weight(), mean));
                if (mean != null) {
                    weighted = weighted.add(mean.multiply(BigDecimal.valueOf(c.weight())));
                    weights += c.weight();
                }
                if (c.name().equals(tieBreaker)) {
                    tie = mean;
                }
            }
            BigDecimal score =
                    weights == 0 ? null : weighted.divide(BigDecimal.valueOf(weights), SCALE, RoundingMode.HALF_EVEN);
            scored.add(new Scored(e, score, judges.size(), means, tie));
        }
        Comparator<BigDecimal> higherFirst = Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder());
        scored.sort(Comparator.comparing(Scored::score, higherFirst)
                .thenComparing(Scored::tie, higherFirst)
                .thenComparing(Scored::judges, Comparator.reverseOrder())
                .thenComparing(s -> s.entry().casePublishedAt())
                .thenComparing(s -> s.entry().caseId()));
        List<String> awards = new ArrayList<>();
        AWARDS.forEach(a -> {
            for (int i = 0; i < a.getValue(); i++) {
                awards.add(a.getKey());
            }
        });
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            String award = s.score() != null && i < awards.size() ? awards.get(i) : null;
            ranked.add(new Ranked(i + 1, s.entry(), s.score(), s.judges(), s.means(), award));
        }
        return ranked;
    }
}
