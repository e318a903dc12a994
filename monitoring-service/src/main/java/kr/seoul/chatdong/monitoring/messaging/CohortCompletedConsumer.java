package kr.seoul.chatdong.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.monitoring.service.IndicatorService;
import kr.seoul.chatdong.monitoring.service.ReportFacts;

/** cohort.completed → {@link IndicatorService#deriveFrom(kr.seoul.chatdong.language.events.training.CohortCompleted, String)}: the training execution rate of the cohort's districts; and the cohort kept for the yearly report ({@link ReportFacts}). */
@ApplicationScoped
public class CohortCompletedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    IndicatorService indicators;

    @Inject
    ReportFacts reportFacts;

    @Incoming("training-cohorts")
    @Blocking
    public void onCohortEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "indicator-training-execution-rate",
                EventCatalog.COHORT_COMPLETED,
                record,
                event -> indicators.deriveFrom(event.payload(), event.id()));
        events.consume(
                "report-facts",
                EventCatalog.COHORT_COMPLETED,
                record,
                event -> reportFacts.record(event.payload(), event.id()));
    }
}
