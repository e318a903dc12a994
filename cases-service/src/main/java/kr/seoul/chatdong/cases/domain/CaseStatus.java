package kr.seoul.chatdong.cases.domain;

/** Where a case stands on its editorial way; transitions come with the editorial workflow. */
public enum CaseStatus {
    /** 작성중: written by the discovery team, not yet proposed. */
    DRAFT,
    /** 추천: proposed for publication (by an editor, or by a monitoring round's excellent score). */
    NOMINATED,
    /** 검토중 */
    IN_REVIEW,
    /** 게시: published on at least one channel. */
    PUBLISHED,
    /** 반려 */
    REJECTED
}
