package kr.seoul.chatdong.cases.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kr.seoul.chatdong.cases.domain.ContestScore;
import kr.seoul.chatdong.cases.domain.Criterion;

/** What callers ask of {@link ContestService}. */
public final class ContestCommands {

    private ContestCommands() {}

    /** {@code eligibleDistrictCodes} empty or null: every district's cases may enter. */
    public record OpenContest(
            String name,
            LocalDate eligibleFrom,
            LocalDate eligibleTo,
            List<Criterion> criteria,
            List<String> eligibleDistrictCodes) {}

    /**
     * A contest's changes: {@code eligibleDistrictCodes} null stays as it is, empty lets every
     * district's cases enter; {@code removed} names the members a merge patch sent as null.
     */
    public record ReviseContest(List<String> eligibleDistrictCodes, Set<String> removed) {}

    public record Enter(UUID caseId) {}

    public record NameJudge(String subject, String name) {}

    public record Score(List<ContestScore.Given> scores) {}
}
