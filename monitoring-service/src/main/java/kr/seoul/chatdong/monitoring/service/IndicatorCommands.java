package kr.seoul.chatdong.monitoring.service;

import java.math.BigDecimal;

import kr.seoul.chatdong.monitoring.domain.IndicatorDefinition;

/** What callers ask of {@link IndicatorService}: the REST layer maps its request bodies to these. */
public final class IndicatorCommands {

    private IndicatorCommands() {}

    /** A value of an entered indicator for a dong or district ({@code scopeCode}) and a period, as written in the path. */
    public record EnterValue(String indicatorCode, String scopeCode, String period, BigDecimal value) {}

    /** A new entered indicator: its definition and targets by year. */
    public record Define(IndicatorDefinition.Definition definition) {}

    /** Changes of an indicator's definition or targets (a JSON merge patch, read). */
    public record Revise(String code, IndicatorDefinition.Revision revision) {}
}
