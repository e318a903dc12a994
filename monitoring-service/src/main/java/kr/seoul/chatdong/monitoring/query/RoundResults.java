package kr.seoul.chatdong.monitoring.query;

import java.util.List;

import kr.seoul.chatdong.monitoring.domain.MonitoringRound;

/** A round's results as of one snapshot: the round (its version is the results' version) and its numbers. */
public record RoundResults(
        MonitoringRound round,
        long assessed,
        long expected,
        List<FieldScoreDistribution> fields,
        List<DistrictStanding> districts,
        List<DongRoundScores> dongs) {}
