package kr.seoul.chatdong.cases.domain;

/**
 * Where a case stands on its editorial way. Review and rejection come with the editorial workflow
 * (and their values then); PUBLISHED stays because the public-read rule is defined by it: without a
 * token only PUBLISHED cases are visible.
 */
public enum CaseStatus {
    /** 작성중: written by the discovery team, not yet proposed. */
    DRAFT,
    /** 추천: proposed for publication (by an editor, or by a monitoring round's excellent score). */
    NOMINATED,
    /** 게시: published on at least one channel. */
    PUBLISHED,
    /** 철회: a nomination that no longer applies (a corrected score fell below the excellence bar), kept with the reason. */
    WITHDRAWN
}
