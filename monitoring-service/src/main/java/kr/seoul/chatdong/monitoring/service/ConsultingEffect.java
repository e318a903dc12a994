package kr.seoul.chatdong.monitoring.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.domain.RoundStatus;
import kr.seoul.chatdong.monitoring.repository.AssessmentRepository;
import kr.seoul.chatdong.monitoring.repository.AssessmentRepository.ChangeGroup;
import kr.seoul.chatdong.monitoring.repository.MonitoringRoundRepository;

/**
 * The measured effect of consulting: per field, how much the dongs consulted after a baseline round
 * moved by the next round, next to the dongs that were below the bar but not consulted, and all
 * others. The difference of the first two means is the effect estimate.
 */
@ApplicationScoped
public class ConsultingEffect {

    public static final String CONSULTED = "CONSULTED";
    public static final String BELOW_BAR_NOT_CONSULTED = "BELOW_BAR_NOT_CONSULTED";
    public static final String OTHERS = "OTHERS";

    @Inject
    MonitoringRoundRepository rounds;

    @Inject
    AssessmentRepository assessments;

    /** A group's size and mean score change (null when empty), to two decimals. */
    public record Group(long count, BigDecimal meanChange) {}

    /** One field's groups and {@code effect} = consulted − below-bar-not-consulted (null when either is empty). */
    public record FieldEffect(
            Field field, Group consulted, Group belowBarNotConsulted, Group others, BigDecimal effect) {}

    public record Effect(MonitoringRound round, MonitoringRound baseline, List<FieldEffect> fields) {}

    @Transactional
    public Effect of(UUID roundId, UUID baselineRoundId) {
        if (baselineRoundId == null) {
            throw new DomainException.InvalidValue(
                    "baselineRoundId", "is required: the earlier, completed round whose consulting is measured");
        }
        MonitoringRound round = rounds.findByIdOptional(roundId)
                .orElseThrow(() -> new DomainException.NotFound("monitoring round", roundId));
        MonitoringRound baseline = rounds.findByIdOptional(baselineRoundId)
                .orElseThrow(() -> new DomainException.NotFound("monitoring round", baselineRoundId));
        if (baseline.status() != RoundStatus.COMPLETED) {
            throw new DomainException.RuleViolation("The baseline round '" + baseline.name() + "' is "
                            + baseline.status() + "; consulting follows a completed round")
                    .with("rule", "baseline-not-completed");
        }
        if (!baseline.startsOn().isBefore(round.startsOn())) {
            throw new DomainException.RuleViolation("The baseline round must start before round '" + round.name()
                            + "' (" + baseline.startsOn() + " is not before " + round.startsOn() + ")")
                    .with("rule", "baseline-not-earlier");
        }
        List<ChangeGroup> groups =
                assessments.changesByConsulting(baselineRoundId, roundId, baseline.underperformingBelow());
        List<FieldEffect> fields = new ArrayList<>();
        for (Field field : Field.values()) {
            Group consulted = group(groups, field, CONSULTED);
            Group below = group(groups, field, BELOW_BAR_NOT_CONSULTED);
            BigDecimal effect = consulted.meanChange() == null || below.meanChange() == null
                    ? null
                    : consulted.meanChange().subtract(below.meanChange());
            fields.add(new FieldEffect(field, consulted, below, group(groups, field, OTHERS), effect));
        }
        return new Effect(round, baseline, fields);
    }

    private static Group group(List<ChangeGroup> groups, Field field, String name) {
        return groups.stream()
                .filter(g -> g.field() == field && g.group().equals(name))
                .findFirst()
                .map(g ->
                        new Group(g.count(), BigDecimal.valueOf(g.meanChange()).setScale(2, RoundingMode.HALF_UP)))
                .orElse(new Group(0, null));
    }
}
