package kr.seoul.chatdong.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.monitoring.service.ReportFacts;

/** action-item.overdue → the overdue action item kept for the yearly report's governance section. */
@ApplicationScoped
public class ActionItemOverdueConsumer {

    @Inject
    EventConsumer events;

    @Inject
    ReportFacts reportFacts;

    @Incoming("governance-action-items")
    @Blocking
    public void onActionItemEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "report-facts",
                EventCatalog.ACTION_ITEM_OVERDUE,
                record,
                event -> reportFacts.record(event.payload(), event.id()));
    }
}
