package kr.seoul.chatdong.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.cases.domain.PublishingCadence.Publication;
import kr.seoul.chatdong.cases.domain.PublishingCadence.Slot;

/** ISO weeks of 2016: week 1 is 2016-01-04..10 (2016-01-01..03 belong to 2015-W53); 52 weeks, the last ending 2017-01-01. */
class PublishingCadenceTest {

    @Test
    void countsPerIsoWeekInSeoulTimeAgainstTwoAWeekAndTheDistrictsWithoutACase() {
        List<Publication> published = List.of(
                new Publication(Instant.parse("2016-05-09T01:00:00Z"), "11290"), // Mon 2016-05-09 KST, W19
                new Publication(Instant.parse("2016-05-15T14:30:00Z"), "11290"), // Sun 23:30 KST, still W19
                new Publication(Instant.parse("2016-05-15T15:30:00Z"), "11740"), // Mon 00:30 KST 05-16: W20
                new Publication(Instant.parse("2016-01-02T03:00:00Z"), "11110"), // 2015-W53: not in 2016
                new Publication(Instant.parse("2017-01-01T05:00:00Z"), "11350")); // Sun 2017-01-01: 2016-W52
        List<Slot> slots = List.of(
                new Slot(Channel.HOMEPAGE, LocalDate.of(2016, 5, 10)),
                new Slot(Channel.FACEBOOK, LocalDate.of(2016, 5, 12)),
                new Slot(Channel.FACEBOOK, LocalDate.of(2016, 5, 13)));

        PublishingCadence c =
                PublishingCadence.of(2016, published, slots, List.of("11110", "11290", "11350", "11740", "11680"));

        assertEquals(52, c.weeks().size());
        assertEquals(LocalDate.of(2016, 1, 4), c.weeks().get(0).from());
        assertEquals(LocalDate.of(2017, 1, 1), c.weeks().get(51).to());
        PublishingCadence.Week w19 = c.weeks().get(18);
        assertEquals(19, w19.week());
        assertEquals(2, w19.published());
        assertTrue(w19.targetMet());
        assertEquals(1L, w19.scheduled().get(Channel.HOMEPAGE));
        assertEquals(2L, w19.scheduled().get(Channel.FACEBOOK));
        assertEquals(0L, w19.scheduled().get(Channel.NEWSLETTER));
        assertEquals(1, c.weeks().get(19).published());
        assertFalse(c.weeks().get(19).targetMet());
        assertEquals(1, c.weeks().get(51).published());
        assertEquals(4, c.published());
        assertEquals(1, c.weeksMeetingTarget());
        assertFalse(c.yearTargetMet());
        assertEquals(List.of("11110", "11680"), c.districtsWithoutPublishedCase());
    }

    @Test
    void aYearWithWeek53HasFiftyThreeWeeks() {
        assertEquals(
                53,
                PublishingCadence.of(2015, List.of(), List.of(), List.of())
                        .weeks()
                        .size());
        assertEquals(LocalDate.of(2014, 12, 29), PublishingCadence.firstDay(2015));
    }
}
