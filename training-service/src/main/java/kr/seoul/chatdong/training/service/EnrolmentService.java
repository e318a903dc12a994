package kr.seoul.chatdong.training.service;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.csv.CsvUpload;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.CohortStatus;
import kr.seoul.chatdong.training.domain.Enrolment;
import kr.seoul.chatdong.training.domain.EnrolmentStatus;
import kr.seoul.chatdong.training.domain.Trainee;
import kr.seoul.chatdong.training.repository.CohortRepository;
import kr.seoul.chatdong.training.repository.EnrolmentRepository;
import kr.seoul.chatdong.training.repository.TraineeRepository;
import kr.seoul.chatdong.training.service.EnrolmentCommands.Enrol;
import kr.seoul.chatdong.training.service.EnrolmentCommands.RegisterTrainee;

/**
 * Trainees and enrolments: a seat while the cohort has one, otherwise the waiting list; a cancelled
 * seat goes to the first waiting trainee. Enrolments of a cohort are counted with the cohort row
 * locked, so two requests never take the last seat twice. Nothing personal is published or logged.
 */
@ApplicationScoped
public class EnrolmentService {

    /** The columns of a bulk enrolment file; employeeNo may be left out. */
    public static final List<String> COLUMNS =
            List.of("name", "organisation", "districtCode", "dongCode", "jobType", "employeeNo");

    @Inject
    CohortRepository cohorts;

    @Inject
    TraineeRepository trainees;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** An enrolment with its place on the waiting list (null when not waiting). */
    public record EnrolmentDetail(Enrolment enrolment, Long position, UUID promotedEnrolmentId) {}

    /** What a bulk enrolment did: accepted = enrolled + waitlisted. */
    public record BulkResult(
            int accepted, int enrolled, int waitlisted, int traineesCreated, List<Rejected> rejected) {}

    public record Rejected(int line, String reason) {}

    @Transactional
    public Trainee register(RegisterTrainee command) {
        String district = checkPlace(command.districtCode(), command.dongCode(), "districtCode", "dongCode");
        if (district != null) {
            throw new DomainException.InvalidValue("dongCode", district);
        }
        trainees.same(command.name(), command.organisation(), command.dongCode(), command.employeeNo())
                .ifPresent(existing -> {
                    throw new DomainException.StateConflict("This trainee is registered already as " + existing.id())
                            .with("traineeId", existing.id());
                });
        if (command.account() != null) {
            trainees.byAccount(command.account()).ifPresent(existing -> {
                throw new DomainException.StateConflict("The account '" + command.account() + "' is linked to trainee "
                                + existing.id() + " already")
                        .with("traineeId", existing.id());
            });
        }
        Trainee trainee = Trainee.register(
                command.name(),
                command.organisation(),
                command.districtCode(),
                command.dongCode(),
                command.jobType(),
                command.employeeNo(),
                command.account(),
                clock.instant());
        trainees.persist(trainee);
        trainees.flush();
        audit.created("trainee", trainee.id(), command);
        return trainee;
    }

    public Trainee trainee(UUID id) {
        return trainees.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("trainee", id));
    }

    /** Links the trainee's record to the person's sign-in account (or unlinks it, null): one trainee per account. */
    @Transactional
    public Trainee linkAccount(UUID id, ExpectedVersion ifMatch, String account) {
        Trainee trainee = trainee(id);
        ifMatch.require(trainee.version(), "trainee");
        if (account != null) {
            trainees.byAccount(account).filter(other -> !other.id().equals(id)).ifPresent(other -> {
                throw new DomainException.StateConflict(
                                "The account '" + account + "' is linked to trainee " + other.id() + " already")
                        .with("traineeId", other.id());
            });
        }
        trainee.linkAccount(account);
        trainees.flush();
        audit.record("trainee", id, "LINK_ACCOUNT", java.util.List.of("account"));
        return trainee;
    }

    @Transactional
    public EnrolmentDetail enrol(UUID cohortId, Enrol command) {
        Cohort cohort = lockedCohort(cohortId);
        cohort.requireEnrolmentOpen();
        if (trainees.findByIdOptional(command.traineeId()).isEmpty()) {
            throw new DomainException.RuleViolation(
                            "Trainee " + command.traineeId() + " does not exist; register the trainee first")
                    .with("rule", "unknown-trainee");
        }
        if (enrolments.active(cohortId, command.traineeId())) {
            throw new DomainException.StateConflict(
                    "The trainee is enrolled in this cohort already (or on its waiting list)");
        }
        Enrolment enrolment = Enrolment.of(
                cohortId,
                command.traineeId(),
                enrolments.enrolled(cohortId) < cohort.capacity(),
                enrolments.nextQueueNo(cohortId),
                clock.instant());
        enrolments.persist(enrolment);
        enrolments.flush();
        audit.created("enrolment", enrolment.id(), command);
        return new EnrolmentDetail(enrolment, enrolments.position(enrolment), null);
    }

    @Transactional
    public EnrolmentDetail cancel(UUID id, ExpectedVersion ifMatch) {
        Enrolment enrolment = find(id);
        ifMatch.require(enrolment.version(), "enrolment");
        Cohort cohort = lockedCohort(enrolment.cohortId());
        if (cohort.status() != CohortStatus.OPEN && cohort.status() != CohortStatus.CLOSED) {
            throw new DomainException.StateConflict("Cohort " + cohort.number() + " is " + cohort.status()
                            + "; enrolments can be cancelled while it is OPEN or CLOSED")
                    .with("currentState", cohort.status().name());
        }
        UUID promoted = null;
        if (enrolment.cancel(clock.instant())) {
            enrolments.flush();
            Enrolment next = enrolments.firstWaiting(cohort.id()).orElse(null);
            if (next != null && enrolments.enrolled(cohort.id()) < cohort.capacity()) {
                next.promote();
                promoted = next.id();
                audit.record("enrolment", next.id(), "PROMOTE", List.of("status"));
            }
        }
        enrolments.flush();
        audit.record("enrolment", id, "CANCEL", List.of("status", "cancelledAt"));
        return new EnrolmentDetail(enrolment, null, promoted);
    }

    public EnrolmentDetail get(UUID id) {
        Enrolment enrolment = find(id);
        return new EnrolmentDetail(enrolment, enrolments.position(enrolment), null);
    }

    private Enrolment find(UUID id) {
        return enrolments.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("enrolment", id));
    }

    private Cohort lockedCohort(UUID id) {
        Cohort cohort = cohorts.locked(id);
        if (cohort == null) {
            throw new DomainException.NotFound("cohort", id);
        }
        return cohort;
    }

    /** Null when the place is right; otherwise why the dong does not fit (an unknown district is a 400 of its own). */
    private String checkPlace(String districtCode, String dongCode, String districtField, String dongField) {
        geography.requireDistrict(districtCode, districtField);
        if (dongCode == null) {
            return null;
        }
        Dong dong = geography.requireDong(dongCode, dongField);
        return dong.districtCode().equals(districtCode)
                ? null
                : "dong " + dongCode + " (" + dong.nameKo() + ") lies in district " + dong.districtCode() + ", not "
                        + districtCode;
    }

    // ----------------------------------------------------------------------------------------------
    // Bulk enrolment from CSV

    private record Candidate(
            int line,
            String name,
            String organisation,
            String districtCode,
            String dongCode,
            String jobType,
            String employeeNo) {

        String key() {
            return employeeNo != null
                    ? "E\u0000" + employeeNo
                    : "N\u0000" + name + "\u0000" + organisation + "\u0000" + dongCode;
        }
    }

    /**
     * Reads the file, creates the trainees it names that do not exist yet and enrols every valid row
     * in one transaction: seats first, then the waiting list, in file order. Trainees and enrolments
     * are written with one multi-row INSERT each (unnest of arrays), so 10,000 rows take a few
     * statements, not 20,000 round trips.
     */
    @Transactional
    public BulkResult importCsv(UUID cohortId, byte[] body) {
        Cohort cohort = lockedCohort(cohortId);
        cohort.requireEnrolmentOpen();
        CsvUpload.Sheet sheet = CsvUpload.read(body);
        Map<String, Integer> column = header(sheet.header());
        List<Rejected> rejected = new ArrayList<>();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (CsvUpload.Row row : sheet.rows()) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.cells().size() != sheet.header().size()) {
                rejected.add(new Rejected(
                        row.line(),
                        "has " + row.cells().size() + " cells; the header has "
                                + sheet.header().size()));
                continue;
            }
            List<String> reasons = new ArrayList<>();
            Candidate candidate = candidate(row, column, reasons);
            if (!reasons.isEmpty()) {
                rejected.add(new Rejected(row.line(), String.join("; ", reasons)));
                continue;
            }
            Candidate earlier = candidates.putIfAbsent(candidate.key(), candidate);
            if (earlier != null) {
                rejected.add(new Rejected(row.line(), "duplicate: the same trainee as line " + earlier.line()));
            }
        }
        Instant now = clock.instant();
        BulkResult[] result = new BulkResult[1];
        em.unwrap(Session.class)
                .doWork(connection ->
                        result[0] = write(connection, cohort, new ArrayList<>(candidates.values()), rejected, now));
        rejected.sort(java.util.Comparator.comparingInt(Rejected::line));
        audit.record(
                "cohort", cohortId, "IMPORT_ENROLMENTS", List.of("enrolments[" + result[0].accepted() + " items]"));
        return new BulkResult(
                result[0].accepted(),
                result[0].enrolled(),
                result[0].waitlisted(),
                result[0].traineesCreated(),
                rejected);
    }

    private static Map<String, Integer> header(List<String> header) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (!COLUMNS.contains(name)) {
                throw new DomainException.InvalidValue(
                        "body", "line 1 names column '" + name + "'; the columns are " + String.join(",", COLUMNS));
            }
            if (column.put(name, i) != null) {
                throw new DomainException.InvalidValue("body", "line 1 names column '" + name + "' twice");
            }
        }
        for (String required : COLUMNS.subList(0, 5)) {
            if (!column.containsKey(required)) {
                throw new DomainException.InvalidValue(
                        "body",
                        "line 1 lacks column '" + required + "'; the columns are " + String.join(",", COLUMNS)
                                + " (employeeNo may be left out)");
            }
        }
        return column;
    }

    private Candidate candidate(CsvUpload.Row row, Map<String, Integer> column, List<String> reasons) {
        String name = text(row, column, "name", 100, true, reasons);
        String organisation = text(row, column, "organisation", 200, true, reasons);
        String districtCode = text(row, column, "districtCode", 5, true, reasons);
        String dongCode = text(row, column, "dongCode", 10, false, reasons);
        String jobType = text(row, column, "jobType", 50, true, reasons);
        String employeeNo =
                column.containsKey("employeeNo") ? text(row, column, "employeeNo", 30, false, reasons) : null;
        if (districtCode != null && !geography.isDistrict(districtCode)) {
            reasons.add("districtCode: '" + districtCode + "' is not a district code of Seoul");
        } else if (districtCode != null && dongCode != null) {
            Dong dong = geography.dong(dongCode).orElse(null);
            if (dong == null) {
                reasons.add("dongCode: '" + dongCode + "' is not a dong code of Seoul");
            } else if (!dong.districtCode().equals(districtCode)) {
                reasons.add("dongCode: dong " + dongCode + " lies in district " + dong.districtCode() + ", not "
                        + districtCode);
            }
        }
        return new Candidate(row.line(), name, organisation, districtCode, dongCode, jobType, employeeNo);
    }

    private static String text(
            CsvUpload.Row row,
            Map<String, Integer> column,
            String name,
            int max,
            boolean required,
            List<String> reasons) {
        String value = row.cells().get(column.get(name)).strip();
        if (value.isEmpty()) {
            if (required) {
                reasons.add(name + ": is required");
            }
            return null;
        }
        if (value.length() > max) {
            reasons.add(name + ": is longer than " + max + " characters");
        }
        return value;
    }

    private BulkResult write(
            Connection connection, Cohort cohort, List<Candidate> candidates, List<Rejected> rejected, Instant now)
            throws SQLException {
        Map<String, UUID> existing = existingTrainees(connection, candidates);
        Set<UUID> alreadyEnrolled = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT trainee_id FROM enrolment WHERE cohort_id = ? AND status <> 'CANCELLED' AND trainee_id = ANY (?)")) {
            query.setObject(1, cohort.id());
            query.setArray(2, connection.createArrayOf("uuid", existing.values().toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    alreadyEnrolled.add(rs.getObject(1, UUID.class));
                }
            }
        }
        long enrolled = enrolments.enrolled(cohort.id());
        long queueNo = enrolments.nextQueueNo(cohort.id());
        List<Candidate> fresh = new ArrayList<>();
        List<UUID> freshIds = new ArrayList<>();
        List<UUID> enrolmentTrainees = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        int seated = 0;
        int waiting = 0;
        for (Candidate candidate : candidates) {
            UUID traineeId = existing.get(candidate.key());
            if (traineeId != null && alreadyEnrolled.contains(traineeId)) {
                rejected.add(new Rejected(
                        candidate.line(), "the trainee is enrolled in this cohort already (or on its waiting list)"));
                continue;
            }
            if (traineeId == null) {
                traineeId = UUID.randomUUID();
                fresh.add(candidate);
                freshIds.add(traineeId);
            }
            enrolmentTrainees.add(traineeId);
            if (enrolled + seated < cohort.capacity()) {
                statuses.add(EnrolmentStatus.ENROLLED.name());
                seated++;
            } else {
                statuses.add(EnrolmentStatus.WAITLISTED.name());
                waiting++;
            }
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        if (!fresh.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO trainee (id, name, organisation, district_code, dong_code, job_type, employee_no, created_at, version)
                    SELECT t.id, t.name, t.organisation, t.district_code, t.dong_code, t.job_type, t.employee_no, ?, 0
                    FROM unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
                         AS t (id, name, organisation, district_code, dong_code, job_type, employee_no)""")) {
                insert.setObject(1, at);
                insert.setArray(2, connection.createArrayOf("uuid", freshIds.toArray()));
                insert.setArray(
                        3,
                        strings(connection, fresh.stream().map(Candidate::name).toList()));
                insert.setArray(
                        4,
                        strings(
                                connection,
                                fresh.stream().map(Candidate::organisation).toList()));
                insert.setArray(
                        5,
                        strings(
                                connection,
                                fresh.stream().map(Candidate::districtCode).toList()));
                insert.setArray(
                        6,
                        strings(
                                connection,
                                fresh.stream().map(Candidate::dongCode).toList()));
                insert.setArray(
                        7,
                        strings(
                                connection,
                                fresh.stream().map(Candidate::jobType).toList()));
                insert.setArray(
                        8,
                        strings(
                                connection,
                                fresh.stream().map(Candidate::employeeNo).toList()));
                insert.executeUpdate();
            }
        }
        if (!enrolmentTrainees.isEmpty()) {
            List<UUID> ids = new ArrayList<>(enrolmentTrainees.size());
            Long[] queue = new Long[enrolmentTrainees.size()];
            for (int i = 0; i < queue.length; i++) {
                ids.add(UUID.randomUUID());
                queue[i] = queueNo + i;
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO enrolment (id, cohort_id, trainee_id, status, queue_no, created_at, version)
                    SELECT e.id, ?, e.trainee_id, e.status, e.queue_no, ?, 0
                    FROM unnest(?::uuid[], ?::uuid[], ?::varchar[], ?::bigint[]) AS e (id, trainee_id, status, queue_no)""")) {
                insert.setObject(1, cohort.id());
                insert.setObject(2, at);
                insert.setArray(3, connection.createArrayOf("uuid", ids.toArray()));
                insert.setArray(4, connection.createArrayOf("uuid", enrolmentTrainees.toArray()));
                insert.setArray(5, strings(connection, statuses));
                insert.setArray(6, connection.createArrayOf("bigint", queue));
                insert.executeUpdate();
            }
        }
        return new BulkResult(seated + waiting, seated, waiting, fresh.size(), rejected);
    }

    /** The ids of the trainees the file names that exist already, by the file's key. */
    private static Map<String, UUID> existingTrainees(Connection connection, List<Candidate> candidates)
            throws SQLException {
        Map<String, UUID> found = new HashMap<>();
        List<Candidate> byNumber =
                candidates.stream().filter(c -> c.employeeNo() != null).toList();
        List<Candidate> byIdentity =
                candidates.stream().filter(c -> c.employeeNo() == null).toList();
        if (!byNumber.isEmpty()) {
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT employee_no, id FROM trainee WHERE employee_no = ANY (?)")) {
                query.setArray(
                        1,
                        strings(
                                connection,
                                byNumber.stream().map(Candidate::employeeNo).toList()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.put("E\u0000" + rs.getString(1), rs.getObject(2, UUID.class));
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
                                byIdentity.stream().map(Candidate::name).toList()));
                query.setArray(
                        2,
                        strings(
                                connection,
                                byIdentity.stream().map(Candidate::organisation).toList()));
                query.setArray(
                        3,
                        strings(
                                connection,
                                byIdentity.stream().map(Candidate::dongCode).toList()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.put(
                                "N\u0000" + rs.getString(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getString(3),
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
