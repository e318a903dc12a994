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

/** meeting.held → {@link IndicatorService#deriveFrom(kr.seoul.chatdong.language.events.governance.MeetingHeld, String)}: the public–private collaboration of the council's district; and the meeting kept for the yearly report ({@link ReportFacts}). */
@ApplicationScoped
public class MeetingHeldConsumer {

    @Inject
    EventConsumer events;

    @Inject
    IndicatorService indicators;

    @Inject
    ReportFacts reportFacts;

    @Incoming("governance-meetings")
    @Blocking
    public void onMeetingEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "indicator-public-private-collaboration",
                EventCatalog.MEETING_HELD,
                record,
                event -> indicators.deriveFrom(event.payload(), event.id()));
        events.consume(
                "report-facts",
                EventCatalog.MEETING_HELD,
                record,
                event -> reportFacts.record(event.payload(), event.id()));
    }
}
