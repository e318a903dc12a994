package kr.seoul.chatdong.commons.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonRawValue;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.EventType;

/** The platform's event types, served by every service so that any team can code against them. */
@Path("/api/v1/events/catalog")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event catalog", description = "Domain events published on Kafka (CloudEvents 1.0, binary mode)")
public class EventCatalogResource {

    @Schema(name = "EventTypeDescription")
    public record EventTypeView(
            @Schema(examples = "kr.seoul.chatdong.monitoring.round.completed.v1")
            String type,

            @Schema(examples = "monitoring.rounds") String topic,

            @Schema(
                    description = "topic of messages its consumers could not process",
                    examples = "monitoring.rounds.dlq")
            String deadLetterTopic,

            @Schema(examples = "monitoring-service") String producer,
            String description,

            @Schema(examples = "/api/v1/events/catalog/kr.seoul.chatdong.monitoring.round.completed.v1/schema")
            String schema,

            @Schema(description = "an example payload", type = SchemaType.OBJECT) @JsonRawValue
            String examplePayload) {}

    @GET
    @Operation(
            summary = "List the platform's event types",
            description =
                    "Key and ce_subject are the aggregate id; headers ce_id, ce_source, ce_type, ce_time, ce_specversion; JSON payload.")
    public Page<EventTypeView> listEventTypes() {
        List<EventTypeView> all = EventCatalog.all().stream()
                .map(t -> new EventTypeView(
                        t.type(),
                        t.topic(),
                        EventCatalog.deadLetterTopic(t.topic()),
                        t.producer(),
                        t.description(),
                        "/api/v1/events/catalog/" + t.type() + "/schema",
                        resource(t.exampleResource())))
                .toList();
        return Page.slice(all, PageRequest.firstPage());
    }

    @GET
    @Path("/{type}/schema")
    @Produces({"application/schema+json", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "The JSON Schema of one event type's payload",
            description = "JSON Schema (draft 2020-12) of the payload; 404 for a type not in the catalog.")
    @APIResponse(
            responseCode = "200",
            description = "the JSON Schema",
            content = {
                @Content(mediaType = "application/schema+json", schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))
            })
    public String getEventTypeSchema(
            @PathParam("type") @Parameter(example = "kr.seoul.chatdong.monitoring.round.completed.v1") String type) {
        EventType<?> eventType =
                EventCatalog.byType(type).orElseThrow(() -> ProblemException.notFound("event type", type));
        return resource(eventType.schemaResource());
    }

    static String resource(String name) {
        try (InputStream in = EventCatalogResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing event definition " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
