package kr.seoul.chatdong.bench.lists;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/** 2,000 rows at every start (the schema is dropped and created). */
public class Seed {

    private static final String[] FIELDS = {"WELFARE", "VILLAGE", "ADMINISTRATION", "HEALTH"};
    private static final String[] STATUSES = {"OPEN", "PLANNED", "MET"};
    private static final String[] NAMES = {"청운효자동", "사직동", "삼청동", "부암동", "평창동", "무악동", "교남동", "가회동", "종로1·2·3·4가동", "성북동"};

    @Transactional
    void load(@Observes StartupEvent start) {
        Random random = new Random(42);
        Instant base = Instant.parse("2016-01-01T00:00:00Z");
        for (int i = 0; i < 2000; i++) {
            Item item = new Item();
            item.dongCode = String.valueOf(1111051500L + i * 10L);
            item.field = FIELDS[i % 4];
            item.score = Math.max(0, Math.min(100, (int) Math.round(73 + 11 * random.nextGaussian())));
            item.status = STATUSES[random.nextInt(3)];
            item.createdAt = base.plus(random.nextInt(3650 * 24), ChronoUnit.HOURS);
            item.name = NAMES[i % NAMES.length] + " " + item.field + " 컨설팅";
            item.note = "모니터링 결과 " + item.score + "점: 찾아가는 동주민센터 " + (i + 1) + "번째 항목";
            item.persist();
        }
    }
}
