package kr.seoul.chatdong.monitoring.domain;

import java.util.List;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * How a round's dongs were chosen: a list of dongs, a list of districts (all their dongs), or every
 * dong assigned to a roll-out phase up to {@code upToPhase} when the round was planned.
 */
public record RoundScope(Kind kind, List<String> districtCodes, Integer upToPhase) {

    public enum Kind {
        DONGS,
        DISTRICTS,
        PHASE
    }

    public RoundScope {
        districtCodes = districtCodes == null ? null : List.copyOf(districtCodes);
    }

    public static RoundScope dongs() {
        return new RoundScope(Kind.DONGS, null, null);
    }

    public static RoundScope districts(List<String> codes) {
        return new RoundScope(Kind.DISTRICTS, codes, null);
    }

    public static RoundScope upToPhase(int phase) {
        return new RoundScope(Kind.PHASE, null, phase);
    }

    /** A scope that resolved to no dong cannot be monitored (422 {@code empty-scope}). */
    public static DomainException emptyScope(String why) {
        return new DomainException.RuleViolation("The round's scope resolves to no dong: " + why)
                .with("rule", "empty-scope");
    }
}
