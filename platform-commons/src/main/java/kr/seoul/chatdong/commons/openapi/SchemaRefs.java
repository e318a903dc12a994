package kr.seoul.chatdong.commons.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;

/** Where components' schemas are referred to, and how a reference is followed. */
final class SchemaRefs {

    private SchemaRefs() {}

    static final String SCHEMAS = "#/components/schemas/";

    static Schema resolve(Schema schema, Map<String, Schema> schemas) {
        if (schema != null && schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            return schemas.get(schema.getRef().substring(SCHEMAS.length()));
        }
        return schema;
    }
}
