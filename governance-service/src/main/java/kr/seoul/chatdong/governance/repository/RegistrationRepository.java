package kr.seoul.chatdong.governance.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.governance.domain.Registration;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    public long registered(UUID meetingId) {
        return count("meetingId = ?1 and status = ?2", meetingId, Registration.Status.REGISTERED);
    }

    public Optional<Registration> firstWaiting(UUID meetingId) {
        return find(
                        "meetingId = ?1 and status = ?2",
                        Sort.ascending("createdAt").and("id"),
                        meetingId,
                        Registration.Status.WAITLISTED)
                .firstResultOptional();
    }
}
