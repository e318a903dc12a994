package kr.seoul.chatdong.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.monitoring.service.IndicatorService;

/**
 * cohort.planned → {@link IndicatorService#deriveFrom(kr.seoul.chatdong.language.events.training.CohortPlanned,
 * String)}: the training execution rate (held ÷ planned) of the district that organises the cohort.
 */
@ApplicationScoped
public class CohortPlannedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    IndicatorService indicators;

    @Incoming("training-cohort-plans")
    @Blocking
    public void onCohortPlanEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "indicator-training-execution",
                EventCatalog.COHORT_PLANNED,
                record,
                event -> indicators.deriveFrom(event.payload(), event.id()));
    }
}
