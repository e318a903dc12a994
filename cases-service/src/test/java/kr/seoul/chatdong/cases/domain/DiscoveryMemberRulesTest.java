package kr.seoul.chatdong.cases.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;

/** A member's period: inclusive days, open-ended without activeTo. */
class DiscoveryMemberRulesTest {

    static final Instant NOW = Instant.parse("2016-01-01T00:00:00Z");

    @Test
    void periodsShareADayOnlyWhenTheyOverlapInclusively() {
        DiscoveryMember first =
                new DiscoveryMember("김", "11290", "s", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30), NOW);

        assertTrue(first.overlaps(LocalDate.of(2016, 6, 30), null), "the last day is shared");
        assertFalse(first.overlaps(LocalDate.of(2016, 7, 1), null));
        assertFalse(first.overlaps(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)));
        assertTrue(first.overlaps(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)));
        assertTrue(first.isActiveOn(LocalDate.of(2016, 6, 30)));
        assertFalse(first.isActiveOn(LocalDate.of(2016, 7, 1)));

        DiscoveryMember open = new DiscoveryMember("이", "11290", "t", LocalDate.of(2016, 7, 1), null, NOW);
        assertTrue(open.isActiveOn(LocalDate.of(2030, 1, 1)));
        assertTrue(open.overlaps(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2)));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThrows(
                DomainException.InvalidValue.class,
                () -> new DiscoveryMember("김", "11290", "s", LocalDate.of(2016, 2, 1), LocalDate.of(2016, 1, 31), NOW));
        DiscoveryMember m = new DiscoveryMember("김", "11290", "s", LocalDate.of(2016, 2, 1), null, NOW);
        assertThrows(DomainException.InvalidValue.class, () -> m.revise(null, null, null, LocalDate.of(2016, 1, 1)));
    }
}
