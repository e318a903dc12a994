package kr.seoul.chatdong.monitoring.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rows of one response file checked against the survey and the wave: valid rows become
 * {@link SurveyResponse}s, every other row a {@link Rejection} with its line and the reasons (each
 * naming its column and the rule). A row is taken whole or not at all.
 * <ul>
 * <li>{@code respondentId}: 1 to 64 characters, no control characters; once per wave — a
 * respondent already imported into the wave, or seen earlier in the file, is rejected (so
 * importing the same file twice stores nothing twice);</li>
 * <li>{@code dongCode}: a current 행정동 code;</li>
 * <li>{@code group}: {@code PARTICIPATING} or {@code NON_PARTICIPATING}, the same for every
 * respondent of a dong in the wave (whether a dong runs the program is a fact of the dong);</li>
 * <li>each answer: empty (no answer), or valid on its question's scale.</li>
 * </ul>
 * A line whose cells are all empty is skipped: spreadsheets often end a file with such lines.
 */
public final class ResponseImport {

    /** An import lists at most this many rejected rows (and counts them all). */
    public static final int MAX_REJECTIONS_LISTED = 1_000;

    public static final int MAX_RESPONDENT_ID = 64;

    /** A rejected row: its line in the file (the header is line 1) and why. */
    public record Rejection(int line, String reason) {}

    private record GroupOfDong(RespondentGroup group, Integer line) {}

    private final List<SurveyQuestion> questions;
    private final ResponseColumns columns;
    private final Predicate<String> isDong;
    private final Set<String> alreadyInWave;
    private final Map<String, Integer> lineOfRespondent = new HashMap<>();
    private final Map<String, GroupOfDong> groupOfDong = new HashMap<>();
    private final List<SurveyResponse> accepted = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private int rejectedCount;

    /**
     * @param alreadyInWave respondents of the file the wave holds already
     * @param groupsInWave the group of each dong the wave holds respondents of
     */
    public ResponseImport(
            Survey survey,
            ResponseColumns columns,
            Predicate<String> isDong,
            Set<String> alreadyInWave,
            Map<String, RespondentGroup> groupsInWave) {
        this.questions = survey.questions();
        this.columns = columns;
        this.isDong = isDong;
        this.alreadyInWave = alreadyInWave;
        groupsInWave.forEach((dong, group) -> groupOfDong.put(dong, new GroupOfDong(group, null)));
    }

    /** Checks one row; returns whether it was accepted. */
    public boolean offer(int line, List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return false;
        }
        if (cells.size() != columns.width()) {
            return reject(
                    line,
                    List.of("the row has " + cells.size() + " cells; the header has " + columns.width() + " columns"));
        }
        List<String> reasons = new ArrayList<>();
        String respondentId = cells.get(columns.respondentId()).strip();
        if (respondentId.isEmpty()
                || respondentId.length() > MAX_RESPONDENT_ID
                || respondentId.chars().anyMatch(Character::isISOControl)) {
            reasons.add(Survey.RESPONDENT_ID + ": must be 1 to " + MAX_RESPONDENT_ID
                    + " characters without control characters");
        } else {
            Integer earlier = lineOfRespondent.putIfAbsent(respondentId, line);
            if (earlier != null) {
                reasons.add(Survey.RESPONDENT_ID + ": '" + Survey.abbreviate(respondentId) + "' is on line " + earlier
                        + " already (a respondent answers once per wave)");
            } else if (alreadyInWave.contains(respondentId)) {
                reasons.add(Survey.RESPONDENT_ID + ": '" + Survey.abbreviate(respondentId)
                        + "' was imported into this wave before (a respondent answers once per wave)");
            }
        }
        String dongCode = cells.get(columns.dongCode()).strip();
        boolean knownDong = isDong.test(dongCode);
        if (!knownDong) {
            reasons.add(Survey.DONG_CODE + ": '" + Survey.abbreviate(dongCode)
                    + "' is not a 10-digit code of a current 행정동 (see GET /api/v1/dongs)");
        }
        RespondentGroup group = group(cells.get(columns.group()).strip());
        if (group == null) {
            reasons.add(Survey.GROUP + ": '"
                    + Survey.abbreviate(cells.get(columns.group()).strip()) + "' is not one of "
                    + Arrays.toString(RespondentGroup.values()));
        } else if (knownDong
                && groupOfDong.containsKey(dongCode)
                && groupOfDong.get(dongCode).group() != group) {
            GroupOfDong established = groupOfDong.get(dongCode);
            reasons.add(Survey.GROUP + ": dong " + dongCode + " is " + established.group() + " in this wave ("
                    + (established.line() == null ? "an earlier import" : "line " + established.line())
                    + "); every respondent of a dong is in the same group");
        }
        List<Integer> answers = new ArrayList<>(questions.size());
        for (int q = 0; q < questions.size(); q++) {
            SurveyQuestion question = questions.get(q);
            String cell = cells.get(columns.answers()[q]).strip();
            Integer value = cell.isEmpty() ? null : question.scale().read(cell);
            if (!cell.isEmpty() && value == null) {
                reasons.add(question.code() + ": '" + Survey.abbreviate(cell) + "' is not "
                        + question.scale().accepted() + " (" + question.scale()
                        + "; leave the cell empty for no answer)");
            }
            answers.add(value);
        }
        if (!reasons.isEmpty()) {
            return reject(line, reasons);
        }
        groupOfDong.putIfAbsent(dongCode, new GroupOfDong(group, line));
        accepted.add(new SurveyResponse(respondentId, dongCode, group, answers));
        return true;
    }

    private static RespondentGroup group(String cell) {
        for (RespondentGroup group : RespondentGroup.values()) {
            if (group.name().equals(cell)) {
                return group;
            }
        }
        return null;
    }

    private boolean reject(int line, List<String> reasons) {
        rejectedCount++;
        if (rejections.size() < MAX_REJECTIONS_LISTED) {
            rejections.add(new Rejection(line, String.join("; ", reasons)));
        }
        return false;
    }

    public List<SurveyResponse> accepted() {
        return List.copyOf(accepted);
    }

    /** The first {@value #MAX_REJECTIONS_LISTED} rejected rows, in line order. */
    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    public int rejectedCount() {
        return rejectedCount;
    }
}
