package kr.seoul.chatdong.governance.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.governance.service.AgendaService;
import kr.seoul.chatdong.language.events.EventCatalog;

/** A published yearly report goes on the agenda of the council routed for EVALUATION (공유보고; by default the 운영위원회). */
@ApplicationScoped
public class ReportPublishedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    AgendaService agenda;

    @Incoming("monitoring-reports")
    @Blocking
    public void onReportEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "council-agenda",
                EventCatalog.REPORT_PUBLISHED,
                record,
                event -> agenda.reportOnRoutedCouncil(event.payload(), event.id()));
    }
}
