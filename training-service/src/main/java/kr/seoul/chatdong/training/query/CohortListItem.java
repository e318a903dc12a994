package kr.seoul.chatdong.training.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kr.seoul.chatdong.training.domain.CohortStatus;
import kr.seoul.chatdong.training.domain.Instructor;
import kr.seoul.chatdong.training.domain.Seats;

/** A cohort in a list, with its seats taken and its waiting list's length. */
public record CohortListItem(
        UUID id,
        UUID courseId,
        int number,
        LocalDate startsOn,
        LocalDate endsOn,
        String venue,
        int capacity,
        List<Instructor.Named> instructors,
        CohortStatus status,
        String cancelReason,
        Seats seats,
        Instant createdAt,
        long version) {}
