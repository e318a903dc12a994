package kr.seoul.chatdong.commons.openapi;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Visits every schema of a document once: components, parameters, bodies, responses, nested ones. */
final class SchemaWalker {

    private final Consumer<Schema> visitor;
    private final Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private SchemaWalker(Consumer<Schema> visitor) {
        this.visitor = visitor;
    }

    static void walk(OpenAPI openAPI, Consumer<Schema> visitor) {
        SchemaWalker walker = new SchemaWalker(visitor);
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(walker::schema);
        }
        walker.paths(openAPI);
    }

    /** Only the schemas that operations use directly (not the components they refer to). */
    static void walkPaths(OpenAPI openAPI, Consumer<Schema> visitor) {
        new SchemaWalker(visitor).paths(openAPI);
    }

    /** One schema and those nested in it. */
    static void walk(Schema schema, Consumer<Schema> visitor) {
        new SchemaWalker(visitor).schema(schema);
    }

    private void paths(OpenAPI openAPI) {
        SchemaWalker walker = this;
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getParameters() != null) {
                item.getParameters().forEach(walker::parameter);
            }
            for (Operation op : item.getOperations().values()) {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(walker::parameter);
                }
                if (op.getRequestBody() != null) {
                    walker.content(op.getRequestBody().getContent());
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    for (APIResponse response :
                            op.getResponses().getAPIResponses().values()) {
                        walker.content(response.getContent());
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(h -> walker.schema(h.getSchema()));
                        }
                    }
                }
            }
        }
    }

    private void parameter(Parameter p) {
        schema(p.getSchema());
        content(p.getContent());
    }

    private void content(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            schema(media.getSchema());
        }
    }

    private void schema(Schema schema) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        visitor.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(this::schema);
        }
        schema(schema.getItems());
        if (schema.getAdditionalPropertiesSchema() != null) {
            schema(schema.getAdditionalPropertiesSchema());
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(this::schema);
        }
        if (schema.getAnyOf() != null) {
            schema.getAnyOf().forEach(this::schema);
        }
        if (schema.getOneOf() != null) {
            schema.getOneOf().forEach(this::schema);
        }
        schema(schema.getNot());
    }
}
