package kr.seoul.chatdong.monitoring.repository;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.monitoring.domain.IndicatorDefinition;
import kr.seoul.chatdong.monitoring.domain.IndicatorKind;
import kr.seoul.chatdong.monitoring.domain.IndicatorScope;
import kr.seoul.chatdong.monitoring.domain.IndicatorSource;
import kr.seoul.chatdong.monitoring.domain.PeriodKind;

@ApplicationScoped
public class IndicatorDefinitionRepository implements PanacheRepositoryBase<IndicatorDefinition, String> {

    /** A definition in a list: every column its view shows. */
    public record DefinitionRow(String code, String nameKo, String nameEn, IndicatorKind kind, String unit, IndicatorScope scope,
            PeriodKind period, BigDecimal min, BigDecimal max, int decimals, BigDecimal target, IndicatorSource source, String description,
            long version) {
    }

    /** In the list's order (position: process indicators first, then outcome ones, each in the plan's order); the unique index on position serves it. */
    public Page<DefinitionRow> list(IndicatorKind kind, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "IndicatorDefinition").eq("kind", kind)
                .page("e.code, e.nameKo, e.nameEn, e.kind, e.unit, e.scope, e.period, e.min, e.max, e.decimals, e.target, e.source, "
                        + "e.description, e.version", "e.position", paging,
                        r -> new DefinitionRow((String) r[0], (String) r[1], (String) r[2], (IndicatorKind) r[3], (String) r[4],
                                (IndicatorScope) r[5], (PeriodKind) r[6], (BigDecimal) r[7], (BigDecimal) r[8], ((Number) r[9]).intValue(),
                                (BigDecimal) r[10], (IndicatorSource) r[11], (String) r[12], ((Number) r[13]).longValue()));
    }
}
