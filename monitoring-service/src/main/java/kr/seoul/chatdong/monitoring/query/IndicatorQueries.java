package kr.seoul.chatdong.monitoring.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.IndicatorDefinition;
import kr.seoul.chatdong.monitoring.domain.IndicatorKind;
import kr.seoul.chatdong.monitoring.domain.IndicatorRevision;
import kr.seoul.chatdong.monitoring.domain.IndicatorScope;
import kr.seoul.chatdong.monitoring.domain.IndicatorSource;
import kr.seoul.chatdong.monitoring.domain.Period;
import kr.seoul.chatdong.monitoring.domain.PeriodKind;
import kr.seoul.chatdong.monitoring.domain.ProgramEntry;
import kr.seoul.chatdong.monitoring.domain.Rollout;
import kr.seoul.chatdong.monitoring.repository.RolloutRepository;

/** The reads of the performance indicators: their definitions, their values and what a district has not entered yet. */
@ApplicationScoped
public class IndicatorQueries {

    @Inject
    EntityManager em;

    @Inject
    RolloutRepository rollout;

    @Inject
    SeoulGeography geography;

    /**
     * In the list's order (position: process indicators first, then outcome ones, each in the plan's
     * order, then those defined through the API in the order defined); the unique index on position
     * serves it. The page's targets are read in one more query.
     */
    public Page<IndicatorListItem> list(IndicatorKind kind, PageRequest paging) {
        Page<Object[]> rows = ListQuery.from(em, "IndicatorDefinition")
                .eq("kind", kind)
                .page(
                        "e.code, e.nameKo, e.nameEn, e.kind, e.unit, e.scope, e.period, e.min, e.max, e.decimals, e.source, "
                                + "e.description, e.version",
                        "e.position",
                        paging,
                        r -> r);
        Map<String, SortedMap<Integer, BigDecimal>> targets =
                targetsOf(rows.items().stream().map(r -> (String) r[0]).toList());
        return rows.map(r -> new IndicatorListItem(
                (String) r[0],
                (String) r[1],
                (String) r[2],
                (IndicatorKind) r[3],
                (String) r[4],
                (IndicatorScope) r[5],
                (PeriodKind) r[6],
                (BigDecimal) r[7],
                (BigDecimal) r[8],
                ((Number) r[9]).intValue(),
                targets.getOrDefault((String) r[0], new TreeMap<>()),
                (IndicatorSource) r[10],
                (String) r[11],
                ((Number) r[12]).longValue()));
    }

    /** The targets by year of the indicators named, oldest year first; one query (the key of indicator_target). */
    private Map<String, SortedMap<Integer, BigDecimal>> targetsOf(List<String> codes) {
        Map<String, SortedMap<Integer, BigDecimal>> targets = new HashMap<>();
        if (codes.isEmpty()) {
            return targets;
        }
        List<Object[]> rows = em.createQuery(
                        "select d.code, key(t), value(t) from IndicatorDefinition d join d.targets t where d.code in :codes",
                        Object[].class)
                .setParameter("codes", codes)
                .getResultList();
        for (Object[] r : rows) {
            targets.computeIfAbsent((String) r[0], c -> new TreeMap<>())
                    .put(((Number) r[1]).intValue(), (BigDecimal) r[2]);
        }
        return targets;
    }

    /** An indicator's revisions, newest first (404 for an unknown indicator); the index (indicator, id desc) serves it. */
    public Page<IndicatorRevision> revisions(String code, PageRequest paging) {
        IndicatorDefinition indicator = definition(code);
        return ListQuery.from(em, "IndicatorRevision")
                .eq("indicatorCode", indicator.code())
                .page("e", "e.id desc", paging, r -> (IndicatorRevision) r[0]);
    }

    /** One indicator; 404 for an unknown code. */
    public IndicatorDefinition definition(String code) {
        IndicatorDefinition indicator = code == null ? null : em.find(IndicatorDefinition.class, code);
        if (indicator == null) {
            throw new DomainException.NotFound("indicator", code);
        }
        return indicator;
    }

    /**
     * An indicator's values, optionally of one period (written in the indicator's form) and one
     * district; newest period first, then by scope code. One query, no entities; the indexes of V7
     * (indicator, period desc, scope) and (indicator, district, period desc, scope) serve the order
     * with and without the filters.
     */
    public Page<IndicatorValueListItem> values(
            String indicatorCode, String period, String districtCode, PageRequest paging) {
        IndicatorDefinition indicator = definition(indicatorCode);
        String periodFilter = period == null || period.isBlank()
                ? null
                : indicator.period(period, "period").toString();
        String district = districtCode == null
                ? null
                : geography
                        .requireDistrict(districtCode.strip(), "districtCode")
                        .code();
        return ListQuery.from(em, "IndicatorValue")
                .eq("key.indicatorCode", indicator.code())
                .eq("key.period", periodFilter)
                .eq("districtCode", district)
                .page(
                        "e.key.indicatorCode, e.key.scopeCode, e.districtCode, e.key.period, e.value, e.numerator, e.denominator, "
                                + "e.sourceEventId, e.updatedAt, e.version",
                        "e.key.period desc, e.key.scopeCode",
                        paging,
                        r -> new IndicatorValueListItem(
                                (String) r[0],
                                (String) r[1],
                                (String) r[2],
                                (String) r[3],
                                (BigDecimal) r[4],
                                (Long) r[5],
                                (Long) r[6],
                                (String) r[7],
                                (Instant) r[8],
                                ((Number) r[9]).longValue()));
    }

    /** A value an entered indicator lacks: who should enter what for which period. */
    public record MissingValue(String indicatorCode, String nameKo, String period, String scopeCode) {}

    /**
     * The values of entered indicators missing in a district for each indicator's last closed period
     * (the period before the one {@code today} is in): the district's own values first, then its dongs',
     * where the program ran in that period. One query per indicator.
     */
    @Transactional
    public List<MissingValue> missingIn(String districtCode, LocalDate today) {
        Rollout snapshot = new Rollout(rollout.assignments());
        List<Dong> dongs = geography.dongsOf(districtCode);
        List<MissingValue> missing = new ArrayList<>();
        List<IndicatorDefinition> entered = em
                .createQuery("from IndicatorDefinition order by position", IndicatorDefinition.class)
                .getResultList()
                .stream()
                .filter(d -> d.source() == IndicatorSource.ENTERED)
                // the district's own values first, then its dongs': each in the plan's order
                .sorted(java.util.Comparator.comparing((IndicatorDefinition d) -> d.scope() != IndicatorScope.DISTRICT))
                .toList();
        for (IndicatorDefinition indicator : entered) {
            Period period = Period.containing(today, indicator.period()).previous();
            java.util.Set<String> recorded = new java.util.HashSet<>(em.createQuery(
                            "select v.key.scopeCode from IndicatorValue v where v.key.indicatorCode = :code and v.key.period = :period "
                                    + "and v.districtCode = :district",
                            String.class)
                    .setParameter("code", indicator.code())
                    .setParameter("period", period.toString())
                    .setParameter("district", districtCode)
                    .getResultList());
            if (indicator.scope() == IndicatorScope.DISTRICT) {
                boolean inProgram = snapshot.phaseOfDistrict(districtCode, dongs)
                        .flatMap(rollout::phase)
                        .map(ProgramEntry::of)
                        .map(entry -> entry.covers(period))
                        .orElse(false);
                if (inProgram && !recorded.contains(districtCode)) {
                    missing.add(
                            new MissingValue(indicator.code(), indicator.nameKo(), period.toString(), districtCode));
                }
                continue;
            }
            for (Dong dong : dongs) {
                boolean inProgram = snapshot.phaseOf(dong)
                        .flatMap(rollout::phase)
                        .map(ProgramEntry::of)
                        .map(entry -> entry.covers(period))
                        .orElse(false);
                if (inProgram && !recorded.contains(dong.code())) {
                    missing.add(new MissingValue(indicator.code(), indicator.nameKo(), period.toString(), dong.code()));
                }
            }
        }
        return missing;
    }
}
