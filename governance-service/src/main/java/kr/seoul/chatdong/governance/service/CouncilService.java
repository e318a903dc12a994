package kr.seoul.chatdong.governance.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.CouncilMember;
import kr.seoul.chatdong.governance.domain.Position;
import kr.seoul.chatdong.governance.domain.QuorumRule;
import kr.seoul.chatdong.governance.repository.CouncilMemberRepository;
import kr.seoul.chatdong.governance.repository.CouncilRepository;
import kr.seoul.chatdong.governance.service.GovernanceCommands.AppointMember;
import kr.seoul.chatdong.governance.service.GovernanceCommands.EstablishCouncil;
import kr.seoul.chatdong.governance.service.GovernanceCommands.ReviseCouncil;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/** Use cases of councils and committees. */
@ApplicationScoped
public class CouncilService {

    @Inject
    CouncilRepository councils;

    @Inject
    SeoulGeography geography;

    @Inject
    Clock clock;

    @Inject
    CouncilMemberRepository members;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Transactional
    public Council establish(EstablishCouncil request) {
        if (request.districtCode() != null) {
            geography.requireDistrict(request.districtCode(), "districtCode");
        }
        caller.mayWriteDistrict(request.districtCode());
        Council council = Council.establish(
                request.name(),
                request.kind(),
                request.districtCode(),
                request.establishedOn(),
                request.description(),
                clock.instant());
        Council parent = request.parentId() == null
                ? null
                : councils.findByIdOptional(request.parentId())
                        .orElseThrow(() -> new DomainException.InvalidValue(
                                "parentId", "no council with id '" + request.parentId() + "'"));
        council.constitute(
                parent,
                request.mandate(),
                request.termFrom(),
                request.termTo(),
                QuorumRule.parse(request.quorumRule(), "quorumRule"));
        councils.persist(council);
        councils.flush();
        audit.created("council", council.id(), request);
        return council;
    }

    @Transactional
    public Council revise(UUID id, ExpectedVersion ifMatch, ReviseCouncil changes) {
        Council council = get(id);
        caller.mayWriteDistrict(council.districtCode());
        ifMatch.require(council.version(), "council");
        council.revise(changes.name(), changes.description(), changes.establishedOn());
        council.remove(changes.removed());
        councils.flush();
        audit.updated("council", id, changes);
        return council;
    }

    /**
     * Appoints a member. At most one CHAIR at a time: a chair whose term overlaps another chair's is
     * refused (422 one-chair). The council row is locked so two appointments take turns.
     */
    @Transactional
    public CouncilMember appoint(AppointMember request) {
        Council council = councils.locked(request.councilId())
                .orElseThrow(() -> new DomainException.NotFound("council", request.councilId()));
        caller.mayWriteDistrict(council.districtCode());
        CouncilMember member = CouncilMember.appoint(
                council,
                request.name(),
                request.organisation(),
                request.sector(),
                request.position(),
                request.termFrom(),
                request.termTo(),
                clock.instant());
        if (member.position() == Position.CHAIR) {
            for (CouncilMember chair : members.withPosition(council.id(), Position.CHAIR)) {
                if (chair.overlaps(member.termFrom(), member.termTo())) {
                    throw new DomainException.RuleViolation("The council has a chair from " + chair.termFrom()
                                    + (chair.termTo() == null ? " (open-ended)" : " to " + chair.termTo())
                                    + "; at most one chair at a time")
                            .with("rule", "one-chair")
                            .with("chairMemberId", chair.id());
                }
            }
        }
        members.persist(member);
        members.flush();
        audit.created("council-member", member.id(), request);
        return member;
    }

    public Council get(UUID id) {
        return councils.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("council", id));
    }
}
