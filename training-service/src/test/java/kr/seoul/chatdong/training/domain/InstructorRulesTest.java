package kr.seoul.chatdong.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;

/** The rules of an instructor's active span: which cohorts they may teach, and what a change may do. */
class InstructorRulesTest {

    private static Instructor from(String activeFrom) {
        return Instructor.register(
                "정강사",
                "서울시복지재단",
                Instructor.Affiliation.PRIVATE,
                Set.of(Field.WELFARE),
                null,
                LocalDate.parse(activeFrom),
                Instant.parse("2016-01-04T00:00:00Z"));
    }

    @Test
    void anInstructorTeachesACohortWithAnyDayInTheirSpan() {
        Instructor i = from("2016-03-02");
        i.revise(null, null, null, null, null, LocalDate.parse("2016-06-30"));
        assertTrue(i.activeDuring(LocalDate.parse("2016-02-29"), LocalDate.parse("2016-03-02")));
        assertTrue(i.activeDuring(LocalDate.parse("2016-06-30"), LocalDate.parse("2016-07-01")));
        assertFalse(i.activeDuring(LocalDate.parse("2016-02-24"), LocalDate.parse("2016-02-26")));
        assertFalse(i.activeDuring(LocalDate.parse("2016-07-01"), LocalDate.parse("2016-07-01")));
        DomainException.RuleViolation retired = assertThrows(
                DomainException.RuleViolation.class,
                () -> i.requireActiveDuring(LocalDate.parse("2016-07-04"), LocalDate.parse("2016-07-05")));
        assertEquals("instructor-retired", retired.details().get("rule"));
        assertEquals(i.id(), retired.details().get("instructorId"));
        DomainException.RuleViolation early = assertThrows(
                DomainException.RuleViolation.class,
                () -> i.requireActiveDuring(LocalDate.parse("2016-02-24"), LocalDate.parse("2016-02-26")));
        assertEquals("instructor-not-yet-active", early.details().get("rule"));
    }

    @Test
    void theSpanStaysASpanAndOnlyOptionalMembersAreRemoved() {
        Instructor i = from("2016-03-02");
        assertThrows(
                DomainException.InvalidValue.class,
                () -> i.revise(null, null, null, null, null, LocalDate.parse("2016-03-01")));
        assertThrows(
                DomainException.InvalidValue.class,
                () -> i.revise(null, null, null, null, LocalDate.parse("+9999999-01-01"), null));
        assertEquals(LocalDate.parse("2016-03-02"), i.activeFrom());
        i.revise(null, null, null, null, null, LocalDate.parse("2016-12-31"));
        i.remove(Set.of("activeUntil", "fields"));
        assertEquals(null, i.activeUntil());
        assertTrue(i.fields().isEmpty());
        assertThrows(DomainException.InvalidValue.class, () -> i.remove(Set.of("affiliation")));
    }
}
