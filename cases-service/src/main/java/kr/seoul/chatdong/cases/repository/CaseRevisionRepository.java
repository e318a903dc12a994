package kr.seoul.chatdong.cases.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.CaseRevision;

@ApplicationScoped
public class CaseRevisionRepository implements PanacheRepositoryBase<CaseRevision, UUID> {

    /** The number of the case's last revision, 0 before the first. */
    public int lastNumber(UUID caseId) {
        Number n = getEntityManager()
                .createQuery("select max(r.number) from CaseRevision r where r.caseId = :c", Number.class)
                .setParameter("c", caseId)
                .getSingleResult();
        return n == null ? 0 : n.intValue();
    }
}
