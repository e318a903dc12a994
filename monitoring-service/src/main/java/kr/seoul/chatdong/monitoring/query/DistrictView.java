package kr.seoul.chatdong.monitoring.query;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.language.geo.District;

/** A district (자치구) as the geography API shows it. */
@Schema(name = "DistrictView", description = "자치구 with its dong count and the phase in which it joined")
public record DistrictView(
        @Schema(examples = "11290") String code,
        @Schema(examples = "성북구") String nameKo,
        @Schema(examples = "Seongbuk-gu") String nameEn,

        @Schema(description = "administrative dongs in the reference data", examples = "20")
        int dongCount,

        @Schema(
                description = "earliest roll-out phase of any of its dongs; null when not assigned",
                examples = "1",
                nullable = true)
        Integer phase) {

    public DistrictView(District district, int dongCount, Integer phase) {
        this(district.code(), district.nameKo(), district.nameEn(), dongCount, phase);
    }
}
