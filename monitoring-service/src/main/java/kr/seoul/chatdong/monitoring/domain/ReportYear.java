package kr.seoul.chatdong.monitoring.domain;

import java.time.LocalDate;

import kr.seoul.chatdong.commons.rules.DomainException;

/** The years a report exists for: from 2015, the programme's first, to next year (a plan being drafted). */
public final class ReportYear {

    public static final int FIRST = 2015;

    private ReportYear() {}

    /** {@code year} if a report exists for it on {@code today} (Seoul), else 404. */
    public static int require(int year, LocalDate today) {
        int last = today.getYear() + 1;
        if (year < FIRST || year > last) {
            throw new DomainException.NotFound("yearly report", year).with("years", FIRST + "–" + last);
        }
        return year;
    }
}
