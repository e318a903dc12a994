package kr.seoul.chatdong.cases.domain;

/**
 * Where a case stands on its editorial way: NOMINATED → DRAFTING (start) → IN_REVIEW (submit) →
 * PUBLISHED (publish) → ARCHIVED (archive); reject sends IN_REVIEW back to DRAFTING; withdraw ends
 * any open case. Without a token only PUBLISHED cases are visible.
 */
public enum CaseStatus {
    /** 추천: proposed by a monitoring round's excellent score, not yet written up. */
    NOMINATED,
    /** 작성중: being written (a case created through the API starts here). */
    DRAFTING,
    /** 검토중: submitted to the editors, who comment, reject or publish. */
    IN_REVIEW,
    /** 게시: published on at least one channel; public. */
    PUBLISHED,
    /** 보관: taken off the channels; kept (and still counted for its year). */
    ARCHIVED,
    /** 철회: withdrawn while open (a corrected score below the excellence bar, or by hand), kept with the reason. */
    WITHDRAWN;

    /** Whether the case may still move on (or be withdrawn). */
    public boolean isOpen() {
        return this == NOMINATED || this == DRAFTING || this == IN_REVIEW;
    }
}
