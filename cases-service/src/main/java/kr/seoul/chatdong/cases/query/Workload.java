package kr.seoul.chatdong.cases.query;

import java.time.LocalDate;
import java.util.UUID;

/** A discovery-team member's open work: the cases assigned to it by status. */
public record Workload(
        UUID memberId,
        String name,
        String districtCode,
        LocalDate activeFrom,
        LocalDate activeTo,
        long nominated,
        long drafting,
        long inReview,
        long published) {}
