package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.events.Outbox;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.training.TargetsSet;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.TrainingTarget;
import kr.seoul.chatdong.training.repository.TargetRepository;

/**
 * 교육 목표: a year's targets per organiser (CITY or a district) and audience, published for monitoring's
 * yearly report (what counts toward them: {@code query.TargetQueries}).
 */
@ApplicationScoped
public class TargetService {

    @Inject
    TargetRepository targets;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /** Replaces the year's targets: each (organiser, audience) once; organiser CITY or a district code. */
    @Transactional
    public void replace(int year, List<TrainingTarget> given) {
        requireYear(year);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            TrainingTarget t = given.get(i);
            if (!"CITY".equals(t.organiser())) {
                geography.requireDistrict(t.organiser(), "targets[" + i + "].organiser");
            }
            if (!seen.add(t.organiser() + "/" + t.audience())) {
                throw new DomainException.InvalidValue(
                        "targets[" + i + "]",
                        t.organiser() + " has a " + t.audience() + " target twice; one per "
                                + "organiser and audience");
            }
        }
        targets.replace(year, given, clock.instant());
        outbox.record(
                EventCatalog.TARGETS_SET,
                year,
                new TargetsSet(
                        year,
                        given.stream()
                                .map(t -> new TargetsSet.Target(
                                        t.organiser(), t.audience().name(), t.target()))
                                .toList()));
        audit.record("training-target", year, "REPLACE", List.of("targets[" + given.size() + " items]"));
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new DomainException.InvalidValue("year", "must be a year from 2000 to 2100");
        }
    }
}
