package kr.seoul.chatdong.commons.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.seoul.chatdong.commons.events.EventJson;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.EventType;

/**
 * The three parts of a catalog entry agree: the example (which conforms to the schema, see
 * {@link AsyncApiDocumentTest}) reads into the payload record and writes back unchanged, so a
 * field the schema names and the record misses (or misspells) fails here, not in a consumer.
 */
class EventCatalogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyExampleReadsIntoItsPayloadRecordAndWritesBackUnchanged() throws Exception {
        for (EventType<?> type : EventCatalog.all()) {
            JsonNode example = JSON.readTree(EventCatalogResource.resource(type.exampleResource()));
            Object payload = EventJson.read(example.toString(), type.payloadType());
            assertEquals(
                    example, JSON.readTree(EventJson.write(payload)), "round trip of the example of " + type.type());
        }
    }

    @Test
    void everyTypeIsNamedAfterItsProducerAndTravelsOnItsTopics() {
        Set<String> types = new HashSet<>();
        for (EventType<?> type : EventCatalog.all()) {
            String service = type.producer().replaceFirst("-service$", "");
            assertTrue(
                    type.type().startsWith("kr.seoul.chatdong." + service + "."),
                    type.type() + " is named after " + type.producer());
            assertTrue(
                    type.type().matches("kr\\.seoul\\.chatdong\\.[a-z]+\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+"),
                    type.type() + " is kr.seoul.chatdong.<service>.<aggregate>.<fact>.v<n>");
            assertTrue(type.topic().startsWith(service + "."), type.topic() + " is a topic of " + type.producer());
            assertTrue(types.add(type.type()), type.type() + " is defined once");
            assertEquals(type, EventCatalog.byType(type.type()).orElseThrow());
        }
        assertEquals(
                20,
                types.size(),
                "round.completed, assessment.corrected, report.published, consulting.* (7), meeting.held, "
                        + "decision.recorded, action-item.overdue, cohort.completed, cohort.planned, targets.set, district-report.recorded, need.met, case.published, "
                        + "contest.results-published");
    }
}
