package kr.seoul.chatdong.cases.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.cases.domain.Casebook;
import kr.seoul.chatdong.cases.domain.PrintRun;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;

/** The read side of casebooks: the list, one casebook with its print runs, its PDF. */
@ApplicationScoped
public class CasebookQueries {

    @Inject
    EntityManager em;

    /** Newest year and edition first (casebook_list_idx). */
    public Page<CasebookRow> casebooks(Integer year, PageRequest paging) {
        return ListQuery.from(em, "Casebook")
                .eq("year", year)
                .page(
                        "e.id, e.year, e.edition, e.caseCount, e.createdAt, e.version",
                        "e.year desc, e.edition desc, e.id",
                        paging,
                        r -> new CasebookRow(
                                (UUID) r[0],
                                ((Number) r[1]).intValue(),
                                ((Number) r[2]).intValue(),
                                ((Number) r[3]).intValue(),
                                (Instant) r[4],
                                ((Number) r[5]).longValue()));
    }

    @Transactional
    public Casebook casebook(UUID id) {
        Casebook book = em.find(Casebook.class, id);
        if (book == null) {
            throw new DomainException.NotFound("casebook", id);
        }
        return book;
    }

    @Transactional
    public byte[] pdf(UUID id) {
        return casebook(id).pdf();
    }

    public List<PrintRun> printRuns(UUID casebookId) {
        return em.createQuery(
                        "select p from PrintRun p where p.casebookId = :b order by p.createdAt, p.id", PrintRun.class)
                .setParameter("b", casebookId)
                .getResultList();
    }
}
