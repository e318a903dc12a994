package kr.seoul.chatdong.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kr.seoul.chatdong.language.Field;

/**
 * The matching rule for a new consulting assignment: among the consultants who may take it (their
 * field, active that day, not of the dong's district, below capacity) the least loaded; ties go to
 * the one assigned longest ago (never assigned first), then to the lowest id.
 */
public final class ConsultantMatch {

    /** A consultant with the number of active assignments they hold now. */
    public record Candidate(Consultant consultant, long active) {}

    static final Comparator<Candidate> PREFERENCE = Comparator.comparingLong(Candidate::active)
            .thenComparing(
                    c -> c.consultant().lastAssignedAt(), Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(c -> c.consultant().id().toString());

    private ConsultantMatch() {}

    public static Optional<Candidate> best(
            List<Candidate> candidates, Field field, String districtCode, LocalDate day) {
        return candidates.stream()
                .filter(c -> c.consultant().refusalFor(field, districtCode, day, c.active()) == null)
                .min(PREFERENCE);
    }
}
