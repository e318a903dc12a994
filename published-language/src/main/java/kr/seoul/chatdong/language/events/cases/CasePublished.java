package kr.seoul.chatdong.language.events.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;

/**
 * {@code kr.seoul.chatdong.cases.case.published.v1}, owned by cases-service: a best-practice case
 * (우수사례) was published, with the channels it is scheduled on.
 *
 * @param dongCode the dong of the case; null for a district-wide case
 * @param fields the fields of the program the case is about
 */
public record CasePublished(
        UUID caseId,
        String districtCode,
        String dongCode,
        List<Field> fields,
        Instant publishedAt,
        List<ChannelSlot> channels) {

    /** A channel (e.g. HOMEPAGE, FACEBOOK) and the day the case appears there. */
    public record ChannelSlot(String channel, LocalDate scheduledOn) {}
}
