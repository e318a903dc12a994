package kr.seoul.chatdong.governance.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.SupportTeam;
import kr.seoul.chatdong.governance.repository.CouncilRepository;
import kr.seoul.chatdong.governance.repository.SupportTeamRepository;
import kr.seoul.chatdong.governance.service.GovernanceCommands.EndSupportTeam;
import kr.seoul.chatdong.governance.service.GovernanceCommands.ReviseSupportTeam;
import kr.seoul.chatdong.governance.service.GovernanceCommands.StartSupportTeam;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/** Use cases of the district support teams (자치구 추진지원단): joining, changing, ending. */
@ApplicationScoped
public class SupportTeamService {

    /** The seed key of the 추진지원단 연석회의, where teams that join through the API meet. */
    static final String NETWORK_KEY = "support-team-network";

    @Inject
    SupportTeamRepository teams;

    @Inject
    CouncilRepository councils;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * A team joins: at most one ACTIVE team per district (a second is a 409 naming the active one);
     * its monthly meetings go through the 추진지원단 연석회의. Two starts in one district take turns.
     */
    @Transactional
    public SupportTeam start(StartSupportTeam request) {
        geography.requireDistrict(request.districtCode(), "districtCode");
        teams.getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "chatdong.support-team." + request.districtCode())
                .getSingleResult();
        SupportTeam active = teams.find(
                        "districtCode = ?1 and status = ?2", request.districtCode(), SupportTeam.Status.ACTIVE)
                .firstResult();
        if (active != null) {
            throw new DomainException.StateConflict(
                            "District " + request.districtCode() + " has an active support team (since "
                                    + active.startedOn() + "); end it before another joins")
                    .with("activeTeamId", active.id());
        }
        Council network = councils.find("seedKey", NETWORK_KEY).firstResult();
        SupportTeam team = SupportTeam.start(
                request.districtCode(),
                request.model(),
                request.operator(),
                request.staff(),
                request.startedOn(),
                network,
                clock.instant());
        teams.persist(team);
        teams.flush();
        audit.created("support-team", team.id(), request);
        return team;
    }

    @Transactional
    public SupportTeam revise(UUID id, ExpectedVersion ifMatch, ReviseSupportTeam changes) {
        SupportTeam team = get(id);
        ifMatch.require(team.version(), "support team");
        team.revise(changes.model(), changes.operator(), changes.startedOn(), changes.staff());
        team.remove(changes.removed());
        teams.flush();
        audit.updated("support-team", id, changes);
        return team;
    }

    /** ACTIVE → ENDED; the district may then start another team. */
    @Transactional
    public SupportTeam end(UUID id, ExpectedVersion ifMatch, EndSupportTeam request) {
        SupportTeam team = get(id);
        ifMatch.require(team.version(), "support team");
        team.end(request.endedOn(), request.reason());
        teams.flush();
        audit.updated("support-team", id, request);
        return team;
    }

    private SupportTeam get(UUID id) {
        return teams.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("support team", id));
    }
}
