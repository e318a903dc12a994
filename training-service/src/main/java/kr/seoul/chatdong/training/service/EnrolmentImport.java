package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.csv.CsvUpload;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.EnrolmentStatus;
import kr.seoul.chatdong.training.domain.TraineeRow;
import kr.seoul.chatdong.training.repository.BulkEnrolmentWriter;
import kr.seoul.chatdong.training.repository.BulkEnrolmentWriter.NewEnrolment;
import kr.seoul.chatdong.training.repository.CohortRepository;
import kr.seoul.chatdong.training.repository.EnrolmentRepository;

/**
 * Bulk enrolment from a spreadsheet (CSV): reads the file, creates the trainees it names that do
 * not exist yet and enrols every valid row in one transaction, seats first, then the waiting list,
 * in file order. A refused line is reported with its reason; the rest are taken. The SQL is
 * {@link BulkEnrolmentWriter}'s.
 */
@ApplicationScoped
public class EnrolmentImport {

    /** The columns of a bulk enrolment file; employeeNo may be left out. */
    public static final List<String> COLUMNS =
            List.of("name", "organisation", "districtCode", "dongCode", "jobType", "employeeNo");

    /** What a bulk enrolment did: accepted = enrolled + waitlisted. */
    public record BulkResult(
            int accepted, int enrolled, int waitlisted, int traineesCreated, List<RejectedRow> rejected) {}

    @Inject
    CohortRepository cohorts;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    BulkEnrolmentWriter writer;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public BulkResult importCsv(UUID cohortId, byte[] body) {
        Cohort cohort = cohorts.locked(cohortId);
        if (cohort == null) {
            throw new DomainException.NotFound("cohort", cohortId);
        }
        cohort.requireEnrolmentOpen();
        CsvUpload.Sheet sheet = CsvUpload.read(body);
        Map<String, Integer> column = header(sheet.header());
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, TraineeRow> rows = new LinkedHashMap<>();
        for (CsvUpload.Row line : sheet.rows()) {
            if (line.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (line.cells().size() != sheet.header().size()) {
                rejected.add(new RejectedRow(
                        line.line(),
                        "has " + line.cells().size() + " cells; the header has "
                                + sheet.header().size()));
                continue;
            }
            List<String> reasons = new ArrayList<>();
            TraineeRow row = row(line, column, reasons);
            if (!reasons.isEmpty()) {
                rejected.add(new RejectedRow(line.line(), String.join("; ", reasons)));
                continue;
            }
            TraineeRow earlier = rows.putIfAbsent(row.key(), row);
            if (earlier != null) {
                rejected.add(new RejectedRow(line.line(), "duplicate: the same trainee as line " + earlier.line()));
            }
        }
        BulkResult result = enrol(cohort, new ArrayList<>(rows.values()), rejected, clock.instant());
        rejected.sort(Comparator.comparingInt(RejectedRow::line));
        audit.record("cohort", cohortId, "IMPORT_ENROLMENTS", List.of("enrolments[" + result.accepted() + " items]"));
        return result;
    }

    private BulkResult enrol(Cohort cohort, List<TraineeRow> rows, List<RejectedRow> rejected, Instant now) {
        Map<String, UUID> existing = writer.existingTrainees(rows);
        Set<UUID> alreadyEnrolled = writer.alreadyEnrolled(cohort.id(), existing.values());
        long enrolled = enrolments.enrolled(cohort.id());
        long queueNo = enrolments.nextQueueNo(cohort.id());
        List<TraineeRow> fresh = new ArrayList<>();
        List<UUID> freshIds = new ArrayList<>();
        List<NewEnrolment> taken = new ArrayList<>();
        int seated = 0;
        int waiting = 0;
        for (TraineeRow row : rows) {
            UUID traineeId = existing.get(row.key());
            if (traineeId != null && alreadyEnrolled.contains(traineeId)) {
                rejected.add(new RejectedRow(
                        row.line(), "the trainee is enrolled in this cohort already (or on its waiting list)"));
                continue;
            }
            if (traineeId == null) {
                traineeId = UUID.randomUUID();
                fresh.add(row);
                freshIds.add(traineeId);
            }
            if (enrolled + seated < cohort.capacity()) {
                taken.add(new NewEnrolment(traineeId, EnrolmentStatus.ENROLLED.name()));
                seated++;
            } else {
                taken.add(new NewEnrolment(traineeId, EnrolmentStatus.WAITLISTED.name()));
                waiting++;
            }
        }
        writer.insertTrainees(fresh, freshIds, now);
        writer.insertEnrolments(cohort.id(), taken, queueNo, now);
        return new BulkResult(seated + waiting, seated, waiting, fresh.size(), rejected);
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

    private TraineeRow row(CsvUpload.Row row, Map<String, Integer> column, List<String> reasons) {
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
        return new TraineeRow(row.line(), name, organisation, districtCode, dongCode, jobType, employeeNo);
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
}
