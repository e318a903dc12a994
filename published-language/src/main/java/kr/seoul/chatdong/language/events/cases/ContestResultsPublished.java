package kr.seoul.chatdong.language.events.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code kr.seoul.chatdong.cases.contest.results-published.v1}, owned by cases-service: the results
 * of a sharing contest (우수사례 공유대회) were published; its scores are frozen from then on. Codes,
 * scores and awards only: no judge, author or case text travels.
 *
 * @param eligibleFrom the first day a case had to be published on to enter
 * @param eligibleTo the last such day
 * @param ranking every entry, best first
 */
public record ContestResultsPublished(
        UUID contestId,
        String name,
        LocalDate eligibleFrom,
        LocalDate eligibleTo,
        Instant publishedAt,
        List<Ranked> ranking) {

    /**
     * An entry's place.
     *
     * @param dongCode null for a district-wide case
     * @param score the weighted mean of the judges' scores (1–5), two decimals; null when no judge scored it
     * @param award 대상, 최우수상, 우수상 or 장려상; null without one
     */
    public record Ranked(int rank, UUID caseId, String districtCode, String dongCode, BigDecimal score, String award) {}
}
