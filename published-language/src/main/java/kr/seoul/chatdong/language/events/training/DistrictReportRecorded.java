package kr.seoul.chatdong.language.events.training;

import java.util.UUID;

/**
 * {@code kr.seoul.chatdong.training.district-report.recorded.v1}, owned by training-service: a district's
 * report of training it held outside the platform (자치구 주도교육), as it stands after it was reported,
 * corrected or withdrawn. The event of a report's highest {@code version} is its standing: a consumer keeps
 * that one, whatever order the events arrive in, and counts the completions of a {@link #RECORDED} report
 * only.
 *
 * @param districtCode the 5-digit code of the district that held and reported it
 * @param year the year it was held
 * @param month the month it was held, 1–12
 * @param audience whom it trained, as training names its target audiences (e.g. CIVIL_SERVANT); a string,
 *        so that an audience added later does not make the event unreadable
 * @param completions people who completed it (수료), 0–5,000
 * @param status {@link #RECORDED} (counted) or {@link #WITHDRAWN} (counted nowhere); a string, so that a
 *        status added later does not make the event unreadable
 * @param version the report's version after the change: higher is newer
 */
public record DistrictReportRecorded(
        UUID reportId,
        String districtCode,
        int year,
        int month,
        String audience,
        int completions,
        String status,
        long version) {

    /** Reported (or corrected): its completions count. */
    public static final String RECORDED = "RECORDED";

    /** Withdrawn by the district or the city: it counts nowhere. */
    public static final String WITHDRAWN = "WITHDRAWN";

    /** Whether its completions count toward the year. */
    public boolean counted() {
        return RECORDED.equals(status);
    }
}
