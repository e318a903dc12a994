package kr.seoul.chatdong.commons.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.EventType;

/**
 * Creates, before the messaging channels start, the topics this service writes (its event types'
 * topics) and reads (its incoming channels and their dead-letter topics) with
 * {@code KAFKA_TOPIC_PARTITIONS} partitions (default 6), so that two instances of a consumer group
 * split the work; records keep their aggregate's key, so each aggregate's events stay in order.
 * A broker's auto-creation would make them with one partition. A topic that exists is left as it
 * is (adding partitions would move keys between partitions); one with fewer partitions is logged.
 * The broker being away does not stop the service from starting: it is logged, and auto-creation
 * takes over later.
 */
@ApplicationScoped
public class TopicsAtStart {

    private static final Logger LOG = Logger.getLogger(TopicsAtStart.class);

    @ConfigProperty(name = "chatdong.kafka.topic-partitions", defaultValue = "6")
    int partitions;

    @ConfigProperty(name = "chatdong.kafka.topic-replication-factor", defaultValue = "1")
    short replication;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        Set<String> topics = topicsOf(application, ConfigProvider.getConfig());
        if (topics.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                8_000))) {
            Set<String> existing = admin.listTopics().names().get(8, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, replication))
                    .toList();
            if (!missing.isEmpty()) {
                for (Map.Entry<String, KafkaFuture<Void>> created :
                        admin.createTopics(missing).values().entrySet()) {
                    try {
                        created.getValue().get(8, TimeUnit.SECONDS);
                        LOG.infof("topic %s created with %d partitions", created.getKey(), partitions);
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
            }
            List<String> before = topics.stream().filter(existing::contains).toList();
            if (!before.isEmpty()) {
                Map<String, TopicDescription> described =
                        admin.describeTopics(before).allTopicNames().get(8, TimeUnit.SECONDS);
                described.values().stream()
                        .filter(d -> d.partitions().size() < partitions)
                        .forEach(d -> LOG.warnf(
                                "topic %s has %d partition(s), fewer than %d: consumers of it cannot split across instances "
                                        + "(it existed before; adding partitions would move keys, so it is left as it is)",
                                d.name(), d.partitions().size(), partitions));
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf(
                    "topics %s could not be made at start (%s); the broker's auto-creation takes over",
                    topics, e.toString());
        }
    }

    /** The topics {@code application} writes (its event types) and reads (incoming channels and their dead-letter topics). */
    static Set<String> topicsOf(String application, Config config) {
        Set<String> topics = new TreeSet<>();
        for (EventType<?> type : EventCatalog.all()) {
            if (type.producer().equals(application)) {
                topics.add(type.topic());
            }
        }
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.")
                    && (name.endsWith(".topic") && !name.endsWith("dead-letter-queue.topic")
                            || name.endsWith(".dead-letter-queue.topic"))) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
        return topics;
    }
}
