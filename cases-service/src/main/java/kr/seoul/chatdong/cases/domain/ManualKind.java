package kr.seoul.chatdong.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of volume: 업무매뉴얼, 핸드북 or 가이드라인. */
@Schema(name = "ManualKind")
public enum ManualKind {
    /** 매뉴얼: how the work is done, step by step. */
    MANUAL,
    /** 핸드북: a pocket reference for one role (e.g. 복지플래너). */
    HANDBOOK,
    /** 가이드라인: principles for a practice (e.g. 현장소통). */
    GUIDELINE
}
