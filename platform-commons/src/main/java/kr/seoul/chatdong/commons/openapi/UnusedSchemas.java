package kr.seoul.chatdong.commons.openapi;

import java.util.ArrayList;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Rule: schemas no operation reaches (records of the shared modules a service does not serve) go. */
final class UnusedSchemas {

    private UnusedSchemas() {}

    static void apply(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Set<String> reached = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>();
        SchemaWalker.walkPaths(openAPI, schema -> {
            if (schema.getRef() != null && schema.getRef().startsWith(SchemaRefs.SCHEMAS)) {
                todo.add(schema.getRef().substring(SchemaRefs.SCHEMAS.length()));
            }
        });
        while (!todo.isEmpty()) {
            String name = todo.pop();
            Schema schema = components.getSchemas().get(name);
            if (schema == null || !reached.add(name)) {
                continue;
            }
            SchemaWalker.walk(schema, s -> {
                if (s.getRef() != null && s.getRef().startsWith(SchemaRefs.SCHEMAS)) {
                    todo.add(s.getRef().substring(SchemaRefs.SCHEMAS.length()));
                }
            });
        }
        for (String name : new ArrayList<>(components.getSchemas().keySet())) {
            if (!reached.contains(name)) {
                components.removeSchema(name);
            }
        }
    }
}
