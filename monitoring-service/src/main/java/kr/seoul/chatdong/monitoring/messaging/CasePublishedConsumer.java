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

/** case.published → {@link IndicatorService#deriveFrom(kr.seoul.chatdong.language.events.cases.CasePublished, String)}: the best-practice count of the case's district; and the case kept for the yearly report ({@link ReportFacts}). */
@ApplicationScoped
public class CasePublishedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    IndicatorService indicators;

    @Inject
    ReportFacts reportFacts;

    @Incoming("cases-cases")
    @Blocking
    public void onCaseEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "indicator-best-practice-cases",
                EventCatalog.CASE_PUBLISHED,
                record,
                event -> indicators.deriveFrom(event.payload(), event.id()));
        events.consume(
                "report-facts",
                EventCatalog.CASE_PUBLISHED,
                record,
                event -> reportFacts.record(event.payload(), event.id()));
    }
}
