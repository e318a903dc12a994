package kr.seoul.chatdong.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.cases.service.ManualService;
import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.language.events.EventCatalog;

/** decision.recorded → {@link ManualService#recordDecision}: the decisions a manual version may be approved by. */
@ApplicationScoped
public class DecisionRecordedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    ManualService manuals;

    @Incoming("governance-decisions")
    @Blocking
    public void onDecisionEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "manual-approving-decisions",
                EventCatalog.DECISION_RECORDED,
                record,
                event -> manuals.recordDecision(event.payload(), event.id()));
    }
}
