package kr.seoul.chatdong.cases.messaging;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.repository.BestPracticeCaseRepository;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/** A completed round nominates a best-practice case for every (dong, field) at or above its excellence bar. */
@ApplicationScoped
public class RoundCompletedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    BestPracticeCaseRepository cases;

    @Inject
    SeoulGeography geography;

    @Inject
    Clock clock;

    @Incoming("monitoring-rounds")
    @Blocking
    public void onRoundEvent(ConsumerRecord<String, String> record) {
        events.consume("case-nominations", EventCatalog.ROUND_COMPLETED, record, event -> {
            var round = event.payload();
            var now = clock.instant();
            round.excellent().forEach(pair -> cases.persist(BestPracticeCase.nominate(round.roundId(), round.name(), pair,
                    geography.requireDong(pair.dongCode(), "dongs[].dongCode"), event.id(), now)));
        });
    }
}
