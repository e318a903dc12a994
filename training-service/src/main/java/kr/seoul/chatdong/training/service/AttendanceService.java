package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.csv.CsvUpload;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.training.domain.AttendanceStatus;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.CohortSession;
import kr.seoul.chatdong.training.domain.CohortStatus;
import kr.seoul.chatdong.training.repository.CohortRepository;
import kr.seoul.chatdong.training.repository.CohortSessionRepository;

/** Attendance of a session: set per enrolment (by a trainer, from a paper sheet, or by check-in), until the cohort completes. */
@ApplicationScoped
public class AttendanceService {

    /**
     * The columns of a paper sign-in sheet typed into a spreadsheet, with the Korean headings a sheet
     * may carry. A row names its trainee by enrolmentId, or employeeNo, or name (with organisation
     * when two enrolled trainees share a name).
     */
    static final Map<String, String> SHEET_COLUMNS = Map.ofEntries(
            Map.entry("enrolmentid", "enrolmentId"),
            Map.entry("employeeno", "employeeNo"),
            Map.entry("사번", "employeeNo"),
            Map.entry("name", "name"),
            Map.entry("이름", "name"),
            Map.entry("성명", "name"),
            Map.entry("organisation", "organisation"),
            Map.entry("소속", "organisation"),
            Map.entry("status", "status"),
            Map.entry("출결", "status"),
            Map.entry("출석", "status"));

    /** Marks a sheet may carry: the API's names, the Korean ones, and O / X as ticked on paper. */
    static final Map<String, AttendanceStatus> SHEET_MARKS = Map.ofEntries(
            Map.entry("PRESENT", AttendanceStatus.PRESENT),
            Map.entry("출석", AttendanceStatus.PRESENT),
            Map.entry("O", AttendanceStatus.PRESENT),
            Map.entry("○", AttendanceStatus.PRESENT),
            Map.entry("LATE", AttendanceStatus.LATE),
            Map.entry("지각", AttendanceStatus.LATE),
            Map.entry("ABSENT", AttendanceStatus.ABSENT),
            Map.entry("결석", AttendanceStatus.ABSENT),
            Map.entry("X", AttendanceStatus.ABSENT),
            Map.entry("×", AttendanceStatus.ABSENT),
            Map.entry("EXCUSED", AttendanceStatus.EXCUSED),
            Map.entry("공결", AttendanceStatus.EXCUSED));

    @Inject
    CohortSessionRepository sessions;

    @Inject
    CohortRepository cohorts;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record Mark(UUID enrolmentId, AttendanceStatus status) {}

    /** Who set a mark. */
    public enum Source {
        TRAINER,
        SHEET,
        CHECK_IN
    }

    public record SheetResult(int accepted, List<RejectedRow> rejected) {}

    /** Sets these marks (others of the session stay) and answers all the session's marks, by enrolment id. */
    @Transactional
    public List<Mark> record(UUID sessionId, List<Mark> marks) {
        Cohort cohort = requireChangeable(session(sessionId));
        Set<UUID> seen = new HashSet<>();
        for (Mark mark : marks) {
            if (!seen.add(mark.enrolmentId())) {
                throw new DomainException.InvalidValue(
                        "enrolmentId", "names enrolment " + mark.enrolmentId() + " twice");
            }
        }
        List<UUID> ids = List.copyOf(seen);
        @SuppressWarnings("unchecked")
        List<UUID> seated = ids.isEmpty()
                ? List.of()
                : em.createNativeQuery(
                                "SELECT id FROM enrolment WHERE cohort_id = :c AND status = 'ENROLLED' AND id IN (:ids)",
                                UUID.class)
                        .setParameter("c", cohort.id())
                        .setParameter("ids", ids)
                        .getResultList();
        Set<UUID> enrolled = new HashSet<>(seated);
        for (UUID id : ids) {
            if (!enrolled.contains(id)) {
                throw new DomainException.RuleViolation(
                                "Enrolment " + id + " is not an ENROLLED enrolment of this session's cohort")
                        .with("rule", "not-enrolled")
                        .with("enrolmentId", id);
            }
        }
        write(sessionId, marks, Source.TRAINER);
        audit.record("session", sessionId, "ATTENDANCE", List.of("attendance[" + marks.size() + " items]"));
        return marks(sessionId);
    }

    /**
     * A paper sign-in sheet typed into a spreadsheet and saved as CSV (UTF-8): header
     * {@code employeeNo,name,status} or {@code enrolmentId,status} (see {@link #SHEET_COLUMNS}); each
     * row that names one ENROLLED trainee of the cohort and a mark is accepted, the others are rejected
     * by line (the header is line 1). A header that cannot be read refuses the file (400), nothing stored.
     */
    @Transactional
    public SheetResult importSheet(UUID sessionId, byte[] body) {
        Cohort cohort = requireChangeable(session(sessionId));
        CsvUpload.Sheet sheet = CsvUpload.read(body);
        Map<String, Integer> column = sheetHeader(sheet.header());
        Roster roster = roster(cohort.id());
        List<RejectedRow> rejected = new ArrayList<>();
        Map<UUID, Integer> lineOf = new HashMap<>();
        List<Mark> marks = new ArrayList<>();
        for (CsvUpload.Row row : sheet.rows()) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.cells().size() != sheet.header().size()) {
                rejected.add(new RejectedRow(
                        row.line(),
                        "has " + row.cells().size() + " cells; the header has "
                                + sheet.header().size()));
                continue;
            }
            String mark = cell(row, column, "status");
            AttendanceStatus status = mark == null ? null : SHEET_MARKS.get(mark.toUpperCase(Locale.ROOT));
            if (status == null) {
                rejected.add(new RejectedRow(
                        row.line(),
                        "status: '" + (mark == null ? "" : mark) + "' is not a mark; use PRESENT, LATE, ABSENT, "
                                + "EXCUSED (출석, 지각, 결석, 공결, or O / X)"));
                continue;
            }
            String[] problem = new String[1];
            UUID enrolmentId = roster.find(
                    cell(row, column, "enrolmentId"),
                    cell(row, column, "employeeNo"),
                    cell(row, column, "name"),
                    cell(row, column, "organisation"),
                    problem);
            if (enrolmentId == null) {
                rejected.add(new RejectedRow(row.line(), problem[0]));
                continue;
            }
            Integer earlier = lineOf.putIfAbsent(enrolmentId, row.line());
            if (earlier != null) {
                rejected.add(new RejectedRow(row.line(), "duplicate: the same trainee as line " + earlier));
                continue;
            }
            marks.add(new Mark(enrolmentId, status));
        }
        write(sessionId, marks, Source.SHEET);
        audit.record("session", sessionId, "IMPORT_ATTENDANCE", List.of("attendance[" + marks.size() + " items]"));
        return new SheetResult(marks.size(), rejected);
    }

    /** The session's cohort, refused (409) once it is COMPLETED or CANCELLED. */
    Cohort requireChangeable(CohortSession session) {
        Cohort cohort = cohorts.findById(session.cohortId());
        if (cohort.status() == CohortStatus.COMPLETED || cohort.status() == CohortStatus.CANCELLED) {
            throw new DomainException.StateConflict("Cohort " + cohort.number() + " is " + cohort.status()
                            + "; its attendance can no longer change")
                    .with("currentState", cohort.status().name());
        }
        return cohort;
    }

    /** Sets the marks (one statement); the enrolments are known to be ENROLLED in the session's cohort. */
    void write(UUID sessionId, List<Mark> marks, Source source) {
        if (marks.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO attendance (session_id, enrolment_id, status, recorded_at, source)
                SELECT ?1, m.enrolment_id, m.status, ?2, ?3 FROM unnest(cast(?4 AS uuid[]), cast(?5 AS varchar[])) AS m (enrolment_id, status)
                ON CONFLICT (session_id, enrolment_id) DO UPDATE
                SET status = EXCLUDED.status, recorded_at = EXCLUDED.recorded_at, source = EXCLUDED.source""")
                .setParameter(1, sessionId)
                .setParameter(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(3, source.name())
                .setParameter(4, marks.stream().map(Mark::enrolmentId).toArray(UUID[]::new))
                .setParameter(5, marks.stream().map(m -> m.status().name()).toArray(String[]::new))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Mark> marks(UUID sessionId) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT enrolment_id, status FROM attendance WHERE session_id = ?1 ORDER BY enrolment_id")
                .setParameter(1, sessionId)
                .getResultList();
        return rows.stream()
                .map(r -> new Mark((UUID) r[0], AttendanceStatus.valueOf((String) r[1])))
                .toList();
    }

    private CohortSession session(UUID sessionId) {
        return sessions.findByIdOptional(sessionId)
                .orElseThrow(() -> new DomainException.NotFound("session", sessionId));
    }

    private static Map<String, Integer> sheetHeader(List<String> header) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String heading = header.get(i).strip();
            String name = SHEET_COLUMNS.get(heading.toLowerCase(Locale.ROOT));
            if (name == null) {
                throw new DomainException.InvalidValue(
                        "body",
                        "line 1 names column '" + heading + "'; the columns are enrolmentId, "
                                + "employeeNo (사번), name (이름, 성명), organisation (소속), status (출결, 출석)");
            }
            if (column.put(name, i) != null) {
                throw new DomainException.InvalidValue("body", "line 1 names column '" + name + "' twice");
            }
        }
        if (!column.containsKey("status")) {
            throw new DomainException.InvalidValue("body", "line 1 lacks column 'status' (출결)");
        }
        if (!column.containsKey("enrolmentId") && !column.containsKey("employeeNo") && !column.containsKey("name")) {
            throw new DomainException.InvalidValue(
                    "body", "line 1 names no trainee column: enrolmentId, employeeNo (사번) or name (이름)");
        }
        return column;
    }

    private static String cell(CsvUpload.Row row, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        if (i == null) {
            return null;
        }
        String value = row.cells().get(i).strip();
        return value.isEmpty() ? null : value;
    }

    /** The cohort's ENROLLED trainees, found by enrolment id, employee number or name (and organisation). */
    private record Roster(Set<UUID> ids, Map<String, UUID> byEmployeeNo, Map<String, List<Object[]>> byName) {

        UUID find(String enrolmentId, String employeeNo, String name, String organisation, String[] problem) {
            if (enrolmentId != null) {
                try {
                    UUID id = UUID.fromString(enrolmentId);
                    if (ids.contains(id)) {
                        return id;
                    }
                } catch (IllegalArgumentException e) {
                    problem[0] = "enrolmentId: '" + enrolmentId + "' is not an enrolment id";
                    return null;
                }
                problem[0] = "enrolmentId: " + enrolmentId + " is not an ENROLLED enrolment of this session's cohort";
                return null;
            }
            if (employeeNo != null) {
                UUID id = byEmployeeNo.get(employeeNo);
                if (id == null) {
                    problem[0] = "employeeNo: no ENROLLED trainee of this cohort has employee number " + employeeNo;
                }
                return id;
            }
            if (name == null) {
                problem[0] = "names no trainee: give enrolmentId, employeeNo or name";
                return null;
            }
            List<Object[]> named = byName.getOrDefault(name, List.of()).stream()
                    .filter(r -> organisation == null || organisation.equals(r[1]))
                    .toList();
            if (named.size() == 1) {
                return (UUID) named.get(0)[0];
            }
            problem[0] = named.isEmpty()
                    ? "name: no ENROLLED trainee of this cohort is named so"
                            + (organisation == null ? "" : " in that organisation")
                    : "name: " + named.size()
                            + " ENROLLED trainees of this cohort have that name; add employeeNo or organisation";
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private Roster roster(UUID cohortId) {
        List<Object[]> rows =
                em.createNativeQuery("""
                SELECT e.id, t.name, t.organisation, t.employee_no FROM enrolment e JOIN trainee t ON t.id = e.trainee_id
                WHERE e.cohort_id = ?1 AND e.status = 'ENROLLED'""").setParameter(1, cohortId).getResultList();
        Set<UUID> ids = new HashSet<>();
        Map<String, UUID> byEmployeeNo = new HashMap<>();
        Map<String, List<Object[]>> byName = new HashMap<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            ids.add(id);
            if (r[3] != null) {
                byEmployeeNo.put((String) r[3], id);
            }
            byName.computeIfAbsent((String) r[1], n -> new ArrayList<>()).add(new Object[] {id, r[2]});
        }
        return new Roster(ids, byEmployeeNo, byName);
    }
}
