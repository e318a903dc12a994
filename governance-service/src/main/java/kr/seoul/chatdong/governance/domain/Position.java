package kr.seoul.chatdong.governance.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's position on the council: at most one CHAIR (위원장) at a time. */
@Schema(name = "MemberPosition")
public enum Position {
    CHAIR,
    VICE_CHAIR,
    SECRETARY,
    MEMBER
}
