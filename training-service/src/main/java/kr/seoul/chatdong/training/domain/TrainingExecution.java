package kr.seoul.chatdong.training.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 교육실행율 of one organiser (CITY or a district) and year: cohorts held ÷ cohorts planned for the year
 * (the year of a cohort's last day). {@code planned} counts every cohort of the year — held, cancelled
 * and not held yet ({@link PlanStanding}).
 */
public record TrainingExecution(String organiser, int planned, int held, int cancelled) {

    public TrainingExecution {
        if (held < 0 || cancelled < 0 || held + cancelled > planned) {
            throw new IllegalArgumentException(
                    "held " + held + " and cancelled " + cancelled + " of " + planned + " planned");
        }
    }

    /** Planned and neither held nor cancelled (yet). */
    public int pending() {
        return planned - held - cancelled;
    }

    /** held ÷ planned, 0..1 to four decimals (half up); null when nothing was planned. */
    public BigDecimal rate() {
        return planned == 0
                ? null
                : BigDecimal.valueOf(held).divide(BigDecimal.valueOf(planned), 4, RoundingMode.HALF_UP);
    }

    /** The sum of two organisers' counts (a total's organiser is null). */
    public TrainingExecution plus(TrainingExecution other) {
        return new TrainingExecution(null, planned + other.planned, held + other.held, cancelled + other.cancelled);
    }
}
