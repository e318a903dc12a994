package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.DistrictTrainingReport;
import kr.seoul.chatdong.training.domain.TargetAudience;
import kr.seoul.chatdong.training.repository.DistrictTrainingReportRepository;

/**
 * 자치구 주도교육 reported by the district's officer, so that the year's targets count every trained
 * person (in 2015, 10,734 of 11,747 were trained by the districts). An officer reports and reads only
 * their own district; a city admin any.
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

    public record ReportTraining(
            String districtCode, int year, int month, String title, TargetAudience audience, int completions) {}

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
        reports.same(report.districtCode(), report.year(), report.month(), report.audience(), report.title())
                .ifPresent(same -> {
                    throw new DomainException.StateConflict("This training of " + report.year() + "-" + report.month()
                                    + " was reported already; it would be counted twice")
                            .with("reportId", same.id().toString());
                });
        reports.persist(report);
        audit.record(
                "district-training-report",
                report.id(),
                "REPORT",
                List.of("districtCode", "year", "month", "title", "audience", "completions"));
        return report;
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
