package kr.seoul.chatdong.monitoring.service;

import java.math.BigDecimal;

/** What callers ask of {@link IndicatorService}: the REST layer maps its request bodies to these. */
public final class IndicatorCommands {

    private IndicatorCommands() {}

    /** A value of an entered indicator for a dong or district ({@code scopeCode}) and a period, as written in the path. */
    public record EnterValue(String indicatorCode, String scopeCode, String period, BigDecimal value) {}
}
