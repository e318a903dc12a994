package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * 발굴단 운영기간: the plan runs the discovery team from April to December (Seoul days). Its quota and
 * the publishing cadence count only what was published in these months, and only in the year's
 * discovery districts: those with a member whose period shares a day with them.
 */
public record ProgrammeYear(int year) {

    public static final Month FIRST_MONTH = Month.APRIL;
    public static final Month LAST_MONTH = Month.DECEMBER;
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    public LocalDate firstDay() {
        return LocalDate.of(year, FIRST_MONTH, 1);
    }

    public LocalDate lastDay() {
        return YearMonth.of(year, LAST_MONTH).atEndOfMonth();
    }

    /** The first instant of the programme, Seoul time. */
    public Instant start() {
        return firstDay().atStartOfDay(SEOUL).toInstant();
    }

    /** The instant after the programme's last Seoul day. */
    public Instant end() {
        return lastDay().plusDays(1).atStartOfDay(SEOUL).toInstant();
    }

    /** April … December of the year: nine months. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(year, FIRST_MONTH);
                !m.isAfter(YearMonth.of(year, LAST_MONTH));
                m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Whether the instant falls on a Seoul day of the programme. */
    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    /** The Seoul month of an instant. */
    public static YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(SEOUL));
    }
}
