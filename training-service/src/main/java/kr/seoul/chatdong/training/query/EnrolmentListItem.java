package kr.seoul.chatdong.training.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import kr.seoul.chatdong.training.domain.EnrolmentStatus;

/** An enrolment in a list: position is its place on the waiting list (1 = next), null when not waiting. */
public record EnrolmentListItem(
        UUID id,
        UUID cohortId,
        UUID traineeId,
        EnrolmentStatus status,
        Long position,
        Instant createdAt,
        Instant cancelledAt,
        Boolean completed,
        BigDecimal attendedShare,
        String certificateNo,
        long version) {}
