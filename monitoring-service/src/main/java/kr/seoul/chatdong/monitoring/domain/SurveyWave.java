package kr.seoul.chatdong.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 조사 차수: one fielding of a survey — the 2015 baseline (Sep–Nov 2015) or the 2016 follow-up in
 * 17 participating and 8 non-participating dongs. Named by a code unique within its survey;
 * its responses are imported from CSV files, or — for a wave known only by its published figures —
 * entered as aggregates ({@link WaveFigures}); never both.
 */
@Entity
@Table(name = "survey_wave")
public class SurveyWave {

    @Id
    private UUID id;

    @Column(name = "survey_id")
    private UUID surveyId;

    private String code;

    @Enumerated(EnumType.STRING)
    private WaveKind kind;

    @Column(name = "fielded_from")
    private LocalDate fieldedFrom;

    @Column(name = "fielded_to")
    private LocalDate fieldedTo;

    @Column(name = "response_count")
    private int responseCount;

    @Column(name = "created_at")
    private Instant createdAt;

    /** When its aggregates were last entered; null for a wave whose answers are imported as rows. */
    @Column(name = "aggregates_entered_at")
    private Instant aggregatesEnteredAt;

    @Version
    private long version;

    protected SurveyWave() {}

    private SurveyWave(
            UUID surveyId, String code, WaveKind kind, LocalDate fieldedFrom, LocalDate fieldedTo, Instant now) {
        this.id = UUID.randomUUID();
        this.surveyId = surveyId;
        this.code = code;
        this.kind = kind;
        this.fieldedFrom = fieldedFrom;
        this.fieldedTo = fieldedTo;
        this.createdAt = now;
    }

    /** A new wave of {@code survey}; its fieldwork cannot end before it starts. */
    public static SurveyWave of(
            Survey survey, String code, WaveKind kind, LocalDate fieldedFrom, LocalDate fieldedTo, Instant now) {
        if (fieldedTo.isBefore(fieldedFrom)) {
            throw new DomainException.InvalidValue(
                    "fieldedTo", "must be on or after fieldedFrom (" + fieldedFrom + ")");
        }
        return new SurveyWave(survey.id(), code, kind, fieldedFrom, fieldedTo, now);
    }

    /** Refuses an import into a wave whose answers are entered as aggregates: it has one kind of answers. */
    public void requireNoAggregates() {
        if (hasAggregates()) {
            throw new DomainException.StateConflict("Wave '" + code
                    + "' holds aggregates entered with PUT .../aggregates; respondent rows cannot be added to it "
                    + "(a wave has either respondent rows or aggregates). Import into another wave");
        }
    }

    /** Counts the responses an import stored. */
    public void received(int responses) {
        requireNoAggregates();
        responseCount += responses;
    }

    /**
     * Marks the wave's aggregates entered (again): refused when it has respondent rows, whose tallies
     * are its aggregates already. Every entry changes the wave's version.
     */
    public void aggregatesEntered(Instant now) {
        if (responseCount > 0) {
            throw new DomainException.StateConflict("Wave '" + code + "' has " + responseCount
                    + " respondent rows imported; its aggregates are computed from them and cannot be entered "
                    + "(a wave has either respondent rows or aggregates). Enter them into a wave without responses");
        }
        aggregatesEnteredAt = now;
    }

    /** Whether its answers were entered as aggregates rather than imported as rows. */
    public boolean hasAggregates() {
        return aggregatesEnteredAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID surveyId() {
        return surveyId;
    }

    public String code() {
        return code;
    }

    public WaveKind kind() {
        return kind;
    }

    public LocalDate fieldedFrom() {
        return fieldedFrom;
    }

    public LocalDate fieldedTo() {
        return fieldedTo;
    }

    public int responseCount() {
        return responseCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant aggregatesEnteredAt() {
        return aggregatesEnteredAt;
    }

    public long version() {
        return version;
    }
}
