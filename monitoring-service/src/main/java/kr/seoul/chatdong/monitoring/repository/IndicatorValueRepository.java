package kr.seoul.chatdong.monitoring.repository;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.monitoring.domain.IndicatorValue;

@ApplicationScoped
public class IndicatorValueRepository implements PanacheRepositoryBase<IndicatorValue, IndicatorValue.Key> {

    /** A value in a list: the columns its view shows. */
    public record ValueRow(String indicatorCode, String scopeCode, String districtCode, String period, BigDecimal value, Long numerator,
            Long denominator, String sourceEventId, Instant updatedAt, long version) {
    }

    /**
     * An indicator's values, newest period first, then by scope code. One query, no entities; the
     * indexes of V7 (indicator, period desc, scope) and (indicator, district, period desc, scope)
     * serve the order with and without the filters.
     */
    public Page<ValueRow> list(String indicatorCode, String period, String districtCode, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "IndicatorValue").eq("key.indicatorCode", indicatorCode).eq("key.period", period)
                .eq("districtCode", districtCode)
                .page("e.key.indicatorCode, e.key.scopeCode, e.districtCode, e.key.period, e.value, e.numerator, e.denominator, "
                        + "e.sourceEventId, e.updatedAt, e.version", "e.key.period desc, e.key.scopeCode", paging,
                        r -> new ValueRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (BigDecimal) r[4], (Long) r[5],
                                (Long) r[6], (String) r[7], (Instant) r[8], ((Number) r[9]).longValue()));
    }
}
