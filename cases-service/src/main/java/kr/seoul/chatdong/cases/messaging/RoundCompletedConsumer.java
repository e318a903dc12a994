package kr.seoul.chatdong.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.cases.service.CaseService;
import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.language.events.EventCatalog;

/** round.completed → {@link CaseService#nominateFrom}: a nomination for every (dong, field) at or above the excellence bar. */
@ApplicationScoped
public class RoundCompletedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    CaseService cases;

    @Incoming("monitoring-rounds")
    @Blocking
    public void onRoundEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "case-nominations",
                EventCatalog.ROUND_COMPLETED,
                record,
                event -> cases.nominateFrom(event.payload(), event.id()));
        events.consume(
                "case-nominations",
                EventCatalog.ASSESSMENT_CORRECTED,
                record,
                event -> cases.reconcile(event.payload(), event.id()));
    }
}
