package kr.seoul.chatdong.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.monitoring.service.ConsultingService;

/**
 * round.completed → {@link ConsultingService#openFor}: consulting for every (dong, field) below the
 * bar; assessment.corrected → {@link ConsultingService#reconcile}.
 */
@ApplicationScoped
public class RoundCompletedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    ConsultingService consulting;

    @Incoming("monitoring-rounds")
    @Blocking
    public void onRoundEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "consulting-assignments",
                EventCatalog.ROUND_COMPLETED,
                record,
                event -> consulting.openFor(event.payload(), event.id()));
        events.consume(
                "consulting-assignments",
                EventCatalog.ASSESSMENT_CORRECTED,
                record,
                event -> consulting.reconcile(event.payload(), event.id()));
    }
}
