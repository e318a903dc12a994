package kr.seoul.chatdong.commons.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import kr.seoul.chatdong.commons.events.CloudEventHeaders;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.EventType;

/**
 * The AsyncAPI document is valid AsyncAPI 3.0 by the reference parser (@asyncapi/parser, run with
 * Node from tools/api-lint) and describes every type of the event catalog.
 */
class AsyncApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SUMMARY = Pattern.compile("(?m)^asyncapi: (\\d+) errors, (\\d+) warnings$");

    @Test
    void theParserReportsNoErrors() throws Exception {
        Path root = repositoryRoot();
        Path tool = root.resolve("tools/api-lint/validate-asyncapi.mjs");
        assertTrue(Files.isRegularFile(tool), "missing " + tool);
        if (!Files.isDirectory(root.resolve("tools/api-lint/node_modules/@asyncapi/parser"))) {
            fail("tools/api-lint/node_modules is not installed, so the AsyncAPI document cannot be validated: "
                    + "run ./chatdong test (which runs npm ci in tools/api-lint)");
        }

        Path document = Path.of("target", "asyncapi", "asyncapi.json").toAbsolutePath();
        Files.createDirectories(document.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(document.toFile(), AsyncApiDocument.build());

        Process process;
        try {
            process = new ProcessBuilder("node", tool.toString(), document.toString())
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new AssertionError(
                    "cannot run node (needed to validate the AsyncAPI document; ./chatdong test "
                            + "installs the tooling): " + e.getMessage(),
                    e);
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the validator did not finish");
        System.out.println("--- @asyncapi/parser on " + document + " ---\n" + output + "---");

        Matcher summary = SUMMARY.matcher(output);
        assertTrue(summary.find(), "no summary line in the validator's output:\n" + output);
        assertEquals("0", summary.group(1), "the AsyncAPI document has errors:\n" + output);
        assertEquals(0, process.exitValue(), "the validator failed:\n" + output);
    }

    @Test
    void everyCatalogTopicHasAChannelAndADeadLetterChannel() {
        ObjectNode doc = AsyncApiDocument.build();
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        JsonNode channels = doc.path("channels");
        for (EventType<?> type : EventCatalog.all()) {
            for (String topic : new String[] {type.topic(), EventCatalog.deadLetterTopic(type.topic())}) {
                JsonNode channel = channels.path(AsyncApiDocument.channelId(topic));
                assertFalse(channel.isMissingNode(), "no channel for topic " + topic);
                assertEquals(topic, channel.path("address").asText(), "address of the channel of " + topic);
            }
            String ref = channels.path(type.topic())
                    .path("messages")
                    .path(AsyncApiDocument.messageName(type))
                    .path("$ref")
                    .asText();
            assertEquals(
                    "#/components/messages/" + AsyncApiDocument.messageName(type), ref, "channel of " + type.type());
        }
    }

    @Test
    void everyEventTypeHasItsMessageAndOperations() throws Exception {
        ObjectNode doc = AsyncApiDocument.build();
        for (EventType<?> type : EventCatalog.all()) {
            String name = AsyncApiDocument.messageName(type);
            JsonNode message = doc.path("components").path("messages").path(name);
            assertFalse(message.isMissingNode(), "no message for " + type.type());
            assertEquals(
                    type.type(),
                    message.path("headers")
                            .path("properties")
                            .path(CloudEventHeaders.TYPE)
                            .path("const")
                            .asText(),
                    "ce_type of " + name);
            assertEquals(
                    "1.0",
                    message.path("headers")
                            .path("properties")
                            .path(CloudEventHeaders.SPEC_VERSION)
                            .path("const")
                            .asText());
            assertTrue(message.path("headers").path("required").toString().contains(CloudEventHeaders.ID));
            assertEquals(
                    "string",
                    message.path("bindings")
                            .path("kafka")
                            .path("key")
                            .path("type")
                            .asText());

            JsonNode schema = doc.path("components").path("schemas").path(name);
            assertEquals(
                    JSON.readTree(EventCatalogResource.resource(type.schemaResource())),
                    schema,
                    "the payload schema of " + name + " is the stored one");
            JsonNode example = message.path("examples").path(0);
            assertEquals(JSON.readTree(EventCatalogResource.resource(type.exampleResource())), example.path("payload"));
            assertEquals(
                    type.type(),
                    example.path("headers").path(CloudEventHeaders.TYPE).asText());

            JsonNode publish = doc.path("operations").path("publish" + name);
            assertEquals("send", publish.path("action").asText(), "publish operation of " + name);
            assertEquals(type.producer(), publish.path("x-producer").asText());
            assertEquals(
                    "#/channels/" + type.topic(),
                    publish.path("channel").path("$ref").asText());
            assertEquals(
                    "receive",
                    doc.path("operations").path("receive" + name).path("action").asText());

            JsonNode deadLettered =
                    doc.path("components").path("messages").path(AsyncApiDocument.deadLetterMessageName(type));
            assertNotNull(
                    deadLettered.path("headers").path("properties").get("dead-letter-reason"),
                    "dead-letter headers of " + name);
        }
    }

    /** @asyncapi/parser does not check AsyncAPI 3 message examples, so this does. */
    @Test
    void theExamplesConformToTheirSchemas() {
        ObjectNode doc = AsyncApiDocument.build();
        for (EventType<?> type : EventCatalog.all()) {
            String name = AsyncApiDocument.messageName(type);
            JsonNode message = doc.path("components").path("messages").path(name);
            JsonSchema payload = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(doc.path("components").path("schemas").path(name));
            JsonSchema headers =
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(message.path("headers"));
            for (JsonNode example : message.path("examples")) {
                assertEquals(Set.of(), payload.validate(example.path("payload")), "example payload of " + name);
                assertEquals(Set.of(), headers.validate(example.path("headers")), "example headers of " + name);
            }
        }
    }

    @Test
    void servedAsJsonByDefaultAndAsTheSameDocumentInYaml() throws Exception {
        JsonNode json = JSON.readTree(AsyncApiResource.json());
        assertEquals(AsyncApiDocument.build(), json);
        assertEquals(json, new YAMLMapper().readTree(AsyncApiResource.yaml()));
        assertFalse(AsyncApiResource.prefersYaml(List.of(MediaType.WILDCARD_TYPE)));
        assertFalse(AsyncApiResource.prefersYaml(List.of(MediaType.valueOf("application/*"))));
        assertFalse(AsyncApiResource.prefersYaml(
                List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf("application/yaml"))));
        assertTrue(
                AsyncApiResource.prefersYaml(List.of(MediaType.valueOf("application/yaml"), MediaType.WILDCARD_TYPE)));
    }

    /** The repository root: chatdong.root as surefire sets it, else the nearest directory above with tools/api-lint. */
    static Path repositoryRoot() {
        String configured = System.getProperty("chatdong.root");
        if (configured != null
                && !configured.isBlank()
                && Files.isDirectory(Path.of(configured, "tools", "api-lint"))) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("tools").resolve("api-lint"))) {
                return dir;
            }
        }
        throw new AssertionError("cannot find the repository root (a directory with tools/api-lint) from chatdong.root="
                + configured + " or user.dir=" + System.getProperty("user.dir"));
    }
}
