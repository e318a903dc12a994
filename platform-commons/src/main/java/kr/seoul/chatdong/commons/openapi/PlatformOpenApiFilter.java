package kr.seoul.chatdong.commons.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import kr.seoul.chatdong.commons.csv.Csv;
import kr.seoul.chatdong.commons.problem.Problem;
import kr.seoul.chatdong.commons.problem.ProblemType;
import kr.seoul.chatdong.commons.rest.Idempotency;

/**
 * The one place where the platform's conventions become OpenAPI (docs/api-conventions.md), so a
 * resource declares only what is its own (operation name, summary, description, types, examples)
 * and every document says the rest the same way:
 * <ul>
 * <li>problem+json answers: 400 everywhere, 401/403 where a token is taken, 404 with path
 * parameters, 409/422 on writes, 412/428 where {@code If-Match} is taken, 500 everywhere;</li>
 * <li>security requirements without role "scopes" (bearer tokens have none): the roles go to
 * {@code x-roles} and the description; {@code x-optional-auth} operations also take no token;</li>
 * <li>response headers: {@code Location} on 201, {@code ETag} with every versioned resource,
 * {@code Idempotent-Replayed} where an {@code Idempotency-Key} is taken;</li>
 * <li>ids, instants and dates written inline;</li>
 * <li>one {@code <Item>Page} schema per item type instead of SmallRye's numbered {@code PageN}.</li>
 * <li>spreadsheet downloads: where an operation produces {@code text/csv} (see {@link Csv}), that
 * content is a string with an example (the header row of the JSON's property names and a row of
 * their examples), JSON stays the first content (generated clients type their answer by it), and
 * the operation's description says how to ask for it.</li>
 * </ul>
 */
public class PlatformOpenApiFilter implements OASFilter {

    /** Extension on an operation whose token is optional (an authorised caller sees more). */
    public static final String OPTIONAL_AUTH = "x-optional-auth";

    /** Extension on a read answered with ETag and Cache-Control, and 304 to If-None-Match. */
    public static final String CONDITIONAL_GET = "x-conditional-get";

    private static final String SCHEMAS = "#/components/schemas/";
    private static final Pattern NUMBERED_PAGE = Pattern.compile("Page\\d*");
    private static final Set<String> INLINED = Set.of("UUID", "Instant", "LocalDate", "OffsetDateTime");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() != null) {
            openAPI.getInfo().getLicense().setIdentifier("Apache-2.0");
        }
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas =
                components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
        problemMembers(schemas.get("Problem"));
        Map<String, String> renamed = renamePages(components, schemas);
        // the schemas under their new names (<Item>Page), for the CSV examples
        Map<String, Schema> named =
                components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> path :
                    openAPI.getPaths().getPathItems().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> op :
                        path.getValue().getOperations().entrySet()) {
                    operation(path.getKey(), op.getKey(), op.getValue(), schemas, named, renamed);
                }
            }
        }
        inlineScalars(openAPI, schemas);
        pruneUnused(openAPI);
    }

    /** Schemas no operation reaches (e.g. records of the shared modules a service does not serve) go. */
    private static void pruneUnused(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Set<String> reached = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>();
        SchemaWalker.walkPaths(openAPI, schema -> {
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                todo.add(schema.getRef().substring(SCHEMAS.length()));
            }
        });
        while (!todo.isEmpty()) {
            String name = todo.pop();
            Schema schema = components.getSchemas().get(name);
            if (schema == null || !reached.add(name)) {
                continue;
            }
            SchemaWalker.walk(schema, s -> {
                if (s.getRef() != null && s.getRef().startsWith(SCHEMAS)) {
                    todo.add(s.getRef().substring(SCHEMAS.length()));
                }
            });
        }
        for (String name : new ArrayList<>(components.getSchemas().keySet())) {
            if (!reached.contains(name)) {
                components.removeSchema(name);
            }
        }
    }

    /** Extension members a client may rely on are declared, so generated clients keep them. */
    private static void problemMembers(Schema problem) {
        if (problem == null) {
            return;
        }
        problem.addProperty(
                "missingCount",
                integer("422 on completing a round: how many (dong, field) assessments are missing", 3));
        Schema pair = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("dongCode", string(null, "1129052500"))
                .addProperty("field", string("WELFARE, VILLAGE, ADMINISTRATION or HEALTH", "WELFARE"));
        problem.addProperty(
                "missing",
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.ARRAY)
                        .items(pair)
                        .description("422 on completing a round: up to 50 of the missing (dong, field) pairs"));
        problem.addProperty(
                "currentETag", string("412: the resource's current ETag, to read it again or retry with", "\"4\""));
        problem.addProperty("currentVersion", integer("412: the resource's current version", 4));
        problem.addProperty(
                "incident", string("500: quote it when reporting the failure", "5d0c2f7a-1b9e-4c1d-8f3a-0e6b2a9c7d41"));
        problem.addProperty(
                "field",
                string("the request field or header the problem is about, where there is one", "Idempotency-Key"));
    }

    private static Schema integer(String description, long example) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format("int64")
                .description(description)
                .addExample(example);
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description(description)
                .addExample(example);
    }

    /** {@code Page3} (items: RoundSummary) becomes {@code RoundSummaryPage}; the generic one goes. */
    private static Map<String, String> renamePages(Components components, Map<String, Schema> schemas) {
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
                renamed.put(SCHEMAS + e.getKey(), SCHEMAS + item + "Page");
            }
        }
        return renamed;
    }

    private static void operation(
            String path,
            PathItem.HttpMethod method,
            Operation op,
            Map<String, Schema> schemas,
            Map<String, Schema> named,
            Map<String, String> renamed) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean idempotent = false;
        boolean conditional = false;
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                parameter(p);
                idempotent |= p.getIn() == Parameter.In.HEADER && Idempotency.IDEMPOTENCY_KEY.equals(p.getName());
                conditional |= p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName());
            }
        }
        if (responses.getAPIResponses() != null) {
            for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
                successHeaders(r.getKey(), r.getValue(), schemas, renamed, idempotent);
            }
        }
        if (op.getExtensions() != null && op.getExtensions().containsKey(CONDITIONAL_GET)) {
            conditionalGet(op, responses);
        }
        csv(path, op, responses, named);
        boolean secured = security(op);
        add(
                responses,
                ProblemType.VALIDATION,
                path,
                "dongCodes[0]: unknown dong code '9999999999' (see GET /api/v1/dongs on monitoring-service)");
        if (secured) {
            add(
                    responses,
                    ProblemType.UNAUTHORIZED,
                    path,
                    "Send 'Authorization: Bearer <token>' with a valid, unexpired token of the platform");
            add(
                    responses,
                    ProblemType.FORBIDDEN,
                    path,
                    "Your token's roles do not allow this operation (see its x-roles)");
        }
        if (path.contains("{")) {
            add(
                    responses,
                    ProblemType.NOT_FOUND,
                    path,
                    "No monitoring round with id '0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10'");
        }
        if (write) {
            add(responses, ProblemType.CONFLICT, path, "Round '2016년 상반기 모니터링' is COMPLETED; it can no longer change");
            add(responses, ProblemType.DOMAIN_RULE, path, "A rule of the program refuses this");
        }
        if (conditional) {
            add(
                    responses,
                    ProblemType.PRECONDITION_FAILED,
                    path,
                    "The round changed since you read it: its ETag is now \"4\"");
            add(
                    responses,
                    ProblemType.PRECONDITION_REQUIRED,
                    path,
                    "Send If-Match with the ETag of the round you read");
        }
        // a document upload or download declares its 413, 415 and 416 (without content): a problem, here
        if (responses.getAPIResponse("413") != null) {
            add(
                    responses,
                    ProblemType.PAYLOAD_TOO_LARGE,
                    path,
                    "The document is larger than the limit of 52428800 bytes (50 MB)");
        }
        if (responses.getAPIResponse("415") != null) {
            add(
                    responses,
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    path,
                    "The file's bytes are application/x-executable; a document must be one of PDF, HWP, HWPX, DOCX, PPTX, XLSX");
        }
        if (responses.getAPIResponse("416") != null) {
            add(
                    responses,
                    ProblemType.RANGE_NOT_SATISFIABLE,
                    path,
                    "The range 'bytes=20000-' starts past the end of the document, which has 14848 bytes (the first is 0, the last 14847)");
        }
        add(responses, ProblemType.INTERNAL, path, "Unexpected error; quote incident 5d0c… when reporting it");
        add(
                responses,
                ProblemType.UNAVAILABLE,
                path,
                "The database cannot be reached right now; retry in 5 s (send a create again "
                        + "with the same Idempotency-Key: it is stored at most once)");
        responses
                .getAPIResponse("503")
                .addHeader(
                        "Retry-After",
                        OASFactory.createHeader()
                                .description("Seconds to wait before trying again")
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
    }

    private static void conditionalGet(Operation op, APIResponses responses) {
        op.addParameter(OASFactory.createParameter()
                .name("If-None-Match")
                .in(Parameter.In.HEADER)
                .description("The ETag of the copy you hold: 304 without a body while it is current")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example("\"kq3Yx0cS2vX1fH8pZ4mW0A\""));
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null) {
            header(
                    ok,
                    "ETag",
                    "the version of this answer; send it back as If-None-Match",
                    "\"kq3Yx0cS2vX1fH8pZ4mW0A\"");
            header(ok, "Cache-Control", "how long the answer may be reused without asking again", "no-cache");
        }
        responses.addAPIResponse(
                "304",
                OASFactory.createAPIResponse().description("Not modified: your copy (If-None-Match) is current"));
    }

    private static final String CSV_DESCRIPTION =
            "UTF-8 with a byte-order mark (so Excel shows Korean), CRLF line ends, "
                    + "quoted as RFC 4180 says; a header row of the JSON's property names (nested ones dotted: progress.assessed) and one row "
                    + "per item of the page asked for; lists joined with ';', maps as key=value; text starting with = + - @, tab or CR "
                    + "gets a leading ' so no spreadsheet runs it as a formula (numbers stay numbers).";

    private static void csv(String path, Operation op, APIResponses responses, Map<String, Schema> schemas) {
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
            header(
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
        Schema item = resolve(body, schemas);
        if (item != null
                && item.getProperties() != null
                && item.getProperties().containsKey("items")
                && item.getProperties().containsKey("total")) {
            Schema items = item.getProperties().get("items");
            item = items == null || items.getItems() == null ? null : resolve(items.getItems(), schemas);
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
            Schema resolved = resolve(p.getValue(), schemas);
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

    private static Schema resolve(Schema schema, Map<String, Schema> schemas) {
        if (schema != null && schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            return schemas.get(schema.getRef().substring(SCHEMAS.length()));
        }
        return schema;
    }

    /** The conventional headers, explained once. */
    private static void parameter(Parameter p) {
        if (p.getIn() == Parameter.In.HEADER && Idempotency.IDEMPOTENCY_KEY.equals(p.getName())) {
            p.setSchema(OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .minLength(1)
                    .maxLength(200));
            p.setDescription("Makes a retry safe: the same key with the same body answers the first response again "
                    + "(with Idempotent-Replayed: true) for 24 h; with another body, 422. A UUID is a good key.");
            p.setExample("5f2b8c1e-7d4a-4f0e-9a51-3c7e2b9d0a14");
        } else if (p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName())) {
            p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            p.setDescription("The ETag you read (e.g. \"3\"); needed to change an existing resource (428 without it, "
                    + "412 when it is no longer current)");
            p.setExample("\"3\"");
        }
    }

    private static void successHeaders(
            String code,
            APIResponse response,
            Map<String, Schema> schemas,
            Map<String, String> renamed,
            boolean idempotent) {
        if (!code.startsWith("2")) {
            return;
        }
        Schema body = null;
        if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
            for (MediaType media : response.getContent().getMediaTypes().values()) {
                Schema schema = media.getSchema();
                if (schema != null) {
                    if (schema.getRef() != null && renamed.containsKey(schema.getRef())) {
                        schema.setRef(renamed.get(schema.getRef()));
                    }
                    body = schema;
                }
            }
        }
        if ("201".equals(code)) {
            header(
                    response,
                    "Location",
                    "where the created resource is",
                    "/api/v1/rounds/0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10");
        }
        if (body != null && body.getRef() != null && body.getRef().startsWith(SCHEMAS)) {
            Schema target = schemas.get(body.getRef().substring(SCHEMAS.length()));
            if (target != null
                    && target.getProperties() != null
                    && target.getProperties().containsKey("version")) {
                header(response, "ETag", "the resource's version; send it back as If-Match to change it", "\"0\"");
            }
        }
        if (idempotent) {
            header(
                    response,
                    Idempotency.REPLAYED,
                    "true when this is the stored answer to an earlier request with the same Idempotency-Key",
                    "true");
        }
    }

    private static void header(APIResponse response, String name, String description, String example) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        Header header = OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example(example);
        response.addHeader(name, header);
    }

    /**
     * Bearer tokens carry roles, not OAuth scopes: each requirement lists none, and the roles that
     * may call the operation go to {@code x-roles} and its description. Returns whether the
     * operation takes a token.
     */
    private static boolean security(Operation op) {
        boolean optional = op.getExtensions() != null && op.getExtensions().containsKey(OPTIONAL_AUTH);
        List<SecurityRequirement> requirements = op.getSecurity();
        if ((requirements == null || requirements.isEmpty()) && !optional) {
            return false;
        }
        List<String> roles = new ArrayList<>();
        if (requirements != null) {
            for (SecurityRequirement requirement : requirements) {
                if (requirement.getSchemes() == null) {
                    continue;
                }
                requirement.getSchemes().values().forEach(scopes -> {
                    if (scopes != null) {
                        scopes.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
                    }
                });
            }
        }
        List<SecurityRequirement> bearer = new ArrayList<>();
        if (optional) {
            bearer.add(OASFactory.createSecurityRequirement());
        }
        bearer.add(OASFactory.createSecurityRequirement().addScheme("bearer"));
        op.setSecurity(bearer);
        if (!roles.isEmpty()) {
            op.addExtension("x-roles", roles);
        }
        String who = roles.isEmpty() ? "any valid token" : "a token with one of the roles " + String.join(", ", roles);
        String note = optional ? "Token optional; with " + who + " the answer shows more." : "Needs " + who + ".";
        op.setDescription(
                op.getDescription() == null || op.getDescription().isBlank()
                        ? note
                        : op.getDescription() + "\n\n" + note);
        return true;
    }

    private static void add(APIResponses responses, ProblemType type, String path, String detail) {
        String code = String.valueOf(type.status());
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null
                && existing.getContent() != null
                && existing.getContent().hasMediaType(Problem.MEDIA_TYPE)) {
            return;
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", type.uri().toString());
        value.put("title", type.title());
        value.put("status", type.status());
        value.put("detail", detail);
        value.put("instance", path);
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample(
                        type.name().toLowerCase(Locale.ROOT),
                        OASFactory.createExample().value(value));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        if (existing != null) {
            existing.setContent(content);
            existing.setDescription(type.title());
            return;
        }
        responses.addAPIResponse(
                code, OASFactory.createAPIResponse().description(type.title()).content(content));
    }

    /**
     * SmallRye refers to UUID, Instant and LocalDate as components, and generators then make a
     * model class of a string: they are written inline where used ({@code format: uuid, date-time, date}).
     */
    private static void inlineScalars(OpenAPI openAPI, Map<String, Schema> schemas) {
        Map<String, Schema> scalars = new HashMap<>();
        for (String name : INLINED) {
            Schema s = schemas.get(name);
            if (s != null) {
                scalars.put(SCHEMAS + name, s);
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
