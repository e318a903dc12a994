package kr.seoul.chatdong.training.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.training.domain.CohortSatisfaction;
import kr.seoul.chatdong.training.domain.Evaluation;
import kr.seoul.chatdong.training.domain.YearlyFigure;

/** Evaluations as aggregates, and the yearly figures recorded for years before the platform (their reads: {@code query.EvaluationQueries}). */
@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

    public Optional<Evaluation> ofEnrolment(UUID enrolmentId) {
        return find("enrolmentId", enrolmentId).firstResultOptional();
    }

    public long countOfCohort(UUID cohortId) {
        return count("cohortId", cohortId);
    }

    /** The cohort's evaluations so far: how many, and their mean score to two decimals (null when none). */
    public CohortSatisfaction satisfactionOf(UUID cohortId) {
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("SELECT count(*), round(avg(score), 2) FROM evaluation WHERE cohort_id = ?1")
                .setParameter(1, cohortId)
                .getSingleResult();
        return new CohortSatisfaction(((Number) row[0]).intValue(), (java.math.BigDecimal) row[1]);
    }

    public void recordYearlyFigure(YearlyFigure f) {
        getEntityManager()
                .createNativeQuery("""
                INSERT INTO evaluation_yearly_figure (year, organiser, score, districts, dongs, responses, note, recorded_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                ON CONFLICT (year, organiser) DO UPDATE SET score = EXCLUDED.score, districts = EXCLUDED.districts, dongs = EXCLUDED.dongs,
                    responses = EXCLUDED.responses, note = EXCLUDED.note, recorded_at = EXCLUDED.recorded_at""")
                .setParameter(1, f.year())
                .setParameter(2, f.organiser())
                .setParameter(3, f.score())
                .setParameter(4, f.districts())
                .setParameter(5, f.dongs())
                .setParameter(6, f.responses())
                .setParameter(7, f.note())
                .setParameter(8, java.time.OffsetDateTime.ofInstant(f.recordedAt(), java.time.ZoneOffset.UTC))
                .executeUpdate();
    }
}
