package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.events.Outbox;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.training.DistrictReportRecorded;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.DistrictTrainingReport;
import kr.seoul.chatdong.training.domain.TargetAudience;
import kr.seoul.chatdong.training.repository.DistrictTrainingReportRepository;

/**
 * 자치구 주도교육 reported by the district's officer, so that the year's targets count every trained
 * person (in 2015, 10,734 of 11,747 were trained by the districts). An officer reports, corrects,
 * withdraws and reads only their own district's; a city admin any (a trainer corrects and withdraws any).
 * Each report, correction and withdrawal publishes the report as it stands (district-report.recorded),
 * so that monitoring's yearly report counts it.
 */
@ApplicationScoped
public class DistrictTrainingReportService {

    @Inject
    DistrictTrainingReportRepository reports;

    @Inject
    SeoulGeography geography;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    public record ReportTraining(
            String districtCode, int year, int month, String title, TargetAudience audience, int completions) {}

    /** The members a correction sets (null: unchanged) and those it would remove (refused: each is required). */
    public record CorrectReport(
            String title, TargetAudience audience, Integer completions, Integer month, Set<String> removed) {}

    @Transactional
    public DistrictTrainingReport report(ReportTraining command) {
        geography.requireDistrict(command.districtCode(), "districtCode");
        requireOwnDistrict(command.districtCode());
        DistrictTrainingReport report = DistrictTrainingReport.report(
                command.districtCode(),
                command.year(),
                command.month(),
                command.title(),
                command.audience(),
                command.completions(),
                caller.account(),
                clock.instant(),
                YearMonth.now(clock.withZone(CohortService.SEOUL)));
        requireNotReportedYet(report);
        reports.persist(report);
        reports.flush();
        publish(report);
        audit.record(
                "district-training-report",
                report.id(),
                "REPORT",
                List.of("districtCode", "year", "month", "title", "audience", "completions"));
        return report;
    }

    /**
     * Corrects a report (the version the caller read): its own district's officer, a city admin or a
     * trainer; a withdrawn report is final (409), and a correction that makes it another recorded report
     * of the same training is a 409 naming that reportId.
     */
    @Transactional
    public DistrictTrainingReport correct(UUID id, ExpectedVersion expected, CorrectReport changes) {
        DistrictTrainingReport report = changeable(id);
        expected.require(report.version(), "district training report");
        if (!changes.removed().isEmpty()) {
            throw new DomainException.InvalidValue(
                    changes.removed().iterator().next(), "is required; it cannot be removed (null)");
        }
        report.correct(
                changes.title(),
                changes.audience(),
                changes.completions(),
                changes.month(),
                YearMonth.now(clock.withZone(CohortService.SEOUL)));
        requireNotReportedYet(report);
        reports.flush();
        publish(report);
        audit.updated("district-training-report", id, changes);
        return report;
    }

    /** Withdraws a report with the reason (the version the caller read): it counts nowhere from now on. */
    @Transactional
    public DistrictTrainingReport withdraw(UUID id, ExpectedVersion expected, String reason) {
        DistrictTrainingReport report = changeable(id);
        expected.require(report.version(), "district training report");
        report.withdraw(reason, clock.instant());
        reports.flush();
        publish(report);
        audit.record("district-training-report", id, "WITHDRAW", List.of("status", "withdrawnReason"));
        return report;
    }

    /** The report a caller may change: a district officer their own district's (else 403), others any. */
    private DistrictTrainingReport changeable(UUID id) {
        DistrictTrainingReport report = reports.findByIdOptional(id)
                .orElseThrow(() -> new DomainException.NotFound("district training report", id));
        if (!caller.hasRole(Roles.TRAINER)) {
            requireOwnDistrict(report.districtCode());
        }
        return report;
    }

    private void requireNotReportedYet(DistrictTrainingReport report) {
        reports.same(report.districtCode(), report.year(), report.month(), report.audience(), report.title())
                .filter(same -> !same.id().equals(report.id()))
                .ifPresent(same -> {
                    throw new DomainException.StateConflict("This training of " + report.year() + "-" + report.month()
                                    + " was reported already; it would be counted twice")
                            .with("reportId", same.id().toString());
                });
    }

    /** The report as it stands now, for monitoring's yearly report: the highest version is its standing. */
    private void publish(DistrictTrainingReport report) {
        outbox.record(
                EventCatalog.DISTRICT_REPORT_RECORDED,
                report.id(),
                new DistrictReportRecorded(
                        report.id(),
                        report.districtCode(),
                        report.year(),
                        report.month(),
                        report.audience().name(),
                        report.completions(),
                        report.status().name(),
                        report.version()));
    }

    /** One report; a district officer sees only their own district's (another's is a 404, as if absent). */
    public DistrictTrainingReport report(UUID id) {
        return reports.findByIdOptional(id)
                .filter(r -> visible(r.districtCode()))
                .orElseThrow(() -> new DomainException.NotFound("district training report", id));
    }

    private boolean visible(String districtCode) {
        return caller.hasRole(Roles.CITY_ADMIN)
                || !caller.hasRole(Roles.DISTRICT_OFFICER)
                || caller.district().map(districtCode::equals).orElse(false);
    }

    /**
     * The district a list is limited to: a district officer's own (asking for another is a 403), anyone
     * else's choice (null: all).
     */
    public String visibleDistrict(String asked) {
        if (caller.hasRole(Roles.CITY_ADMIN) || !caller.hasRole(Roles.DISTRICT_OFFICER)) {
            return asked;
        }
        String own = ownDistrict();
        if (asked != null && !asked.equals(own)) {
            throw new DomainException.NotAllowed(
                    "Your token is limited to district " + own + "; these are reports of district " + asked);
        }
        return own;
    }

    private void requireOwnDistrict(String districtCode) {
        if (caller.hasRole(Roles.CITY_ADMIN)) {
            return;
        }
        String own = ownDistrict();
        if (!own.equals(districtCode)) {
            throw new DomainException.NotAllowed(
                    "Your token is limited to district " + own + "; this report is for district " + districtCode);
        }
    }

    private String ownDistrict() {
        return caller.district()
                .orElseThrow(() -> new DomainException.NotAllowed(
                        "Your district-officer token has no 'district' claim; ask for a token of your district"));
    }
}
