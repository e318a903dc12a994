package kr.seoul.chatdong.commons.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import kr.seoul.chatdong.commons.problem.Problem;
import kr.seoul.chatdong.commons.problem.ProblemType;

/**
 * Documents the platform's error answers on every operation, so that no resource has to repeat
 * them: 400 (validation) on every operation, 404 on those with path parameters, 409/422 on writes,
 * 500 everywhere; each as application/problem+json with an example.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            boolean hasPathParameter = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                APIResponses responses = op.getValue().getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    op.getValue().setResponses(responses);
                }
                boolean write = op.getKey() != PathItem.HttpMethod.GET && op.getKey() != PathItem.HttpMethod.HEAD;
                add(responses, ProblemType.VALIDATION, path.getKey(),
                        "dongCodes[0]: unknown dong code '9999999999' (see GET /api/v1/dongs on monitoring-service)");
                if (hasPathParameter) {
                    add(responses, ProblemType.NOT_FOUND, path.getKey(), "No resource with id '0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10'");
                }
                if (write) {
                    add(responses, ProblemType.CONFLICT, path.getKey(), "The round is already COMPLETED");
                    add(responses, ProblemType.DOMAIN_RULE, path.getKey(), "A rule of the program refuses this");
                }
                add(responses, ProblemType.INTERNAL, path.getKey(), "Unexpected error; quote incident 5d0c… when reporting it");
            }
        }
    }

    private static void add(APIResponses responses, ProblemType type, String path, String detail) {
        String code = String.valueOf(type.status());
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null && existing.getContent().hasMediaType(Problem.MEDIA_TYPE)) {
            return;
        }
        Example example = OASFactory.createExample().value(Map.of(
                "type", type.uri().toString(), "title", type.title(), "status", type.status(), "detail", detail, "instance", path));
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample(type.name().toLowerCase(), example);
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        if (existing != null) {
            existing.setContent(content);
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(type.title()).content(content));
    }
}
