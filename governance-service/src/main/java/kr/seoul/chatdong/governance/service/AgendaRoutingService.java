package kr.seoul.chatdong.governance.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.governance.domain.AgendaRouting;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.repository.AgendaRoutingRepository;
import kr.seoul.chatdong.governance.repository.CouncilRepository;

/** Which council receives the agenda items each source derives. */
@ApplicationScoped
public class AgendaRoutingService {

    @Inject
    AgendaRoutingRepository routings;

    @Inject
    CouncilRepository councils;

    @Inject
    AgendaItemPlacement placement;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Routes {@code source} to the council from now on. Items already placed stay on their meetings;
     * items still waiting go to the new council's next meeting when there is one.
     */
    @Transactional
    public AgendaRouting route(AgendaRouting.Source source, ExpectedVersion ifMatch, UUID councilId) {
        placement.lock();
        AgendaRouting routing = routings.findByIdOptional(source)
                .orElseThrow(() -> new DomainException.NotFound("agenda routing", source));
        ifMatch.require(routing.version(), "agenda routing");
        Council council = councils.findByIdOptional(councilId)
                .orElseThrow(
                        () -> new DomainException.InvalidValue("councilId", "no council with id '" + councilId + "'"));
        routing.route(council, clock.instant());
        routings.flush();
        placement.placePending(council.id());
        audit.record("agenda-routing", source, "UPDATE", List.of("councilId"));
        return routing;
    }
}
