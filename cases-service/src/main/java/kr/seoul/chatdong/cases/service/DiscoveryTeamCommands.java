package kr.seoul.chatdong.cases.service;

import java.time.LocalDate;
import java.util.UUID;

/** What callers ask of {@link DiscoveryTeamService}. */
public final class DiscoveryTeamCommands {

    private DiscoveryTeamCommands() {
    }

    public record AddMember(String name, String districtCode, String subject, LocalDate activeFrom, LocalDate activeTo) {
    }

    /** Null members stay. */
    public record ReviseMember(String name, String subject, LocalDate activeFrom, LocalDate activeTo) {
    }

    /** A case's assignee; null takes the case back (unassigned). */
    public record AssignCase(UUID memberId) {
    }
}
