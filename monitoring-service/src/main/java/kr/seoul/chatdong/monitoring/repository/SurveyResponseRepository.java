package kr.seoul.chatdong.monitoring.repository;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import kr.seoul.chatdong.monitoring.domain.RespondentGroup;
import kr.seoul.chatdong.monitoring.domain.SurveyQuestion;
import kr.seoul.chatdong.monitoring.domain.SurveyResponse;
import kr.seoul.chatdong.monitoring.domain.Tally;
import kr.seoul.chatdong.monitoring.domain.WaveTallies;

/**
 * The responses and answers of survey waves. They are written in bulk (an import is thousands of
 * rows: JDBC batches on the transaction's connection, no entities) and read only as sums the
 * database computes (GROUP BY over survey_answer_aggregate_idx), never row by row — together with
 * the figures of waves entered as aggregates (V12), so that both read alike.
 */
@ApplicationScoped
public class SurveyResponseRepository {

    private static final int BATCH = 1_000;

    @Inject
    EntityManager em;

    /** Those of {@code respondentIds} the wave holds already. */
    public Set<String> presentIn(UUID waveId, Collection<String> respondentIds) {
        if (respondentIds.isEmpty()) {
            return Set.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<String> present = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT respondent_id FROM survey_response WHERE wave_id = ? AND respondent_id = ANY (?)")) {
                Array ids = connection.createArrayOf("varchar", respondentIds.toArray());
                select.setObject(1, waveId);
                select.setArray(2, ids);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        present.add(rows.getString(1));
                    }
                }
                ids.free();
            }
            return present;
        });
    }

    /** The group of each dong the wave has respondents of. */
    public Map<String, RespondentGroup> groupsOfDongs(UUID waveId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT DISTINCT dong_code, respondent_group FROM survey_response WHERE wave_id = ?1")
                .setParameter(1, waveId)
                .getResultList();
        Map<String, RespondentGroup> groups = new HashMap<>();
        for (Object[] row : rows) {
            groups.put((String) row[0], RespondentGroup.valueOf((String) row[1]));
        }
        return groups;
    }

    /** Stores the responses and their answers in batches of {@value #BATCH} rows, in the caller's transaction. */
    public void insert(UUID waveId, List<SurveyQuestion> questions, List<SurveyResponse> responses) {
        if (responses.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement response = connection.prepareStatement(
                            "INSERT INTO survey_response (wave_id, respondent_id, dong_code, respondent_group) VALUES (?, ?, ?, ?)");
                    PreparedStatement answer = connection.prepareStatement(
                            "INSERT INTO survey_answer (wave_id, respondent_id, question_code, respondent_group, value) VALUES (?, ?, ?, ?, ?)")) {
                int pendingResponses = 0;
                int pendingAnswers = 0;
                for (SurveyResponse r : responses) {
                    response.setObject(1, waveId);
                    response.setString(2, r.respondentId());
                    response.setString(3, r.dongCode());
                    response.setString(4, r.group().name());
                    response.addBatch();
                    if (++pendingResponses == BATCH) {
                        response.executeBatch();
                        pendingResponses = 0;
                    }
                }
                if (pendingResponses > 0) {
                    response.executeBatch();
                }
                for (SurveyResponse r : responses) {
                    for (int q = 0; q < questions.size(); q++) {
                        Integer value = r.answers().get(q);
                        if (value == null) {
                            continue;
                        }
                        answer.setObject(1, waveId);
                        answer.setString(2, r.respondentId());
                        answer.setString(3, questions.get(q).code());
                        answer.setString(4, r.group().name());
                        answer.setShort(5, value.shortValue());
                        answer.addBatch();
                        if (++pendingAnswers == BATCH) {
                            answer.executeBatch();
                            pendingAnswers = 0;
                        }
                    }
                }
                if (pendingAnswers > 0) {
                    answer.executeBatch();
                }
            }
        });
    }

    /** How many respondents the wave has (of {@code group}, when given): imported rows, or the entered figures. */
    public long respondents(UUID waveId, RespondentGroup group) {
        String ofGroup = group == null ? "" : " AND respondent_group = ?2";
        var query = em.createNativeQuery("SELECT (SELECT count(*) FROM survey_response WHERE wave_id = ?1" + ofGroup
                        + ") + (SELECT COALESCE(sum(respondents), 0) FROM survey_aggregate_group WHERE wave_id = ?1"
                        + ofGroup + ")")
                .setParameter(1, waveId);
        if (group != null) {
            query.setParameter(2, group.name());
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The answers of a wave as (n, sum) per question and group, from either source: imported answers
     * (count, sum of values) or entered figures (n, and yes or mean × n). A wave has only one of
     * them; reading both in one statement keeps every reader blind to which.
     */
    private static final String TALLIES = "SELECT question_code, respondent_group, count(*) AS n, sum(value) AS total"
            + " FROM survey_answer WHERE wave_id = ?1 %1$s GROUP BY question_code, respondent_group"
            + " UNION ALL SELECT question_code, respondent_group, n, COALESCE(yes, mean * n)"
            + " FROM survey_aggregate_answer WHERE wave_id = ?1 %1$s";

    /** Per question code: how many answered and the sum of the answers, of {@code group} when given. */
    public Map<String, Tally> tallies(UUID waveId, RespondentGroup group) {
        var query = em.createNativeQuery("SELECT question_code, sum(n), sum(total) FROM ("
                        + TALLIES.formatted(group == null ? "" : "AND respondent_group = ?2")
                        + ") t GROUP BY question_code")
                .setParameter(1, waveId);
        if (group != null) {
            query.setParameter(2, group.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Tally> tallies = new HashMap<>();
        for (Object[] row : rows) {
            tallies.put((String) row[0], tally(row[1], row[2]));
        }
        return tallies;
    }

    /**
     * For one question of a wave: how many of each group answered and the sum of their answers, and
     * the same of the figures not split by group (group null).
     */
    public WaveTallies talliesByGroup(UUID waveId, String questionCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT respondent_group, sum(n), sum(total) FROM ("
                        + TALLIES.formatted("AND question_code = ?2") + ") t GROUP BY respondent_group")
                .setParameter(1, waveId)
                .setParameter(2, questionCode)
                .getResultList();
        Map<RespondentGroup, Tally> tallies = new EnumMap<>(RespondentGroup.class);
        Tally unsplit = Tally.NONE;
        for (Object[] row : rows) {
            if (row[0] == null) {
                unsplit = tally(row[1], row[2]);
            } else {
                tallies.put(RespondentGroup.valueOf((String) row[0]), tally(row[1], row[2]));
            }
        }
        return new WaveTallies(tallies, unsplit);
    }

    private static Tally tally(Object n, Object sum) {
        BigDecimal total = sum instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Number) sum).longValue());
        return new Tally(((Number) n).longValue(), total);
    }
}
