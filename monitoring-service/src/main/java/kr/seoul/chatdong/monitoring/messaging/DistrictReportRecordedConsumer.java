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
 * district-report.recorded → the district's training report kept for the yearly report's training section
 * ({@link ReportFacts}): the completions districts reported of training held outside the platform.
 */
@ApplicationScoped
public class DistrictReportRecordedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    ReportFacts reportFacts;

    @Incoming("training-district-reports")
    @Blocking
    public void onDistrictReportEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "report-facts",
                EventCatalog.DISTRICT_REPORT_RECORDED,
                record,
                event -> reportFacts.record(event.payload(), event.id()));
    }
}
