package kr.seoul.chatdong.governance.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.governance.service.AgendaService;
import kr.seoul.chatdong.language.events.EventCatalog;

/** A completed round puts its review on the agenda of the council agenda routing names (by default the 운영위원회). */
@ApplicationScoped
public class RoundCompletedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    AgendaService agenda;

    @Incoming("monitoring-rounds")
    @Blocking
    public void onRoundEvent(ConsumerRecord<String, String> record) {
        events.consume(
                "council-agenda",
                EventCatalog.ROUND_COMPLETED,
                record,
                event -> agenda.reviewOnRoutedCouncil(event.payload(), event.id()));
    }
}
