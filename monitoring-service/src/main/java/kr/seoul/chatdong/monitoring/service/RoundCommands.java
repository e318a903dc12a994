package kr.seoul.chatdong.monitoring.service;

import java.time.LocalDate;
import java.util.List;

import kr.seoul.chatdong.language.Field;

/** What callers ask of {@link RoundService}: the REST layer maps its request bodies to these. */
public final class RoundCommands {

    private RoundCommands() {}

    /**
     * Bars left null take the plan's defaults (60 and 90). The scope is exactly one of
     * {@code dongCodes}, {@code districtCodes} and {@code upToPhase} (the others null).
     */
    public record PlanRound(
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            List<String> dongCodes,
            List<String> districtCodes,
            Integer upToPhase,
            Integer underperformingBelow,
            Integer excellentFrom,
            LocalDate consultingFrom,
            LocalDate consultingTo) {

        /** A round over a list of dongs. */
        public PlanRound(
                String name,
                LocalDate startsOn,
                LocalDate endsOn,
                List<String> dongCodes,
                Integer underperformingBelow,
                Integer excellentFrom,
                LocalDate consultingFrom,
                LocalDate consultingTo) {
            this(
                    name,
                    startsOn,
                    endsOn,
                    dongCodes,
                    null,
                    null,
                    underperformingBelow,
                    excellentFrom,
                    consultingFrom,
                    consultingTo);
        }
    }

    /** Null fields stay as they are; {@code removed} names the members the patch removes (none may be). */
    public record ReviseRound(
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate consultingFrom,
            LocalDate consultingTo,
            java.util.Set<String> removed) {

        boolean changesRound() {
            return name != null || startsOn != null || endsOn != null;
        }
    }

    /** One (dong, field) score, alone or in a batch. */
    public record Score(String dongCode, Field field, int score, String findings, String reason) {

        public Score(String dongCode, Field field, int score, String findings) {
            this(dongCode, field, score, findings, null);
        }
    }
}
