package kr.seoul.chatdong.commons.openapi;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import kr.seoul.chatdong.commons.problem.Problem;
import kr.seoul.chatdong.commons.problem.ProblemType;

/**
 * Rule: the problem+json answers of an operation: 400 everywhere, 401/403 where a token is taken,
 * 404 with path parameters, 409/422 on writes, 412/428 where {@code If-Match} is taken, 413/415/416
 * where a document endpoint declares them, 500 and 503 everywhere.
 */
final class ProblemAnswers {

    private ProblemAnswers() {}

    static void apply(APIResponses responses, String path, boolean secured, boolean write, boolean conditional) {
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
}
