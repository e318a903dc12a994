package kr.seoul.chatdong.governance.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a council still sits. */
@Schema(name = "CouncilStatus")
public enum CouncilStatus {
    ACTIVE,
    DISSOLVED
}
