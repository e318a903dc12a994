package kr.seoul.chatdong.commons.catalog;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The AsyncAPI 3.0 document of the platform's events, served by every service. */
@Path("/api/v1/events/asyncapi")
@PermitAll
@Tag(name = "Event catalog")
public class AsyncApiResource {

    static final String APPLICATION_YAML = "application/yaml";
    private static final MediaType APPLICATION_YAML_TYPE = MediaType.valueOf(APPLICATION_YAML);

    @GET
    @Produces({MediaType.APPLICATION_JSON, APPLICATION_YAML})
    @Operation(
            summary = "The AsyncAPI document of the platform's events",
            description =
                    "AsyncAPI 3.0 document generated from the event catalog: the Kafka server, a channel per topic "
                            + "and its dead-letter topic (<topic>.dlq), a message per event type with its CloudEvents headers "
                            + "(ce_id, ce_source, ce_type, ce_time, ce_specversion, ce_subject, content-type), its JSON Schema "
                            + "payload, an example and the Kafka key, and the operations that send and receive it. JSON by "
                            + "default; YAML with Accept: application/yaml.")
    @APIResponse(
            responseCode = "200",
            description = "the AsyncAPI 3.0 document",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = APPLICATION_YAML, schema = @Schema(type = SchemaType.OBJECT))
            })
    public Response getEventsAsyncApi(@Context HttpHeaders headers) {
        return prefersYaml(headers.getAcceptableMediaTypes())
                ? Response.ok(yaml(), APPLICATION_YAML_TYPE).build()
                : Response.ok(json(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** YAML only when the client's most preferred type that we offer is YAML itself, not a wildcard. */
    static boolean prefersYaml(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    && !type.isWildcardType()
                    && !type.isWildcardSubtype()) {
                return false;
            }
            if (type.isCompatible(APPLICATION_YAML_TYPE)) {
                return !type.isWildcardType() && !type.isWildcardSubtype();
            }
        }
        return false;
    }

    /** The document, built once on first request and kept. */
    private static final class Rendered {
        static final ObjectNode DOCUMENT = AsyncApiDocument.build();
        static final String JSON = write(new ObjectMapper(), DOCUMENT);
    }

    /** Its YAML form, apart so that JSON never depends on the YAML writer. */
    private static final class RenderedYaml {
        static final String YAML = write(new YAMLMapper(), Rendered.DOCUMENT);
    }

    static String json() {
        return Rendered.JSON;
    }

    static String yaml() {
        return RenderedYaml.YAML;
    }

    private static String write(ObjectMapper mapper, ObjectNode document) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The AsyncAPI document cannot be written", e);
        }
    }
}
