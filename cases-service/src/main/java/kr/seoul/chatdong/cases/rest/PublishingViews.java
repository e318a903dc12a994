package kr.seoul.chatdong.cases.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.cases.domain.Channel;

/** Request and response bodies of {@link PublishingResource}. */
public final class PublishingViews {

    private PublishingViews() {}

    @Schema(name = "CadenceWeek", description = "An ISO week: cases published in it and channel slots scheduled for it")
    public record WeekView(
            @Schema(examples = "19") int week,
            @Schema(examples = "2016-05-09") LocalDate from,
            @Schema(examples = "2016-05-15") LocalDate to,
            @Schema(examples = "2") long published,

            @Schema(description = "published ≥ the weekly target")
            boolean targetMet,

            @Schema(
                    description = "slots scheduled per channel",
                    examples = "{\"HOMEPAGE\": 2, \"FACEBOOK\": 2, \"NEWSLETTER\": 0}")
            Map<Channel, Long> scheduled) {}

    @Schema(name = "CadenceDistrict", description = "A district")
    public record DistrictView(
            @Schema(examples = "11740") String code,
            @Schema(examples = "강동구") String nameKo) {}

    @Schema(name = "PublishingCadence", description = "A year's publishing against the plan's targets")
    public record CadenceView(
            @Schema(examples = "2016") int year,
            @Schema(examples = "2") int perWeekTarget,
            @Schema(examples = "153") int perYearTarget,

            @Schema(description = "cases published in the ISO year", examples = "97")
            long published,

            boolean yearTargetMet,
            @Schema(examples = "31") int weeksMeetingTarget,
            List<WeekView> weeks,

            @Schema(description = "districts with no case published in the year")
            List<DistrictView> districtsWithoutPublishedCase) {}
}
