package kr.seoul.chatdong.cases.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.cases.domain.DiscoveryMember;
import kr.seoul.chatdong.cases.query.Workload;
import kr.seoul.chatdong.cases.service.DiscoveryTeamCommands;

/** Request and response bodies of {@link DiscoveryTeamResource}. */
public final class DiscoveryTeamViews {

    private DiscoveryTeamViews() {}

    @Schema(name = "NewDiscoveryMember", description = "A district's discovery-team member for a period")
    public record NewMember(
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "김발굴")
            String name,

            @NotBlank
            @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit district code")
            @Schema(required = true, examples = "11290")
            String districtCode,

            @NotBlank
            @Size(max = 200)
            @Schema(
                    required = true,
                    description =
                            "the person's sign-in account name (the token's preferred_username; Keycloak keeps it in lower case): calls with a token of this account are theirs",
                    examples = "discovery-11290@seoul.go.kr")
            String subject,

            @NotNull @Schema(required = true, examples = "2016-01-01")
            LocalDate activeFrom,

            @Schema(nullable = true, description = "the last day; open-ended when absent", examples = "2016-12-31")
            LocalDate activeTo) {

        DiscoveryTeamCommands.AddMember toCommand() {
            return new DiscoveryTeamCommands.AddMember(
                    name.strip(), districtCode, subject.strip(), activeFrom, activeTo);
        }
    }

    @Schema(name = "DiscoveryMemberChanges", description = "Members to change (JSON merge patch; absent ones stay)")
    public record MemberChanges(
            @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
            @Size(min = 1, max = 100)
            @Schema(examples = "김발굴")
            String name,

            @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") @Size(min = 1, max = 200)
            String subject,

            @Schema(examples = "2016-01-01") LocalDate activeFrom,
            @Schema(examples = "2016-06-30") LocalDate activeTo) {

        DiscoveryTeamCommands.ReviseMember toCommand(java.util.Set<String> removed) {
            return new DiscoveryTeamCommands.ReviseMember(
                    name == null ? null : name.strip(),
                    subject == null ? null : subject.strip(),
                    activeFrom,
                    activeTo,
                    removed);
        }
    }

    @Schema(name = "DiscoveryMember")
    public record MemberView(
            UUID id,
            @Schema(examples = "김발굴") String name,
            @Schema(examples = "11290") String districtCode,

            @Schema(examples = "discovery-11290@seoul.go.kr")
            String subject,

            @Schema(examples = "2016-01-01") LocalDate activeFrom,

            @Schema(nullable = true, examples = "2016-12-31")
            LocalDate activeTo,

            Instant createdAt,
            @Schema(examples = "0") long version) {

        static MemberView of(DiscoveryMember m) {
            return new MemberView(
                    m.id(),
                    m.name(),
                    m.districtCode(),
                    m.subject(),
                    m.activeFrom(),
                    m.activeTo(),
                    m.createdAt(),
                    m.version());
        }
    }

    @Schema(name = "DiscoveryMemberWorkload", description = "A member's assigned cases by status")
    public record WorkloadView(
            UUID memberId,
            @Schema(examples = "김발굴") String name,
            @Schema(examples = "11290") String districtCode,
            @Schema(examples = "2016-01-01") LocalDate activeFrom,
            @Schema(nullable = true) LocalDate activeTo,
            @Schema(examples = "2") long nominated,
            @Schema(examples = "1") long drafting,
            @Schema(examples = "1") long inReview,
            @Schema(examples = "5") long published,

            @Schema(description = "nominated + drafting + inReview", examples = "4")
            long open) {

        static WorkloadView of(Workload w) {
            return new WorkloadView(
                    w.memberId(),
                    w.name(),
                    w.districtCode(),
                    w.activeFrom(),
                    w.activeTo(),
                    w.nominated(),
                    w.drafting(),
                    w.inReview(),
                    w.published(),
                    w.nominated() + w.drafting() + w.inReview());
        }
    }
}
