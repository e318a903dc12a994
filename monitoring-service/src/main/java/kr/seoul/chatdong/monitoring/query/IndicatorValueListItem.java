package kr.seoul.chatdong.monitoring.query;

import java.math.BigDecimal;
import java.time.Instant;

/** An indicator's value in a list: the columns its view shows. */
public record IndicatorValueListItem(
        String indicatorCode,
        String scopeCode,
        String districtCode,
        String period,
        BigDecimal value,
        Long numerator,
        Long denominator,
        String sourceEventId,
        Instant updatedAt,
        long version) {}
