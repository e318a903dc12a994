package kr.seoul.chatdong.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.monitoring.service.ReportFacts;

/** targets.set → the year's training targets kept for the yearly report's training section. */
@ApplicationScoped
public class TrainingTargetsConsumer {

    @Inject
    EventConsumer events;

    @Inject
    ReportFacts reportFacts;

    @Incoming("training-targets")
    @Blocking
    public void onTargetsEvent(ConsumerRecord<String, String> record) {
        events.consume("report-facts", EventCatalog.TARGETS_SET, record, event -> reportFacts.record(event.payload()));
    }
}
