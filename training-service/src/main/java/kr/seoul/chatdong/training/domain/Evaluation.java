package kr.seoul.chatdong.training.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 만족도 평가: one enrolment's answers to its cohort's questionnaire, given once, and their 100-point
 * score. An item's value v (1–5) counts (v − 1) / 4 of its weight — 매우 만족 100, 만족 75, 보통 50,
 * 불만족 25, 매우 불만족 0 — and an item about instructors counts the mean over the cohort's
 * instructors. The score is Σ weight × that share ÷ Σ weight × 100, rounded to two decimals.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    /** Who entered it: the trainee (online) or a trainer from a paper questionnaire. */
    public enum Source {
        TRAINEE,
        PAPER
    }

    /** An answer as given: the item, the instructor (for an item about instructors) and the value 1–5. */
    public record Given(String item, UUID instructorId, int value) {}

    @Id
    private UUID id;

    @Column(name = "enrolment_id")
    private UUID enrolmentId;

    @Column(name = "cohort_id")
    private UUID cohortId;

    private BigDecimal score;

    @Enumerated(EnumType.STRING)
    private Source source;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "dong_code")
    private String dongCode;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @ElementCollection
    @CollectionTable(name = "evaluation_answer", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    private List<EvaluationAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected Evaluation() {}

    /**
     * The answers to every item of the questionnaire — an item about instructors once for each of the
     * cohort's instructors (not asked when it has none) — each exactly once, values 1 to 5.
     */
    public static Evaluation answer(
            UUID enrolmentId,
            UUID cohortId,
            List<QuestionnaireItem> questionnaire,
            Set<UUID> instructorIds,
            List<Given> given,
            Trainee trainee,
            Source source,
            Instant now) {
        Map<String, QuestionnaireItem> items = new LinkedHashMap<>();
        questionnaire.forEach(q -> items.put(q.item(), q));
        Map<String, List<Given>> byItem = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            Given g = given.get(i);
            String at = "answers[" + i + "]";
            QuestionnaireItem q = items.get(g.item());
            if (q == null) {
                throw new DomainException.InvalidValue(
                        at + ".item",
                        "'" + g.item() + "' is not an item of this cohort's questionnaire ("
                                + String.join(", ", items.keySet())
                                + "); GET /api/v1/cohorts/{id}/questionnaire lists them");
            }
            if (g.value() < 1 || g.value() > 5) {
                throw new DomainException.InvalidValue(at + ".value", "must be 1 (매우 불만족) to 5 (매우 만족)");
            }
            if (q.about() == QuestionnaireItem.About.INSTRUCTOR) {
                if (g.instructorId() == null || !instructorIds.contains(g.instructorId())) {
                    throw new DomainException.InvalidValue(
                            at + ".instructorId",
                            instructorIds.isEmpty()
                                    ? "the cohort has no instructors: leave out the item '" + g.item() + "'"
                                    : "'" + g.item()
                                            + "' is answered once per instructor of the cohort: instructorId must be one of "
                                            + instructorIds);
                }
            } else if (g.instructorId() != null) {
                throw new DomainException.InvalidValue(
                        at + ".instructorId", "'" + g.item() + "' is about the course: leave instructorId out");
            }
            List<Given> same = byItem.computeIfAbsent(g.item(), k -> new ArrayList<>());
            if (same.stream().anyMatch(s -> java.util.Objects.equals(s.instructorId(), g.instructorId()))) {
                throw new DomainException.InvalidValue(
                        at,
                        "'" + g.item() + "'" + (g.instructorId() == null ? "" : " for instructor " + g.instructorId())
                                + " is answered twice");
            }
            same.add(g);
        }
        Evaluation evaluation = new Evaluation();
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        for (QuestionnaireItem q : items.values()) {
            if (!q.askedWith(instructorIds)) {
                continue;
            }
            List<Given> answered = byItem.getOrDefault(q.item(), List.of());
            int expected = q.about() == QuestionnaireItem.About.COURSE ? 1 : instructorIds.size();
            if (answered.size() != expected) {
                throw new DomainException.InvalidValue(
                        "answers",
                        "'" + q.item() + "' (" + q.text() + ") is not answered"
                                + (expected > 1 ? " for each of the " + expected + " instructors" : "")
                                + "; every item needs an answer");
            }
            BigDecimal mean = BigDecimal.valueOf(
                            answered.stream().mapToInt(Given::value).sum())
                    .divide(BigDecimal.valueOf(expected), 10, RoundingMode.HALF_UP);
            weighted = weighted.add(mean.subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(q.weight())));
            weights += q.weight();
            answered.forEach(a ->
                    evaluation.answers.add(new EvaluationAnswer(a.item(), a.instructorId(), a.value(), q.weight())));
        }
        evaluation.id = UUID.randomUUID();
        evaluation.enrolmentId = enrolmentId;
        evaluation.cohortId = cohortId;
        evaluation.score =
                weighted.multiply(BigDecimal.valueOf(25)).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
        evaluation.source = source;
        evaluation.districtCode = trainee.districtCode();
        evaluation.dongCode = trainee.dongCode();
        evaluation.answeredAt = now;
        return evaluation;
    }

    public UUID id() {
        return id;
    }

    public UUID enrolmentId() {
        return enrolmentId;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public BigDecimal score() {
        return score;
    }

    public Source source() {
        return source;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public List<EvaluationAnswer> answers() {
        return Collections.unmodifiableList(answers);
    }

    public long version() {
        return version;
    }
}
