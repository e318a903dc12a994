package kr.seoul.chatdong.training.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.events.Outbox;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.training.TargetsSet;
import kr.seoul.chatdong.language.geo.District;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.TargetAudience;
import kr.seoul.chatdong.training.domain.TrainingTarget;
import kr.seoul.chatdong.training.repository.TargetRepository;

/**
 * 교육 목표: a year's targets per organiser (CITY or a district) and audience, against the completions
 * of the cohorts that ended in that year — per target, in total and per district.
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

    public record Progress(String organiser, TargetAudience audience, Integer target, long trained, BigDecimal share) {}

    public record DistrictProgress(District district, Integer target, long trained, BigDecimal share) {}

    public record YearProgress(int year, List<Progress> targets, Progress total, List<DistrictProgress> byDistrict) {}

    @Transactional
    public YearProgress progress(int year) {
        requireYear(year);
        List<TrainingTarget> set = targets.targets(year);
        Map<String, Long> trained = new HashMap<>();
        targets.trained(year).forEach(t -> trained.put(t.organiser() + "/" + t.audience(), t.completed()));
        List<Progress> rows = set.stream()
                .map(t -> {
                    long done = trained.getOrDefault(t.organiser() + "/" + t.audience(), 0L);
                    return new Progress(t.organiser(), t.audience(), t.target(), done, share(done, t.target()));
                })
                .toList();
        int totalTarget = rows.stream().mapToInt(Progress::target).sum();
        long totalTrained = rows.stream().mapToLong(Progress::trained).sum();
        Map<String, Long> byDistrict = new HashMap<>();
        targets.trainedByDistrict(year).forEach(d -> byDistrict.put(d.districtCode(), d.completed()));
        Map<String, Integer> districtTargets = new HashMap<>();
        set.stream()
                .filter(t -> !"CITY".equals(t.organiser()))
                .forEach(t -> districtTargets.merge(t.organiser(), t.target(), Integer::sum));
        List<DistrictProgress> districts = geography.districts().stream()
                .map(d -> {
                    long done = byDistrict.getOrDefault(d.code(), 0L);
                    Integer target = districtTargets.get(d.code());
                    return new DistrictProgress(d, target, done, target == null ? null : share(done, target));
                })
                .toList();
        return new YearProgress(
                year,
                rows,
                new Progress(
                        null,
                        null,
                        set.isEmpty() ? null : totalTarget,
                        totalTrained,
                        set.isEmpty() ? null : share(totalTrained, totalTarget)),
                districts);
    }

    /** Replaces the year's targets: each (organiser, audience) once; organiser CITY or a district code. */
    @Transactional
    public YearProgress replace(int year, List<TrainingTarget> given) {
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
        return progress(year);
    }

    private static BigDecimal share(long trained, int target) {
        return target == 0
                ? null
                : BigDecimal.valueOf(trained).divide(BigDecimal.valueOf(target), 4, RoundingMode.HALF_UP);
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new DomainException.InvalidValue("year", "must be a year from 2000 to 2100");
        }
    }
}
