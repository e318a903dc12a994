package kr.seoul.chatdong.cases.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.Contest;
import kr.seoul.chatdong.cases.domain.ContestEntry;
import kr.seoul.chatdong.cases.domain.ContestJudge;
import kr.seoul.chatdong.cases.domain.ContestScore;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;

/** Contests with their judges, entries and scores. */
@ApplicationScoped
public class ContestRepository implements PanacheRepositoryBase<Contest, UUID> {

    /** A contest in a list (no criteria). */
    public record ContestRow(UUID id, String name, LocalDate eligibleFrom, LocalDate eligibleTo, Contest.Status status,
            Instant resultsPublishedAt, Instant createdAt, long version) {
    }

    /** The contest, locked against concurrent publication of its results (shared: scorers; exclusive: the publisher). */
    public Optional<Contest> locked(UUID id, LockModeType mode) {
        return findByIdOptional(id, mode);
    }

    /** Latest eligible period first (contest_list_idx). */
    public Page<ContestRow> list(Contest.Status status, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "Contest").eq("status", status)
                .page("e.id, e.name, e.eligibleFrom, e.eligibleTo, e.status, e.resultsPublishedAt, e.createdAt, e.version",
                        "e.eligibleFrom desc, e.id", paging,
                        r -> new ContestRow((UUID) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3], (Contest.Status) r[4],
                                (Instant) r[5], (Instant) r[6], ((Number) r[7]).longValue()));
    }

    public void persist(ContestEntry entry) {
        getEntityManager().persist(entry);
    }

    public void persist(ContestJudge judge) {
        getEntityManager().persist(judge);
    }

    public void persist(ContestScore score) {
        getEntityManager().persist(score);
    }

    public Optional<ContestEntry> entry(UUID contestId, UUID entryId) {
        return getEntityManager().createQuery("select e from ContestEntry e where e.id = :id and e.contestId = :c", ContestEntry.class)
                .setParameter("id", entryId).setParameter("c", contestId).getResultStream().findFirst();
    }

    public boolean entered(UUID contestId, UUID caseId) {
        return !getEntityManager().createQuery("select e.id from ContestEntry e where e.contestId = :c and e.caseId = :k", UUID.class)
                .setParameter("c", contestId).setParameter("k", caseId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Entries in the order they came in (contest_entry_list_idx). */
    public Page<ContestEntry> entries(UUID contestId, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "ContestEntry").eq("contestId", contestId)
                .page("e", "e.createdAt, e.id", paging, r -> (ContestEntry) r[0]);
    }

    public List<ContestEntry> allEntries(UUID contestId) {
        return getEntityManager().createQuery("select e from ContestEntry e where e.contestId = :c order by e.createdAt, e.id", ContestEntry.class)
                .setParameter("c", contestId).getResultList();
    }

    public List<ContestScore> scores(UUID contestId) {
        return getEntityManager().createQuery("select s from ContestScore s where s.entryId in "
                + "(select e.id from ContestEntry e where e.contestId = :c)", ContestScore.class).setParameter("c", contestId).getResultList();
    }

    /** Removes a judge's scores of an entry (a PUT replaces them). */
    public void clearScores(UUID entryId, String judge) {
        getEntityManager().createQuery("delete from ContestScore s where s.entryId = :e and s.judge = :j")
                .setParameter("e", entryId).setParameter("j", judge).executeUpdate();
    }

    public List<ContestJudge> judges(UUID contestId) {
        return getEntityManager().createQuery("select j from ContestJudge j where j.contestId = :c order by j.createdAt, j.id", ContestJudge.class)
                .setParameter("c", contestId).getResultList();
    }

    public boolean isJudge(UUID contestId, String subject) {
        return !getEntityManager().createQuery("select j.id from ContestJudge j where j.contestId = :c and j.subject = :s", UUID.class)
                .setParameter("c", contestId).setParameter("s", subject).setMaxResults(1).getResultList().isEmpty();
    }
}
