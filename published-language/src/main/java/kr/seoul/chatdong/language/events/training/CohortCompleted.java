package kr.seoul.chatdong.language.events.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code kr.seoul.chatdong.training.cohort.completed.v1}, owned by training-service: a cohort (기수)
 * of a course ended; how many trainees were enrolled and how many completed, in total and per
 * district of the trainees' workplaces.
 *
 * @param organiser who ran the cohort: {@code CITY} (서울시 주도) or the 5-digit code of the district
 *        that ran it (자치구 주도)
 * @param byDistrict enrolled and completed trainees per district; their sums are the totals
 * @param evaluations satisfaction evaluations answered by the cohort's trainees when it ended; null
 *        from producers older than this field
 * @param satisfaction their mean score (0–100, two decimals); null when none was answered
 */
public record CohortCompleted(
        UUID cohortId,
        UUID courseId,
        String organiser,
        LocalDate endedOn,
        int enrolled,
        int completed,
        List<DistrictCompletion> byDistrict,
        Integer evaluations,
        BigDecimal satisfaction) {

    /** The organiser value of a cohort the city ran. */
    public static final String CITY = "CITY";

    /** One district's trainees of the cohort. */
    public record DistrictCompletion(String districtCode, int enrolled, int completed) {}
}
