package kr.seoul.chatdong.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.Contest;
import kr.seoul.chatdong.cases.domain.ContestEntry;
import kr.seoul.chatdong.cases.domain.ContestJudge;
import kr.seoul.chatdong.cases.domain.ContestRanking;
import kr.seoul.chatdong.cases.domain.ContestScore;
import kr.seoul.chatdong.cases.repository.BestPracticeCaseRepository;
import kr.seoul.chatdong.cases.repository.ContestRepository;
import kr.seoul.chatdong.cases.service.ContestCommands.Enter;
import kr.seoul.chatdong.cases.service.ContestCommands.NameJudge;
import kr.seoul.chatdong.cases.service.ContestCommands.OpenContest;
import kr.seoul.chatdong.cases.service.ContestCommands.ReviseContest;
import kr.seoul.chatdong.cases.service.ContestCommands.Score;
import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.events.Outbox;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.cases.ContestResultsPublished;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/**
 * 우수사례 공유대회: contests, their entries, judges and scores, the ranking and the publication of
 * its results (contest.results-published, in the same transaction).
 */
@ApplicationScoped
public class ContestService {

    @Inject
    ContestRepository contests;

    @Inject
    BestPracticeCaseRepository cases;

    @Inject
    CaseService caseService;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    SeoulGeography geography;

    @Transactional
    public Contest open(OpenContest request) {
        Contest c = new Contest(
                request.name(), request.eligibleFrom(), request.eligibleTo(), request.criteria(), clock.instant());
        c.limitTo(districts(request.eligibleDistrictCodes()), List.of());
        contests.persist(c);
        contests.flush();
        audit.created("contest", c.id(), request);
        return c;
    }

    /**
     * Changes the districts whose cases may enter (If-Match), while the contest is OPEN (409); a
     * district of an entry already in stays (422). {@code eligibleDistrictCodes} sent as null in the
     * patch, like an empty list, lets every district's cases enter. Audited.
     */
    @Transactional
    public Contest revise(UUID contestId, ExpectedVersion ifMatch, ReviseContest changes) {
        Contest contest =
                contests.locked(contestId, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(contestId));
        ifMatch.require(contest.version(), "contest");
        List<String> codes =
                changes.removed().contains("eligibleDistrictCodes") ? List.of() : changes.eligibleDistrictCodes();
        if (codes != null) {
            contest.limitTo(
                    districts(codes),
                    contests.allEntries(contestId).stream()
                            .map(ContestEntry::districtCode)
                            .toList());
        }
        contests.flush();
        audit.updated("contest", contestId, changes);
        return contest;
    }

    /** Each a Seoul district code (400 naming the first that is not); null: none. */
    private List<String> districts(List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!geography.isDistrict(codes.get(i))) {
                throw new DomainException.InvalidValue(
                        "eligibleDistrictCodes[" + i + "]",
                        "unknown district code '" + codes.get(i) + "' (a 5-digit Seoul 자치구 code, e.g. 11290)");
            }
        }
        return codes;
    }

    /**
     * Enters a published case: editors and city admins any, a district's officers and active
     * discovery-team member their district's. 422 unless published in the period and of one of the
     * contest's districts (rule not-eligible, naming the district), 409 when entered already.
     */
    @Transactional
    public ContestEntry enter(UUID contestId, Enter request) {
        Contest contest =
                contests.locked(contestId, LockModeType.PESSIMISTIC_READ).orElseThrow(() -> notFound(contestId));
        BestPracticeCase c = cases.findByIdOptional(request.caseId())
                .orElseThrow(() ->
                        new DomainException.RuleViolation("No case " + request.caseId()).with("rule", "unknown-case"));
        caseService.mayWrite(c.districtCode());
        String districtName =
                geography.district(c.districtCode()).map(d -> d.nameKo()).orElse(c.districtCode());
        ContestEntry entry = new ContestEntry(contest, c, districtName, clock.instant());
        if (contests.entered(contestId, c.id())) {
            throw new DomainException.StateConflict(
                    "Case " + c.id() + " has entered this contest already; one entry per case");
        }
        contests.persist(entry);
        contests.flush();
        audit.created("contest-entry", entry.id(), request);
        return entry;
    }

    @Transactional
    public ContestJudge nameJudge(UUID contestId, NameJudge request) {
        Contest contest =
                contests.locked(contestId, LockModeType.PESSIMISTIC_READ).orElseThrow(() -> notFound(contestId));
        contest.requireOpen("judges");
        if (contests.isJudge(contestId, request.subject())) {
            throw new DomainException.StateConflict("'" + request.subject() + "' is a judge of this contest already");
        }
        ContestJudge judge = new ContestJudge(contestId, request.subject(), request.name(), clock.instant());
        contests.persist(judge);
        contests.flush();
        audit.created("contest-judge", judge.id(), request);
        return judge;
    }

    /**
     * The caller's scores of an entry, replacing the caller's earlier ones; the caller judges as an
     * editor or as a named judge of the contest (403 otherwise). Frozen once the results are published (409).
     */
    @Transactional
    public List<ContestScore> score(UUID contestId, UUID entryId, Score request) {
        Contest contest =
                contests.locked(contestId, LockModeType.PESSIMISTIC_READ).orElseThrow(() -> notFound(contestId));
        ContestEntry entry = entry(contestId, entryId);
        if (!caller.hasRole(Roles.EDITOR) && !contests.isJudge(contestId, caller.account())) {
            throw new DomainException.NotAllowed("Entries are scored by editors and the contest's named judges");
        }
        contest.requireCompleteScores(request.scores());
        contests.clearScores(entry.id(), caller.account());
        Instant now = clock.instant();
        List<ContestScore> scores = request.scores().stream()
                .map(g -> new ContestScore(entry.id(), caller.account(), g, now))
                .toList();
        scores.forEach(contests::persist);
        contests.flush();
        audit.record("contest-entry", entryId, "score", contest.criterionNames());
        return scores;
    }

    /** OPEN → RESULTS_PUBLISHED (If-Match): scores frozen, contest.results-published emitted with the ranking. */
    @Transactional
    public Contest publishResults(UUID contestId, ExpectedVersion ifMatch) {
        Contest contest =
                contests.locked(contestId, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(contestId));
        ifMatch.require(contest.version(), "contest");
        List<ContestRanking.Ranked> ranking = ranking(contest);
        contest.publishResults(ranking.size(), clock.instant());
        contests.flush();
        outbox.record(
                EventCatalog.CONTEST_RESULTS_PUBLISHED,
                contest.id(),
                new ContestResultsPublished(
                        contest.id(),
                        contest.name(),
                        contest.eligibleFrom(),
                        contest.eligibleTo(),
                        contest.resultsPublishedAt(),
                        ranking.stream()
                                .map(r -> new ContestResultsPublished.Ranked(
                                        r.rank(),
                                        r.entry().caseId(),
                                        r.entry().districtCode(),
                                        r.entry().dongCode(),
                                        r.rounded(),
                                        r.award()))
                                .toList()));
        audit.record("contest", contestId, "publish-results", List.of("status", "resultsPublishedAt"));
        return contest;
    }

    public List<ContestRanking.Ranked> ranking(Contest contest) {
        return ContestRanking.of(contest.criteria(), contests.allEntries(contest.id()), contests.scores(contest.id()));
    }

    public Contest get(UUID id) {
        return contests.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    public ContestEntry entry(UUID contestId, UUID entryId) {
        get(contestId);
        return contests.entry(contestId, entryId)
                .orElseThrow(() -> new DomainException.NotFound("contest entry", entryId));
    }

    private static DomainException notFound(UUID id) {
        return new DomainException.NotFound("contest", id);
    }
}
