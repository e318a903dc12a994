package kr.seoul.chatdong.cases.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kr.seoul.chatdong.cases.domain.ContestScore;
import kr.seoul.chatdong.cases.domain.Criterion;

/** What callers ask of {@link ContestService}. */
public final class ContestCommands {

    private ContestCommands() {}

    public record OpenContest(String name, LocalDate eligibleFrom, LocalDate eligibleTo, List<Criterion> criteria) {}

    public record Enter(UUID caseId) {}

    public record NameJudge(String subject, String name) {}

    public record Score(List<ContestScore.Given> scores) {}
}
