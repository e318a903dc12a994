package kr.seoul.chatdong.governance.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.governance.domain.CouncilKind;
import kr.seoul.chatdong.governance.domain.Meeting;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** The next scheduled meeting of any council of this kind after {@code now}. */
    public Optional<Meeting> nextOf(CouncilKind kind, Instant now) {
        return getEntityManager().createQuery("""
                select m from Meeting m, Council c
                where c.id = m.councilId and c.kind = :kind and m.status = :scheduled and m.scheduledAt > :now
                order by m.scheduledAt, m.id""", Meeting.class)
                .setParameter("kind", kind).setParameter("scheduled", Meeting.Status.SCHEDULED).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
