package kr.seoul.chatdong.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.CouncilKind;
import kr.seoul.chatdong.governance.domain.CouncilMember;
import kr.seoul.chatdong.governance.domain.CouncilStatus;
import kr.seoul.chatdong.governance.domain.Position;
import kr.seoul.chatdong.governance.domain.Sector;
import kr.seoul.chatdong.governance.query.CouncilMemberRow;
import kr.seoul.chatdong.governance.query.CouncilRow;
import kr.seoul.chatdong.governance.service.GovernanceCommands;

/** Request and response bodies of the councils API. */
public final class CouncilViews {

    private CouncilViews() {}

    @Schema(name = "NewCouncil", description = "A council or committee to establish")
    public record NewCouncil(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "성북구 민관협력 협의체")
            String name,

            @NotNull @Schema(required = true, examples = "DISTRICT")
            CouncilKind kind,

            @Schema(
                    description = "required for DISTRICT and DISTRICT_SUPPORT_TEAM, absent otherwise",
                    examples = "11290")
            String districtCode,

            @Schema(examples = "2015-07-01") LocalDate establishedOn,

            @Size(max = 2000) @Schema(examples = "복지기관·주민조직·동 주민센터가 함께하는 자치구 단위 협의체")
            String description,

            @Schema(description = "the parent body of a sub-committee; same scope as the parent")
            UUID parentId,

            @Size(max = 2000) @Schema(examples = "찾아가는 동주민센터 민관협력 의제 발굴과 자원 연계")
            String mandate,

            @Schema(examples = "2016-01-01") LocalDate termFrom,
            @Schema(examples = "2017-12-31") LocalDate termTo,

            @Size(max = 16)
            @Schema(
                    description = "how many members make a quorum: MAJORITY (default), TWO_THIRDS or FIXED:n",
                    examples = "MAJORITY")
            String quorumRule) {

        public GovernanceCommands.EstablishCouncil toCommand() {
            return new GovernanceCommands.EstablishCouncil(
                    name.strip(),
                    kind,
                    districtCode,
                    establishedOn,
                    description,
                    parentId,
                    mandate,
                    termFrom,
                    termTo,
                    quorumRule);
        }
    }

    @Schema(name = "CouncilChanges", description = "Fields to change (JSON merge patch: absent or null fields stay)")
    public record CouncilChanges(
            @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
            @Size(min = 1, max = 200)
            @Schema(examples = "성북구 민관협력 협의체 (2기)")
            String name,

            @Schema(examples = "2016-01-15") LocalDate establishedOn,
            @Size(max = 2000) String description) {

        public GovernanceCommands.ReviseCouncil toCommand(java.util.Set<String> removed) {
            return new GovernanceCommands.ReviseCouncil(
                    name == null ? null : name.strip(), description, establishedOn, removed);
        }
    }

    @Schema(name = "Council", description = "A council or committee")
    public record CouncilView(
            @Schema(examples = "3f1d2c4e-8b7a-4f5e-9c6d-1a2b3c4d5e6f")
            UUID id,

            @Schema(examples = "성북구 민관협력 협의체") String name,
            @Schema(examples = "DISTRICT") CouncilKind kind,
            @Schema(examples = "11290", nullable = true) String districtCode,

            @Schema(examples = "2015-07-01", nullable = true)
            LocalDate establishedOn,

            @Schema(nullable = true) String description,
            Instant createdAt,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
            long version,

            @Schema(description = "CITY or DISTRICT (then districtCode names it)", examples = "DISTRICT")
            String scope,

            @Schema(nullable = true, description = "the parent body of a sub-committee")
            UUID parentId,

            @Schema(nullable = true, examples = "찾아가는 동주민센터 민관협력 의제 발굴과 자원 연계")
            String mandate,

            @Schema(nullable = true, examples = "2016-01-01")
            LocalDate termFrom,

            @Schema(nullable = true, examples = "2017-12-31")
            LocalDate termTo,

            @Schema(examples = "ACTIVE") CouncilStatus status,
            @Schema(examples = "MAJORITY") String quorumRule) {

        public static CouncilView of(Council council) {
            return new CouncilView(
                    council.id(),
                    council.name(),
                    council.kind(),
                    council.districtCode(),
                    council.establishedOn(),
                    council.description(),
                    council.createdAt(),
                    council.version(),
                    council.scope(),
                    council.parentId(),
                    council.mandate(),
                    council.termFrom(),
                    council.termTo(),
                    council.status(),
                    council.quorumRule().text());
        }

        public static CouncilView of(CouncilRow council) {
            return new CouncilView(
                    council.id(),
                    council.name(),
                    council.kind(),
                    council.districtCode(),
                    council.establishedOn(),
                    council.description(),
                    council.createdAt(),
                    council.version(),
                    council.districtCode() == null ? "CITY" : "DISTRICT",
                    council.parentId(),
                    council.mandate(),
                    council.termFrom(),
                    council.termTo(),
                    council.status(),
                    council.quorumRule());
        }
    }

    @Schema(name = "NewCouncilMember", description = "A member to appoint for a term")
    public record NewMember(
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "김민지")
            String name,

            @Size(max = 200) @Schema(examples = "성북구 종합사회복지관")
            String organisation,

            @NotNull @Schema(required = true, examples = "PRIVATE")
            Sector sector,

            @NotNull @Schema(required = true, examples = "MEMBER")
            Position position,

            @NotNull @Schema(required = true, examples = "2016-01-01")
            LocalDate termFrom,

            @Schema(description = "absent: open-ended", examples = "2017-12-31")
            LocalDate termTo) {

        public GovernanceCommands.AppointMember toCommand(UUID councilId) {
            return new GovernanceCommands.AppointMember(
                    councilId,
                    name.strip(),
                    organisation == null ? null : organisation.strip(),
                    sector,
                    position,
                    termFrom,
                    termTo);
        }
    }

    @Schema(name = "CouncilMember", description = "A member of a council for a term")
    public record MemberView(
            UUID id,
            UUID councilId,
            @Schema(examples = "김민지") String name,

            @Schema(nullable = true, examples = "성북구 종합사회복지관")
            String organisation,

            @Schema(examples = "PRIVATE") Sector sector,
            @Schema(examples = "MEMBER") Position position,
            @Schema(examples = "2016-01-01") LocalDate termFrom,

            @Schema(nullable = true, examples = "2017-12-31")
            LocalDate termTo,

            long version) {

        public static MemberView of(CouncilMember m) {
            return new MemberView(
                    m.id(),
                    m.councilId(),
                    m.name(),
                    m.organisation(),
                    m.sector(),
                    m.position(),
                    m.termFrom(),
                    m.termTo(),
                    m.version());
        }

        public static MemberView of(CouncilMemberRow m) {
            return new MemberView(
                    m.id(),
                    m.councilId(),
                    m.name(),
                    m.organisation(),
                    m.sector(),
                    m.position(),
                    m.termFrom(),
                    m.termTo(),
                    m.version());
        }
    }

    @Schema(name = "CouncilComposition", description = "Who sits on a council on a day: the public–private balance")
    public record CompositionView(
            @Schema(examples = "2016-03-01") LocalDate on,
            @Schema(examples = "12") int total,

            @Schema(
                    description = "members per sector (every sector named, 0 when none)",
                    examples = "{\"PUBLIC\":4,\"PRIVATE\":6,\"ACADEMIC\":1,\"RESIDENT\":1}")
            Map<Sector, Integer> bySector,

            @Schema(
                    description = "members per position (every position named)",
                    examples = "{\"CHAIR\":1,\"VICE_CHAIR\":1,\"SECRETARY\":1,\"MEMBER\":9}")
            Map<Position, Integer> byPosition) {

        public static CompositionView of(LocalDate on, List<CouncilMember> members) {
            Map<Sector, Integer> sectors = new EnumMap<>(Sector.class);
            for (Sector s : Sector.values()) {
                sectors.put(s, 0);
            }
            Map<Position, Integer> positions = new EnumMap<>(Position.class);
            for (Position p : Position.values()) {
                positions.put(p, 0);
            }
            for (CouncilMember m : members) {
                sectors.merge(m.sector(), 1, Integer::sum);
                positions.merge(m.position(), 1, Integer::sum);
            }
            return new CompositionView(on, members.size(), sectors, positions);
        }
    }
}
