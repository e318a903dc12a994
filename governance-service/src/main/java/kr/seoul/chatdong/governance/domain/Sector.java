package kr.seoul.chatdong.governance.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a member comes from: the public–private balance is the point of these bodies. */
@Schema(name = "MemberSector")
public enum Sector {
    PUBLIC,
    PRIVATE,
    ACADEMIC,
    RESIDENT
}
