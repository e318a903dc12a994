package kr.seoul.chatdong.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted.FieldScore;
import kr.seoul.chatdong.language.events.monitoring.RoundFinding;

/** The consulting workflow's order, window and ends. */
class ConsultingAssignmentWorkflowTest {

    static final Instant NOW = Instant.parse("2016-04-01T00:00:00Z");
    static final LocalDate DAY = LocalDate.of(2016, 4, 1);

    static ConsultingAssignment open() {
        return ConsultingAssignment.open(
                RoundFinding.of(UUID.randomUUID(), new FieldScore("1120059000", "11200", Field.WELFARE, 45), "ev-1"),
                NOW);
    }

    static Consultant consultant() {
        return Consultant.register(
                "김민지", "서울시복지재단", Set.of(Field.WELFARE), "11290", 2, DAY.minusDays(10), null, "kim", NOW);
    }

    @Test
    void aStepOutOfOrderNamesTheStateAndTheAllowedSteps() {
        ConsultingAssignment a = open();
        DomainException.StateConflict e =
                assertThrows(DomainException.StateConflict.class, () -> a.visit(DAY, null, DAY));
        assertEquals("OPEN", e.details().get("currentState"));
        assertEquals(List.of("assign", "cancel"), e.details().get("allowedSteps"));
    }

    @Test
    void theWholeWayWithTheWindowKept() {
        ConsultingAssignment a = open();
        a.assign(consultant(), 0, DAY, NOW);
        LocalDate from = LocalDate.of(2016, 4, 1);
        LocalDate to = LocalDate.of(2016, 5, 31);
        DomainException.RuleViolation outside =
                assertThrows(DomainException.RuleViolation.class, () -> a.schedule(LocalDate.of(2016, 6, 1), from, to));
        assertEquals("outside-consulting-window", outside.details().get("rule"));
        a.schedule(LocalDate.of(2016, 5, 31), from, to); // the last day is inside
        a.schedule(LocalDate.of(2016, 4, 20), from, to); // moved
        assertThrows(
                DomainException.InvalidValue.class,
                () -> a.visit(LocalDate.of(2016, 4, 20), "", LocalDate.of(2016, 4, 19)));
        a.visit(LocalDate.of(2016, 4, 20), "면담", LocalDate.of(2016, 4, 20));
        a.report("진단", List.of("권고 1", "권고 2"), List.of("점검"), NOW);
        a.close(NOW);
        assertEquals(ConsultingStatus.CLOSED, a.status());
        assertEquals(List.of(), a.allowedSteps());
        assertThrows(DomainException.StateConflict.class, () -> a.cancel("늦은 취소", NOW));
        assertFalse(a.withdraw("정정", NOW)); // an ended assignment is not withdrawn
    }

    @Test
    void reassigningDropsTheScheduledVisitAndRefusesTheSameConsultant() {
        ConsultingAssignment a = open();
        Consultant kim = consultant();
        a.assign(kim, 0, DAY, NOW);
        a.schedule(LocalDate.of(2016, 4, 20), null, null);
        assertEquals(
                "same-consultant",
                assertThrows(DomainException.RuleViolation.class, () -> a.reassign(kim, 1, DAY, NOW))
                        .details()
                        .get("rule"));
        Consultant lee = Consultant.register(
                "이서연", "복지관", Set.of(Field.WELFARE), "11110", 1, DAY.minusDays(10), null, "lee", NOW);
        assertEquals(kim.id(), a.reassign(lee, 0, DAY, NOW));
        assertEquals(ConsultingStatus.ASSIGNED, a.status());
        assertEquals(null, a.visitOn());
        Consultant own =
                Consultant.register("박", "구청", Set.of(Field.WELFARE), "11200", 1, DAY.minusDays(10), null, "park", NOW);
        assertEquals(
                "consultant-conflict-of-interest",
                assertThrows(DomainException.RuleViolation.class, () -> a.reassign(own, 0, DAY, NOW))
                        .details()
                        .get("rule"));
    }
}
