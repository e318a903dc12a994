package kr.seoul.chatdong.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.monitoring.service.ReportFacts;

/**
 * cohort.completed → the cohort kept for the yearly report ({@link ReportFacts}). The training execution
 * rate is derived from cohort.planned ({@link CohortPlannedConsumer}), no longer from completions.
 */
@ApplicationScoped
public class CohortCompletedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    ReportFacts reportFacts;

    @Incoming("training-cohorts")
    @Blocking
    public void onCohortEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "report-facts",
                EventCatalog.COHORT_COMPLETED,
                record,
                event -> reportFacts.record(event.payload(), event.id()));
    }
}
