package kr.seoul.chatdong.language.geo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 자치구: one of Seoul's 25 autonomous districts. */
@Schema(name = "District", description = "자치구 — one of Seoul's 25 autonomous districts")
public record District(
        @Schema(description = "5-digit 시군구 code", examples = "11290")
        String code,

        @Schema(examples = "성북구") String nameKo,
        @Schema(examples = "Seongbuk-gu") String nameEn) {}
