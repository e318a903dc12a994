package kr.seoul.chatdong.training.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.training.domain.TrainingTarget;

/** 교육 목표: a year's targets per organiser and audience (training_target of V7; the reads: {@code query.TargetQueries}). */
@ApplicationScoped
public class TargetRepository {

    @Inject
    EntityManager em;

    public void replace(int year, List<TrainingTarget> targets, Instant now) {
        em.createNativeQuery("DELETE FROM training_target WHERE year = ?1")
                .setParameter(1, year)
                .executeUpdate();
        for (TrainingTarget t : targets) {
            em.createNativeQuery(
                            "INSERT INTO training_target (year, organiser, audience, target, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, year)
                    .setParameter(2, t.organiser())
                    .setParameter(3, t.audience().name())
                    .setParameter(4, t.target())
                    .setParameter(5, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                    .executeUpdate();
        }
    }
}
