package kr.seoul.chatdong.cases.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * 발굴단 게시 할당: each discovery district publishes one case a month, April to December; the plan's
 * 17 districts × 9 months make its 153 a year. Cases published outside the months or in another
 * district do not count; a month's extra cases count in the totals but do not make up for another
 * month.
 */
public record CaseQuota(
        int year,
        int perMonth,
        List<YearMonth> months,
        List<District> districts,
        List<QuotaMonth> monthTotals,
        long published,
        int quota,
        int monthsMet) {

    public static final int PER_MONTH = 1;

    /** A discovery district's months. */
    public record District(String districtCode, List<QuotaMonth> months, long published, int quota, int monthsMet) {}

    /**
     * The quota of {@code year}'s discovery districts (sorted by code) from their publications; a
     * publication outside the programme's months or of another district is left out.
     */
    public static CaseQuota of(
            int year, List<String> discoveryDistricts, List<PublishingCadence.Publication> publications) {
        ProgrammeYear programme = new ProgrammeYear(year);
        List<YearMonth> months = programme.months();
        Map<String, Map<YearMonth, Long>> counts = new HashMap<>();
        TreeSet<String> districts = new TreeSet<>(discoveryDistricts);
        for (PublishingCadence.Publication p : publications) {
            if (districts.contains(p.districtCode()) && programme.contains(p.publishedAt())) {
                counts.computeIfAbsent(p.districtCode(), d -> new HashMap<>())
                        .merge(ProgrammeYear.monthOf(p.publishedAt()), 1L, Long::sum);
            }
        }
        List<District> rows = new ArrayList<>();
        long[] perMonth = new long[months.size()];
        int met = 0;
        for (String code : districts) {
            Map<YearMonth, Long> byMonth = counts.getOrDefault(code, Map.of());
            List<QuotaMonth> cells = new ArrayList<>();
            long total = 0;
            int districtMet = 0;
            for (int i = 0; i < months.size(); i++) {
                long n = byMonth.getOrDefault(months.get(i), 0L);
                QuotaMonth cell = new QuotaMonth(months.get(i), n, PER_MONTH);
                cells.add(cell);
                perMonth[i] += n;
                total += n;
                districtMet += cell.met() ? 1 : 0;
            }
            met += districtMet;
            rows.add(new District(code, cells, total, PER_MONTH * months.size(), districtMet));
        }
        List<QuotaMonth> totals = new ArrayList<>();
        long published = 0;
        for (int i = 0; i < months.size(); i++) {
            totals.add(new QuotaMonth(months.get(i), perMonth[i], PER_MONTH * districts.size()));
            published += perMonth[i];
        }
        return new CaseQuota(
                year, PER_MONTH, months, rows, totals, published, PER_MONTH * months.size() * districts.size(), met);
    }
}
