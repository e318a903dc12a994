package kr.seoul.chatdong.cases.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.cases.domain.CaseQuota;
import kr.seoul.chatdong.cases.domain.Channel;
import kr.seoul.chatdong.cases.domain.QuotaMonth;
import kr.seoul.chatdong.commons.csv.CsvRows;

/** Request and response bodies of {@link PublishingResource}. */
public final class PublishingViews {

    private PublishingViews() {}

    static final String CADENCE_COUNTS = "Counts the discovery team's cases only: published from programmeFrom to "
            + "programmeTo (April–December, Seoul days) in a district with a discovery-team member in that period "
            + "(discoveryDistricts); cases published in other months or districts are left out. Channel slots are every case's.";

    static final String QUOTA_COUNTS =
            "Each district with a discovery-team member in April–December publishes one case "
                    + "a month (Seoul time); published counts its PUBLISHED and ARCHIVED cases by the month they were published. "
                    + "A month's extra cases count in the totals but do not meet another month's quota.";

    @Schema(
            name = "CadenceWeek",
            description = "An ISO week: the programme's cases published in it and channel slots scheduled for it")
    public record WeekView(
            @Schema(examples = "19") int week,
            @Schema(examples = "2016-05-09") LocalDate from,
            @Schema(examples = "2016-05-15") LocalDate to,

            @Schema(description = "the week has a day of the programme's months (April–December)")
            boolean inProgramme,

            @Schema(description = "the programme's cases published in the week", examples = "2")
            long published,

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

    @Schema(
            name = "PublishingCadence",
            description = "A year's publishing by the discovery team against the plan's targets")
    public record CadenceView(
            @Schema(examples = "2016") int year,

            @Schema(description = "the first day counted (April 1)", examples = "2016-04-01")
            LocalDate programmeFrom,

            @Schema(description = "the last day counted (December 31)", examples = "2016-12-31")
            LocalDate programmeTo,

            @Schema(description = "districts with a discovery-team member in the programme's months", examples = "17")
            int discoveryDistricts,

            @Schema(description = "what is counted", examples = CADENCE_COUNTS)
            String counts,

            @Schema(examples = "2") int perWeekTarget,
            @Schema(examples = "153") int perYearTarget,

            @Schema(description = "the programme's cases published in the year", examples = "97")
            long published,

            boolean yearTargetMet,
            @Schema(examples = "31") int weeksMeetingTarget,
            List<WeekView> weeks,

            @Schema(description = "discovery districts with no case published in the programme's months")
            List<DistrictView> districtsWithoutPublishedCase) {}

    @Schema(name = "QuotaMonth", description = "A month: cases published in it against its quota")
    public record MonthView(
            @Schema(description = "year and month (Seoul time)", examples = "2016-05")
            String month,

            @Schema(examples = "1") long published,
            @Schema(examples = "1") int quota,

            @Schema(description = "published ≥ quota") boolean met) {

        static MonthView of(QuotaMonth m) {
            return new MonthView(m.month().toString(), m.published(), m.quota(), m.met());
        }
    }

    @Schema(name = "QuotaDistrict", description = "A discovery district's months")
    public record QuotaDistrictView(
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "성북구") String nameKo,

            @Schema(description = "April to December") List<MonthView> months,

            @Schema(examples = "7") long published,

            @Schema(description = "one a month: 9", examples = "9")
            int quota,

            @Schema(description = "months whose quota was met", examples = "6")
            int monthsMet) {}

    @Schema(
            name = "QuotaSpreadsheetRow",
            description = "A row of the quota's CSV: a district's cases by month (the last row, 합계, the totals)")
    public record QuotaRow(
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "성북구") String nameKo,
            long april,
            long may,
            long june,
            long july,
            long august,
            long september,
            long october,
            long november,
            long december,
            long published,
            int quota) {

        static QuotaRow of(String code, String nameKo, List<MonthView> months, long published, int quota) {
            long[] m = months.stream().mapToLong(MonthView::published).toArray();
            return new QuotaRow(code, nameKo, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], published, quota);
        }
    }

    @Schema(
            name = "CaseQuota",
            description = "발굴단 게시 할당: the discovery districts' cases by month against one a month, April to December")
    public record QuotaView(
            @Schema(examples = "2016") int year,

            @Schema(description = "each month's quota per district", examples = "1")
            int perMonth,

            @Schema(description = "the programme's months", examples = "[\"2016-04\", \"2016-05\", \"2016-06\"]")
            List<String> months,

            @Schema(description = "what is counted", examples = QUOTA_COUNTS)
            String counts,

            @Schema(description = "the discovery districts, by code")
            List<QuotaDistrictView> districts,

            @Schema(description = "each month over all districts: its quota is the number of districts")
            List<MonthView> totals,

            @Schema(description = "cases published in the programme's months", examples = "97")
            long published,

            @Schema(description = "districts × months × perMonth: the plan's 17 × 9 = 153", examples = "153")
            int quota,

            @Schema(description = "district months whose quota was met", examples = "88")
            int monthsMet)
            implements CsvRows<QuotaRow> {

        static QuotaView of(CaseQuota q, Function<String, String> names) {
            return new QuotaView(
                    q.year(),
                    q.perMonth(),
                    q.months().stream().map(Object::toString).toList(),
                    QUOTA_COUNTS,
                    q.districts().stream()
                            .map(d -> new QuotaDistrictView(
                                    d.districtCode(),
                                    names.apply(d.districtCode()),
                                    d.months().stream().map(MonthView::of).toList(),
                                    d.published(),
                                    d.quota(),
                                    d.monthsMet()))
                            .toList(),
                    q.monthTotals().stream().map(MonthView::of).toList(),
                    q.published(),
                    q.quota(),
                    q.monthsMet());
        }

        /** A district a row, then the totals (합계). */
        @Override
        public List<QuotaRow> csvRows() {
            List<QuotaRow> rows = new ArrayList<>();
            for (QuotaDistrictView d : districts) {
                rows.add(QuotaRow.of(d.districtCode(), d.nameKo(), d.months(), d.published(), d.quota()));
            }
            rows.add(QuotaRow.of("", "합계", totals, published, quota));
            return rows;
        }

        @Override
        public Class<QuotaRow> csvRowType() {
            return QuotaRow.class;
        }
    }
}
