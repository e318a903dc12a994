package kr.seoul.chatdong.commons.openapi;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

final class InlineScalars {

    private InlineScalars() {}

    private static final Set<String> INLINED = Set.of("UUID", "Instant", "LocalDate", "OffsetDateTime");

    /**
     * SmallRye refers to UUID, Instant and LocalDate as components, and generators then make a
     * model class of a string: they are written inline where used ({@code format: uuid, date-time, date}).
     */
    static void apply(OpenAPI openAPI, Map<String, Schema> schemas) {
        Map<String, Schema> scalars = new HashMap<>();
        for (String name : INLINED) {
            Schema s = schemas.get(name);
            if (s != null) {
                scalars.put(SchemaRefs.SCHEMAS + name, s);
            }
        }
        if (scalars.isEmpty()) {
            return;
        }
        SchemaWalker.walk(openAPI, schema -> {
            Schema scalar = schema.getRef() == null ? null : scalars.get(schema.getRef());
            if (scalar != null) {
                schema.setRef(null);
                schema.setType(scalar.getType());
                schema.setFormat(scalar.getFormat());
                if (schema.getExamples() == null || schema.getExamples().isEmpty()) {
                    schema.setExamples(scalar.getExamples());
                }
            }
        });
        for (String name : INLINED) {
            openAPI.getComponents().removeSchema(name);
        }
    }
}
