package kr.seoul.chatdong.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.TestKafka;

/** The topics monitoring writes and reads exist with six partitions once it has started (the test broker starts empty). */
@QuarkusTest
class TopicsAtStartTest {

    @Test
    void writtenAndReadTopicsHaveSixPartitions() throws Exception {
        List<String> topics = List.of(
                "monitoring.consulting",
                "monitoring.rounds.dlq",
                "governance.meetings",
                "training.cohorts",
                "training.cohort-plans",
                "training.district-reports",
                "cases.cases");
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            Map<String, TopicDescription> described =
                    admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
            for (String topic : topics) {
                assertEquals(6, described.get(topic).partitions().size(), topic);
            }
        }
    }
}
