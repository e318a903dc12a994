package kr.seoul.chatdong.monitoring.service;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

import kr.seoul.chatdong.commons.geo.SeoulGeography;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.domain.RoundStatus;
import kr.seoul.chatdong.monitoring.repository.MonitoringRoundRepository;
import kr.seoul.chatdong.monitoring.rest.RoundViews.NewRound;

/** Use cases of monitoring rounds. */
@ApplicationScoped
public class RoundService {

    @Inject
    MonitoringRoundRepository rounds;

    @Inject
    SeoulGeography geography;

    @Inject
    Clock clock;

    @Transactional
    public MonitoringRound plan(NewRound request) {
        Set<String> codes = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        List<String> dongCodes = request.dongCodes();
        for (int i = 0; i < dongCodes.size(); i++) {
            String code = dongCodes.get(i);
            geography.requireDong(code, "dongCodes[" + i + "]");
            if (!seen.add(code)) {
                throw ProblemException.invalid("dongCodes[" + i + "]", "dong " + code + " is listed twice");
            }
            codes.add(code);
        }
        MonitoringRound round = MonitoringRound.plan(request.name().strip(), request.startsOn(), request.endsOn(),
                request.underperformingBelow(), request.excellentFrom(), codes, clock.instant());
        rounds.persist(round);
        return round;
    }

    public MonitoringRound get(UUID id) {
        return rounds.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("monitoring round", id));
    }

    public Page<MonitoringRound> list(RoundStatus status, PageRequest paging) {
        return rounds.list(status, paging);
    }
}
