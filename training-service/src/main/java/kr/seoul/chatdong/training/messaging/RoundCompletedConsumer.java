package kr.seoul.chatdong.training.messaging;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.RoundFinding;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.commons.events.EventConsumer;
import kr.seoul.chatdong.training.domain.TrainingNeed;
import kr.seoul.chatdong.training.repository.CourseRepository;
import kr.seoul.chatdong.training.repository.TrainingNeedRepository;

/** A completed round creates a training need for every (dong, field) below its bar, matched to courses. */
@ApplicationScoped
public class RoundCompletedConsumer {

    @Inject
    EventConsumer events;

    @Inject
    TrainingNeedRepository needs;

    @Inject
    CourseRepository courses;

    @Inject
    Clock clock;

    @Incoming("monitoring-rounds")
    @Blocking
    public void onRoundEvent(ConsumerRecord<String, String> record) {
        events.consume("training-needs", EventCatalog.ROUND_COMPLETED, record, event -> {
            var round = event.payload();
            var now = clock.instant();
            Map<Field, List<UUID>> coursesByField = new EnumMap<>(Field.class);
            round.underperforming().forEach(below -> needs.persist(TrainingNeed.found(new RoundFinding(round.roundId(), below, event.id()),
                    coursesByField.computeIfAbsent(below.field(), courses::addressing), now)));
        });
    }
}
