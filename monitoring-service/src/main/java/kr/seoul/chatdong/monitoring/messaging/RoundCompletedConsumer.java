package kr.seoul.chatdong.monitoring.messaging;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.monitoring.domain.RoundFinding;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.monitoring.domain.ConsultingAssignment;
import kr.seoul.chatdong.monitoring.repository.ConsultingAssignmentRepository;

/** A completed round opens consulting for every (dong, field) below its bar. */
@ApplicationScoped
public class RoundCompletedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    ConsultingAssignmentRepository assignments;

    @Inject
    Clock clock;

    @Incoming("monitoring-rounds")
    @Blocking
    public void onRoundEvent(ConsumerRecord<String, String> record) {
        events.consume("consulting-assignments", EventCatalog.ROUND_COMPLETED, record, event -> {
            var now = clock.instant();
            event.payload().underperforming().forEach(below ->
                    assignments.persist(ConsultingAssignment.open(new RoundFinding(event.payload().roundId(), below, event.id()), now)));
        });
    }
}
