package kr.seoul.chatdong.cases.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.cases.domain.Contest;
import kr.seoul.chatdong.cases.domain.ContestEntry;
import kr.seoul.chatdong.cases.domain.ContestJudge;
import kr.seoul.chatdong.cases.domain.ContestRanking;
import kr.seoul.chatdong.cases.domain.ContestScore;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;

/** The read side of sharing contests: contests, entries, judges and the ranking. */
@ApplicationScoped
public class ContestQueries {

    @Inject
    EntityManager em;

    /** Latest eligible period first (contest_list_idx). */
    public Page<ContestRow> contests(Contest.Status status, PageRequest paging) {
        return ListQuery.from(em, "Contest")
                .eq("status", status)
                .page(
                        "e.id, e.name, e.eligibleFrom, e.eligibleTo, e.status, e.resultsPublishedAt, e.createdAt, e.version",
                        "e.eligibleFrom desc, e.id",
                        paging,
                        r -> new ContestRow(
                                (UUID) r[0],
                                (String) r[1],
                                (LocalDate) r[2],
                                (LocalDate) r[3],
                                (Contest.Status) r[4],
                                (Instant) r[5],
                                (Instant) r[6],
                                ((Number) r[7]).longValue()));
    }

    public Contest contest(UUID id) {
        Contest contest = em.find(Contest.class, id);
        if (contest == null) {
            throw new DomainException.NotFound("contest", id);
        }
        return contest;
    }

    /** A contest's entries in the order they came in (contest_entry_list_idx). */
    public Page<ContestEntry> entries(UUID contestId, PageRequest paging) {
        contest(contestId);
        return ListQuery.from(em, "ContestEntry").eq("contestId", contestId).page("e", "e.createdAt, e.id", paging, r ->
                (ContestEntry) r[0]);
    }

    public ContestEntry entry(UUID contestId, UUID entryId) {
        contest(contestId);
        return em.createQuery("select e from ContestEntry e where e.id = :id and e.contestId = :c", ContestEntry.class)
                .setParameter("id", entryId)
                .setParameter("c", contestId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound("contest entry", entryId));
    }

    /** A contest's named judges, in the order they were named. */
    public List<ContestJudge> judges(UUID contestId) {
        contest(contestId);
        return em.createQuery(
                        "select j from ContestJudge j where j.contestId = :c order by j.createdAt, j.id",
                        ContestJudge.class)
                .setParameter("c", contestId)
                .getResultList();
    }

    /** The ranking of the contest's entries by their judges' scores (the same rule its publication applies). */
    public List<ContestRanking.Ranked> ranking(Contest contest) {
        List<ContestEntry> entries = em.createQuery(
                        "select e from ContestEntry e where e.contestId = :c order by e.createdAt, e.id",
                        ContestEntry.class)
                .setParameter("c", contest.id())
                .getResultList();
        List<ContestScore> scores = em.createQuery(
                        "select s from ContestScore s where s.entryId in "
                                + "(select e.id from ContestEntry e where e.contestId = :c)",
                        ContestScore.class)
                .setParameter("c", contest.id())
                .getResultList();
        return ContestRanking.of(contest.criteria(), entries, scores);
    }
}
