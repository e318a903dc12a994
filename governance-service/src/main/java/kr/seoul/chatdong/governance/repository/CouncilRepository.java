package kr.seoul.chatdong.governance.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.governance.domain.Council;

@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, UUID> {

    /** The council, locked for the rest of the transaction (members and meetings of one council take turns). */
    public java.util.Optional<Council> locked(UUID id) {
        return java.util.Optional.ofNullable(
                getEntityManager().find(Council.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }
}
