package kr.seoul.chatdong.monitoring.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;
import kr.seoul.chatdong.monitoring.repository.DueRepository;
import kr.seoul.chatdong.monitoring.repository.DueRepository.MissingAssessments;
import kr.seoul.chatdong.monitoring.repository.DueRepository.MissingPair;
import kr.seoul.chatdong.monitoring.repository.DueRepository.PendingAssignment;

/**
 * What is due in a district today: assessments missing in rounds in progress, consulting
 * assignments nobody has scheduled, visits past their day without a report, values of entered
 * indicators missing for their last closed period. Lists are capped at
 * {@link #LISTED}; the counts are complete.
 */
@ApplicationScoped
public class DistrictDue {

    public static final int LISTED = 100;
    static final List<ConsultingStatus> UNSCHEDULED = List.of(ConsultingStatus.OPEN, ConsultingStatus.ASSIGNED);
    /** SCHEDULED with the visit day past (the visit is not recorded), or VISITED (the report is missing). */
    static final List<ConsultingStatus> AWAITING_REPORT = List.of(ConsultingStatus.SCHEDULED, ConsultingStatus.VISITED);

    @Inject
    DueRepository due;

    @Inject
    SeoulGeography geography;

    @Inject
    IndicatorService indicators;

    @Inject
    Clock clock;

    public record Listed<T>(long count, List<T> items) {
    }

    public record Due(String districtCode, LocalDate asOf, List<MissingAssessments> roundsWithMissingAssessments, List<MissingPair> missingPairs,
            Listed<PendingAssignment> unscheduledAssignments, Listed<PendingAssignment> overdueVisits,
            Listed<IndicatorService.MissingValue> missingIndicatorValues) {
    }

    @Transactional
    public Due of(String districtCode) {
        geography.district(districtCode).orElseThrow(() -> new kr.seoul.chatdong.commons.rules.DomainException.NotFound("district", districtCode));
        List<String> dongs = geography.dongsOf(districtCode).stream().map(Dong::code).toList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ConsultingService.SEOUL);
        return new Due(districtCode, today, due.missingAssessments(dongs), due.missingPairs(dongs, LISTED),
                new Listed<>(due.countAssignments(districtCode, UNSCHEDULED, today), due.assignments(districtCode, UNSCHEDULED, today, LISTED)),
                new Listed<>(due.countAssignments(districtCode, AWAITING_REPORT, today),
                        due.assignments(districtCode, AWAITING_REPORT, today, LISTED)),
                listed(indicators.missingIn(districtCode, today)));
    }

    private static <T> Listed<T> listed(List<T> all) {
        return new Listed<>(all.size(), all.subList(0, Math.min(LISTED, all.size())));
    }
}
