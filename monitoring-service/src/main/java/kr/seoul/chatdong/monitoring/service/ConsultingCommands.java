package kr.seoul.chatdong.monitoring.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;

/** What callers ask of {@link ConsultantService} and {@link ConsultingService}. */
public final class ConsultingCommands {

    private ConsultingCommands() {}

    public record RegisterConsultant(
            String name,
            String organisation,
            Set<Field> fields,
            String homeDistrictCode,
            int capacity,
            LocalDate activeFrom,
            LocalDate activeTo,
            String subject) {}

    /** Null fields stay as they are; {@code removed} names the members the patch removes. */
    public record ReviseConsultant(
            String name,
            String organisation,
            Set<Field> fields,
            Integer capacity,
            LocalDate activeFrom,
            LocalDate activeTo,
            Set<String> removed) {}

    public record Assign(UUID consultantId) {}

    public record Reassign(UUID consultantId, String reason) {}

    public record Schedule(LocalDate visitOn) {}

    public record Visit(LocalDate visitedOn, String notes) {}

    public record Report(String diagnosis, List<String> recommendations, List<String> followUps) {}

    public record Cancel(String reason) {}
}
