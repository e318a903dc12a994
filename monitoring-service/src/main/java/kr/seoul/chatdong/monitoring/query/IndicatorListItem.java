package kr.seoul.chatdong.monitoring.query;

import java.math.BigDecimal;
import java.util.SortedMap;

import kr.seoul.chatdong.monitoring.domain.IndicatorKind;
import kr.seoul.chatdong.monitoring.domain.IndicatorScope;
import kr.seoul.chatdong.monitoring.domain.IndicatorSource;
import kr.seoul.chatdong.monitoring.domain.PeriodKind;

/** An indicator's definition in a list: every column its view shows. */
public record IndicatorListItem(
        String code,
        String nameKo,
        String nameEn,
        IndicatorKind kind,
        String unit,
        IndicatorScope scope,
        PeriodKind period,
        BigDecimal min,
        BigDecimal max,
        int decimals,
        SortedMap<Integer, BigDecimal> targets,
        IndicatorSource source,
        String description,
        long version) {}
