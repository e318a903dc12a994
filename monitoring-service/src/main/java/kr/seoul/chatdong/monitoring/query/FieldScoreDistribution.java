package kr.seoul.chatdong.monitoring.query;

import kr.seoul.chatdong.language.Field;

/** The distribution of one field's scores in a round: what has been assessed of it so far. */
public record FieldScoreDistribution(
        Field field,
        long count,
        int min,
        double q1,
        double median,
        double q3,
        int max,
        double mean,
        long underperforming,
        long excellent) {}
