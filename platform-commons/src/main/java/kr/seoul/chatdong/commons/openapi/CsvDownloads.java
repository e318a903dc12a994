package kr.seoul.chatdong.commons.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import kr.seoul.chatdong.commons.csv.Csv;

/**
 * Rule: where an operation produces {@code text/csv} (see {@link Csv}), that content is a string
 * with an example (the header row of the JSON's property names and a row of their examples), JSON
 * stays the first content (generated clients type their answer by it), and the description says how
 * to ask for it.
 */
final class CsvDownloads {

    private CsvDownloads() {}

    private static final String CSV_DESCRIPTION =
            "UTF-8 with a byte-order mark (so Excel shows Korean), CRLF line ends, "
                    + "quoted as RFC 4180 says; a header row of the JSON's property names (nested ones dotted: progress.assessed) and one row "
                    + "per item of the page asked for; lists joined with ';', maps as key=value; text starting with = + - @, tab or CR "
                    + "gets a leading ' so no spreadsheet runs it as a formula (numbers stay numbers).";

    static void apply(String path, Operation op, APIResponses responses, Map<String, Schema> schemas) {
        if (responses.getAPIResponses() == null) {
            return;
        }
        boolean produced = false;
        for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
            APIResponse response = r.getValue();
            if (!r.getKey().startsWith("2")
                    || response.getContent() == null
                    || response.getContent().getMediaTypes() == null) {
                continue;
            }
            Map<String, MediaType> media = response.getContent().getMediaTypes();
            String csvKey = media.keySet().stream()
                    .filter(k -> k.startsWith(Csv.MEDIA_TYPE))
                    .findFirst()
                    .orElse(null);
            if (csvKey == null) {
                continue;
            }
            produced = true;
            Map<String, MediaType> ordered = new LinkedHashMap<>();
            media.forEach((k, v) -> {
                if (k.startsWith(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)) {
                    ordered.put(k, v);
                }
            });
            media.forEach(ordered::putIfAbsent);
            MediaType csv = ordered.remove(csvKey);
            ordered.put(Csv.MEDIA_TYPE, csv);
            Schema schema = csv.getSchema();
            if (schema == null
                    || schema.getRef() != null
                    || schema.getType() == null
                    || !schema.getType().contains(Schema.SchemaType.STRING)) {
                MediaType json = ordered.get(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
                csv.setSchema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .description(CSV_DESCRIPTION));
                csv.setExample(csvExample(json == null ? null : json.getSchema(), schemas));
            } else if (schema.getDescription() == null) {
                schema.setDescription(CSV_DESCRIPTION);
            }
            response.getContent().setMediaTypes(ordered);
            ConventionalHeaders.header(
                    response,
                    "Content-Disposition",
                    "with text/csv: the file name to save it as",
                    "attachment; filename=\"" + Csv.filename(path.replaceAll("[{}]", "")) + "\"");
        }
        if (produced && (op.getDescription() == null || !op.getDescription().contains("text/csv"))) {
            String note =
                    "Send `Accept: text/csv` for a spreadsheet of the same answer (UTF-8 with BOM, header row of the JSON "
                            + "property names; lists: the page asked for, paging applies). Without Accept, or with */*, the answer is JSON.";
            op.setDescription(
                    op.getDescription() == null || op.getDescription().isBlank()
                            ? note
                            : op.getDescription() + "\n\n" + note);
        }
    }

    /** The header row (the item's properties, nested objects dotted) and a row of their examples. */
    private static String csvExample(Schema body, Map<String, Schema> schemas) {
        Schema item = SchemaRefs.resolve(body, schemas);
        if (item != null
                && item.getProperties() != null
                && item.getProperties().containsKey("items")
                && item.getProperties().containsKey("total")) {
            Schema items = item.getProperties().get("items");
            item = items == null || items.getItems() == null ? null : SchemaRefs.resolve(items.getItems(), schemas);
        }
        List<String> header = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        if (item != null && item.getProperties() != null) {
            csvColumns(item, "", schemas, header, row, 0);
        }
        return Csv.records(List.of(header, row));
    }

    private static void csvColumns(
            Schema schema,
            String prefix,
            Map<String, Schema> schemas,
            List<String> header,
            List<Object> row,
            int depth) {
        for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
            Schema resolved = SchemaRefs.resolve(p.getValue(), schemas);
            String name = prefix + p.getKey();
            if (resolved != null
                    && resolved.getProperties() != null
                    && !resolved.getProperties().isEmpty()
                    && depth < 3) {
                csvColumns(resolved, name + ".", schemas, header, row, depth + 1);
            } else {
                header.add(name);
                row.add(csvExampleValue(p.getValue(), resolved));
            }
        }
    }

    private static Object csvExampleValue(Schema declared, Schema resolved) {
        for (Schema s : new Schema[] {declared, resolved}) {
            if (s == null) {
                continue;
            }
            if (s.getExamples() != null && !s.getExamples().isEmpty()) {
                return csvCell(s.getExamples().get(0));
            }
            if (s.getExample() != null) {
                return csvCell(s.getExample());
            }
        }
        if (resolved == null) {
            return null;
        }
        if (resolved.getEnumeration() != null && !resolved.getEnumeration().isEmpty()) {
            return resolved.getEnumeration().get(0);
        }
        if (resolved.getItems() != null) {
            return csvExampleValue(resolved.getItems(), resolved.getItems());
        }
        String format = resolved.getFormat();
        return "uuid".equals(format)
                ? "0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10"
                : "date-time".equals(format) ? "2016-03-31T06:00:00Z" : "date".equals(format) ? "2016-02-01" : null;
    }

    private static Object csvCell(Object example) {
        if (example instanceof List<?> list) {
            return String.join(";", list.stream().map(String::valueOf).toList());
        }
        if (example instanceof Map<?, ?> map) {
            return String.join(
                    ";",
                    map.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .toList());
        }
        return example;
    }
}
