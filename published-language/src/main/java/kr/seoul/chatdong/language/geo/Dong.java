package kr.seoul.chatdong.language.geo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 행정동: an administrative dong, the unit a 동 주민센터 serves. */
@Schema(name = "Dong", description = "행정동 — an administrative dong")
public record Dong(
        @Schema(description = "10-digit 행정기관코드", examples = "1129052500")
        String code,

        @Schema(examples = "성북동") String nameKo,

        @Schema(description = "code of the district the dong belongs to", examples = "11290")
        String districtCode,

        @Schema(examples = "성북구") String districtNameKo) {}
