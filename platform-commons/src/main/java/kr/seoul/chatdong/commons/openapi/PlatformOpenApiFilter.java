package kr.seoul.chatdong.commons.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import kr.seoul.chatdong.commons.csv.Csv;
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

    /** The rules, in the order they must run: each is a small class of this package named after what it does. */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() != null) {
            openAPI.getInfo().getLicense().setIdentifier("Apache-2.0");
        }
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas =
                components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
        ProblemMembers.apply(schemas.get("Problem"));
        Map<String, String> renamed = PageSchemas.rename(components, schemas);
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
        InlineScalars.apply(openAPI, schemas);
        UnusedSchemas.apply(openAPI);
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
                ConventionalHeaders.parameter(p);
                idempotent |= p.getIn() == Parameter.In.HEADER && Idempotency.IDEMPOTENCY_KEY.equals(p.getName());
                conditional |= p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName());
            }
        }
        if (responses.getAPIResponses() != null) {
            for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
                ConventionalHeaders.successHeaders(r.getKey(), r.getValue(), schemas, renamed, idempotent);
            }
        }
        if (op.getExtensions() != null && op.getExtensions().containsKey(CONDITIONAL_GET)) {
            ConventionalHeaders.conditionalGet(op, responses);
        }
        CsvDownloads.apply(path, op, responses, named);
        boolean secured = BearerSecurity.apply(op);
        ProblemAnswers.apply(responses, path, secured, write, conditional);
    }
}
