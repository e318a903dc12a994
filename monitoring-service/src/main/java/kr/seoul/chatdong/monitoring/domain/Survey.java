package kr.seoul.chatdong.monitoring.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 설문: a perception survey of the performance evaluation (e.g. the 서울시민 인식조사 of 1,214
 * residents), with its questions. It is fielded in waves ({@link SurveyWave}); its questions are
 * fixed once defined, so that every wave's answers mean the same thing and can be compared.
 */
@Entity
@Table(name = "survey")
public class Survey {

    /** A question code is a CSV column and a JSON value: letters, digits and underscores. */
    public static final Pattern QUESTION_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    public static final int MAX_QUESTIONS = 200;
    /** The columns every response file has besides the question codes. */
    public static final String RESPONDENT_ID = "respondentId";

    public static final String DONG_CODE = "dongCode";
    public static final String GROUP = "group";
    private static final List<String> FIXED_COLUMNS = List.of(RESPONDENT_ID, DONG_CODE, GROUP);

    @Id
    private UUID id;

    private String code;

    private String title;

    @Enumerated(EnumType.STRING)
    private Population population;

    @ElementCollection
    @CollectionTable(name = "survey_question", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderColumn(name = "position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Survey() {}

    private Survey(String code, String title, Population population, List<SurveyQuestion> questions, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.title = title;
        this.population = population;
        this.questions = new ArrayList<>(questions);
        this.questionCount = questions.size();
        this.createdAt = now;
    }

    /** Defines a survey; refuses question codes that could not name one CSV column each. */
    public static Survey define(
            String code, String title, Population population, List<SurveyQuestion> questions, Instant now) {
        if (questions.isEmpty()) {
            throw new DomainException.InvalidValue("questions", "a survey asks at least one question");
        }
        if (questions.size() > MAX_QUESTIONS) {
            throw new DomainException.InvalidValue(
                    "questions", "a survey asks at most " + MAX_QUESTIONS + " questions");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            String question = questions.get(i).code();
            String field = "questions[" + i + "].code";
            if (question == null || !QUESTION_CODE.matcher(question).matches()) {
                throw new DomainException.InvalidValue(
                        field, "must be a letter followed by up to 39 letters, digits or underscores");
            }
            for (String fixed : FIXED_COLUMNS) {
                if (fixed.equalsIgnoreCase(question)) {
                    throw new DomainException.InvalidValue(
                            field,
                            "'" + question + "' is a column every response file has already; " + "choose another code");
                }
            }
            Integer earlier = seen.putIfAbsent(question.toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw new DomainException.InvalidValue(
                        field,
                        "'" + question + "' is the code of questions[" + earlier
                                + "] too (codes are compared ignoring case)");
            }
        }
        return new Survey(code, title, population, questions, now);
    }

    /**
     * Where each column is in a response file's header: {@code respondentId}, {@code dongCode},
     * {@code group} and every question code, each exactly once, in any order, nothing else. A
     * header that is not exactly that is refused whole, naming what is missing, unknown or repeated.
     */
    public ResponseColumns columns(List<String> header) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> expected = new ArrayList<>(FIXED_COLUMNS);
        questions.forEach(q -> expected.add(q.code()));
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (!expected.contains(name)) {
                unknown.add("'" + abbreviate(name) + "'");
            } else if (positions.putIfAbsent(name, i) != null) {
                repeated.add(name);
            }
        }
        List<String> missing =
                expected.stream().filter(name -> !positions.containsKey(name)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty() || !repeated.isEmpty()) {
            List<String> wrong = new ArrayList<>();
            if (!missing.isEmpty()) {
                wrong.add("missing " + String.join(", ", missing));
            }
            if (!unknown.isEmpty()) {
                wrong.add("unknown " + String.join(", ", unknown.subList(0, Math.min(unknown.size(), 20)))
                        + (unknown.size() > 20 ? " and " + (unknown.size() - 20) + " more" : ""));
            }
            if (!repeated.isEmpty()) {
                wrong.add("repeated " + String.join(", ", repeated));
            }
            throw new DomainException.InvalidValue(
                    "header",
                    "line 1 must name the columns " + String.join(", ", expected) + ", each once, in any order; "
                            + String.join("; ", wrong));
        }
        int[] answerColumns = new int[questions.size()];
        for (int q = 0; q < questions.size(); q++) {
            answerColumns[q] = positions.get(questions.get(q).code());
        }
        return new ResponseColumns(
                header.size(),
                positions.get(RESPONDENT_ID),
                positions.get(DONG_CODE),
                positions.get(GROUP),
                answerColumns);
    }

    public Optional<SurveyQuestion> question(String questionCode) {
        return questions.stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public Population population() {
        return population;
    }

    public List<SurveyQuestion> questions() {
        return Collections.unmodifiableList(questions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
