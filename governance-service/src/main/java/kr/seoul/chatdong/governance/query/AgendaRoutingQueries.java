package kr.seoul.chatdong.governance.query;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.governance.domain.AgendaRouting;
import kr.seoul.chatdong.governance.domain.CouncilKind;

/** The read side of agenda routing. */
@ApplicationScoped
public class AgendaRoutingQueries {

    @Inject
    EntityManager em;

    /** Where {@code source}'s items go, with the council's name (one query). */
    public AgendaRoutingRow routing(AgendaRouting.Source source) {
        return em.createQuery("""
                select r.source, r.councilId, c.name, c.kind, r.updatedAt, r.version
                from AgendaRouting r, Council c where c.id = r.councilId and r.source = :source""", Object[].class)
                .setParameter("source", source)
                .getResultStream()
                .findFirst()
                .map(r -> new AgendaRoutingRow(
                        (AgendaRouting.Source) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (CouncilKind) r[3],
                        (Instant) r[4],
                        ((Number) r[5]).longValue()))
                .orElseThrow(() -> new DomainException.NotFound("agenda routing", source));
    }
}
