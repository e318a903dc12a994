package kr.seoul.chatdong.monitoring.domain;

import java.time.YearMonth;

/**
 * When a dong or district entered the program: its roll-out phase and the month that phase began
 * (a phase the plan dates only by year, "2017", begins in its January).
 */
public record ProgramEntry(int phase, YearMonth from) {

    public static ProgramEntry of(RolloutPhase phase) {
        return of(phase.number(), phase.startsIn());
    }

    /** {@code startsIn} as the phases table writes it: "2015-07", or "2017" for a phase dated by year only. */
    public static ProgramEntry of(int phase, String startsIn) {
        YearMonth from =
                startsIn.length() == 4 ? YearMonth.of(Integer.parseInt(startsIn), 1) : YearMonth.parse(startsIn);
        return new ProgramEntry(phase, from);
    }

    /** Whether the program ran there during some of {@code period}. */
    public boolean covers(Period period) {
        return !period.lastMonth().isBefore(from);
    }
}
