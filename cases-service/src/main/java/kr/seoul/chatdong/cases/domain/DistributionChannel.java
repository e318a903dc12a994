package kr.seoul.chatdong.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a version reaches its readers: printed copies, the web, or a briefing (이용자 설명회). */
@Schema(name = "ManualDistributionChannel")
public enum DistributionChannel {
    PRINT,
    WEB,
    BRIEFING
}
