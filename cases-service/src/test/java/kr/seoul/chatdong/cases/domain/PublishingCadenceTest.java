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
    void countsTheProgrammesCasesPerIsoWeekInSeoulTimeAgainstTwoAWeekAndTheDiscoveryDistrictsWithoutACase() {
        List<Publication> published = List.of(
                new Publication(Instant.parse("2016-05-09T01:00:00Z"), "11290"), // Mon 2016-05-09 KST, W19
                new Publication(Instant.parse("2016-05-15T14:30:00Z"), "11290"), // Sun 23:30 KST, still W19
                new Publication(Instant.parse("2016-05-15T15:30:00Z"), "11740"), // Mon 00:30 KST 05-16: W20
                new Publication(Instant.parse("2016-01-02T03:00:00Z"), "11110"), // 2015-W53, and before April
                new Publication(Instant.parse("2016-03-31T14:59:00Z"), "11110"), // 03-31 23:59 KST: before April
                new Publication(Instant.parse("2016-05-10T01:00:00Z"), "11500"), // not a discovery district
                new Publication(Instant.parse("2016-12-31T14:00:00Z"), "11350"), // Sat 23:00 KST: W52, in December
                new Publication(Instant.parse("2016-12-31T15:00:00Z"), "11350")); // 2017-01-01 KST: after December
        List<Slot> slots = List.of(
                new Slot(Channel.HOMEPAGE, LocalDate.of(2016, 5, 10)),
                new Slot(Channel.FACEBOOK, LocalDate.of(2016, 5, 12)),
                new Slot(Channel.FACEBOOK, LocalDate.of(2016, 5, 13)));

        PublishingCadence c =
                PublishingCadence.of(2016, published, slots, List.of("11110", "11290", "11350", "11740", "11680"));

        assertEquals(52, c.weeks().size());
        assertEquals(LocalDate.of(2016, 4, 1), c.programmeFrom());
        assertEquals(LocalDate.of(2016, 12, 31), c.programmeTo());
        assertEquals(5, c.discoveryDistricts());
        assertFalse(c.weeks().get(11).inProgramme()); // W12: 03-21..27
        assertTrue(c.weeks().get(12).inProgramme()); // W13: 03-28..04-03 has April days
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
