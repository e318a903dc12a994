package kr.seoul.chatdong.commons.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;

import kr.seoul.chatdong.commons.paging.Page;

/**
 * Spreadsheet downloads ({@code Accept: text/csv}) of what the API answers as JSON, written the
 * same way for every list: so the columns are the JSON's property names, taken from the Jackson
 * serializer of the item type (an empty page still has its header row).
 * <ul>
 * <li>rows: a {@link Page}'s items (the page asked for: paging applies), a list's elements, the
 * rows a {@link CsvRows} body names, or else the body itself as one row;</li>
 * <li>a nested object becomes columns with dotted names ({@code progress.assessed}); a map keyed by
 * an enum one column per constant ({@code scores.WELFARE}); any other map one cell of
 * {@code key=value} pairs joined with {@code ;}; a list one cell of its elements joined with
 * {@code ;};</li>
 * <li>UTF-8 with a byte-order mark, so Excel shows Korean; CRLF line ends, quotes where RFC 4180
 * needs them (Apache Commons CSV);</li>
 * <li>a text cell that a spreadsheet would run as a formula (first character {@code = + - @},
 * tab, CR or their full-width forms) gets a leading {@code '}; a JSON number is left as it is, so
 * {@code -3} stays a number (a number cannot carry a formula).</li>
 * </ul>
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    /** What the answer's Content-Type says: the charset, and that the first row is a header (RFC 7111). */
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8; header=present";

    private static final String API_PREFIX = "/api/v1/";
    private static final char BOM = '\uFEFF';
    /** Deeper objects are written as one cell: the header of a self-referencing type stays finite. */
    private static final int MAX_DEPTH = 4;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    /** First characters that make Excel, LibreOffice or Sheets treat a cell as a formula (OWASP CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

    private final ObjectMapper json;

    public Csv(ObjectMapper json) {
        // A copy whose trees keep decimals as written (17.50, 30.0): by default a tree strips their
        // trailing zeros, and 30.0 would come out as 3E+1.
        this.json = json.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }

    /** Writes {@code body} (declared as {@code declared}, which may be null) as CSV to {@code out}, which stays open. */
    public void write(Object body, Type declared, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        print(body, declared, writer);
        writer.flush();
    }

    /** The CSV text of {@code body}, without the byte-order mark. */
    public String toText(Object body, Type declared) {
        StringWriter text = new StringWriter();
        try {
            print(body, declared, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** {@code /api/v1/rounds/{id}/results} → {@code rounds-{id}-results.csv}: nothing but letters, digits, '-', '_' and '.'. */
    public static String filename(String path) {
        String name = path.startsWith(API_PREFIX) ? path.substring(API_PREFIX.length()) : path;
        name = name.replaceAll("^/+|/+$", "").replace('/', '-').replaceAll("[^A-Za-z0-9._-]", "_");
        return (name.isEmpty() ? "download" : name) + ".csv";
    }

    /**
     * Records as CSV text, quoted and neutralised like a download (numbers as they are, anything else
     * as text), e.g. for an example in a document.
     */
    public static String records(List<? extends List<?>> records) {
        StringWriter text = new StringWriter();
        try {
            CSVPrinter printer = new CSVPrinter(text, FORMAT);
            for (List<?> record : records) {
                printer.printRecord(record.stream()
                        .map(v -> v == null
                                ? ""
                                : v instanceof Number || v instanceof Boolean
                                        ? v.toString()
                                        : neutralised(v.toString()))
                        .toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private void print(Object body, Type declared, Writer writer) throws IOException {
        JavaType type = declared == null
                ? json.constructType(body.getClass())
                : json.getTypeFactory().constructType(declared);
        List<?> rows;
        JavaType rowType;
        if (body instanceof CsvRows<?> table) {
            rows = table.csvRows();
            rowType = json.constructType(table.csvRowType());
        } else if (body instanceof Page<?> page) {
            rows = page.items();
            rowType = type.containedTypeOrUnknown(0);
        } else if (body instanceof Collection<?> collection) {
            rows = new ArrayList<>(collection);
            rowType = type.getContentType();
        } else {
            rows = List.of(body);
            rowType = json.constructType(body.getClass());
        }
        if ((rowType == null || rowType.getRawClass() == Object.class) && !rows.isEmpty() && rows.get(0) != null) {
            rowType = json.constructType(rows.get(0).getClass());
        }
        List<JsonNode> nodes = new ArrayList<>(rows.size());
        for (Object row : rows) {
            nodes.add(json.valueToTree(row));
        }
        List<Column> columns = new ArrayList<>();
        if (rowType != null) {
            columns(rowType, new ArrayList<>(), nodes, columns);
        }
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(columns.stream().map(c -> neutralised(c.header())).toList());
        for (JsonNode node : nodes) {
            List<String> cells = new ArrayList<>(columns.size());
            for (Column column : columns) {
                cells.add(cell(column.at(node)));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /** A column: its header and where its value is in a row's JSON. */
    private record Column(String header, List<String> path) {

        JsonNode at(JsonNode row) {
            JsonNode node = row;
            for (String key : path) {
                node = node.path(key);
            }
            return node;
        }
    }

    private void columns(JavaType type, List<String> path, List<JsonNode> rows, List<Column> out) {
        List<PropertyWriter> properties = path.size() < MAX_DEPTH ? beanProperties(type) : null;
        if (properties != null) {
            for (PropertyWriter property : properties) {
                columns(property.getType(), append(path, property.getName()), rows, out);
            }
        } else if (type.isMapLikeType()
                && type.getKeyType() != null
                && type.getKeyType().isEnumType()
                && path.size() < MAX_DEPTH) {
            for (Object constant : type.getKeyType().getRawClass().getEnumConstants()) {
                columns(type.getContentType(), append(path, json.convertValue(constant, String.class)), rows, out);
            }
        } else if (path.isEmpty() && type.isMapLikeType()) {
            // rows that are plain maps: their keys, in the order first seen
            Set<String> keys = new LinkedHashSet<>();
            for (JsonNode row : rows) {
                row.fieldNames().forEachRemaining(keys::add);
            }
            keys.forEach(key -> out.add(new Column(key, List.of(key))));
        } else {
            out.add(new Column(path.isEmpty() ? "value" : String.join(".", path), List.copyOf(path)));
        }
    }

    /** The properties Jackson writes for a bean type, in the order it writes them; null for anything else. */
    private List<PropertyWriter> beanProperties(JavaType type) {
        if (type.isContainerType()
                || type.isEnumType()
                || type.isPrimitive()
                || type.getRawClass() == Object.class
                || JsonNode.class.isAssignableFrom(type.getRawClass())) {
            return null;
        }
        JsonSerializer<Object> serializer;
        try {
            serializer = json.getSerializerProviderInstance().findValueSerializer(type);
        } catch (JsonMappingException e) {
            return null;
        }
        if (!(serializer instanceof BeanSerializerBase bean)) {
            return null;
        }
        List<PropertyWriter> properties = new ArrayList<>();
        for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext(); ) {
            properties.add(it.next());
        }
        return properties;
    }

    private static List<String> append(List<String> path, String name) {
        List<String> longer = new ArrayList<>(path);
        longer.add(name);
        return longer;
    }

    /** One cell: numbers and booleans as JSON writes them, text neutralised, lists and maps flattened. */
    static String cell(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        return neutralised(flat(node, ";"));
    }

    private static String flat(JsonNode node, String separator) {
        if (node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.elements().forEachRemaining(e -> elements.add(flat(e, ",")));
            return String.join(separator, elements);
        }
        if (node.isObject()) {
            List<String> entries = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode value = e.getValue();
                entries.add(e.getKey() + "=" + (value.isContainerNode() ? value.toString() : flat(value, ",")));
            }
            return String.join(separator, entries);
        }
        return node.asText();
    }

    /** A leading {@code '} for text a spreadsheet would otherwise run as a formula. */
    static String neutralised(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
