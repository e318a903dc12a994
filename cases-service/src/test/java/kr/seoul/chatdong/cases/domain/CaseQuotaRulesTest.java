package kr.seoul.chatdong.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.cases.domain.PublishingCadence.Publication;

/** 발굴단 게시 할당: one case a month per discovery district, April to December (17 × 9 = 153 in 2016). */
class CaseQuotaRulesTest {

    static List<String> seventeen() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            codes.add("11" + (100 + i));
        }
        return codes;
    }

    @Test
    void seventeenDistrictsTimesNineMonthsIs153AndOnlyTheProgrammesMonthsAndDistrictsCount() {
        List<String> districts = seventeen();
        List<Publication> published = List.of(
                new Publication(Instant.parse("2016-05-10T01:00:00Z"), "11100"), // May
                new Publication(Instant.parse("2016-05-20T01:00:00Z"), "11100"), // May again: 2, still one month met
                new Publication(Instant.parse("2016-04-30T15:30:00Z"), "11101"), // 05-01 00:30 KST: May
                new Publication(Instant.parse("2016-03-31T14:00:00Z"), "11102"), // 03-31 23:00 KST: before April
                new Publication(Instant.parse("2016-12-31T15:00:00Z"), "11102"), // 2017-01-01 KST: after December
                new Publication(Instant.parse("2016-06-01T01:00:00Z"), "11680")); // not a discovery district

        CaseQuota q = CaseQuota.of(2016, districts, published);

        assertEquals(17, q.districts().size());
        assertEquals(9, q.months().size());
        assertEquals(YearMonth.of(2016, 4), q.months().get(0));
        assertEquals(YearMonth.of(2016, 12), q.months().get(8));
        assertEquals(153, q.quota());
        assertEquals(3, q.published());
        assertEquals(2, q.monthsMet());
        CaseQuota.District first = q.districts().get(0);
        assertEquals("11100", first.districtCode());
        assertEquals(2, first.months().get(1).published());
        assertTrue(first.months().get(1).met());
        assertFalse(first.months().get(0).met());
        assertEquals(9, first.quota());
        assertEquals(1, first.monthsMet());
        assertEquals(1, q.districts().get(1).months().get(1).published());
        assertEquals(0, q.districts().get(2).published());
        QuotaMonth may = q.monthTotals().get(1);
        assertEquals(3, may.published());
        assertEquals(17, may.quota());
        assertEquals(CaseQuota.PER_MONTH, q.perMonth());
    }

    @Test
    void aYearWithoutDiscoveryDistrictsHasNoQuota() {
        CaseQuota q = CaseQuota.of(2030, List.of(), List.of());
        assertEquals(0, q.quota());
        assertEquals(9, q.monthTotals().size());
        assertEquals(0, q.monthTotals().get(0).quota());
    }
}
