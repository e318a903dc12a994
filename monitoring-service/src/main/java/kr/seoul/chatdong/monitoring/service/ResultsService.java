package kr.seoul.chatdong.monitoring.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.repository.MonitoringRoundRepository;
import kr.seoul.chatdong.monitoring.repository.ResultsRepository;
import kr.seoul.chatdong.monitoring.repository.ResultsRepository.DistrictRow;
import kr.seoul.chatdong.monitoring.repository.ResultsRepository.DongScoresRow;
import kr.seoul.chatdong.monitoring.repository.ResultsRepository.FieldDistributionRow;
import kr.seoul.chatdong.monitoring.repository.ResultsRepository.TrendRow;

/**
 * What people read from the assessments: a round's results (per field, per district, per dong)
 * and a dong's scores across rounds. Reads only; a round in progress answers on what is assessed so far.
 */
@ApplicationScoped
public class ResultsService {

    @Inject
    MonitoringRoundRepository rounds;

    @Inject
    ResultsRepository results;

    @Inject
    SeoulGeography geography;

    /** A round's results as of one snapshot: the round (its version is the results' version) and its numbers. */
    public record RoundResults(MonitoringRound round, long assessed, long expected, List<FieldDistributionRow> fields,
            List<DistrictRow> districts, List<DongScoresRow> dongs) {
    }

    /** A dong and the rounds it was monitored in, oldest first. */
    public record DongScores(Dong dong, List<TrendRow> rounds) {
    }

    @Transactional
    public RoundResults ofRound(UUID roundId) {
        results.readOneSnapshot();
        MonitoringRound round = rounds.findByIdOptional(roundId).orElseThrow(() -> new DomainException.NotFound("monitoring round", roundId));
        List<FieldDistributionRow> fields = results.distributions(roundId, round.underperformingBelow(), round.excellentFrom());
        List<DongScoresRow> dongs = results.dongScores(roundId);
        long assessed = fields.stream().mapToLong(FieldDistributionRow::count).sum();
        // one row per dong in scope: the round's expected assessments without reading its dong set again
        long expected = (long) dongs.size() * Field.values().length;
        return new RoundResults(round, assessed, expected, fields, results.districts(roundId), dongs);
    }

    public DongScores ofDong(String dongCode) {
        Dong dong = geography.dong(dongCode).orElseThrow(() -> new DomainException.NotFound("dong", dongCode));
        return new DongScores(dong, results.trend(dongCode));
    }
}
