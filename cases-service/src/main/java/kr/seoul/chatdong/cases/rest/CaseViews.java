package kr.seoul.chatdong.cases.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.CaseComment;
import kr.seoul.chatdong.cases.domain.CaseRevision;
import kr.seoul.chatdong.cases.domain.CaseSource;
import kr.seoul.chatdong.cases.domain.CaseStatus;
import kr.seoul.chatdong.cases.domain.Channel;
import kr.seoul.chatdong.cases.query.CaseRow;
import kr.seoul.chatdong.cases.service.CaseCommands;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;

/** Request and response bodies of the cases API. */
public final class CaseViews {

    private CaseViews() {}

    static final String BODY_EXAMPLE =
            "## 배경\n성북동 복지플래너와 통반장이 **고립 가구**를 함께 찾았다.\n\n" + "- 방문간호사와 동행 방문\n- 골목 돌봄 지도 제작";

    @Schema(
            name = "NewCase",
            description = "A best-practice case to write; give the dong, or the district for a district-wide case. "
                    + "It starts DRAFTING.")
    public record NewCase(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "주민과 함께 만든 골목 돌봄 지도")
            String title,

            @Size(max = 4000) @Schema(examples = "복지플래너와 통반장이 함께 고립 가구를 찾아 돌봄 지도를 만들었다.")
            String summary,

            @Size(max = 100_000)
            @Schema(
                    description = "the case's text, Markdown (CommonMark); shown as sanitised bodyHtml",
                    examples = BODY_EXAMPLE)
            String body,

            @Schema(description = "5-digit district code; may be left out when dongCode is given", examples = "11290")
            String districtCode,

            @Schema(description = "10-digit dong code", examples = "1129052500")
            String dongCode,

            @Size(max = 4)
            @Schema(
                    description = "the fields of the program the case is about, the main one first (or give field)",
                    examples = "[\"WELFARE\", \"HEALTH\"]")
            List<Field> fields,

            @Schema(
                    description = "one field, when the case is about one (the same as fields: [field])",
                    examples = "WELFARE")
            Field field,

            @Size(max = 20) @Schema(description = "free tags", examples = "[\"방문간호\", \"고독사 예방\"]")
            List<@NotBlank @Size(max = 40) String> tags,

            @Size(max = 10) @Schema(description = "who wrote it up", examples = "[\"성북구 발굴단\"]")
            List<@NotBlank @Size(max = 100) String> authors,

            @Schema(
                    description =
                            "DISCOVERY_TEAM (default) or SUBMISSION; MONITORING cases come from monitoring rounds only",
                    examples = "DISCOVERY_TEAM")
            CaseSource source) {

        public CaseCommands.DraftCase toCommand() {
            return new CaseCommands.DraftCase(
                    title.strip(),
                    summary,
                    body,
                    districtCode,
                    dongCode,
                    fieldsOf(fields, field),
                    tags,
                    authors,
                    source);
        }
    }

    static List<Field> fieldsOf(List<Field> fields, Field field) {
        if (fields == null && field == null) {
            throw new DomainException.InvalidValue(
                    "fields", "name at least one of the program's fields (WELFARE, VILLAGE, ADMINISTRATION, HEALTH)");
        }
        List<Field> all = new ArrayList<>();
        if (field != null) {
            all.add(field);
        }
        if (fields != null) {
            all.addAll(fields);
        }
        return all;
    }

    @Schema(
            name = "CaseChanges",
            description =
                    "Members to change (JSON merge patch: absent members stay, null removes summary, tags or authors). "
                            + "Only while NOMINATED or DRAFTING; the body only while DRAFTING. Every saved body keeps a revision.")
    public record CaseChanges(
            @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
            @Size(min = 1, max = 200)
            @Schema(examples = "주민과 함께 만든 골목 돌봄 지도")
            String title,

            @Size(max = 4000) String summary,

            @Size(max = 100_000) @Schema(description = "the new text, Markdown", examples = BODY_EXAMPLE)
            String body,

            @Size(min = 1, max = 4) @Schema(examples = "[\"WELFARE\"]")
            List<Field> fields,

            @Size(max = 20) @Schema(examples = "[\"방문간호\"]") List<@NotBlank @Size(max = 40) String> tags,
            @Size(max = 10) List<@NotBlank @Size(max = 100) String> authors) {

        public CaseCommands.ReviseCase toCommand(Set<String> removed) {
            return new CaseCommands.ReviseCase(
                    title == null ? null : title.strip(), summary, body, fields, tags, authors, removed);
        }
    }

    @Schema(
            name = "CaseReason",
            description = "Why: a rejection's reason (kept as a REJECTION comment) or a withdrawal's")
    public record ReasonInput(
            @NotBlank @Size(max = 1200) @Schema(required = true, examples = "사례의 성과 수치를 보완해 주세요.")
            String reason) {

        public CaseCommands.Reason toCommand() {
            return new CaseCommands.Reason(reason.strip());
        }
    }

    @Schema(name = "ChannelSlot", description = "A channel and the day the case appears there")
    public record ChannelInput(
            @NotNull @Schema(required = true, examples = "HOMEPAGE")
            Channel channel,

            @NotNull @Schema(required = true, examples = "2016-05-10")
            LocalDate scheduledOn) {}

    @Schema(
            name = "PublishCase",
            description = "Where, and from which day, the case appears; without channels (or without a body) "
                    + "it goes on the homepage today")
    public record PublishInput(
            @Size(max = 3)
            @Schema(
                    examples =
                            "[{\"channel\":\"HOMEPAGE\",\"scheduledOn\":\"2016-05-10\"},{\"channel\":\"FACEBOOK\",\"scheduledOn\":\"2016-05-12\"}]")
            List<@NotNull @Valid ChannelInput> channels) {

        public CaseCommands.PublishCase toCommand() {
            return new CaseCommands.PublishCase(
                    channels == null
                            ? List.of()
                            : channels.stream()
                                    .map(c -> new CaseCommands.PublishCase.Slot(c.channel(), c.scheduledOn()))
                                    .toList());
        }
    }

    @Schema(name = "CaseAssignment", description = "The discovery-team member to give the case to; null unassigns it")
    public record AssignInput(
            @Schema(nullable = true, examples = "2b9c0d1e-3f4a-4b5c-8d6e-7f8091a2b3c4")
            UUID memberId) {

        public kr.seoul.chatdong.cases.service.DiscoveryTeamCommands.AssignCase toCommand() {
            return new kr.seoul.chatdong.cases.service.DiscoveryTeamCommands.AssignCase(memberId);
        }
    }

    @Schema(name = "NewCaseComment", description = "A reviewer's comment on a case IN_REVIEW")
    public record CommentInput(
            @NotBlank @Size(max = 4000) @Schema(required = true, examples = "방문간호사 동행 횟수를 본문에 적어 주세요.")
            String text) {

        public CaseCommands.Comment toCommand() {
            return new CaseCommands.Comment(text.strip());
        }
    }

    @Schema(name = "BestPracticeCase", description = "A best-practice case, as lists show it (without its body)")
    public record CaseView(
            @Schema(examples = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
            UUID id,

            @Schema(examples = "주민과 함께 만든 골목 돌봄 지도") String title,
            @Schema(nullable = true) String summary,
            @Schema(examples = "11290") String districtCode,

            @Schema(examples = "1129052500", nullable = true)
            String dongCode,

            @Schema(description = "the main field (the first of fields)", examples = "WELFARE")
            Field field,

            @Schema(examples = "[\"WELFARE\", \"HEALTH\"]") List<Field> fields,
            @Schema(examples = "[\"방문간호\"]") List<String> tags,
            @Schema(examples = "DRAFTING") CaseStatus status,
            @Schema(examples = "DISCOVERY_TEAM") CaseSource source,

            @Schema(description = "the monitoring round that nominated it", nullable = true)
            UUID roundId,

            @Schema(description = "the score that nominated it", nullable = true, examples = "95")
            Integer score,

            @Schema(description = "id of the event it came from", nullable = true)
            String sourceEventId,

            @Schema(
                    description = "why it was WITHDRAWN (e.g. a corrected score below the excellence bar)",
                    nullable = true)
            String withdrawnReason,

            @Schema(description = "the discovery-team member who writes it up", nullable = true)
            UUID assigneeId,

            Instant createdAt,

            @Schema(nullable = true, description = "when it was published")
            Instant publishedAt,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
            long version) {

        public static CaseView of(CaseRow c) {
            return new CaseView(
                    c.id(),
                    c.title(),
                    c.summary(),
                    c.districtCode(),
                    c.dongCode(),
                    c.field(),
                    c.fields(),
                    c.tags(),
                    c.status(),
                    c.source(),
                    c.roundId(),
                    c.score(),
                    c.sourceEventId(),
                    c.withdrawnReason(),
                    c.assigneeId(),
                    c.createdAt(),
                    c.publishedAt(),
                    c.version());
        }
    }

    @Schema(name = "CaseChannel", description = "Where a published case appears, from which day")
    public record ChannelView(
            @Schema(examples = "FACEBOOK") Channel channel,
            @Schema(examples = "2016-05-12") LocalDate scheduledOn) {}

    @Schema(
            name = "BestPracticeCaseDetail",
            description = "A best-practice case with its body, channels and what may be done next")
    public record CaseDetail(
            @Schema(examples = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
            UUID id,

            @Schema(examples = "주민과 함께 만든 골목 돌봄 지도") String title,
            @Schema(nullable = true) String summary,

            @Schema(nullable = true, description = "the text, Markdown", examples = BODY_EXAMPLE)
            String body,

            @Schema(
                    description =
                            "the body as sanitised HTML (CommonMark + jsoup safelist): no script, event handler or javascript: URL",
                    examples = "<h2>배경</h2>\n<p>성북동 복지플래너와 통반장이 <strong>고립 가구</strong>를 함께 찾았다.</p>")
            String bodyHtml,

            @Schema(examples = "11290") String districtCode,

            @Schema(examples = "1129052500", nullable = true)
            String dongCode,

            @Schema(examples = "WELFARE") Field field,
            @Schema(examples = "[\"WELFARE\", \"HEALTH\"]") List<Field> fields,
            @Schema(examples = "[\"방문간호\"]") List<String> tags,
            @Schema(examples = "[\"성북구 발굴단\"]") List<String> authors,
            @Schema(examples = "IN_REVIEW") CaseStatus status,

            @Schema(
                    description = "what may be done next (POST /cases/{id}/{step})",
                    examples = "[\"publish\", \"reject\", \"withdraw\"]")
            List<BestPracticeCase.Step> allowedSteps,

            @Schema(examples = "DISCOVERY_TEAM") CaseSource source,
            @Schema(nullable = true) UUID roundId,
            @Schema(nullable = true, examples = "95") Integer score,
            @Schema(nullable = true) String sourceEventId,
            @Schema(nullable = true) String withdrawnReason,

            @Schema(description = "the discovery-team member who writes it up", nullable = true)
            UUID assigneeId,

            List<ChannelView> channels,
            Instant createdAt,
            @Schema(nullable = true) Instant publishedAt,
            @Schema(nullable = true) Instant archivedAt,
            @Schema(examples = "3") long version) {

        public static CaseDetail of(BestPracticeCase c) {
            return new CaseDetail(
                    c.id(),
                    c.title(),
                    c.summary(),
                    c.body(),
                    c.bodyHtml() == null ? "" : c.bodyHtml(),
                    c.districtCode(),
                    c.dongCode(),
                    c.field(),
                    c.fields(),
                    c.tags(),
                    c.authors(),
                    c.status(),
                    c.allowedSteps(),
                    c.source(),
                    c.roundId(),
                    c.score(),
                    c.sourceEventId(),
                    c.withdrawnReason(),
                    c.assigneeId(),
                    c.channels().stream()
                            .map(s -> new ChannelView(s.channel(), s.scheduledOn()))
                            .toList(),
                    c.createdAt(),
                    c.publishedAt(),
                    c.archivedAt(),
                    c.version());
        }
    }

    @Schema(name = "CaseRevision", description = "A saved body of a case")
    public record RevisionView(
            UUID id,
            @Schema(examples = "2") int number,
            @Schema(examples = "주민과 함께 만든 골목 돌봄 지도") String title,
            @Schema(examples = BODY_EXAMPLE) String body,
            Instant savedAt,

            @Schema(description = "the account name that saved it", examples = "officer-11290")
            String savedBy) {

        public static RevisionView of(CaseRevision r) {
            return new RevisionView(r.id(), r.number(), r.title(), r.body(), r.savedAt(), r.savedBy());
        }
    }

    @Schema(name = "CaseComment", description = "A reviewer's comment, or a rejection's reason")
    public record CommentView(
            UUID id,
            @Schema(examples = "COMMENT") CaseComment.Kind kind,
            @Schema(examples = "방문간호사 동행 횟수를 본문에 적어 주세요.") String text,

            @Schema(description = "the account name that wrote it", examples = "editor-1")
            String author,

            Instant createdAt) {

        public static CommentView of(CaseComment c) {
            return new CommentView(c.id(), c.kind(), c.text(), c.author(), c.createdAt());
        }
    }
}
