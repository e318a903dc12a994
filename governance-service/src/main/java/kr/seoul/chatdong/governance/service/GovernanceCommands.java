package kr.seoul.chatdong.governance.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kr.seoul.chatdong.governance.domain.CouncilKind;

/** What callers ask of {@link CouncilService} and {@link MeetingService}: the REST layer maps its bodies to these. */
public final class GovernanceCommands {

    private GovernanceCommands() {}

    /** DISTRICT councils and DISTRICT_SUPPORT_TEAMs name their district; the others are city-wide. */
    public record EstablishCouncil(
            String name,
            CouncilKind kind,
            String districtCode,
            LocalDate establishedOn,
            String description,
            UUID parentId,
            String mandate,
            LocalDate termFrom,
            LocalDate termTo,
            String quorumRule) {}

    /** Name and organisation are personal data: the audit trail records only which fields were set. */
    public record AppointMember(
            UUID councilId,
            String name,
            String organisation,
            kr.seoul.chatdong.governance.domain.Sector sector,
            kr.seoul.chatdong.governance.domain.Position position,
            LocalDate termFrom,
            LocalDate termTo) {}

    /** Null fields stay as they are; {@code removed} names the members the patch removes. */
    public record ReviseCouncil(
            String name, String description, LocalDate establishedOn, java.util.Set<String> removed) {}

    public record ScheduleMeeting(
            UUID councilId,
            String title,
            Instant scheduledAt,
            String place,
            kr.seoul.chatdong.governance.domain.Meeting.Kind kind,
            Integer capacity) {}

    /** Meetings from an RFC 5545 rule, the first at {@code scheduledAt}; each like a meeting scheduled alone. */
    public record ScheduleMeetingSeries(
            UUID councilId,
            String title,
            kr.seoul.chatdong.governance.domain.Meeting.Kind kind,
            String rrule,
            Instant scheduledAt,
            int durationMinutes,
            String place,
            Integer capacity) {}

    /** Name and organisation are personal data: the audit trail records only which fields were set. */
    public record Register(String name, String organisation) {}

    public record AddAgendaItem(String title, String summary) {}

    /** Whether a member attended; the PUT replaces the meeting's whole attendance. */
    public record Presence(UUID memberId, boolean present) {}

    public record NewActionItem(String title, String owner, UUID ownerMemberId, LocalDate dueOn) {}

    public record Decide(String text, java.util.List<NewActionItem> actionItems) {}

    public record AddActionItem(UUID councilId, String title, String owner, UUID ownerMemberId, LocalDate dueOn) {}

    /** A district's support team joining the programme; staff as (role, name?) pairs. */
    public record StartSupportTeam(
            String districtCode,
            kr.seoul.chatdong.governance.domain.SupportTeam.Model model,
            String operator,
            LocalDate startedOn,
            java.util.List<kr.seoul.chatdong.governance.domain.StaffMember> staff) {}

    /** Null fields stay as they are ({@code staff}: the whole list when given); {@code removed} names the members the patch removes. */
    public record ReviseSupportTeam(
            kr.seoul.chatdong.governance.domain.SupportTeam.Model model,
            String operator,
            LocalDate startedOn,
            java.util.List<kr.seoul.chatdong.governance.domain.StaffMember> staff,
            java.util.Set<String> removed) {}

    public record EndSupportTeam(LocalDate endedOn, String reason) {}
}
