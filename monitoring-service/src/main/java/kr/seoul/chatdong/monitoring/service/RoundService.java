package kr.seoul.chatdong.monitoring.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.events.Outbox;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.monitoring.AssessmentCorrected;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.Assessment;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.domain.Rollout;
import kr.seoul.chatdong.monitoring.domain.RoundScope;
import kr.seoul.chatdong.monitoring.domain.RoundStatus;
import kr.seoul.chatdong.monitoring.repository.AssessmentRepository;
import kr.seoul.chatdong.monitoring.repository.MonitoringRoundRepository;
import kr.seoul.chatdong.monitoring.repository.RolloutRepository;
import kr.seoul.chatdong.monitoring.service.RoundCommands.PlanRound;
import kr.seoul.chatdong.monitoring.service.RoundCommands.ReviseRound;
import kr.seoul.chatdong.monitoring.service.RoundCommands.Score;

/**
 * Use cases of monitoring rounds: plan, revise, assess, complete (which publishes round.completed).
 * Each write is one transaction with its audit entry and, for completion, its outbox event.
 */
@ApplicationScoped
public class RoundService {

    @Inject
    MonitoringRoundRepository rounds;

    @Inject
    AssessmentRepository assessments;

    @Inject
    SeoulGeography geography;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    RolloutRepository rollout;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Transactional
    public MonitoringRound plan(PlanRound request) {
        Scoped scoped = resolve(request);
        MonitoringRound round = MonitoringRound.plan(
                request.name(),
                request.startsOn(),
                request.endsOn(),
                request.underperformingBelow(),
                request.excellentFrom(),
                scoped.scope(),
                scoped.dongCodes(),
                clock.instant());
        round.setConsultingWindow(request.consultingFrom(), request.consultingTo());
        rounds.persist(round);
        rounds.flush();
        audit.created("round", round.id(), request);
        return round;
    }

    /** A scope and the dongs it resolved to. */
    private record Scoped(RoundScope scope, Set<String> dongCodes) {}

    /**
     * Exactly one of dongCodes, districtCodes, upToPhase (400 otherwise); codes must be known and
     * listed once (400 naming the entry). A phase takes the dongs assigned to it or an earlier one now.
     */
    private Scoped resolve(PlanRound request) {
        List<String> dongCodes = request.dongCodes();
        List<String> districtCodes = request.districtCodes();
        int given =
                (dongCodes != null ? 1 : 0) + (districtCodes != null ? 1 : 0) + (request.upToPhase() != null ? 1 : 0);
        if (given > 1) {
            // Clients generated from /q/openapi send an empty array for every list they were not
            // given: beside another scope, an empty list names no scope. Alone it is an empty scope (422).
            if (dongCodes != null && dongCodes.isEmpty()) {
                dongCodes = null;
                given--;
            }
            if (districtCodes != null && districtCodes.isEmpty() && given > 1) {
                districtCodes = null;
                given--;
            }
        }
        if (given != 1) {
            String field = dongCodes != null
                    ? (districtCodes != null ? "districtCodes" : "upToPhase")
                    : districtCodes != null ? "upToPhase" : "dongCodes";
            throw new DomainException.InvalidValue(
                    field,
                    given == 0
                            ? "a round needs a scope: give dongCodes, districtCodes or upToPhase"
                            : "give exactly one of dongCodes, districtCodes and upToPhase, not " + given);
        }
        if (dongCodes != null) {
            return new Scoped(RoundScope.dongs(), distinct(dongCodes, "dongCodes", geography::requireDong, "dong"));
        }
        if (districtCodes != null) {
            Set<String> districts = distinct(districtCodes, "districtCodes", geography::requireDistrict, "district");
            Set<String> dongs = new TreeSet<>();
            districts.forEach(d -> geography.dongsOf(d).forEach(dong -> dongs.add(dong.code())));
            return new Scoped(RoundScope.districts(List.copyOf(districts)), dongs);
        }
        int phase = request.upToPhase();
        if (rollout.phase(phase).isEmpty()) {
            throw new DomainException.InvalidValue(
                    "upToPhase", "unknown phase " + phase + "; see GET /api/v1/rollout-phases");
        }
        Rollout snapshot = new Rollout(rollout.assignments());
        Set<String> dongs = new TreeSet<>();
        geography.dongs().stream()
                .filter(d -> snapshot.phaseOf(d).map(p -> p <= phase).orElse(false))
                .forEach(d -> dongs.add(d.code()));
        return new Scoped(RoundScope.upToPhase(phase), dongs);
    }

    private static Set<String> distinct(
            List<String> codes, String field, java.util.function.BiConsumer<String, String> require, String what) {
        Set<String> seen = new java.util.LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            require.accept(code, field + "[" + i + "]");
            if (!seen.add(code)) {
                throw new DomainException.InvalidValue(field + "[" + i + "]", what + " " + code + " is listed twice");
            }
        }
        return seen;
    }

    @Transactional
    public MonitoringRound revise(UUID roundId, ExpectedVersion ifMatch, ReviseRound changes) {
        MonitoringRound round = lock(roundId);
        ifMatch.require(round.version(), "round");
        round.remove(changes.removed());
        if (changes.changesRound()) {
            round.revise(changes.name(), changes.startsOn(), changes.endsOn());
        }
        round.setConsultingWindow(changes.consultingFrom(), changes.consultingTo());
        rounds.flush();
        audit.updated("round", roundId, changes);
        return loaded(round);
    }

    /**
     * Records or corrects one assessment; returns it and whether it was new. A correction needs the
     * assessment's ETag in {@code ifMatch}; a first score needs none.
     */
    @Transactional
    public Recorded assess(UUID roundId, Score score, ExpectedVersion ifMatch) {
        String dongCode = score.dongCode();
        Field field = score.field();
        MonitoringRound round = lock(roundId);
        geography.requireDong(dongCode, "dongCode");
        Assessment existing = assessments.findById(new Assessment.Key(roundId, dongCode, field));
        if (round.status() == RoundStatus.COMPLETED && existing != null) {
            return correct(round, existing, score, ifMatch);
        }
        if (existing != null) {
            ifMatch.require(existing.version(), "assessment");
        }
        Assessment assessment =
                round.assess(dongCode, field, score.score(), score.findings(), existing, clock.instant());
        if (existing == null) {
            assessments.persist(assessment);
        }
        // Any change of a round's scores gives the round a new ETag, so a batch built from an
        // older read cannot silently undo it.
        rounds.getEntityManager().lock(round, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        assessments.flush();
        audit.record(
                "assessment",
                roundId + "/" + dongCode + "/" + field,
                "RECORD",
                audit.fieldsOf(score).stream()
                        .filter(f -> f.equals("score") || f.equals("findings"))
                        .toList());
        return new Recorded(assessment, existing == null);
    }

    public record Recorded(Assessment assessment, boolean created) {}

    /**
     * A correction of a completed round: a city admin's, with If-Match and a reason. A changed score
     * publishes assessment.corrected (on the round's topic and key, after its completion), which every
     * consumer of the round reconciles with.
     */
    private Recorded correct(MonitoringRound round, Assessment existing, Score score, ExpectedVersion ifMatch) {
        if (!caller.hasRole(Roles.CITY_ADMIN)) {
            throw new DomainException.NotAllowed(
                    "Round '" + round.name() + "' is COMPLETED: only a city admin corrects its scores");
        }
        ifMatch.require(existing.version(), "assessment");
        AssessmentCorrected corrected = round.correct(
                existing,
                score.score(),
                score.findings(),
                score.reason(),
                geography.requireDong(score.dongCode(), "dongCode").districtCode(),
                clock.instant());
        if (corrected != null) {
            outbox.record(EventCatalog.ASSESSMENT_CORRECTED, round.id(), corrected);
        }
        rounds.getEntityManager().lock(round, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        assessments.flush();
        audit.record(
                "assessment",
                round.id() + "/" + score.dongCode() + "/" + score.field(),
                "CORRECT",
                List.of("score", "findings", "reason"));
        return new Recorded(existing, false);
    }

    /**
     * Records or corrects many assessments in one transaction: all or none. A batch is a change of
     * the round as a whole: it needs the round's ETag and moves the round to a new version.
     */
    @Transactional
    public MonitoringRound assessAll(UUID roundId, List<Score> items, ExpectedVersion ifMatch) {
        MonitoringRound round = lock(roundId);
        ifMatch.require(round.version(), "round");
        rounds.getEntityManager().lock(round, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Map<Assessment.Key, Assessment> existing = new HashMap<>();
        for (Assessment a : assessments.ofRound(roundId)) {
            existing.put(new Assessment.Key(roundId, a.dongCode(), a.field()), a);
        }
        Instant now = clock.instant();
        Set<Assessment.Key> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Score item = items.get(i);
            geography.requireDong(item.dongCode(), "[" + i + "].dongCode");
            Assessment.Key key = new Assessment.Key(roundId, item.dongCode(), item.field());
            if (!seen.add(key)) {
                throw new DomainException.InvalidValue(
                        "[" + i + "]", "(" + item.dongCode() + ", " + item.field() + ") appears twice in the batch");
            }
            Assessment before = existing.get(key);
            Assessment after = round.assess(item.dongCode(), item.field(), item.score(), item.findings(), before, now);
            if (before == null) {
                assessments.persist(after);
            }
        }
        rounds.flush();
        audit.record("round", roundId, "RECORD_ASSESSMENTS", List.of("assessments[" + items.size() + "]"));
        return loaded(round);
    }

    /** Completes the round and, in the same transaction, records round.completed in the outbox. */
    @Transactional
    public MonitoringRound complete(UUID roundId) {
        MonitoringRound round = lock(roundId);
        RoundCompleted completed = round.complete(
                assessments.ofRound(roundId),
                dong -> geography.dong(dong).orElseThrow().districtCode(),
                clock.instant());
        outbox.record(EventCatalog.ROUND_COMPLETED, round.id(), completed);
        rounds.flush();
        audit.record("round", roundId, "COMPLETE", List.of("status", "completedAt"));
        return loaded(round);
    }

    /** The round with its dong set read, so that callers may map it after the transaction. */
    private static MonitoringRound loaded(MonitoringRound round) {
        round.dongCodes().size(); // reads the lazy set while the session is open
        return round;
    }

    /** Assessments and completion of one round are serialised, so completion sees every assessment. */
    private MonitoringRound lock(UUID roundId) {
        return rounds.findByIdOptional(roundId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new DomainException.NotFound("monitoring round", roundId));
    }
}
