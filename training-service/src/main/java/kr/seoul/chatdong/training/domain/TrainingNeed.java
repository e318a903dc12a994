package kr.seoul.chatdong.training.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.persistence.StoredRoundFinding;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.events.monitoring.RoundFinding;

/**
 * 교육 수요: a dong's staff need training in a field where a monitoring round found them below the bar
 * (source MONITORING), or a district's support team (자치구 추진지원단) asked for training on a topic in a
 * demand survey (source DEMAND_SURVEY; a later survey asking for the same topic reinforces it).
 */
@Entity
@Table(name = "training_need")
public class TrainingNeed {

    /**
     * OPEN until a cohort addresses it (meeting needs come with cohorts); WITHDRAWN when a corrected
     * score is no longer below the round's bar.
     */
    public enum Status {
        OPEN,
        WITHDRAWN,
        MET
    }

    /** Where a need comes from. */
    public enum Source {
        /** 모니터링: a completed round found a (dong, field) below its bar */
        MONITORING,
        /** 교육 수요 조사: a district's support team asked for a topic */
        DEMAND_SURVEY
    }

    /** The longest topic a demand survey may name. */
    public static final int MAX_TOPIC = 100;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private Source source;

    /** The district the need is of (a round's: the dong's district). */
    @Column(name = "district_code")
    private String districtCode;

    /** Of a MONITORING need only; its district column is {@link #districtCode}'s, written there. */
    @Embedded
    @AttributeOverride(
            name = "districtCode",
            column = @Column(name = "district_code", insertable = false, updatable = false))
    private StoredRoundFinding finding;

    /** Of a DEMAND_SURVEY need: the training asked for, e.g. 통합사례관리. */
    private String topic;

    /** Of a DEMAND_SURVEY need: the respondents of the surveys that asked for it, summed. */
    @Column(name = "demand_respondents")
    private Integer demandRespondents;

    /** Of a DEMAND_SURVEY need: how many surveys asked for it. */
    @Column(name = "demand_surveys")
    private Integer demandSurveys;

    @Enumerated(EnumType.STRING)
    private Status status;

    @ElementCollection
    @CollectionTable(name = "training_need_course", joinColumns = @JoinColumn(name = "need_id"))
    @Column(name = "course_id")
    private Set<UUID> courseIds = new LinkedHashSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected TrainingNeed() {}

    /** A need for a (dong, field) below a round's bar, matched to the courses that address the field. */
    public static TrainingNeed found(RoundFinding below, List<UUID> coursesForField, Instant now) {
        TrainingNeed need = new TrainingNeed();
        need.id = UUID.randomUUID();
        need.source = Source.MONITORING;
        need.districtCode = below.districtCode();
        need.finding = StoredRoundFinding.of(below);
        need.status = Status.OPEN;
        need.courseIds = new LinkedHashSet<>(coursesForField);
        need.createdAt = now;
        return need;
    }

    /**
     * A need a district's demand survey asked for: a topic ({@link #topic(String)} is its normalised
     * form) and the survey's respondents, matched to the courses that address it.
     */
    public static TrainingNeed demanded(
            String districtCode, String topic, int respondents, List<UUID> coursesForTopic, Instant now) {
        TrainingNeed need = new TrainingNeed();
        need.id = UUID.randomUUID();
        need.source = Source.DEMAND_SURVEY;
        need.districtCode = districtCode;
        need.topic = topic;
        need.demandRespondents = respondents;
        need.demandSurveys = 1;
        need.status = Status.OPEN;
        need.courseIds = new LinkedHashSet<>(coursesForTopic);
        need.createdAt = now;
        return need;
    }

    /** Another survey asked for this open need's topic: its respondents add to the need's. */
    public void reinforce(int respondents) {
        if (source != Source.DEMAND_SURVEY || status != Status.OPEN) {
            throw new IllegalStateException("only an open need from a demand survey is reinforced");
        }
        demandRespondents += respondents;
        demandSurveys++;
    }

    /**
     * A topic as needs compare it: trimmed, runs of white space made one space (" 통합사례관리 " and
     * "통합사례관리" are one need); blank, or longer than {@link #MAX_TOPIC}, is refused naming the field.
     */
    public static String topic(String given, String field) {
        String topic = given == null ? "" : given.strip().replaceAll("\\s+", " ");
        if (topic.isEmpty()) {
            throw new DomainException.InvalidValue(field, "must not be blank");
        }
        if (topic.length() > MAX_TOPIC) {
            throw new DomainException.InvalidValue(field, "must be at most " + MAX_TOPIC + " characters");
        }
        return topic;
    }

    /** No longer applies (the corrected score is not below the bar); false when it was already withdrawn, or met (a met need stays met). */
    public boolean withdraw(String reason, Instant now) {
        if (status == Status.WITHDRAWN || status == Status.MET) {
            return false;
        }
        status = Status.WITHDRAWN;
        withdrawnReason = reason;
        withdrawnAt = now;
        return true;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public UUID id() {
        return id;
    }

    public Source source() {
        return source;
    }

    public String districtCode() {
        return districtCode;
    }

    /** The round, dong, field and score that revealed it, and the event that reported them; null for a need from a demand survey. */
    public RoundFinding finding() {
        return source == Source.MONITORING && finding != null ? finding.value() : null;
    }

    /** The topic a demand survey asked for; null for a need from monitoring. */
    public String topic() {
        return topic;
    }

    public Integer demandRespondents() {
        return demandRespondents;
    }

    public Integer demandSurveys() {
        return demandSurveys;
    }

    public Status status() {
        return status;
    }

    public Set<UUID> courseIds() {
        return Collections.unmodifiableSet(courseIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
