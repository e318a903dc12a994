package kr.seoul.chatdong.monitoring.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;
import kr.seoul.chatdong.monitoring.domain.ConsultingAssignment;
import kr.seoul.chatdong.monitoring.domain.RoundFinding;
import kr.seoul.chatdong.monitoring.repository.ConsultingAssignmentRepository;

/** Use cases of consulting: a completed round opens an assignment for every (dong, field) below its bar. */
@ApplicationScoped
public class ConsultingService {

    @Inject
    ConsultingAssignmentRepository assignments;

    @Inject
    Clock clock;

    /** In the transaction of the event's handling: the assignments exist exactly when the event counts as processed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFor(RoundCompleted round, String sourceEventId) {
        Instant now = clock.instant();
        round.underperforming().forEach(below ->
                assignments.persist(ConsultingAssignment.open(new RoundFinding(round.roundId(), below, sourceEventId), now)));
    }
}
