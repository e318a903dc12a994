package kr.seoul.chatdong.cases.repository;

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

/** Contests with their judges, entries and scores. */
@ApplicationScoped
public class ContestRepository implements PanacheRepositoryBase<Contest, UUID> {

    /** The contest, locked against concurrent publication of its results (shared: scorers; exclusive: the publisher). */
    public Optional<Contest> locked(UUID id, LockModeType mode) {
        return findByIdOptional(id, mode);
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
        return getEntityManager()
                .createQuery("select e from ContestEntry e where e.id = :id and e.contestId = :c", ContestEntry.class)
                .setParameter("id", entryId)
                .setParameter("c", contestId)
                .getResultStream()
                .findFirst();
    }

    public boolean entered(UUID contestId, UUID caseId) {
        return !getEntityManager()
                .createQuery("select e.id from ContestEntry e where e.contestId = :c and e.caseId = :k", UUID.class)
                .setParameter("c", contestId)
                .setParameter("k", caseId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public List<ContestEntry> allEntries(UUID contestId) {
        return getEntityManager()
                .createQuery(
                        "select e from ContestEntry e where e.contestId = :c order by e.createdAt, e.id",
                        ContestEntry.class)
                .setParameter("c", contestId)
                .getResultList();
    }

    public List<ContestScore> scores(UUID contestId) {
        return getEntityManager()
                .createQuery(
                        "select s from ContestScore s where s.entryId in "
                                + "(select e.id from ContestEntry e where e.contestId = :c)",
                        ContestScore.class)
                .setParameter("c", contestId)
                .getResultList();
    }

    /** Removes a judge's scores of an entry (a PUT replaces them). */
    public void clearScores(UUID entryId, String judge) {
        getEntityManager()
                .createQuery("delete from ContestScore s where s.entryId = :e and s.judge = :j")
                .setParameter("e", entryId)
                .setParameter("j", judge)
                .executeUpdate();
    }

    public boolean isJudge(UUID contestId, String subject) {
        return !getEntityManager()
                .createQuery("select j.id from ContestJudge j where j.contestId = :c and j.subject = :s", UUID.class)
                .setParameter("c", contestId)
                .setParameter("s", subject)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
