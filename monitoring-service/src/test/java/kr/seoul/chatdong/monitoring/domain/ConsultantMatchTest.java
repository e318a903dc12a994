package kr.seoul.chatdong.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.monitoring.domain.ConsultantMatch.Candidate;

/** The matching rule, one clause at a time. */
class ConsultantMatchTest {

    static final LocalDate DAY = LocalDate.of(2016, 4, 1);
    static final Instant NOW = Instant.parse("2016-04-01T00:00:00Z");

    static Consultant consultant(String home, int capacity, LocalDate from, LocalDate to, Field... fields) {
        return Consultant.register(
                "컨설턴트", "서울시복지재단", Set.of(fields), home, capacity, from, to, "sub-" + Math.random(), NOW);
    }

    static Consultant welfare(String home) {
        return consultant(home, 3, DAY.minusDays(30), null, Field.WELFARE);
    }

    static Optional<Consultant> best(List<Candidate> candidates) {
        // a dong of 성동구 (11200), in WELFARE
        return ConsultantMatch.best(candidates, Field.WELFARE, "11200", DAY).map(Candidate::consultant);
    }

    @Test
    void theLeastLoadedEligibleConsultantGetsIt() {
        Consultant busy = welfare("11110");
        Consultant idle = welfare("11290");
        assertEquals(
                idle,
                best(List.of(new Candidate(busy, 2), new Candidate(idle, 1))).orElseThrow());
    }

    @Test
    void equalLoadsGoToTheOneAssignedLongestAgoAndNeverAssignedComesFirst() {
        Consultant recent = welfare("11110");
        recent.assignedAt(NOW.minusSeconds(60));
        Consultant earlier = welfare("11290");
        earlier.assignedAt(NOW.minusSeconds(3600));
        assertEquals(
                earlier,
                best(List.of(new Candidate(recent, 1), new Candidate(earlier, 1)))
                        .orElseThrow());
        Consultant never = welfare("11680");
        assertEquals(
                never,
                best(List.of(new Candidate(recent, 1), new Candidate(earlier, 1), new Candidate(never, 1)))
                        .orElseThrow());
    }

    @Test
    void lastTieBreakIsTheLowestId() {
        Consultant a = welfare("11110");
        Consultant b = welfare("11290");
        Consultant lower = a.id().toString().compareTo(b.id().toString()) < 0 ? a : b;
        assertEquals(
                lower, best(List.of(new Candidate(a, 0), new Candidate(b, 0))).orElseThrow());
        assertEquals(
                lower, best(List.of(new Candidate(b, 0), new Candidate(a, 0))).orElseThrow());
    }

    @Test
    void neverTheDongsOwnDistrictNeverAnotherFieldNeverInactiveNeverFull() {
        Consultant ownDistrict = welfare("11200");
        Consultant health = consultant("11110", 3, DAY.minusDays(30), null, Field.HEALTH);
        Consultant notYet = consultant("11110", 3, DAY.plusDays(1), null, Field.WELFARE);
        Consultant retired = consultant("11110", 3, DAY.minusDays(30), DAY.minusDays(1), Field.WELFARE);
        Consultant full = welfare("11110");
        assertTrue(best(List.of(
                        new Candidate(ownDistrict, 0),
                        new Candidate(health, 0),
                        new Candidate(notYet, 0),
                        new Candidate(retired, 0),
                        new Candidate(full, 3)))
                .isEmpty());
        assertEquals(
                "consultant-conflict-of-interest",
                ownDistrict.refusalFor(Field.WELFARE, "11200", DAY, 0).rule());
        assertEquals(
                "consultant-field-mismatch",
                health.refusalFor(Field.WELFARE, "11200", DAY, 0).rule());
        assertEquals(
                "consultant-inactive",
                notYet.refusalFor(Field.WELFARE, "11200", DAY, 0).rule());
        assertEquals(
                "consultant-inactive",
                retired.refusalFor(Field.WELFARE, "11200", DAY, 0).rule());
        assertEquals(
                "consultant-at-capacity",
                full.refusalFor(Field.WELFARE, "11200", DAY, 3).rule());
        // the last active day still counts, and one place left is a place
        Consultant lastDay = consultant("11110", 3, DAY.minusDays(30), DAY, Field.WELFARE);
        assertNull(lastDay.refusalFor(Field.WELFARE, "11200", DAY, 2));
    }
}
