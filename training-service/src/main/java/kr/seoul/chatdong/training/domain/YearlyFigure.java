package kr.seoul.chatdong.training.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A year's satisfaction score as the programme reported it (years before the platform), per organiser. */
public record YearlyFigure(
        int year,
        String organiser,
        BigDecimal score,
        Integer districts,
        Integer dongs,
        Integer responses,
        String note,
        Instant recordedAt) {}
