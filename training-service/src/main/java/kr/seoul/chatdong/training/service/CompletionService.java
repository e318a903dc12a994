package kr.seoul.chatdong.training.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import kr.seoul.chatdong.commons.events.Outbox;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.training.CohortCompleted;
import kr.seoul.chatdong.language.events.training.NeedMet;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.CohortSatisfaction;
import kr.seoul.chatdong.training.domain.Course;
import kr.seoul.chatdong.training.repository.EvaluationRepository;

/**
 * Completion of a cohort: every ENROLLED enrolment is judged by the course's rule — attended hours
 * (PRESENT or LATE) over the cohort's session hours less the trainee's EXCUSED hours, at least
 * minAttendanceShare; and, when the rule requires it, an answered evaluation. A completer gets a certificate number. The counts, and
 * nothing personal, are published as cohort.completed and kept per district (cohort_completion, what
 * the yearly targets add up); every OPEN training need of a completer's dong
 * in a field of the course becomes MET (need.met).
 */
@ApplicationScoped
public class CompletionService {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    EvaluationRepository evaluations;

    private record Judged(
            UUID enrolmentId, String districtCode, boolean completed, BigDecimal share, String certificateNo) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public CohortCompleted conclude(Cohort cohort, Course course) {
        LocalDate on = cohort.endsOn();
        List<Judged> judged = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            BigDecimal total;
            try (PreparedStatement q = connection.prepareStatement(
                    "SELECT coalesce(sum(hours), 0) FROM cohort_session WHERE cohort_id = ?")) {
                q.setObject(1, cohort.id());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    total = rs.getBigDecimal(1);
                }
            }
            try (PreparedStatement q = connection.prepareStatement("""
                    SELECT e.id, t.district_code,
                           coalesce(sum(s.hours) FILTER (WHERE a.status IN ('PRESENT', 'LATE')), 0),
                           coalesce(sum(s.hours) FILTER (WHERE a.status = 'EXCUSED'), 0),
                           EXISTS (SELECT 1 FROM evaluation v WHERE v.enrolment_id = e.id)
                    FROM enrolment e JOIN trainee t ON t.id = e.trainee_id
                    LEFT JOIN attendance a ON a.enrolment_id = e.id
                    LEFT JOIN cohort_session s ON s.id = a.session_id
                    WHERE e.cohort_id = ? AND e.status = 'ENROLLED'
                    GROUP BY e.id, t.district_code""")) {
                q.setObject(1, cohort.id());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        BigDecimal counted = total.subtract(rs.getBigDecimal(4));
                        BigDecimal share = counted.signum() <= 0
                                ? null
                                : rs.getBigDecimal(3).divide(counted, 4, RoundingMode.HALF_UP);
                        boolean completed = share != null
                                && share.compareTo(course.completionRule().minAttendanceShare()) >= 0
                                && (!course.completionRule().evaluationRequired() || rs.getBoolean(5));
                        judged.add(new Judged(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                completed,
                                share,
                                completed ? certificateNo(on) : null));
                    }
                }
            }
            if (!judged.isEmpty()) {
                try (PreparedStatement u = connection.prepareStatement("""
                        UPDATE enrolment e SET completed = j.completed, attended_share = j.share, certificate_no = j.certificate_no,
                               completed_on = CASE WHEN j.completed THEN ?::date END, version = e.version + 1
                        FROM unnest(?::uuid[], ?::boolean[], ?::numeric[], ?::varchar[]) AS j (id, completed, share, certificate_no)
                        WHERE e.id = j.id""")) {
                    u.setObject(1, on);
                    u.setArray(
                            2,
                            connection.createArrayOf(
                                    "uuid",
                                    judged.stream().map(Judged::enrolmentId).toArray()));
                    u.setArray(
                            3,
                            connection.createArrayOf(
                                    "boolean",
                                    judged.stream().map(Judged::completed).toArray()));
                    u.setArray(
                            4,
                            connection.createArrayOf(
                                    "numeric",
                                    judged.stream().map(Judged::share).toArray()));
                    u.setArray(
                            5,
                            connection.createArrayOf(
                                    "varchar",
                                    judged.stream().map(Judged::certificateNo).toArray()));
                    u.executeUpdate();
                }
            }
        });
        List<NeedMet> met = new ArrayList<>();
        if (judged.stream().anyMatch(Judged::completed) && !course.fields().isEmpty()) {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement u = connection.prepareStatement("""
                        UPDATE training_need n SET status = 'MET', met_cohort_id = ?, met_at = ?, version = n.version + 1
                        FROM (SELECT t.dong_code, count(*) AS completers FROM enrolment e JOIN trainee t ON t.id = e.trainee_id
                              WHERE e.cohort_id = ? AND e.completed AND t.dong_code IS NOT NULL GROUP BY t.dong_code) d
                        WHERE n.status = 'OPEN' AND n.dong_code = d.dong_code AND n.field = ANY (?)
                        RETURNING n.id, n.round_id, n.dong_code, n.district_code, n.field, d.completers""")) {
                    u.setObject(1, cohort.id());
                    u.setObject(2, java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
                    u.setObject(3, cohort.id());
                    u.setArray(
                            4,
                            connection.createArrayOf(
                                    "varchar",
                                    course.fields().stream().map(Enum::name).toArray()));
                    try (ResultSet rs = u.executeQuery()) {
                        while (rs.next()) {
                            met.add(new NeedMet(
                                    rs.getObject(1, UUID.class),
                                    rs.getObject(2, UUID.class),
                                    rs.getString(3),
                                    rs.getString(4),
                                    Field.valueOf(rs.getString(5)),
                                    cohort.id(),
                                    course.id(),
                                    on,
                                    rs.getInt(6)));
                        }
                    }
                }
            });
        }
        met.forEach(need -> outbox.record(EventCatalog.NEED_MET, need.needId(), need));
        Map<String, int[]> byDistrict = new TreeMap<>();
        for (Judged j : judged) {
            int[] counts = byDistrict.computeIfAbsent(j.districtCode(), d -> new int[2]);
            counts[0]++;
            counts[1] += j.completed() ? 1 : 0;
        }
        if (!byDistrict.isEmpty()) {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement u = connection.prepareStatement("""
                        INSERT INTO cohort_completion (cohort_id, district_code, enrolled, completed)
                        SELECT ?, d, n, c FROM unnest(?::varchar[], ?::int[], ?::int[]) AS x (d, n, c)""")) {
                    u.setObject(1, cohort.id());
                    u.setArray(
                            2,
                            connection.createArrayOf(
                                    "varchar", byDistrict.keySet().toArray()));
                    u.setArray(
                            3,
                            connection.createArrayOf(
                                    "integer",
                                    byDistrict.values().stream().map(v -> v[0]).toArray()));
                    u.setArray(
                            4,
                            connection.createArrayOf(
                                    "integer",
                                    byDistrict.values().stream().map(v -> v[1]).toArray()));
                    u.executeUpdate();
                }
            });
        }
        CohortSatisfaction satisfaction = evaluations.satisfactionOf(cohort.id());
        CohortCompleted event = new CohortCompleted(
                cohort.id(),
                course.id(),
                course.organiser(),
                on,
                judged.size(),
                (int) judged.stream().filter(Judged::completed).count(),
                byDistrict.entrySet().stream()
                        .map(e -> new CohortCompleted.DistrictCompletion(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList(),
                satisfaction.count(),
                satisfaction.mean());
        outbox.record(EventCatalog.COHORT_COMPLETED, cohort.id(), event);
        return event;
    }

    /** CD + the year's last two digits + 8 characters without look-alikes (0/O, 1/I). */
    private static String certificateNo(LocalDate on) {
        StringBuilder no = new StringBuilder("CD")
                .append(String.format("%02d", on.getYear() % 100))
                .append('-');
        for (int i = 0; i < 8; i++) {
            no.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return no.toString();
    }
}
