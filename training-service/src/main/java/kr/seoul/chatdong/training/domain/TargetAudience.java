package kr.seoul.chatdong.training.domain;

import java.util.Set;

/** Whom a yearly training target counts: course audiences grouped as the plan counts people (2016: 10,520 civil servants). */
public enum TargetAudience {
    /** 공무원 (신규·기존) */
    CIVIL_SERVANT(Set.of(Audience.NEW_CIVIL_SERVANT, Audience.SERVING_CIVIL_SERVANT)),
    /** 민간 복지기관 종사자 */
    PRIVATE_WELFARE_WORKER(Set.of(Audience.PRIVATE_WELFARE_WORKER)),
    /** 주민 */
    RESIDENT(Set.of(Audience.RESIDENT)),
    /** 강사 */
    INSTRUCTOR(Set.of(Audience.INSTRUCTOR)),
    /** 자치구 추진지원단 */
    SUPPORT_TEAM(Set.of(Audience.SUPPORT_TEAM));

    private final Set<Audience> audiences;

    TargetAudience(Set<Audience> audiences) {
        this.audiences = audiences;
    }

    /** The course audiences whose completions count toward this target. */
    public Set<Audience> audiences() {
        return audiences;
    }
}
