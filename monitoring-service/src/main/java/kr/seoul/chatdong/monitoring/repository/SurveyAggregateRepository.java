package kr.seoul.chatdong.monitoring.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.monitoring.domain.WaveFigures;

/**
 * The figures of waves entered as aggregates (V12): per group its respondents, per group and
 * question n and yes or mean. Written whole per wave; read through {@link SurveyResponseRepository}'s
 * tallies, which add them to the tallies of imported answers.
 */
@ApplicationScoped
public class SurveyAggregateRepository {

    @Inject
    EntityManager em;

    /** Replaces the wave's figures with {@code groups}, in the caller's transaction. */
    public void replace(UUID waveId, List<WaveFigures.Group> groups) {
        em.createNativeQuery("DELETE FROM survey_aggregate_answer WHERE wave_id = ?1")
                .setParameter(1, waveId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM survey_aggregate_group WHERE wave_id = ?1")
                .setParameter(1, waveId)
                .executeUpdate();
        for (WaveFigures.Group group : groups) {
            String name = group.group() == null ? null : group.group().name();
            em.createNativeQuery(
                            "INSERT INTO survey_aggregate_group (wave_id, respondent_group, respondents) VALUES (?1, CAST(?2 AS VARCHAR), ?3)")
                    .setParameter(1, waveId)
                    .setParameter(2, name)
                    .setParameter(3, group.respondents())
                    .executeUpdate();
            for (WaveFigures.Answer answer : group.answers()) {
                em.createNativeQuery("INSERT INTO survey_aggregate_answer"
                                + " (wave_id, respondent_group, question_code, n, yes, mean)"
                                + " VALUES (?1, CAST(?2 AS VARCHAR), ?3, ?4, CAST(?5 AS INTEGER), CAST(?6 AS NUMERIC))")
                        .setParameter(1, waveId)
                        .setParameter(2, name)
                        .setParameter(3, answer.questionCode())
                        .setParameter(4, answer.n())
                        .setParameter(5, answer.yes())
                        .setParameter(6, answer.mean())
                        .executeUpdate();
            }
        }
    }
}
