package kr.seoul.chatdong.monitoring.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

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
import kr.seoul.chatdong.language.events.EventType;
import kr.seoul.chatdong.language.events.monitoring.AssessmentCorrected;
import kr.seoul.chatdong.language.events.monitoring.ConsultingStep;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;
import kr.seoul.chatdong.language.events.monitoring.RoundFinding;
import kr.seoul.chatdong.monitoring.domain.Consultant;
import kr.seoul.chatdong.monitoring.domain.ConsultantMatch;
import kr.seoul.chatdong.monitoring.domain.ConsultingAssignment;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.repository.ConsultantRepository;
import kr.seoul.chatdong.monitoring.repository.ConsultingAssignmentRepository;
import kr.seoul.chatdong.monitoring.repository.MonitoringRoundRepository;
import kr.seoul.chatdong.monitoring.service.ConsultingCommands.Assign;
import kr.seoul.chatdong.monitoring.service.ConsultingCommands.Cancel;
import kr.seoul.chatdong.monitoring.service.ConsultingCommands.Reassign;
import kr.seoul.chatdong.monitoring.service.ConsultingCommands.Report;
import kr.seoul.chatdong.monitoring.service.ConsultingCommands.Schedule;
import kr.seoul.chatdong.monitoring.service.ConsultingCommands.Visit;

/**
 * Use cases of consulting: a completed round opens an assignment for every (dong, field) below its
 * bar and matches a consultant to each; then each step of the workflow, by the consultant who has
 * it or a city admin, one transaction with its audit entry and its event.
 */
@ApplicationScoped
public class ConsultingService {

    /** The program's days are Seoul's days. */
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    ConsultingAssignmentRepository assignments;

    @Inject
    ConsultantRepository consultants;

    @Inject
    MonitoringRoundRepository rounds;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * In the transaction of the event's handling: the assignments exist, and are matched, exactly
     * when the event counts as processed. Pairs are matched in dong then field order; what no
     * consultant can take stays OPEN.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFor(RoundCompleted round, String sourceEventId) {
        openAndMatch(round.roundId(), round.underperforming(), sourceEventId);
    }

    /**
     * Reconciles with a corrected score, in the transaction of the event's handling: the assignment
     * is withdrawn (with the reason) when the score is no longer below the bar, opened and matched
     * when it now is, untouched when it still is. The end state is what the round completed with
     * the corrected score would have derived (and the withdrawn assignment stays as history).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reconcile(AssessmentCorrected correction, String sourceEventId) {
        boolean recorded = assignments
                .of(correction.roundId(), correction.dongCode(), correction.field())
                .isPresent();
        switch (correction.reconciliation(AssessmentCorrected.Bar.UNDERPERFORMING, recorded)) {
            case WITHDRAW ->
                withdraw(
                        correction.roundId(), correction.dongCode(), correction.field(), correction.withdrawalReason());
            case DERIVE -> openAndMatch(correction.roundId(), List.of(correction.corrected()), sourceEventId);
            case UNTOUCHED -> {}
        }
    }

    private void openAndMatch(UUID roundId, List<RoundCompleted.FieldScore> pairs, String sourceEventId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, SEOUL);
        Map<Field, List<ConsultantMatch.Candidate>> pools = new EnumMap<>(Field.class);
        for (RoundCompleted.FieldScore below : pairs) {
            ConsultingAssignment assignment =
                    ConsultingAssignment.open(RoundFinding.of(roundId, below, sourceEventId), now);
            assignments.persist(assignment);
            List<ConsultantMatch.Candidate> pool = pools.computeIfAbsent(below.field(), this::candidates);
            Optional<ConsultantMatch.Candidate> best =
                    ConsultantMatch.best(pool, below.field(), below.districtCode(), today);
            best.ifPresent(chosen -> {
                assignment.assign(chosen.consultant(), chosen.active(), today, now);
                pool.set(pool.indexOf(chosen), new ConsultantMatch.Candidate(chosen.consultant(), chosen.active() + 1));
                publish(assignment, null, now);
            });
        }
    }

    /** The consultants of a field, locked, with their loads. */
    private List<ConsultantMatch.Candidate> candidates(Field field) {
        List<Consultant> all = consultants.lockAllOf(field);
        Map<UUID, Long> loads =
                consultants.activeAssignments(all.stream().map(Consultant::id).toList());
        List<ConsultantMatch.Candidate> pool = new ArrayList<>();
        for (Consultant c : all) {
            pool.add(new ConsultantMatch.Candidate(c, loads.getOrDefault(c.id(), 0L)));
        }
        return pool;
    }

    public ConsultingAssignment get(UUID id) {
        return assignments
                .findByIdOptional(id)
                .orElseThrow(() -> new DomainException.NotFound("consulting assignment", id));
    }

    /** A city admin gives an OPEN assignment to a consultant, under the matching rules. */
    @Transactional
    public ConsultingAssignment assign(UUID id, ExpectedVersion ifMatch, Assign request) {
        ConsultingAssignment assignment = lock(id, ifMatch);
        Instant now = clock.instant();
        Consultant consultant = lockConsultant(request.consultantId());
        assignment.assign(
                consultant, consultants.activeAssignments(consultant.id()), LocalDate.ofInstant(now, SEOUL), now);
        return done(assignment, null, "ASSIGN", List.of("consultantId"), now);
    }

    /** A city admin moves an assigned or scheduled assignment to another consultant, with a reason. */
    @Transactional
    public ConsultingAssignment reassign(UUID id, ExpectedVersion ifMatch, Reassign request) {
        ConsultingAssignment assignment = lock(id, ifMatch);
        Instant now = clock.instant();
        Consultant consultant = lockConsultant(request.consultantId());
        UUID previous = assignment.reassign(
                consultant, consultants.activeAssignments(consultant.id()), LocalDate.ofInstant(now, SEOUL), now);
        return done(assignment, previous, "REASSIGN", List.of("consultantId", "reason"), now);
    }

    @Transactional
    public ConsultingAssignment schedule(UUID id, ExpectedVersion ifMatch, Schedule request) {
        return step(id, ifMatch, "SCHEDULE", List.of("visitOn"), a -> {
            MonitoringRound round = rounds.findById(a.finding().roundId());
            a.schedule(
                    request.visitOn(),
                    round == null ? null : round.consultingFrom(),
                    round == null ? null : round.consultingTo());
        });
    }

    @Transactional
    public ConsultingAssignment visit(UUID id, ExpectedVersion ifMatch, Visit request) {
        return step(
                id,
                ifMatch,
                "VISIT",
                List.of("visitedOn", "notes"),
                a -> a.visit(request.visitedOn(), request.notes(), LocalDate.ofInstant(clock.instant(), SEOUL)));
    }

    @Transactional
    public ConsultingAssignment report(UUID id, ExpectedVersion ifMatch, Report request) {
        return step(
                id,
                ifMatch,
                "REPORT",
                List.of("diagnosis", "recommendations", "followUps"),
                a -> a.report(request.diagnosis(), request.recommendations(), request.followUps(), clock.instant()));
    }

    @Transactional
    public ConsultingAssignment close(UUID id, ExpectedVersion ifMatch) {
        return step(id, ifMatch, "CLOSE", List.of("status"), a -> a.close(clock.instant()));
    }

    @Transactional
    public ConsultingAssignment cancel(UUID id, ExpectedVersion ifMatch, Cancel request) {
        return step(id, ifMatch, "CANCEL", List.of("reason"), a -> a.cancel(request.reason(), clock.instant()));
    }

    /**
     * Withdraws an assignment that no longer applies (a correction lifted the score to the bar), in
     * the caller's transaction. Returns false when there is none or it has already ended.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean withdraw(UUID roundId, String dongCode, Field field, String reason) {
        Optional<ConsultingAssignment> found = assignments.of(roundId, dongCode, field);
        if (found.isEmpty()) {
            return false;
        }
        ConsultingAssignment assignment = found.get();
        assignments.getEntityManager().lock(assignment, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (!assignment.withdraw(reason, now)) {
            return false;
        }
        publish(assignment, null, now);
        return true;
    }

    private ConsultingAssignment step(
            UUID id,
            ExpectedVersion ifMatch,
            String action,
            List<String> fields,
            Consumer<ConsultingAssignment> change) {
        ConsultingAssignment assignment = lock(id, ifMatch);
        mayAct(assignment);
        Instant now = clock.instant();
        change.accept(assignment);
        return done(assignment, null, action, fields, now);
    }

    private ConsultingAssignment done(
            ConsultingAssignment assignment, UUID previousConsultant, String action, List<String> fields, Instant now) {
        publish(assignment, previousConsultant, now);
        assignments.flush();
        audit.record("consulting-assignment", assignment.id(), action, fields);
        return assignment;
    }

    /** Consultants act only on their own assignments (account name ↔ consultant); city admins on all. */
    private void mayAct(ConsultingAssignment assignment) {
        if (caller.hasRole(Roles.CITY_ADMIN)) {
            return;
        }
        Consultant own = consultants
                .bySubject(caller.account())
                .orElseThrow(() -> new DomainException.NotAllowed("No consultant is registered with your account '"
                        + caller.account() + "'; ask a city admin to register you"));
        if (!own.id().equals(assignment.consultantId())) {
            throw new DomainException.NotAllowed("This assignment is not yours (you are consultant " + own.id()
                    + "); a consultant acts only on their own assignments");
        }
    }

    private ConsultingAssignment lock(UUID id, ExpectedVersion ifMatch) {
        ConsultingAssignment assignment = assignments
                .findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new DomainException.NotFound("consulting assignment", id));
        ifMatch.require(assignment.version(), "consulting assignment");
        return assignment;
    }

    private Consultant lockConsultant(UUID id) {
        Consultant consultant = consultants.lock(id);
        if (consultant == null) {
            throw new DomainException.RuleViolation("No consultant with id '" + id + "'; register the consultant first")
                    .with("rule", "unknown-consultant");
        }
        return consultant;
    }

    private void publish(ConsultingAssignment a, UUID previousConsultant, Instant now) {
        RoundFinding f = a.finding();
        boolean reported = a.reportedAt() != null;
        ConsultingStep step = new ConsultingStep(
                a.id(),
                f.roundId(),
                f.dongCode(),
                f.districtCode(),
                f.field(),
                a.status().name(),
                a.consultantId(),
                previousConsultant,
                a.visitOn(),
                a.visitedOn(),
                reported ? a.recommendations().size() : null,
                reported ? a.followUps().size() : null,
                now);
        outbox.record(eventOf(a.status()), a.id(), step);
    }

    static EventType<ConsultingStep> eventOf(ConsultingStatus status) {
        return switch (status) {
            case ASSIGNED -> EventCatalog.CONSULTING_ASSIGNED;
            case SCHEDULED -> EventCatalog.CONSULTING_SCHEDULED;
            case VISITED -> EventCatalog.CONSULTING_VISITED;
            case REPORTED -> EventCatalog.CONSULTING_REPORTED;
            case CLOSED -> EventCatalog.CONSULTING_CLOSED;
            case CANCELLED -> EventCatalog.CONSULTING_CANCELLED;
            case WITHDRAWN -> EventCatalog.CONSULTING_WITHDRAWN;
            case OPEN -> throw new IllegalStateException("no event announces an OPEN assignment");
        };
    }
}
