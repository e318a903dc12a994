package kr.seoul.chatdong.monitoring.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * One period of an indicator: a year ({@code 2016}), a half-year ({@code 2016-H1}) or a month
 * ({@code 2016-05}). Within one kind the written form sorts as the periods do, which is what the
 * lists' order relies on.
 */
public record Period(PeriodKind kind, int year, int part) {

    private static final Pattern ANY = Pattern.compile("(\\d{4})(?:-(?:H([12])|(0[1-9]|1[0-2])))?");

    /**
     * Reads {@code text} as a period of {@code kind}; anything else is a 400 naming {@code field}
     * and the form expected (a MONTH indicator refuses {@code 2016-H1}).
     */
    public static Period parse(String text, PeriodKind kind, String field) {
        String value = text == null ? "" : text.strip();
        Matcher m = ANY.matcher(value);
        Period period = null;
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                period = new Period(PeriodKind.HALF_YEAR, year, Integer.parseInt(m.group(2)));
            } else if (m.group(3) != null) {
                period = new Period(PeriodKind.MONTH, year, Integer.parseInt(m.group(3)));
            } else {
                period = new Period(PeriodKind.YEAR, year, 0);
            }
        }
        if (period == null || period.kind != kind) {
            throw new DomainException.InvalidValue(
                    field,
                    "'" + abbreviate(value) + "' is not a " + name(kind) + ": this indicator is recorded per "
                            + name(kind) + ", written " + kind.form() + " (e.g. " + kind.example() + ")");
        }
        return period;
    }

    /** The period of {@code kind} that contains {@code date}. */
    public static Period containing(LocalDate date, PeriodKind kind) {
        return switch (kind) {
            case YEAR -> new Period(kind, date.getYear(), 0);
            case HALF_YEAR -> new Period(kind, date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
            case MONTH -> new Period(kind, date.getYear(), date.getMonthValue());
        };
    }

    /** The period of the same kind just before this one (2016-H1 → 2015-H2). */
    public Period previous() {
        return containing(firstMonth().minusMonths(1).atDay(1), kind);
    }

    public YearMonth firstMonth() {
        return switch (kind) {
            case YEAR -> YearMonth.of(year, 1);
            case HALF_YEAR -> YearMonth.of(year, part == 1 ? 1 : 7);
            case MONTH -> YearMonth.of(year, part);
        };
    }

    public YearMonth lastMonth() {
        return switch (kind) {
            case YEAR -> YearMonth.of(year, 12);
            case HALF_YEAR -> YearMonth.of(year, part == 1 ? 6 : 12);
            case MONTH -> YearMonth.of(year, part);
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case HALF_YEAR -> year + "-H" + part;
            case MONTH -> String.format("%d-%02d", year, part);
        };
    }

    private static String name(PeriodKind kind) {
        return switch (kind) {
            case YEAR -> "year";
            case HALF_YEAR -> "half-year";
            case MONTH -> "month";
        };
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
