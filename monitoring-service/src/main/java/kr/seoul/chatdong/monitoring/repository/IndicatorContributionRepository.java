package kr.seoul.chatdong.monitoring.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.monitoring.domain.IndicatorContribution;

@ApplicationScoped
public class IndicatorContributionRepository
        implements PanacheRepositoryBase<IndicatorContribution, IndicatorContribution.Key> {

    /** A (scope, period) a derived value is kept for. */
    public record ValueKey(String scopeCode, String period) {}

    /** The sums of a derived value's contributions, and how many there are. */
    public record Totals(long numerator, long denominator, long count) {}

    /** Where {@code sourceId} contributes to the indicator now. */
    public List<ValueKey> valuesOf(String indicatorCode, UUID sourceId) {
        return getEntityManager()
                .createQuery(
                        "select c.key.scopeCode, c.period from IndicatorContribution c "
                                + "where c.key.indicatorCode = :code and c.key.sourceId = :source",
                        Object[].class)
                .setParameter("code", indicatorCode)
                .setParameter("source", sourceId)
                .getResultStream()
                .map(r -> new ValueKey((String) r[0], (String) r[1]))
                .toList();
    }

    /** Removes what {@code sourceId} contributes to the indicator (a bulk delete: nothing of it is loaded). */
    public void removeOf(String indicatorCode, UUID sourceId) {
        delete("key.indicatorCode = ?1 and key.sourceId = ?2", indicatorCode, sourceId);
    }

    public Totals totals(String indicatorCode, String scopeCode, String period) {
        Object[] r = getEntityManager()
                .createQuery(
                        "select coalesce(sum(c.numerator), 0), coalesce(sum(c.denominator), 0), count(c) "
                                + "from IndicatorContribution c where c.key.indicatorCode = :code and c.key.scopeCode = :scope and c.period = :period",
                        Object[].class)
                .setParameter("code", indicatorCode)
                .setParameter("scope", scopeCode)
                .setParameter("period", period)
                .getSingleResult();
        return new Totals(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
    }
}
