package kr.seoul.chatdong.governance.query;

import java.time.Instant;
import java.util.UUID;

import kr.seoul.chatdong.governance.domain.Registration;

/** A registration for an open event, in a meeting's list. */
public record RegistrationRow(
        UUID id,
        UUID meetingId,
        String name,
        String organisation,
        Registration.Status status,
        Instant createdAt,
        long version) {}
