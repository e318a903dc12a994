package kr.seoul.chatdong.monitoring.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.RolloutAssignment;
import kr.seoul.chatdong.monitoring.domain.RolloutAssignment.Scope;
import kr.seoul.chatdong.monitoring.domain.RolloutPhase;
import kr.seoul.chatdong.monitoring.repository.RolloutRepository;

/** Lets an admin assign the roll-out phase of a district or a dong (the reads are {@code query.GeographyQueries}). */
@ApplicationScoped
public class GeographyService {

    @Inject
    SeoulGeography geography;

    @Inject
    RolloutRepository rollout;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Every dong of the district joined in this phase (dong-level exceptions stay). */
    @Transactional
    public RolloutAssignment assignDistrict(String code, int phase, ExpectedVersion ifMatch) {
        geography.district(code).orElseThrow(() -> new DomainException.NotFound("district", code));
        return assign(Scope.DISTRICT, code, phase, ifMatch);
    }

    @Transactional
    public RolloutAssignment assignDong(String code, int phase, ExpectedVersion ifMatch) {
        geography.dong(code).orElseThrow(() -> new DomainException.NotFound("dong", code));
        return assign(Scope.DONG, code, phase, ifMatch);
    }

    /** A first assignment needs no If-Match; changing one does. */
    private RolloutAssignment assign(Scope scope, String code, int phase, ExpectedVersion ifMatch) {
        RolloutPhase known = rollout.phase(phase)
                .orElseThrow(() -> new DomainException.InvalidValue(
                        "phase", "unknown phase " + phase + "; see GET /api/v1/rollout-phases"));
        Instant now = clock.instant();
        RolloutAssignment assignment = rollout.assignment(scope, code).orElse(null);
        if (assignment == null) {
            assignment = new RolloutAssignment(scope, code, known.number(), now);
            rollout.persist(assignment);
        } else {
            ifMatch.require(assignment.version(), "roll-out assignment");
            assignment.assign(known.number(), now);
        }
        rollout.flush();
        audit.record(scope == Scope.DISTRICT ? "district-rollout" : "dong-rollout", code, "UPDATE", List.of("phase"));
        return assignment;
    }
}
