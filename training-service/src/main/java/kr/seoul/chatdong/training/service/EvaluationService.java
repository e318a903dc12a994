package kr.seoul.chatdong.training.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.Enrolment;
import kr.seoul.chatdong.training.domain.EnrolmentStatus;
import kr.seoul.chatdong.training.domain.Evaluation;
import kr.seoul.chatdong.training.domain.QuestionnaireItem;
import kr.seoul.chatdong.training.domain.YearlyFigure;
import kr.seoul.chatdong.training.repository.CohortRepository;
import kr.seoul.chatdong.training.repository.EnrolmentRepository;
import kr.seoul.chatdong.training.repository.EvaluationRepository;
import kr.seoul.chatdong.training.repository.TraineeRepository;

/**
 * 교육 만족도 평가: a cohort's questionnaire, one evaluation per enrolment (by the trainee, or entered
 * by a trainer from paper), the summaries the plan reports (93.08 in 2015) and the yearly figures of
 * the years before the platform.
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    CohortRepository cohorts;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    TraineeRepository trainees;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * A cohort's questionnaire (its own or the standard one): the items its trainees answer, those not
     * asked (about instructors, of a cohort that has none), and how many have answered it.
     */
    public record Questionnaire(
            Cohort cohort,
            List<QuestionnaireItem> asked,
            List<QuestionnaireItem> skipped,
            boolean own,
            long answered) {}

    @Transactional
    public Questionnaire questionnaire(UUID cohortId) {
        return questionnaireOf(cohort(cohortId));
    }

    @Transactional
    public Questionnaire replaceQuestionnaire(UUID cohortId, ExpectedVersion ifMatch, List<QuestionnaireItem> items) {
        Cohort cohort = cohort(cohortId);
        ifMatch.require(cohort.version(), "cohort");
        cohort.replaceQuestionnaire(items, evaluations.countOfCohort(cohortId));
        cohorts.flush();
        audit.record("cohort", cohortId, "REPLACE_QUESTIONNAIRE", List.of("questionnaire"));
        return questionnaireOf(cohort);
    }

    /**
     * Answers an enrolment's evaluation, once: a trainee for their own enrolment (their sign-in account name
     * is the trainee id), a trainer or city admin from a paper questionnaire.
     */
    @Transactional
    public Evaluation evaluate(UUID enrolmentId, List<Evaluation.Given> answers) {
        Enrolment enrolment = enrolment(enrolmentId);
        boolean byTrainee = mayActFor(enrolment);
        Cohort cohort = cohort(enrolment.cohortId());
        if (enrolment.status() != EnrolmentStatus.ENROLLED) {
            throw new DomainException.RuleViolation("The enrolment is " + enrolment.status()
                            + "; only an ENROLLED trainee evaluates the cohort")
                    .with("rule", "not-enrolled");
        }
        cohort.requireEvaluationOpen(LocalDate.now(clock.withZone(CohortService.SEOUL)));
        if (evaluations.ofEnrolment(enrolmentId).isPresent()) {
            throw new DomainException.StateConflict(
                            "This enrolment's evaluation was answered already; it is answered once")
                    .with("rule", "already-evaluated");
        }
        Evaluation evaluation = Evaluation.answer(
                enrolmentId,
                cohort.id(),
                cohort.questionnaire(),
                cohort.instructorIds(),
                answers,
                trainees.findById(enrolment.traineeId()),
                byTrainee ? Evaluation.Source.TRAINEE : Evaluation.Source.PAPER,
                clock.instant());
        evaluations.persist(evaluation);
        evaluations.flush();
        audit.record("enrolment", enrolmentId, "EVALUATE", List.of("evaluation"));
        return evaluation;
    }

    @Transactional
    public Evaluation evaluation(UUID enrolmentId) {
        mayActFor(enrolment(enrolmentId));
        Evaluation evaluation = evaluations
                .ofEnrolment(enrolmentId)
                .orElseThrow(() -> new DomainException.NotFound("evaluation of enrolment", enrolmentId));
        evaluation.answers().size();
        return evaluation;
    }

    @Transactional
    public YearlyFigure recordYearlyFigure(
            int year,
            String organiser,
            BigDecimal score,
            Integer districts,
            Integer dongs,
            Integer responses,
            String note) {
        if (year >= LocalDate.now(clock.withZone(CohortService.SEOUL)).getYear() + 1) {
            throw new DomainException.InvalidValue(
                    "year", "a yearly figure records a year that has begun, not " + year);
        }
        YearlyFigure figure = new YearlyFigure(
                year,
                organiser,
                score.setScale(2, RoundingMode.HALF_UP),
                districts,
                dongs,
                responses,
                note,
                clock.instant());
        evaluations.recordYearlyFigure(figure);
        audit.record(
                "evaluation-yearly-figure",
                year + "/" + organiser,
                "RECORD",
                List.of("score", "districts", "dongs", "responses", "note"));
        return figure;
    }

    /** True when the caller is the enrolment's trainee; a trainer or city admin acts for anyone; another trainee is a 403. */
    private boolean mayActFor(Enrolment enrolment) {
        if (caller.hasRole(Roles.CITY_ADMIN) || caller.hasRole(Roles.TRAINER)) {
            return false;
        }
        if (caller.hasRole(Roles.TRAINEE)
                && trainees.byAccount(caller.account())
                        .map(t -> t.id().equals(enrolment.traineeId()))
                        .orElse(false)) {
            return true;
        }
        throw new DomainException.NotAllowed("Only the enrolment's own trainee, a trainer or a city admin may do this");
    }

    private Questionnaire questionnaireOf(Cohort cohort) {
        Set<UUID> instructors = cohort.instructorIds();
        List<QuestionnaireItem> items = cohort.questionnaire();
        return new Questionnaire(
                cohort,
                items.stream().filter(q -> q.askedWith(instructors)).toList(),
                items.stream().filter(q -> !q.askedWith(instructors)).toList(),
                cohort.hasOwnQuestionnaire(),
                evaluations.countOfCohort(cohort.id()));
    }

    private Cohort cohort(UUID id) {
        return cohorts.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("cohort", id));
    }

    private Enrolment enrolment(UUID id) {
        return enrolments.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("enrolment", id));
    }
}
