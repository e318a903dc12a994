package kr.seoul.chatdong.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a question is answered, and how an answer cell of the import reads. */
public enum QuestionScale {
    /** 예/아니오: {@code Y} or {@code N}, stored as 1 and 0; summarised as the share of Y. */
    YES_NO("Y or N") {
        @Override
        public Integer read(String cell) {
            return switch (cell) {
                case "Y" -> 1;
                case "N" -> 0;
                default -> null;
            };
        }
    },
    /** 5점 척도: a whole number from 1 to 5; summarised as the mean. */
    LIKERT5("a whole number from 1 to 5") {
        @Override
        public Integer read(String cell) {
            return cell.length() == 1 && cell.charAt(0) >= '1' && cell.charAt(0) <= '5' ? cell.charAt(0) - '0' : null;
        }
    };

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int EXACT = 12;

    private final String accepted;

    QuestionScale(String accepted) {
        this.accepted = accepted;
    }

    /**
     * What a set of answers measures on this scale: the share of Y as a percentage (YES_NO) or the
     * mean (LIKERT5), unrounded (12 decimals); null without answers. Changes and the
     * difference-in-differences are computed from these and rounded once, by {@link #rounded}.
     */
    public BigDecimal measure(long answers, long sum) {
        return measure(answers, BigDecimal.valueOf(sum));
    }

    /** {@link #measure(long, long)} of a decimal sum (a wave entered as aggregates: mean × n). */
    public BigDecimal measure(long answers, BigDecimal total) {
        if (answers == 0) {
            return null;
        }
        return (this == YES_NO ? total.multiply(HUNDRED) : total)
                .divide(BigDecimal.valueOf(answers), EXACT, RoundingMode.HALF_EVEN);
    }

    /** A measure as it is shown: a percentage (or percentage points) to one decimal, a mean to two. */
    public BigDecimal rounded(BigDecimal measure) {
        return measure == null ? null : measure.setScale(this == YES_NO ? 1 : 2, RoundingMode.HALF_UP);
    }

    /** The stored value of a (non-empty) answer cell, or null when the cell is not an answer on this scale. */
    public abstract Integer read(String cell);

    /** The answers this scale takes, for the reason a cell is refused. */
    public String accepted() {
        return accepted;
    }
}
