package kr.seoul.chatdong.governance.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.governance.domain.Meeting;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** The council's next scheduled meeting after {@code now}. */
    public Optional<Meeting> nextOfCouncil(UUID councilId, Instant now) {
        return getEntityManager()
                .createQuery("""
                select m from Meeting m
                where m.councilId = :council and m.status = :scheduled and m.scheduledAt > :now
                order by m.scheduledAt, m.id""", Meeting.class)
                .setParameter("council", councilId)
                .setParameter("scheduled", Meeting.Status.SCHEDULED)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** A series' meetings, earliest first. */
    public List<Meeting> ofSeries(UUID seriesId) {
        return getEntityManager()
                .createQuery(
                        "select m from Meeting m where m.seriesId = :series order by m.scheduledAt, m.id",
                        Meeting.class)
                .setParameter("series", seriesId)
                .getResultList();
    }
}
