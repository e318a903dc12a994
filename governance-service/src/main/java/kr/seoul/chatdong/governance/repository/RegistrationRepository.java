package kr.seoul.chatdong.governance.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.governance.domain.Registration;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    public long registered(UUID meetingId) {
        return count("meetingId = ?1 and status = ?2", meetingId, Registration.Status.REGISTERED);
    }

    public Optional<Registration> firstWaiting(UUID meetingId) {
        return find("meetingId = ?1 and status = ?2", Sort.ascending("createdAt").and("id"), meetingId, Registration.Status.WAITLISTED)
                .firstResultOptional();
    }

    public record RegistrationRow(UUID id, UUID meetingId, String name, String organisation, Registration.Status status, Instant createdAt,
            long version) {
    }

    /** In order of registration; meeting_registration_list_idx serves filter and order. */
    public Page<RegistrationRow> list(UUID meetingId, Registration.Status status, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "Registration").eq("meetingId", meetingId).eq("status", status)
                .page("e.id, e.meetingId, e.name, e.organisation, e.status, e.createdAt, e.version", "e.createdAt, e.id", paging,
                        r -> new RegistrationRow((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (Registration.Status) r[4],
                                (Instant) r[5], ((Number) r[6]).longValue()));
    }
}
