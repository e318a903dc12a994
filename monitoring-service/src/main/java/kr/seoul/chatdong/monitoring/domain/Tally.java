package kr.seoul.chatdong.monitoring.domain;

import java.math.BigDecimal;

/**
 * The answers to one question from one group of respondents in one wave, as the database sums
 * them: how many answered ({@code n}) and the sum of their values (for YES_NO: the number of Y).
 * A wave entered as aggregates gives the same pair: (n, yes), or (n, mean × n) — not always a
 * whole number, hence a decimal sum.
 */
public record Tally(long n, BigDecimal sum) {

    public static final Tally NONE = new Tally(0, 0);

    public Tally(long n, long sum) {
        this(n, BigDecimal.valueOf(sum));
    }

    public Tally plus(Tally other) {
        return new Tally(n + other.n, sum.add(other.sum));
    }
}
