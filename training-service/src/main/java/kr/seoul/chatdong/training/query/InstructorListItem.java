package kr.seoul.chatdong.training.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.Instructor.Affiliation;

/** An instructor in the registry's list. */
public record InstructorListItem(
        UUID id,
        String name,
        String organisation,
        Affiliation affiliation,
        List<Field> fields,
        String account,
        LocalDate activeFrom,
        LocalDate activeUntil,
        Instant createdAt,
        long version) {}
