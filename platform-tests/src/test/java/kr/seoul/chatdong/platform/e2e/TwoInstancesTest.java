package kr.seoul.chatdong.platform.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;

/**
 * Two instances of every service against one broker and one database each, as `./chatdong up
 * --instances 2` and the Kubernetes manifests run them: writes and a burst of round completions go
 * to both, one instance of each service is killed mid-burst, and every count stays exact — nothing
 * lost, nothing doubled — while at most one instance publishes each outbox at a time and the killed
 * instances' partitions move to the survivors.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest extends RunningPlatform {

    private static final String TOPIC = "monitoring.rounds";
    private static final int ROUNDS = 12;
    private static final int DONGS = 30;
    private static final Map<String, ServiceProcess> second = new LinkedHashMap<>();

    @BeforeAll
    static void startSecondInstances() throws Exception {
        int port = 18091;
        for (String name : platform.services.keySet()) {
            second.put(name, platform.instance(name, port++, name + "#2", Map.of()));
        }
        for (ServiceProcess instance : second.values()) {
            instance.start(Map.of());
        }
        for (ServiceProcess instance : second.values()) {
            instance.awaitReady(Platform.READY);
        }
    }

    @AfterAll
    static void stopSecondInstances() throws Exception {
        for (ServiceProcess instance : second.values()) {
            instance.stop();
        }
    }

    @Test
    @Order(1)
    void aBurstSentToBothWithOneOfEachKilledMidwayDerivesExactCounts() throws Exception {
        try (Admin kafka =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.broker.bootstrapServers()))) {
            // Each service's consumer group has two members, and the topic's partitions are split between them.
            for (String group : platform.services.keySet()) {
                awaitMembers(kafka, group, 2);
            }

            // Rounds are planned and assessed through both monitoring instances, alternately.
            List<String> rounds = new ArrayList<>();
            Map<String, HeadlineFlow.Expected> expected = new LinkedHashMap<>();
            for (int r = 0; r < ROUNDS; r++) {
                String monitoring = r % 2 == 0
                        ? platform.url("monitoring-service")
                        : second.get("monitoring-service").url();
                List<String> dongs = allDongs.subList(r * DONGS, (r + 1) * DONGS);
                String round = plan(monitoring, "두 인스턴스 " + (r + 1) + "차", dongs);
                expected.put(round, assess(monitoring, round, dongs, r));
                rounds.add(round);
            }

            try (OutboxWatch watch = new OutboxWatch()) {
                // The burst: completions alternate between the instances; halfway, one of each service dies.
                for (int r = 0; r < ROUNDS; r++) {
                    if (r == ROUNDS / 2) {
                        for (ServiceProcess instance : second.values()) {
                            instance.kill();
                        }
                    }
                    String monitoring = r % 2 == 1 && r < ROUNDS / 2
                            ? second.get("monitoring-service").url()
                            : platform.url("monitoring-service");
                    given().post(monitoring + "/api/v1/rounds/" + rounds.get(r) + "/complete")
                            .then()
                            .statusCode(200);
                }
                for (String round : rounds) {
                    flow.awaitDerived(round, expected.get(round), Duration.ofSeconds(120));
                }
                // Redeliveries to the survivor (offsets the killed instance never committed) add nothing:
                // once every group has committed the topic's end, nothing is left to redeliver.
                awaitCaughtUp(kafka, platform.services.keySet());
                for (String round : rounds) {
                    assertEquals(expected.get(round), flow.counts(round), "round " + round + " after redelivery");
                }
                System.out.printf(
                        "e2e: two instances, %d rounds, one of each killed mid-burst; outbox lock holders (backends) seen: %s%n",
                        ROUNDS, watch.holders);
                assertTrue(
                        watch.samples > 0 && !watch.holders.isEmpty(),
                        "the outbox watch saw the relays take their lock");
            }
            // One publisher at a time: monitoring's events reach each partition in outbox order,
            // though both instances' relays competed for the outbox until one was killed.
            assertOutboxOrderOnTheTopic();

            // The survivors now hold every partition of the topic.
            for (String group : platform.services.keySet()) {
                MemberDescription survivor = awaitMembers(kafka, group, 1).get(0);
                int partitions = kafka.describeTopics(List.of(TOPIC))
                        .allTopicNames()
                        .get()
                        .get(TOPIC)
                        .partitions()
                        .size();
                assertEquals(partitions, partitionsOf(survivor).size(), group + " survivor holds every partition");
            }
        }
    }

    /**
     * A rolling restart of monitoring-service under load: each instance in turn gets SIGTERM, stops
     * and starts again while four clients keep reading and creating through a balancer that, like a
     * Kubernetes Service, sends only to instances whose readiness is UP and resends a request whose
     * connection failed (with its Idempotency-Key, so a create is never doubled). No answer is a
     * 5xx, every create is stored exactly once, and rounds completed meanwhile derive exactly.
     */
    @Test
    @Order(2)
    void aRollingRestartUnderLoadAnswersNo5xxAndLosesNothing() throws Exception {
        ServiceProcess first = platform.service("monitoring-service");
        ServiceProcess other = platform.instance("monitoring-service", 18092, "monitoring-service#2-rolling", Map.of());
        other.start(Map.of());
        other.awaitReady(Platform.READY);
        List<String> dongs = allDongs.subList(0, DONGS);
        List<String> rounds = new ArrayList<>();
        Map<String, HeadlineFlow.Expected> expected = new LinkedHashMap<>();
        for (int r = 0; r < 4; r++) {
            String round = plan(first.url(), "순차 재시작 " + (r + 1), dongs);
            expected.put(round, assess(first.url(), round, dongs, 40 + r));
            rounds.add(round);
        }
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        try (Balancer balancer = new Balancer(List.of(first, other))) {
            LoadClients load = new LoadClients(balancer, run);
            java.util.Iterator<String> toComplete = rounds.iterator();
            for (ServiceProcess instance : List.of(first, other)) {
                load.awaitAnswered(20); // the clients are at work before each restart
                complete(balancer, toComplete.next());
                java.util.concurrent.CompletableFuture<Void> stopping =
                        java.util.concurrent.CompletableFuture.runAsync(() -> {
                            try {
                                instance.stop();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
                balancer.awaitOutOfRotation(instance); // its readiness is DOWN: it drains
                complete(balancer, toComplete.next()); // while one instance drains
                stopping.join();
                instance.start(Map.of());
                instance.awaitReady(Platform.READY);
            }
            load.awaitAnswered(20); // and go on once both are back
            load.stop();
            System.out.printf(
                    "e2e: rolling restart of monitoring-service under load: %s; %d requests resent after a failed connection%n",
                    load.statuses, balancer.resent.get());
            assertTrue(
                    load.statuses.keySet().stream().allMatch(status -> status < 500),
                    "no 5xx during the rolling restart: " + load.statuses);
            assertTrue(load.created.size() > 0, "creates went through during the restart");
            try (Connection db = database("chatdong_monitoring_e2e");
                    Statement sql = db.createStatement();
                    ResultSet count = sql.executeQuery(
                            "SELECT count(*), count(DISTINCT name) FROM monitoring_round WHERE name LIKE '재시작 부하 " + run
                                    + "%'")) {
                count.next();
                assertEquals(load.created.size(), count.getInt(1), "every acknowledged create stored, and only once");
                assertEquals(count.getInt(1), count.getInt(2), "no create stored twice");
            }
            for (String round : rounds) {
                flow.awaitDerived(round, expected.get(round), Duration.ofSeconds(120));
            }
        } finally {
            other.stop();
        }
    }

    /** Sends each request to a ready instance, round robin; a failed connection is resent to another. */
    private static final class Balancer implements AutoCloseable {

        final java.util.concurrent.atomic.AtomicInteger resent = new java.util.concurrent.atomic.AtomicInteger();
        private final List<ServiceProcess> instances;
        private final Set<ServiceProcess> ready = ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread watcher;
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .build();

        Balancer(List<ServiceProcess> instances) {
            this.instances = instances;
            ready.addAll(instances);
            watcher = new Thread(
                    () -> {
                        while (running.get()) {
                            for (ServiceProcess instance : instances) {
                                if (instance.alive() && instance.ready()) {
                                    ready.add(instance);
                                } else {
                                    ready.remove(instance);
                                }
                            }
                            try {
                                TimeUnit.MILLISECONDS.sleep(100);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "balancer-readiness");
            watcher.start();
        }

        /** Waits (up to 30 s) until the balancer has taken INSTANCE out of rotation: its readiness answered DOWN, or it is gone. */
        void awaitOutOfRotation(ServiceProcess instance) {
            org.awaitility.Awaitility.await(instance + " out of rotation after SIGTERM")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> !ready.contains(instance));
        }

        java.net.http.HttpResponse<String> send(java.net.http.HttpRequest.Builder request, String path)
                throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                List<ServiceProcess> candidates =
                        instances.stream().filter(ready::contains).toList();
                if (candidates.isEmpty()) {
                    TimeUnit.MILLISECONDS.sleep(50);
                    continue;
                }
                ServiceProcess target = candidates.get(Math.floorMod(next.getAndIncrement(), candidates.size()));
                try {
                    return http.send(
                            request.copy()
                                    .uri(java.net.URI.create(target.url() + path))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException e) {
                    resent.incrementAndGet();
                    ready.remove(target);
                }
            }
            throw new AssertionError("no instance answered " + path + " within 60 s");
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            watcher.join(2000);
        }
    }

    private static void complete(Balancer balancer, String round) throws InterruptedException {
        var answer = balancer.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://unused"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + platform.realm.token("city-admin"))
                        .header("Idempotency-Key", "complete-" + round)
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()),
                "/api/v1/rounds/" + round + "/complete");
        assertEquals(200, answer.statusCode(), answer.body());
    }

    /** Four clients creating rounds with Idempotency-Keys and reading the list, until stopped. */
    private static final class LoadClients {

        final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        final Set<String> created = ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.atomic.AtomicInteger answered =
                new java.util.concurrent.atomic.AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> clients = new ArrayList<>();

        /** Waits (up to 60 s) until the clients have had N more answers. */
        void awaitAnswered(int n) {
            int target = answered.get() + n;
            org.awaitility.Awaitility.await(n + " more answers to the load clients")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> answered.get() >= target);
        }

        LoadClients(Balancer balancer, String run) {
            String token = "Bearer " + platform.realm.token("city-admin");
            for (int c = 0; c < 4; c++) {
                int client = c;
                Thread thread = new Thread(
                        () -> {
                            int i = 0;
                            while (running.get()) {
                                try {
                                    java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                                                    java.net.URI.create("http://unused"))
                                            .timeout(Duration.ofSeconds(30))
                                            .header("Authorization", token);
                                    String path;
                                    String name = null;
                                    if (i % 2 == 0) {
                                        name = "재시작 부하 " + run + " " + client + "-" + i;
                                        path = "/api/v1/rounds";
                                        request.header("Content-Type", "application/json")
                                                .header(
                                                        "Idempotency-Key",
                                                        java.util
                                                                .UUID
                                                                .randomUUID()
                                                                .toString())
                                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                                        "{\"name\":\"" + name
                                                                + "\",\"startsOn\":\"2016-08-01\",\"endsOn\":\"2016-11-30\",\"dongCodes\":[\""
                                                                + allDongs.get(0) + "\"]}"));
                                    } else {
                                        path = "/api/v1/rounds?size=20";
                                    }
                                    int status = balancer.send(request, path).statusCode();
                                    statuses.merge(status, 1, Integer::sum);
                                    answered.incrementAndGet();
                                    if (name != null && status == 201) {
                                        created.add(name);
                                    }
                                    i++;
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        },
                        "load-" + c);
                thread.start();
                clients.add(thread);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread client : clients) {
                client.join(60_000);
            }
        }
    }

    private static String plan(String monitoring, String name, List<String> dongs) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "startsOn",
                        "2016-08-01",
                        "endsOn",
                        "2016-11-30",
                        "dongCodes",
                        dongs,
                        "underperformingBelow",
                        HeadlineFlow.BELOW,
                        "excellentFrom",
                        HeadlineFlow.EXCELLENT))
                .post(monitoring + "/api/v1/rounds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static HeadlineFlow.Expected assess(String monitoring, String round, List<String> dongs, int seed) {
        int below = 0;
        int excellent = 0;
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int d = 0; d < dongs.size(); d++) {
            for (int f = 0; f < HeadlineFlow.FIELDS.length; f++) {
                int score = HeadlineFlow.score(d, f, seed + 100);
                below += score < HeadlineFlow.BELOW ? 1 : 0;
                excellent += score >= HeadlineFlow.EXCELLENT ? 1 : 0;
                batch.add(Map.of("dongCode", dongs.get(d), "field", HeadlineFlow.FIELDS[f], "score", score));
            }
        }
        String etag = given().get(monitoring + "/api/v1/rounds/" + round)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(batch)
                .put(monitoring + "/api/v1/rounds/" + round + "/assessments")
                .then()
                .statusCode(200);
        return new HeadlineFlow.Expected(below, excellent, below, 1);
    }

    /**
     * Reads the whole topic and maps each record's event id (ce_id) to its row in monitoring's
     * outbox: per partition, the first delivery of each event must come in increasing outbox
     * sequence — two relays publishing at once would interleave their batches. Redeliveries (a
     * relay killed between send and mark) are counted, not failed: consumers drop them.
     */
    private static void assertOutboxOrderOnTheTopic() throws Exception {
        Map<String, Long> seqById = new java.util.HashMap<>();
        try (Connection db = database("chatdong_monitoring_e2e");
                Statement sql = db.createStatement();
                ResultSet rows =
                        sql.executeQuery("SELECT id::text, seq FROM outbox_event WHERE topic = '" + TOPIC + "'")) {
            while (rows.next()) {
                seqById.put(rows.getString(1), rows.getLong(2));
            }
        }
        Map<String, Object> config = Map.of(
                org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.broker.bootstrapServers(),
                org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false");
        var strings = new org.apache.kafka.common.serialization.StringDeserializer();
        int records = 0;
        int redelivered = 0;
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(config, strings, strings)) {
            var partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(TOPIC, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<Integer, Long> lastSeq = new java.util.HashMap<>();
            Set<String> delivered = new java.util.HashSet<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    var idHeader = record.headers().lastHeader("ce_id");
                    Long seq = idHeader == null
                            ? null
                            : seqById.get(new String(idHeader.value(), java.nio.charset.StandardCharsets.UTF_8));
                    if (seq == null) {
                        continue; // sent by a test, not by the outbox
                    }
                    records++;
                    if (!delivered.add(record.partition() + ":" + seq)) {
                        redelivered++;
                        continue;
                    }
                    Long previous = lastSeq.put(record.partition(), seq);
                    assertTrue(
                            previous == null || previous < seq,
                            "partition " + record.partition() + ": outbox seq " + seq + " after " + previous
                                    + " — two publishers interleaved");
                }
            }
        }
        System.out.printf(
                "e2e: %s: %d records from monitoring's outbox in outbox order per partition, %d redelivered%n",
                TOPIC, records, redelivered);
        assertTrue(records >= ROUNDS, "the burst's events are on the topic");
    }

    private static Connection database(String name) throws Exception {
        String host = System.getProperty("chatdong.db.host", "127.0.0.1");
        return DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + System.getenv().getOrDefault("DB_PORT", "5432") + "/" + name,
                System.getenv().getOrDefault("DB_USER", "chatdong"),
                System.getenv().getOrDefault("DB_PASSWORD", "chatdong"));
    }

    /**
     * Waits (up to 60 s) until every group has committed the end of every partition of the topic:
     * whatever a killed instance left uncommitted has been redelivered and handled.
     */
    private static void awaitCaughtUp(Admin kafka, Collection<String> groups) {
        org.awaitility.Awaitility.await("consumer groups caught up with the end of " + TOPIC)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> lag(kafka, groups), Map::isEmpty);
    }

    /** Per group, how many records of the topic it has not committed yet (groups with none left out). */
    private static Map<String, Long> lag(Admin kafka, Collection<String> groups) throws Exception {
        List<org.apache.kafka.common.TopicPartition> partitions =
                kafka.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().stream()
                        .map(p -> new org.apache.kafka.common.TopicPartition(TOPIC, p.partition()))
                        .toList();
        Map<org.apache.kafka.common.TopicPartition, Long> ends = new java.util.HashMap<>();
        for (var end : kafka.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> org.apache.kafka.clients.admin.OffsetSpec.latest())))
                .all()
                .get()
                .entrySet()) {
            ends.put(end.getKey(), end.getValue().offset());
        }
        Map<String, Long> lag = new java.util.TreeMap<>();
        for (String group : groups) {
            var committed = kafka.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            long missing = 0;
            for (var partition : partitions) {
                var offset = committed.get(partition);
                missing += ends.get(partition) - (offset == null ? 0 : offset.offset());
            }
            if (missing > 0) {
                lag.put(group, missing);
            }
        }
        return lag;
    }

    /** Waits until the group has {@code members} readers of the topic, each holding some of its partitions, and returns them. */
    private static List<MemberDescription> awaitMembers(Admin kafka, String group, int members) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        ConsumerGroupDescription description = null;
        while (System.nanoTime() < deadline) {
            description =
                    kafka.describeConsumerGroups(List.of(group)).all().get().get(group);
            // Each incoming channel of an instance is a member of its own (clientId kafka-consumer-<channel>).
            List<MemberDescription> readers = description.members().stream()
                    .filter(m -> m.clientId().endsWith("monitoring-rounds"))
                    .toList();
            if (readers.size() == members
                    && readers.stream().allMatch(m -> !partitionsOf(m).isEmpty())) {
                return readers;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new AssertionError(
                group + ": expected " + members + " members sharing " + TOPIC + ", saw " + description);
    }

    private static Set<Integer> partitionsOf(MemberDescription member) {
        return member.assignment().topicPartitions().stream()
                .filter(p -> p.topic().equals(TOPIC))
                .map(p -> p.partition())
                .collect(Collectors.toSet());
    }

    /**
     * Samples PostgreSQL's advisory locks every few milliseconds: the relay of an instance holds
     * the outbox's lock for the length of one publishing pass, so two holders of one database at
     * the same moment would be two publishers.
     */
    private static final class OutboxWatch implements AutoCloseable {

        final Map<String, Set<Integer>> holders = new ConcurrentHashMap<>();
        volatile int samples;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        OutboxWatch() throws Exception {
            Connection connection = database("postgres");
            thread = new Thread(
                    () -> {
                        try (connection;
                                Statement sql = connection.createStatement()) {
                            while (running.get()) {
                                try (ResultSet locks = sql.executeQuery(
                                        "SELECT d.datname, l.pid FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                                                + " WHERE l.locktype = 'advisory' AND l.granted AND d.datname LIKE '%\\_e2e'"
                                                + " AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtext('chatdong.outbox')::bigint")) {
                                    while (locks.next()) {
                                        holders.computeIfAbsent(locks.getString(1), d -> ConcurrentHashMap.newKeySet())
                                                .add(locks.getInt(2));
                                    }
                                }
                                samples++;
                                TimeUnit.MILLISECONDS.sleep(5);
                            }
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    "outbox-watch");
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(5000);
        }
    }
}
