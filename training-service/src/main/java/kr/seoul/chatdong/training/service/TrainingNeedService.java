package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.AssessmentCorrected;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;
import kr.seoul.chatdong.language.events.monitoring.RoundFinding;
import kr.seoul.chatdong.training.domain.TrainingNeed;
import kr.seoul.chatdong.training.repository.CourseRepository;
import kr.seoul.chatdong.training.repository.TrainingNeedRepository;

/** Use cases of training needs: a completed round reveals one for every (dong, field) below its bar. */
@ApplicationScoped
public class TrainingNeedService {

    @Inject
    TrainingNeedRepository needs;

    @Inject
    CourseRepository courses;

    @Inject
    Clock clock;

    /** In the transaction of the event's handling; each need is matched to the courses of its field. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFor(RoundCompleted round, String sourceEventId) {
        Instant now = clock.instant();
        Map<Field, List<UUID>> coursesByField = new EnumMap<>(Field.class);
        round.underperforming()
                .forEach(below -> needs.persist(TrainingNeed.found(
                        RoundFinding.of(round.roundId(), below, sourceEventId),
                        coursesByField.computeIfAbsent(below.field(), courses::addressing),
                        now)));
    }

    /**
     * Reconciles with a corrected score, in the transaction of the event's handling: the need is
     * withdrawn (with the reason) when the score is no longer below the bar, found when it now is,
     * untouched when it still is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reconcile(AssessmentCorrected correction, String sourceEventId) {
        Instant now = clock.instant();
        Optional<TrainingNeed> need = needs.of(correction.roundId(), correction.dongCode(), correction.field());
        switch (correction.reconciliation(AssessmentCorrected.Bar.UNDERPERFORMING, need.isPresent())) {
            case WITHDRAW -> need.get().withdraw(correction.withdrawalReason(), now);
            case DERIVE ->
                needs.persist(TrainingNeed.found(
                        RoundFinding.of(correction.roundId(), correction.corrected(), sourceEventId),
                        courses.addressing(correction.field()),
                        now));
            case UNTOUCHED -> {}
        }
    }
}
