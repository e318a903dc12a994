package kr.seoul.chatdong.cases.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.cases.domain.DiscoveryMember;
import kr.seoul.chatdong.cases.repository.DiscoveryMemberRepository;
import kr.seoul.chatdong.cases.service.DiscoveryTeamCommands.AddMember;
import kr.seoul.chatdong.cases.service.DiscoveryTeamCommands.ReviseMember;
import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/** 발굴단: the discovery team's members, one active per district at a time. */
@ApplicationScoped
public class DiscoveryTeamService {

    @Inject
    DiscoveryMemberRepository members;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public DiscoveryMember add(AddMember request) {
        geography.requireDistrict(request.districtCode(), "districtCode");
        DiscoveryMember m = new DiscoveryMember(
                request.name(),
                request.districtCode(),
                request.subject(),
                request.activeFrom(),
                request.activeTo(),
                clock.instant());
        members.lockDistrict(m.districtCode());
        refuseOverlap(m);
        members.persist(m);
        members.flush();
        audit.created("discovery-member", m.id(), request);
        return m;
    }

    @Transactional
    public DiscoveryMember revise(UUID id, ExpectedVersion ifMatch, ReviseMember changes) {
        DiscoveryMember m = get(id);
        ifMatch.require(m.version(), "discovery member");
        members.lockDistrict(m.districtCode());
        m.remove(changes.removed());
        m.revise(changes.name(), changes.subject(), changes.activeFrom(), changes.activeTo());
        refuseOverlap(m);
        members.flush();
        audit.updated("discovery-member", id, changes);
        return m;
    }

    /** One active member per district at a time: another member of the district whose period shares a day is a 409. */
    private void refuseOverlap(DiscoveryMember m) {
        List<DiscoveryMember> others = members.overlapping(m.districtCode(), m.activeFrom(), m.activeTo()).stream()
                .filter(o -> !o.id().equals(m.id()))
                .toList();
        if (!others.isEmpty()) {
            DiscoveryMember o = others.get(0);
            throw new DomainException.StateConflict(
                            "District " + m.districtCode() + " already has member " + o.id() + " from "
                                    + o.activeFrom() + (o.activeTo() == null ? " (open-ended)" : " to " + o.activeTo())
                                    + "; end that period first (PATCH activeTo)")
                    .with("conflictingMemberId", o.id().toString());
        }
    }

    public DiscoveryMember get(UUID id) {
        return members.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("discovery member", id));
    }

    /** The district's member active on {@code day}. */
    public Optional<DiscoveryMember> activeIn(String districtCode, LocalDate day) {
        return members.activeIn(districtCode, day);
    }
}
