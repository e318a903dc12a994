package kr.seoul.chatdong.monitoring.domain;

import java.util.Map;

/**
 * One question's tallies in one wave: per group, and the answers not split by group (a wave
 * entered as aggregates from a report that gives totals only, like the 2015 baseline). Unsplit
 * answers count for everyone, never for a group.
 */
public record WaveTallies(Map<RespondentGroup, Tally> groups, Tally unsplit) {

    public WaveTallies {
        groups = Map.copyOf(groups);
    }

    public static WaveTallies of(Map<RespondentGroup, Tally> groups) {
        return new WaveTallies(groups, Tally.NONE);
    }

    public Tally group(RespondentGroup group) {
        return groups.getOrDefault(group, Tally.NONE);
    }
}
