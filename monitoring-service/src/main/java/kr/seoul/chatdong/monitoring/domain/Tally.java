package kr.seoul.chatdong.monitoring.domain;

/**
 * The answers to one question from one group of respondents in one wave, as the database sums
 * them: how many answered ({@code n}) and the sum of their values (for YES_NO: the number of Y).
 */
public record Tally(long n, long sum) {

    public static final Tally NONE = new Tally(0, 0);

    public Tally plus(Tally other) {
        return new Tally(n + other.n, sum + other.sum);
    }
}
