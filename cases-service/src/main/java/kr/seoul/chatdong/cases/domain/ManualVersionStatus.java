package kr.seoul.chatdong.cases.domain;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a version of a manual volume stands (the plan §6: 수정·보완 → 매뉴얼 담당자 검수 → 운영위원회 최종 승인 →
 * 보급). The allowed moves live here and nowhere else.
 */
@Schema(name = "ManualVersionStatus")
public enum ManualVersionStatus {
    /** 작성: the text is being written; feedback and questions are taken in. */
    DRAFTING,
    /** 검수: the manual's editor reviews it; questions are still taken in. */
    IN_REVIEW,
    /** 승인: a council's decision approved it; its document is frozen. */
    APPROVED,
    /** 보급: distributed (copies and channels); the version is final. */
    DISTRIBUTED;

    public Set<ManualVersionStatus> next() {
        return switch (this) {
            case DRAFTING -> Set.of(IN_REVIEW);
            case IN_REVIEW -> Set.of(APPROVED);
            case APPROVED -> Set.of(DISTRIBUTED);
            case DISTRIBUTED -> Set.of();
        };
    }

    public boolean canMoveTo(ManualVersionStatus target) {
        return next().contains(target);
    }

    /** Whether its content can still change: solution-desk questions are adopted and its document replaced only then. */
    public boolean takesInContent() {
        return this == DRAFTING || this == IN_REVIEW;
    }
}
