package kr.seoul.chatdong.monitoring.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.monitoring.domain.RolloutAssignment;
import kr.seoul.chatdong.monitoring.domain.RolloutPhase;

@ApplicationScoped
public class RolloutRepository {

    @Inject
    EntityManager em;

    public List<RolloutPhase> phases() {
        return em.createQuery("from RolloutPhase order by number", RolloutPhase.class)
                .getResultList();
    }

    public Optional<RolloutPhase> phase(int number) {
        return Optional.ofNullable(em.find(RolloutPhase.class, (short) number));
    }

    public List<RolloutAssignment> assignments() {
        return em.createQuery("from RolloutAssignment", RolloutAssignment.class).getResultList();
    }

    public Optional<RolloutAssignment> assignment(RolloutAssignment.Scope scope, String code) {
        return Optional.ofNullable(em.find(RolloutAssignment.class, new RolloutAssignment.Key(scope, code)));
    }

    public void persist(RolloutAssignment assignment) {
        em.persist(assignment);
    }

    public void flush() {
        em.flush();
    }
}
