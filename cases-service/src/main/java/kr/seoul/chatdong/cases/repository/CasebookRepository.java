package kr.seoul.chatdong.cases.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.Casebook;
import kr.seoul.chatdong.cases.domain.PrintRun;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;

@ApplicationScoped
public class CasebookRepository implements PanacheRepositoryBase<Casebook, UUID> {

    /** A casebook in a list (no HTML or PDF). */
    public record CasebookRow(UUID id, int year, int edition, int caseCount, Instant createdAt, long version) {
    }

    public int lastEdition(int year) {
        Number n = getEntityManager().createQuery("select max(b.edition) from Casebook b where b.year = :y", Number.class)
                .setParameter("y", year).getSingleResult();
        return n == null ? 0 : n.intValue();
    }

    /** Newest year and edition first (casebook_list_idx). */
    public Page<CasebookRow> list(Integer year, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "Casebook").eq("year", year)
                .page("e.id, e.year, e.edition, e.caseCount, e.createdAt, e.version", "e.year desc, e.edition desc, e.id", paging,
                        r -> new CasebookRow((UUID) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                                (Instant) r[4], ((Number) r[5]).longValue()));
    }

    public java.util.List<PrintRun> printRuns(UUID casebookId) {
        return getEntityManager().createQuery("select p from PrintRun p where p.casebookId = :b order by p.createdAt, p.id", PrintRun.class)
                .setParameter("b", casebookId).getResultList();
    }

    public void persist(PrintRun run) {
        getEntityManager().persist(run);
    }
}
