package kr.seoul.chatdong.cases.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.Casebook;
import kr.seoul.chatdong.cases.domain.PrintRun;

@ApplicationScoped
public class CasebookRepository implements PanacheRepositoryBase<Casebook, UUID> {

    public int lastEdition(int year) {
        Number n = getEntityManager()
                .createQuery("select max(b.edition) from Casebook b where b.year = :y", Number.class)
                .setParameter("y", year)
                .getSingleResult();
        return n == null ? 0 : n.intValue();
    }

    public void persist(PrintRun run) {
        getEntityManager().persist(run);
    }
}
