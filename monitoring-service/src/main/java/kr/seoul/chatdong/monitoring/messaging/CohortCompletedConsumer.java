package kr.seoul.chatdong.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.monitoring.service.IndicatorService;

/** cohort.completed → {@link IndicatorService#deriveFrom(kr.seoul.chatdong.language.events.training.CohortCompleted, String)}: the training execution rate of the cohort's districts. */
@ApplicationScoped
public class CohortCompletedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    IndicatorService indicators;

    @Incoming("training-cohorts")
    @Blocking
    public void onCohortEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "indicator-training-execution-rate",
                EventCatalog.COHORT_COMPLETED,
                record,
                event -> indicators.deriveFrom(event.payload(), event.id()));
    }
}
