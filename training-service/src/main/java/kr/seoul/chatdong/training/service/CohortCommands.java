package kr.seoul.chatdong.training.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What callers ask of {@link CohortService}. */
public final class CohortCommands {

    private CohortCommands() {}

    public record PlanCohort(
            UUID courseId,
            int number,
            LocalDate startsOn,
            LocalDate endsOn,
            String venue,
            int capacity,
            Set<UUID> instructorIds) {}

    public record CancelCohort(String reason) {}

    public record HoldSession(Instant startsAt, Instant endsAt, BigDecimal hours) {}
}
