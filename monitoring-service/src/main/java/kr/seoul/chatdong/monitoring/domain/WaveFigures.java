package kr.seoul.chatdong.monitoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 집계 입력: a wave's answers entered as published figures rather than respondent rows — per
 * group, how many answered, and per question {@code yes} (YES_NO) or {@code mean} (LIKERT5). They
 * are read as the same tallies imported answers give: (n, yes) or (n, mean × n).
 * <ul>
 * <li>{@code group}: PARTICIPATING or NON_PARTICIPATING, each at most once; or none, for figures
 * not split by group (a report's totals), which is then the wave's only entry;</li>
 * <li>{@code n}: the group's respondents, 1 to {@value #MAX_RESPONDENTS};</li>
 * <li>a question: a code of the survey, once per group; its {@code n} (those who answered) is the
 * group's unless given, at most the group's; YES_NO takes {@code yes} from 0 to n, LIKERT5 takes
 * {@code mean} from 1 to 5 with at most {@value #MEAN_DECIMALS} decimals, and not the other.</li>
 * </ul>
 * A question may be left out: its figures are unknown (n 0), as the officials' answers of the 2015
 * baseline are.
 */
public final class WaveFigures {

    public static final int MAX_RESPONDENTS = 10_000_000;
    public static final int MEAN_DECIMALS = 4;

    /** One group's figures as entered; {@code group} is checked here, so it is a string. */
    public record EnteredGroup(String group, Long n, List<EnteredQuestion> questions) {}

    public record EnteredQuestion(String code, Long n, Long yes, BigDecimal mean) {}

    /** One question's checked figures; exactly one of {@code yes} and {@code mean} is set. */
    public record Answer(String questionCode, int n, Integer yes, BigDecimal mean) {}

    /** One group's checked figures; {@code group} null: not split by group. */
    public record Group(RespondentGroup group, int respondents, List<Answer> answers) {}

    private WaveFigures() {}

    /** Checks the entered figures against the survey's questions; the first broken rule is a 400 naming its field. */
    public static List<Group> check(Survey survey, List<EnteredGroup> entered) {
        if (entered == null || entered.isEmpty()) {
            throw new DomainException.InvalidValue("groups", "enter the figures of at least one group");
        }
        List<Group> groups = new ArrayList<>();
        Map<RespondentGroup, Integer> seen = new HashMap<>();
        for (int g = 0; g < entered.size(); g++) {
            EnteredGroup in = entered.get(g);
            String field = "groups[" + g + "]";
            RespondentGroup group = group(in.group(), field + ".group");
            if (group == null && entered.size() > 1) {
                throw new DomainException.InvalidValue(
                        field + ".group",
                        "figures not split by group are the wave's only entry; give PARTICIPATING and NON_PARTICIPATING "
                                + "figures separately, or the totals alone");
            }
            if (group != null) {
                Integer earlier = seen.putIfAbsent(group, g);
                if (earlier != null) {
                    throw new DomainException.InvalidValue(
                            field + ".group", group + " is groups[" + earlier + "] already; a group is entered once");
                }
            }
            int respondents = count(in.n(), field + ".n", MAX_RESPONDENTS, "the group's respondents");
            groups.add(new Group(group, respondents, answers(survey, in.questions(), respondents, field)));
        }
        return List.copyOf(groups);
    }

    private static List<Answer> answers(Survey survey, List<EnteredQuestion> entered, int respondents, String field) {
        List<Answer> answers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<EnteredQuestion> questions = entered == null ? List.of() : entered;
        for (int q = 0; q < questions.size(); q++) {
            EnteredQuestion in = questions.get(q);
            String at = field + ".questions[" + q + "]";
            if (in == null) {
                throw new DomainException.InvalidValue(at, "must be a question's figures");
            }
            SurveyQuestion question =
                    in.code() == null ? null : survey.question(in.code()).orElse(null);
            if (question == null) {
                throw new DomainException.InvalidValue(
                        at + ".code",
                        (in.code() == null ? "is required" : "'" + Survey.abbreviate(in.code()) + "' is not a question")
                                + " of survey '" + survey.code() + "'; its questions are "
                                + String.join(
                                        ", ",
                                        survey.questions().stream()
                                                .map(SurveyQuestion::code)
                                                .toList()));
            }
            Integer earlier = seen.putIfAbsent(question.code(), q);
            if (earlier != null) {
                throw new DomainException.InvalidValue(
                        at + ".code",
                        "'" + question.code() + "' is " + field + ".questions[" + earlier
                                + "] already; a question is entered once per group");
            }
            int n = in.n() == null
                    ? respondents
                    : count(
                            in.n(),
                            at + ".n",
                            respondents,
                            "those who answered, at most the group's n (" + respondents + ")");
            answers.add(
                    switch (question.scale()) {
                        case YES_NO -> {
                            if (in.mean() != null) {
                                throw new DomainException.InvalidValue(
                                        at + ".mean", "'" + question.code() + "' is YES_NO: give yes, not mean");
                            }
                            if (in.yes() == null) {
                                throw new DomainException.InvalidValue(
                                        at + ".yes", "is required: '" + question.code() + "' is YES_NO");
                            }
                            if (in.yes() < 0 || in.yes() > n) {
                                throw new DomainException.InvalidValue(
                                        at + ".yes", "must be from 0 to the question's n (" + n + "), not " + in.yes());
                            }
                            yield new Answer(question.code(), n, in.yes().intValue(), null);
                        }
                        case LIKERT5 -> {
                            if (in.yes() != null) {
                                throw new DomainException.InvalidValue(
                                        at + ".yes", "'" + question.code() + "' is LIKERT5: give mean, not yes");
                            }
                            if (in.mean() == null) {
                                throw new DomainException.InvalidValue(
                                        at + ".mean", "is required: '" + question.code() + "' is LIKERT5");
                            }
                            BigDecimal mean = in.mean().stripTrailingZeros();
                            if (mean.compareTo(BigDecimal.ONE) < 0 || mean.compareTo(BigDecimal.valueOf(5)) > 0) {
                                throw new DomainException.InvalidValue(
                                        at + ".mean",
                                        "must be from 1 to 5 (LIKERT5), not "
                                                + in.mean().toPlainString());
                            }
                            if (mean.scale() > MEAN_DECIMALS) {
                                throw new DomainException.InvalidValue(
                                        at + ".mean",
                                        "at most " + MEAN_DECIMALS + " decimals, not "
                                                + in.mean().toPlainString());
                            }
                            yield new Answer(question.code(), n, null, mean);
                        }
                    });
        }
        return answers;
    }

    private static RespondentGroup group(String value, String field) {
        if (value == null) {
            return null;
        }
        for (RespondentGroup group : RespondentGroup.values()) {
            if (group.name().equals(value)) {
                return group;
            }
        }
        throw new DomainException.InvalidValue(
                field,
                "'" + Survey.abbreviate(value) + "' is not a group of the survey's waves: one of "
                        + Arrays.toString(RespondentGroup.values()) + ", or none for figures not split by group");
    }

    private static int count(Long value, String field, int max, String what) {
        if (value == null) {
            throw new DomainException.InvalidValue(field, "is required: " + what);
        }
        if (value < 1 || value > max) {
            throw new DomainException.InvalidValue(field, "must be from 1 to " + max + " (" + what + "), not " + value);
        }
        return value.intValue();
    }
}
