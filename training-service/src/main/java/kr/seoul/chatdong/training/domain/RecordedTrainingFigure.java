package kr.seoul.chatdong.training.domain;

import java.time.Instant;

/**
 * How many of an audience the programme reported trained in a year before the platform (2015: 11,747
 * civil servants, 1,013 by the city and 10,734 by the districts); the split is null where none was reported.
 */
public record RecordedTrainingFigure(
        int year,
        TargetAudience audience,
        int trained,
        Integer cityRun,
        Integer districtRun,
        String note,
        Instant recordedAt) {}
