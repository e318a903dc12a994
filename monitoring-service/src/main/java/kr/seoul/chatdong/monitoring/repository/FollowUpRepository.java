package kr.seoul.chatdong.monitoring.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.monitoring.domain.FollowUp;

@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {

    /** One follow-up, locked until the transaction ends (marking it done twice at once: one wins). */
    public FollowUp lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<FollowUp> ofContact(UUID contactId) {
        return list("contactId = ?1 order by position", contactId);
    }
}
