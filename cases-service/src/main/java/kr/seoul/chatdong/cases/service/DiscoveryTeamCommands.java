package kr.seoul.chatdong.cases.service;

import java.time.LocalDate;
import java.util.UUID;

/** What callers ask of {@link DiscoveryTeamService}. */
public final class DiscoveryTeamCommands {

    private DiscoveryTeamCommands() {}

    public record AddMember(
            String name, String districtCode, String subject, LocalDate activeFrom, LocalDate activeTo) {}

    /** Null members stay. */
    /** Null fields stay as they are; {@code removed} names the members a merge patch sent as null. */
    public record ReviseMember(
            String name, String subject, LocalDate activeFrom, LocalDate activeTo, java.util.Set<String> removed) {}

    /** A case's assignee; null takes the case back (unassigned). */
    public record AssignCase(UUID memberId) {}
}
