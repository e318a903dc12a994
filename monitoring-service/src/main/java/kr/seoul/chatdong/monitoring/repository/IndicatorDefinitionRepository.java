package kr.seoul.chatdong.monitoring.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.monitoring.domain.IndicatorDefinition;

/** The indicators' definitions as aggregates; lists are read by {@code query.IndicatorQueries}. */
@ApplicationScoped
public class IndicatorDefinitionRepository implements PanacheRepositoryBase<IndicatorDefinition, String> {

    /** The position after the last indicator's: where a new one goes in the list. */
    public int nextPosition() {
        Number last = (Number) getEntityManager()
                .createQuery("select max(d.position) from IndicatorDefinition d")
                .getSingleResult();
        return last == null ? 1 : last.intValue() + 1;
    }
}
