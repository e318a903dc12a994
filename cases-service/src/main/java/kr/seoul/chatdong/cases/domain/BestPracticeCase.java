package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.text.Markdown;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted.FieldScore;
import kr.seoul.chatdong.language.geo.Dong;

/**
 * 우수사례: a best practice of a district (and usually one of its dongs), written up in Markdown and
 * taken through review to publication: NOMINATED → DRAFTING → IN_REVIEW → PUBLISHED → ARCHIVED.
 */
@Entity
@Table(name = "best_practice_case")
public class BestPracticeCase {

    /** The workflow steps, named as in the API ({@code POST /cases/{id}/{step}}). */
    public enum Step {
        start,
        submit,
        reject,
        publish,
        archive,
        withdraw
    }

    @Id
    private UUID id;

    private String title;

    private String summary;

    /** The case's text, Markdown. */
    private String body;

    /** {@link #body} rendered by {@link Markdown#toSafeHtml}: what a browser may show. */
    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "dong_code")
    private String dongCode;

    /** The main field: the first of {@link #fields}. */
    @Enumerated(EnumType.STRING)
    private Field field;

    /** Every field the case is about (names of {@link Field}), the main one first. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fields", columnDefinition = "text[]")
    private List<String> fields = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", columnDefinition = "text[]")
    private List<String> tags = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "authors", columnDefinition = "text[]")
    private List<String> authors = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    private CaseSource source;

    /** The monitoring round that nominated it, with the score that did. */
    @Column(name = "round_id")
    private UUID roundId;

    private Integer score;

    /** The event it came from, when it came from one. */
    @Column(name = "source_event_id")
    private String sourceEventId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "case_channel", joinColumns = @JoinColumn(name = "case_id"))
    private List<ChannelSlot> channels = new ArrayList<>();

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** The discovery-team member who writes it up; null while unassigned. */
    @Column(name = "assignee_id")
    private UUID assigneeId;

    /** Title, summary, body and tags in one text: what a search term is looked for in (pg_trgm index). */
    @Column(name = "search_text")
    private String searchText = "";

    @Version
    private long version;

    protected BestPracticeCase() {}

    /**
     * A case written through the API (by the discovery team or sent in by a district) about a dong
     * (its district follows from it) or a whole district; it starts DRAFTING.
     */
    public static BestPracticeCase draft(
            String title,
            String summary,
            String districtCode,
            Dong dong,
            List<Field> fields,
            List<String> tags,
            List<String> authors,
            CaseSource source,
            Instant now) {
        if (source == CaseSource.MONITORING) {
            throw new DomainException.RuleViolation(
                            "MONITORING cases are nominated by monitoring rounds, not written through the API")
                    .with("rule", "monitoring-cases-come-from-rounds")
                    .with("field", "source");
        }
        BestPracticeCase c = new BestPracticeCase();
        c.id = UUID.randomUUID();
        c.title = title;
        c.summary = summary;
        c.districtCode = dong != null ? dong.districtCode() : districtCode;
        c.dongCode = dong != null ? dong.code() : null;
        c.setFields(fields);
        c.tags = tagsOf(tags);
        c.authors = authors == null ? new ArrayList<>() : new ArrayList<>(authors);
        c.status = CaseStatus.DRAFTING;
        c.source = source == null ? CaseSource.DISCOVERY_TEAM : source;
        c.createdAt = now;
        c.reindex();
        return c;
    }

    /** A discovery-team draft in one field, without body, tags or authors. */
    public static BestPracticeCase draft(
            String title, String summary, String districtCode, Dong dong, Field field, Instant now) {
        return draft(
                title,
                summary,
                districtCode,
                dong,
                List.of(field),
                List.of(),
                List.of(),
                CaseSource.DISCOVERY_TEAM,
                now);
    }

    /** A nomination by a completed monitoring round: the (dong, field) scored at or above its excellence bar. */
    public static BestPracticeCase nominate(
            UUID roundId, String roundName, FieldScore excellent, Dong dong, String sourceEventId, Instant now) {
        BestPracticeCase c = new BestPracticeCase();
        c.id = UUID.randomUUID();
        c.title = dong.districtNameKo() + " " + dong.nameKo() + " "
                + excellent.field().nameKo() + " 분야 우수사례 후보";
        c.summary = roundName + "에서 " + excellent.field().nameKo() + " 분야 " + excellent.score() + "점";
        c.districtCode = dong.districtCode();
        c.dongCode = dong.code();
        c.setFields(List.of(excellent.field()));
        c.status = CaseStatus.NOMINATED;
        c.source = CaseSource.MONITORING;
        c.roundId = roundId;
        c.score = excellent.score();
        c.sourceEventId = sourceEventId;
        c.createdAt = now;
        c.reindex();
        return c;
    }

    /**
     * Changes what a PATCH names; {@code null} leaves a member as it is. Only while the case is
     * NOMINATED or DRAFTING: in review the text is the reviewers', once published it is public.
     */
    public void revise(
            String newTitle, String newSummary, List<Field> newFields, List<String> newTags, List<String> newAuthors) {
        requireEditable("edit");
        if (newTitle != null) {
            this.title = newTitle;
        }
        if (newSummary != null) {
            this.summary = newSummary;
        }
        if (newFields != null) {
            setFields(newFields);
        }
        if (newTags != null) {
            this.tags = tagsOf(newTags);
        }
        if (newAuthors != null) {
            this.authors = new ArrayList<>(newAuthors);
        }
        reindex();
    }

    /** Title and summary only (a null leaves it). */
    public void revise(String newTitle, String newSummary) {
        revise(newTitle, newSummary, null, null, null);
    }

    /**
     * Saves a new body (Markdown) and its sanitised HTML; only while DRAFTING (a new case's first
     * body included). Returns whether the body changed, i.e. whether a revision is due.
     */
    public boolean writeBody(String markdown) {
        if (status != CaseStatus.DRAFTING) {
            throw conflict("The body changes only while the case is DRAFTING; it is " + status
                    + (status == CaseStatus.NOMINATED ? " (start it first)" : ""));
        }
        if (markdown.equals(body)) {
            return false;
        }
        body = markdown;
        bodyHtml = Markdown.toSafeHtml(markdown);
        reindex();
        return true;
    }

    /** Removes what a merge patch sent as null: summary, tags and authors are optional, the rest is not. */
    public void remove(Set<String> members) {
        if (!members.isEmpty()) {
            requireEditable("edit");
        }
        for (String member : members) {
            switch (member) {
                case "summary" -> this.summary = null;
                case "tags" -> this.tags = new ArrayList<>();
                case "authors" -> this.authors = new ArrayList<>();
                default -> throw new DomainException.InvalidValue(member, "is required; it cannot be removed (null)");
            }
        }
        reindex();
    }

    private void reindex() {
        searchText = String.join(
                "\n", title, summary == null ? "" : summary, body == null ? "" : body, String.join(" ", tags));
    }

    /** NOMINATED → DRAFTING: someone writes the nomination up. */
    public void start() {
        require(Step.start, CaseStatus.NOMINATED);
        status = CaseStatus.DRAFTING;
    }

    /** DRAFTING → IN_REVIEW; a case without a body has nothing to review (422 body-required). */
    public void submit() {
        require(Step.submit, CaseStatus.DRAFTING);
        if (body == null || body.isBlank()) {
            throw new DomainException.RuleViolation(
                            "The case has no body yet; write it (PATCH body) before submitting it for review")
                    .with("rule", "body-required");
        }
        status = CaseStatus.IN_REVIEW;
    }

    /** IN_REVIEW → DRAFTING: the reviewers send it back (the reason is kept as a REJECTION comment). */
    public void reject() {
        require(Step.reject, CaseStatus.IN_REVIEW);
        status = CaseStatus.DRAFTING;
    }

    /**
     * IN_REVIEW → PUBLISHED on the given channels (each at most once); with none, on the homepage
     * from {@code today}.
     */
    public void publish(List<ChannelSlot> slots, LocalDate today, Instant now) {
        require(Step.publish, CaseStatus.IN_REVIEW);
        List<ChannelSlot> chosen =
                slots == null || slots.isEmpty() ? List.of(new ChannelSlot(Channel.HOMEPAGE, today)) : slots;
        Set<Channel> seen = EnumSet.noneOf(Channel.class);
        for (ChannelSlot slot : chosen) {
            if (!seen.add(slot.channel())) {
                throw new DomainException.InvalidValue(
                        "channels", "names " + slot.channel() + " twice; give each channel once");
            }
        }
        channels.clear();
        channels.addAll(chosen);
        publishedAt = now;
        status = CaseStatus.PUBLISHED;
    }

    /** PUBLISHED → ARCHIVED: off the channels, kept as published in its year. */
    public void archive(Instant now) {
        require(Step.archive, CaseStatus.PUBLISHED);
        archivedAt = now;
        status = CaseStatus.ARCHIVED;
    }

    /** Any open state → WITHDRAWN, with the reason. */
    public void withdraw(String reason, Instant now) {
        if (!status.isOpen()) {
            throw outOfOrder(Step.withdraw);
        }
        status = CaseStatus.WITHDRAWN;
        withdrawnReason = reason;
        withdrawnAt = now;
    }

    /** Reviewers comment only on a case IN_REVIEW. */
    public void requireInReview() {
        if (status != CaseStatus.IN_REVIEW) {
            throw conflict("Reviewers comment on a case IN_REVIEW; this one is " + status);
        }
    }

    /**
     * Withdraws a monitoring nomination that no longer applies. Only a case still NOMINATED is
     * withdrawn: once an editor has taken it further it stands on its own merits. Returns whether it was.
     */
    public boolean withdrawNomination(String reason, Instant now) {
        if (status != CaseStatus.NOMINATED) {
            return false;
        }
        withdraw(reason, now);
        return true;
    }

    /** Gives the case to a discovery-team member of its district (or takes it back with null), while it is open. */
    public void assignTo(DiscoveryMember member, java.time.LocalDate day) {
        if (!status.isOpen()) {
            throw conflict("The case is " + status + "; only open cases are assigned");
        }
        if (member != null) {
            if (!member.districtCode().equals(districtCode)) {
                throw new DomainException.RuleViolation("Member " + member.id() + " serves district "
                                + member.districtCode() + "; this case is of district " + districtCode)
                        .with("rule", "member-of-another-district");
            }
            if (!member.isActiveOn(day)) {
                throw new DomainException.RuleViolation("Member " + member.id() + " is not active on " + day)
                        .with("rule", "member-inactive");
            }
        }
        assigneeId = member == null ? null : member.id();
    }

    /** What a caller may do next, in the API's words. */
    public List<Step> allowedSteps() {
        return switch (status) {
            case NOMINATED -> List.of(Step.start, Step.withdraw);
            case DRAFTING -> List.of(Step.submit, Step.withdraw);
            case IN_REVIEW -> List.of(Step.publish, Step.reject, Step.withdraw);
            case PUBLISHED -> List.of(Step.archive);
            case ARCHIVED, WITHDRAWN -> List.of();
        };
    }

    private void requireEditable(String what) {
        if (status != CaseStatus.NOMINATED && status != CaseStatus.DRAFTING) {
            throw conflict(
                    "The case is " + status + "; it can be changed (" + what + ") only while NOMINATED or DRAFTING");
        }
    }

    private void require(Step step, CaseStatus from) {
        if (status != from) {
            throw outOfOrder(step);
        }
    }

    private DomainException outOfOrder(Step step) {
        List<String> allowed = allowedSteps().stream().map(Enum::name).toList();
        return conflict("The case is " + status + "; '" + step + "' is not a step from there"
                + (allowed.isEmpty() ? " (it has ended)" : "; allowed: " + String.join(", ", allowed)));
    }

    private DomainException conflict(String message) {
        return new DomainException.StateConflict(message)
                .with("currentState", status.name())
                .with("allowedSteps", allowedSteps().stream().map(Enum::name).toList());
    }

    private void setFields(List<Field> newFields) {
        if (newFields == null || newFields.isEmpty()) {
            throw new DomainException.InvalidValue(
                    "fields", "name at least one of the program's fields (WELFARE, VILLAGE, ADMINISTRATION, HEALTH)");
        }
        Set<Field> distinct = new LinkedHashSet<>(newFields);
        if (distinct.contains(null)) {
            throw new DomainException.InvalidValue("fields", "must not contain null");
        }
        field = distinct.iterator().next();
        fields = new ArrayList<>(distinct.stream().map(Enum::name).toList());
    }

    /** Tags as written, without blanks or repeats (case-insensitive repeats too), in their order. */
    private static List<String> tagsOf(List<String> given) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (given != null) {
            for (String t : given) {
                if (t == null || t.isBlank()) {
                    throw new DomainException.InvalidValue("tags", "must not contain blank tags");
                }
                if (seen.add(t.strip().toLowerCase(java.util.Locale.ROOT))) {
                    out.add(t.strip());
                }
            }
        }
        return out;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public boolean isPublished() {
        return status == CaseStatus.PUBLISHED;
    }

    public UUID roundId() {
        return roundId;
    }

    public Integer score() {
        return score;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String districtCode() {
        return districtCode;
    }

    public String dongCode() {
        return dongCode;
    }

    public Field field() {
        return field;
    }

    public List<Field> fields() {
        return fields.stream().map(Field::valueOf).toList();
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public List<String> authors() {
        return List.copyOf(authors);
    }

    public List<ChannelSlot> channels() {
        return List.copyOf(channels);
    }

    public CaseStatus status() {
        return status;
    }

    public CaseSource source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant archivedAt() {
        return archivedAt;
    }

    public UUID assigneeId() {
        return assigneeId;
    }

    public String searchText() {
        return searchText;
    }

    public long version() {
        return version;
    }
}
