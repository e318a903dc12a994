package kr.seoul.chatdong.commons.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Rule: one {@code <Item>Page} schema per item type instead of SmallRye's numbered {@code PageN}. */
final class PageSchemas {

    private PageSchemas() {}

    private static final Pattern NUMBERED_PAGE = Pattern.compile("Page\\d*");

    /** {@code Page3} (items: RoundSummary) becomes {@code RoundSummaryPage}; the generic one goes. */
    static Map<String, String> rename(Components components, Map<String, Schema> schemas) {
        Map<String, String> renamed = new HashMap<>();
        if (components == null) {
            return renamed;
        }
        for (Map.Entry<String, Schema> e : new ArrayList<>(schemas.entrySet())) {
            if (!NUMBERED_PAGE.matcher(e.getKey()).matches()) {
                continue;
            }
            Schema items = e.getValue().getProperties() == null
                    ? null
                    : e.getValue().getProperties().get("items");
            String itemRef = items == null || items.getItems() == null
                    ? null
                    : items.getItems().getRef();
            components.removeSchema(e.getKey());
            if (itemRef != null) {
                String item = itemRef.substring(itemRef.lastIndexOf('/') + 1);
                e.getValue().setDescription("One page of " + item + " items, in the list's stable order");
                components.addSchema(item + "Page", e.getValue());
                renamed.put(SchemaRefs.SCHEMAS + e.getKey(), SchemaRefs.SCHEMAS + item + "Page");
            }
        }
        return renamed;
    }
}
