package kr.seoul.chatdong.governance.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.governance.domain.StaffMember;
import kr.seoul.chatdong.governance.domain.SupportTeam;
import kr.seoul.chatdong.governance.service.GovernanceCommands;

/** Request and response bodies of the support teams API. */
public final class SupportTeamViews {

    private SupportTeamViews() {}

    @Schema(name = "SupportTeam")
    public record SupportTeamView(
            UUID id,
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "OUTSOURCED") SupportTeam.Model model,

            @Schema(
                    nullable = true,
                    description = "the private operator of an outsourced team (위탁); absent when the district runs it",
                    examples = "성북구 마을 사회적경제 센터")
            String operator,

            @Schema(description = "staff hired (채용인력): the length of staff", examples = "3")
            int staffCount,

            @Schema(
                    description =
                            "the staff, each with a role and a name where the district gives one; the 2015 teams: one LEAD, "
                                    + "one VILLAGE, one WELFARE (the plan's 3 per district, 마을·복지)")
            List<StaffView> staff,

            @Schema(examples = "2015-08-01") LocalDate startedOn,

            @Schema(nullable = true, examples = "2015-12-31")
            LocalDate endedOn,

            @Schema(
                    description = "ACTIVE until the team is ended; at most one ACTIVE team per district",
                    examples = "ACTIVE")
            SupportTeam.Status status,

            @Schema(nullable = true, description = "why the team ended", examples = "2016년 직영 체계 개편")
            String endReason,

            @Schema(
                    description = "the council its monthly meetings go through: the 추진지원단 연석회의 (SUPPORT_TEAM_NETWORK), "
                            + "where every district's team meets",
                    nullable = true)
            UUID councilId,

            @Schema(description = "whether it runs on the day asked (today when on= is absent)", examples = "true")
            boolean active,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
            long version) {

        static SupportTeamView of(SupportTeam t, LocalDate on) {
            return new SupportTeamView(
                    t.id(),
                    t.districtCode(),
                    t.model(),
                    t.operator(),
                    t.staffCount(),
                    t.staff().stream().map(StaffView::of).toList(),
                    t.startedOn(),
                    t.endedOn(),
                    t.status(),
                    t.endReason(),
                    t.councilId(),
                    t.activeOn(on),
                    t.version());
        }
    }

    @Schema(name = "SupportTeamStaff")
    public record StaffView(
            @Schema(examples = "WELFARE") SupportTeam.StaffRole role,

            @Schema(
                    nullable = true,
                    description = "absent where the district has not given it (the plan names nobody)",
                    examples = "김복지")
            String name) {

        static StaffView of(StaffMember m) {
            return new StaffView(m.role(), m.name());
        }
    }

    @Schema(
            name = "SupportTeamStaffInput",
            description = "One of the staff: a role, and a name where the district gives one")
    public record StaffInput(
            @Size(max = 100) @Schema(nullable = true, examples = "김마을")
            String name,

            @NotNull @Schema(required = true, examples = "VILLAGE")
            SupportTeam.StaffRole role) {

        StaffMember toStaffMember() {
            return new StaffMember(role, name);
        }

        static List<StaffMember> all(List<StaffInput> staff) {
            return staff == null
                    ? null
                    : staff.stream()
                            .map(s -> s == null ? null : s.toStaffMember())
                            .toList();
        }
    }

    @Schema(name = "NewSupportTeam", description = "A district's support team joining the programme")
    public record NewSupportTeam(
            @NotBlank @Schema(required = true, examples = "11680")
            String districtCode,

            @NotNull @Schema(required = true, examples = "OUTSOURCED")
            SupportTeam.Model model,

            @Size(max = 300)
            @Schema(
                    description = "the private operator (위탁); leave out when the district runs the team (직영)",
                    examples = "강남구 마을공동체지원센터")
            String operator,

            @NotNull @Schema(required = true, examples = "2016-07-01")
            LocalDate startedOn,

            @NotNull
            @Size(max = 50)
            @Valid
            @Schema(required = true, description = "the plan's 3 per district: LEAD, VILLAGE, WELFARE")
            List<StaffInput> staff) {

        public GovernanceCommands.StartSupportTeam toCommand() {
            return new GovernanceCommands.StartSupportTeam(
                    districtCode.strip(), model, operator, startedOn, StaffInput.all(staff));
        }
    }

    @Schema(
            name = "SupportTeamChanges",
            description = "Fields to change (JSON merge patch: absent fields stay; operator: null removes it; "
                    + "staff: the whole list)")
    public record SupportTeamChanges(
            @Schema(examples = "DIRECT") SupportTeam.Model model,

            @Size(max = 300) @Schema(examples = "강남구 마을공동체지원센터")
            String operator,

            @Schema(examples = "2016-07-01") LocalDate startedOn,
            @Size(max = 50) @Valid List<StaffInput> staff) {

        public GovernanceCommands.ReviseSupportTeam toCommand(Set<String> removed) {
            return new GovernanceCommands.ReviseSupportTeam(model, operator, startedOn, StaffInput.all(staff), removed);
        }
    }

    @Schema(name = "SupportTeamEnd", description = "The last day the team ran and why")
    public record EndInput(
            @NotNull @Schema(required = true, examples = "2016-12-31")
            LocalDate endedOn,

            @Size(max = 500) @Schema(examples = "2017년 직영 전환")
            String reason) {

        public GovernanceCommands.EndSupportTeam toCommand() {
            return new GovernanceCommands.EndSupportTeam(endedOn, reason);
        }
    }
}
