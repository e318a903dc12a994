package kr.seoul.chatdong.training.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.training.service.TrainingNeedService;

/**
 * round.completed → {@link TrainingNeedService#recordFor}: a training need for every (dong, field)
 * below the bar; assessment.corrected → {@link TrainingNeedService#reconcile}.
 */
@ApplicationScoped
public class RoundCompletedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    TrainingNeedService needs;

    @Incoming("monitoring-rounds")
    @Blocking
    public void onRoundEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "training-needs",
                EventCatalog.ROUND_COMPLETED,
                record,
                event -> needs.recordFor(event.payload(), event.id()));
        events.consume(
                "training-needs",
                EventCatalog.ASSESSMENT_CORRECTED,
                record,
                event -> needs.reconcile(event.payload(), event.id()));
    }
}
