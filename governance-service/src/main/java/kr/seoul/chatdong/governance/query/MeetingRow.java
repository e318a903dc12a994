package kr.seoul.chatdong.governance.query;

import java.time.Instant;
import java.util.UUID;

import kr.seoul.chatdong.governance.domain.Meeting;

/** A meeting in a list: the columns its view shows. */
public record MeetingRow(
        UUID id,
        UUID councilId,
        String title,
        Instant scheduledAt,
        String place,
        Meeting.Status status,
        Instant createdAt,
        long version,
        Meeting.Kind kind,
        String cancelReason,
        Instant heldAt,
        Integer capacity,
        UUID seriesId,
        Integer durationMinutes) {}
