package kr.seoul.chatdong.training.service;

import java.time.LocalDate;
import java.util.Set;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.Instructor.Affiliation;

/** What callers ask of {@link InstructorService}. */
public final class InstructorCommands {

    private InstructorCommands() {}

    public record RegisterInstructor(
            String name,
            String organisation,
            Affiliation affiliation,
            Set<Field> fields,
            String account,
            LocalDate activeFrom) {}

    /** Null fields stay as they are; {@code removed} names the members the patch removes. */
    public record ReviseInstructor(
            String name,
            String organisation,
            Affiliation affiliation,
            Set<Field> fields,
            String account,
            LocalDate activeFrom,
            LocalDate activeUntil,
            Set<String> removed) {}
}
