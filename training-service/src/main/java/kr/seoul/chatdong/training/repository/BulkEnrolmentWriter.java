package kr.seoul.chatdong.training.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
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

import kr.seoul.chatdong.training.domain.TraineeRow;

/**
 * The SQL of a bulk enrolment: trainees and enrolments written with one multi-row INSERT each
 * (unnest of arrays), so 10,000 rows take a few statements, not 20,000 round trips. Runs on the
 * caller's transaction.
 */
@ApplicationScoped
public class BulkEnrolmentWriter {

    /** One enrolment to insert: the trainee and its status (ENROLLED or WAITLISTED). */
    public record NewEnrolment(UUID traineeId, String status) {}

    @Inject
    EntityManager em;

    /** The ids of the trainees the rows name that exist already, by {@link TraineeRow#key()}. */
    public Map<String, UUID> existingTrainees(List<TraineeRow> rows) {
        return em.unwrap(Session.class).doReturningWork(connection -> existingTrainees(connection, rows));
    }

    /** Which of these trainees hold a seat or a waiting place in the cohort already. */
    public Set<UUID> alreadyEnrolled(UUID cohortId, Collection<UUID> traineeIds) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> enrolled = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT trainee_id FROM enrolment WHERE cohort_id = ? AND status <> 'CANCELLED' AND trainee_id = ANY (?)")) {
                query.setObject(1, cohortId);
                query.setArray(2, connection.createArrayOf("uuid", traineeIds.toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        enrolled.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return enrolled;
        });
    }

    /** Inserts the new trainees with the given ids (same order). */
    public void insertTrainees(List<TraineeRow> rows, List<UUID> ids, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO trainee (id, name, organisation, district_code, dong_code, job_type, employee_no, created_at, version)
                    SELECT t.id, t.name, t.organisation, t.district_code, t.dong_code, t.job_type, t.employee_no, ?, 0
                    FROM unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
                         AS t (id, name, organisation, district_code, dong_code, job_type, employee_no)""")) {
                insert.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
                insert.setArray(
                        3,
                        strings(connection, rows.stream().map(TraineeRow::name).toList()));
                insert.setArray(
                        4,
                        strings(
                                connection,
                                rows.stream().map(TraineeRow::organisation).toList()));
                insert.setArray(
                        5,
                        strings(
                                connection,
                                rows.stream().map(TraineeRow::districtCode).toList()));
                insert.setArray(
                        6,
                        strings(
                                connection,
                                rows.stream().map(TraineeRow::dongCode).toList()));
                insert.setArray(
                        7,
                        strings(
                                connection,
                                rows.stream().map(TraineeRow::jobType).toList()));
                insert.setArray(
                        8,
                        strings(
                                connection,
                                rows.stream().map(TraineeRow::employeeNo).toList()));
                insert.executeUpdate();
            }
        });
    }

    /** Inserts the enrolments of the cohort, queue numbers from {@code firstQueueNo} in list order. */
    public void insertEnrolments(UUID cohortId, List<NewEnrolment> enrolments, long firstQueueNo, Instant now) {
        if (enrolments.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            UUID[] ids = new UUID[enrolments.size()];
            Long[] queue = new Long[enrolments.size()];
            for (int i = 0; i < queue.length; i++) {
                ids[i] = UUID.randomUUID();
                queue[i] = firstQueueNo + i;
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO enrolment (id, cohort_id, trainee_id, status, queue_no, created_at, version)
                    SELECT e.id, ?, e.trainee_id, e.status, e.queue_no, ?, 0
                    FROM unnest(?::uuid[], ?::uuid[], ?::varchar[], ?::bigint[]) AS e (id, trainee_id, status, queue_no)""")) {
                insert.setObject(1, cohortId);
                insert.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.setArray(3, connection.createArrayOf("uuid", ids));
                insert.setArray(
                        4,
                        connection.createArrayOf(
                                "uuid",
                                enrolments.stream().map(NewEnrolment::traineeId).toArray()));
                insert.setArray(
                        5,
                        strings(
                                connection,
                                enrolments.stream().map(NewEnrolment::status).toList()));
                insert.setArray(6, connection.createArrayOf("bigint", queue));
                insert.executeUpdate();
            }
        });
    }

    private static Map<String, UUID> existingTrainees(Connection connection, List<TraineeRow> rows)
            throws SQLException {
        Map<String, UUID> found = new HashMap<>();
        List<TraineeRow> byNumber =
                rows.stream().filter(c -> c.employeeNo() != null).toList();
        List<TraineeRow> byIdentity =
                rows.stream().filter(c -> c.employeeNo() == null).toList();
        if (!byNumber.isEmpty()) {
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT employee_no, id FROM trainee WHERE employee_no = ANY (?)")) {
                query.setArray(
                        1,
                        strings(
                                connection,
                                byNumber.stream().map(TraineeRow::employeeNo).toList()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.put(TraineeRow.byNumber(rs.getString(1)), rs.getObject(2, UUID.class));
                    }
                }
            }
        }
        if (!byIdentity.isEmpty()) {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT t.name, t.organisation, t.dong_code, t.id FROM trainee t
                    JOIN unnest(?::varchar[], ?::varchar[], ?::varchar[]) AS k (name, organisation, dong_code)
                      ON t.employee_no IS NULL AND t.name = k.name AND t.organisation = k.organisation
                     AND t.dong_code IS NOT DISTINCT FROM k.dong_code""")) {
                query.setArray(
                        1,
                        strings(
                                connection,
                                byIdentity.stream().map(TraineeRow::name).toList()));
                query.setArray(
                        2,
                        strings(
                                connection,
                                byIdentity.stream()
                                        .map(TraineeRow::organisation)
                                        .toList()));
                query.setArray(
                        3,
                        strings(
                                connection,
                                byIdentity.stream().map(TraineeRow::dongCode).toList()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.put(
                                TraineeRow.byIdentity(rs.getString(1), rs.getString(2), rs.getString(3)),
                                rs.getObject(4, UUID.class));
                    }
                }
            }
        }
        return found;
    }

    private static Array strings(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("varchar", values.toArray());
    }
}
