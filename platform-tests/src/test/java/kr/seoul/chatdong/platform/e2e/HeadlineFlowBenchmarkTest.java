package kr.seoul.chatdong.platform.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.events.EventJson;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;

/**
 * Figures for DESIGN.md §6, printed, never asserted (run: bench/headline-flow). The platform runs
 * as in the end-to-end tests: four service JVMs and a broker on this machine.
 */
@Tag("bench")
class HeadlineFlowBenchmarkTest extends RunningPlatform {

    @Test
    void completionToEveryDerivedRecordVisible() throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            String round = flow.plan("bench " + run, allDongs);
            HeadlineFlow.Expected expected = flow.assessAll(round, allDongs, run);
            long start = System.nanoTime();
            flow.complete(round);
            flow.awaitDerived(round, expected, Duration.ofSeconds(120));
            long took = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    "bench: %s run %d: 426 x 4 round, %s, POST complete -> all derived visible in %d ms%n",
                    run == 0 ? "warm-up" : "measured", run, expected, took);
            if (run > 0) {
                millis.add(took);
            }
        }
        millis.sort(Long::compare);
        System.out.printf(
                "bench: completion -> all derived visible, median of %d: %d ms (min %d, max %d)%n",
                millis.size(), millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1));
    }

    @Test
    void consumerThroughput() throws Exception {
        int events = Integer.getInteger("bench.events", 40);
        List<RoundCompleted> payloads = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            payloads.add(round(UUID.randomUUID(), 100 + e));
        }
        String[] services = {
            "monitoring-service (consulting)",
            "cases-service (nominations)",
            "training-service (needs)",
            "governance-service (agenda)"
        };
        // -Dbench.only=<service> measures that consumer alone (the other services stopped)
        String only = System.getProperty("bench.only");
        if (only != null) {
            for (ServiceProcess service : platform.services.values()) {
                if (!service.name.equals(only)) {
                    service.stop();
                }
            }
        }
        long[] derived = new long[4];
        for (RoundCompleted round : payloads) {
            derived[0] += round.underperforming().size();
            derived[1] += round.excellent().size();
            derived[2] += round.underperforming().size();
            derived[3] += 1;
        }
        long start;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        platform.broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        4 * 1024 * 1024),
                new StringSerializer(),
                new StringSerializer())) {
            start = System.nanoTime();
            for (RoundCompleted round : payloads) {
                ProducerRecord<String, String> record = new ProducerRecord<>(
                        EventCatalog.ROUND_COMPLETED.topic(), round.roundId().toString(), EventJson.write(round));
                Map.of(
                                "ce_specversion",
                                "1.0",
                                "ce_id",
                                UUID.randomUUID().toString(),
                                "ce_source",
                                "/chatdong/bench",
                                "ce_type",
                                EventCatalog.ROUND_COMPLETED.type(),
                                "ce_time",
                                Instant.now().toString(),
                                "content-type",
                                "application/json")
                        .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
        // A service is done when it shows every round's derived records (rounds are spread over partitions).
        long[] doneAt = new long[4];
        boolean[][] roundDone = new boolean[4][events];
        long deadline = start + Duration.ofMinutes(5).toNanos();
        while (java.util.Arrays.stream(doneAt).anyMatch(t -> t == 0) && System.nanoTime() < deadline) {
            // poll gently: the services share these two cores with this loop
            java.util.concurrent.TimeUnit.MILLISECONDS.sleep(250);
            for (int e = 0; e < events; e++) {
                if (roundDone[0][e] && roundDone[1][e] && roundDone[2][e] && roundDone[3][e]) {
                    continue;
                }
                RoundCompleted round = payloads.get(e);
                HeadlineFlow.Expected seen = only == null
                        ? flow.counts(round.roundId().toString())
                        : flow.countsIn(only, round.roundId().toString());
                long now = System.nanoTime();
                roundDone[0][e] |= seen.consulting() == round.underperforming().size()
                        || (only != null && !only.startsWith("monitoring"));
                roundDone[1][e] |=
                        seen.nominations() == round.excellent().size() || (only != null && !only.startsWith("cases"));
                roundDone[2][e] |=
                        seen.trainingNeeds() == round.underperforming().size()
                                || (only != null && !only.startsWith("training"));
                roundDone[3][e] |= seen.agendaItems() == 1 || (only != null && !only.startsWith("governance"));
                for (int s = 0; s < 4; s++) {
                    boolean all = true;
                    for (boolean done : roundDone[s]) {
                        all &= done;
                    }
                    if (all && doneAt[s] == 0) {
                        doneAt[s] = now;
                    }
                }
            }
        }
        for (int s = 0; s < 4; s++) {
            if (only != null && !services[s].startsWith(only)) {
                continue;
            }
            if (doneAt[s] == 0) {
                System.out.printf("bench: %s did not finish within 5 minutes%n", services[s]);
                continue;
            }
            double seconds = (doneAt[s] - start) / 1e9;
            String service = services[s].substring(0, services[s].indexOf(' '));
            String metrics = io.restassured.RestAssured.get(platform.url(service) + "/q/metrics")
                    .asString();
            metrics.lines()
                    .filter(l -> l.startsWith("chatdong_events_handling_seconds_sum")
                            || l.startsWith("chatdong_events_handling_seconds_count"))
                    .forEach(l -> System.out.println("bench:   " + service + " " + l));
            System.out.printf(
                    "bench: %s: %d round.completed events (426 dongs each) in %.2f s = %.1f events/s, %.0f derived records/s%n",
                    services[s], events, seconds, events / seconds, derived[s] / seconds);
        }
    }

    private RoundCompleted round(UUID id, int seed) {
        List<RoundCompleted.DongScores> dongs = new ArrayList<>();
        for (int d = 0; d < allDongs.size(); d++) {
            Map<Field, Integer> scores = new EnumMap<>(Field.class);
            for (int f = 0; f < Field.values().length; f++) {
                scores.put(Field.values()[f], HeadlineFlow.score(d, f, seed));
            }
            dongs.add(new RoundCompleted.DongScores(
                    allDongs.get(d), allDongs.get(d).substring(0, 5), scores));
        }
        return new RoundCompleted(
                id,
                "bench " + seed,
                LocalDate.of(2016, 8, 1),
                LocalDate.of(2016, 11, 30),
                HeadlineFlow.BELOW,
                HeadlineFlow.EXCELLENT,
                Instant.now(),
                dongs);
    }
}
