package kr.seoul.chatdong.commons.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import kr.seoul.chatdong.commons.rest.Idempotency;

/**
 * Rule: the conventional headers, explained once: {@code Idempotency-Key} and {@code If-Match} on
 * requests; {@code Location} on 201, {@code ETag} with every versioned resource,
 * {@code Idempotent-Replayed} where a key is taken; {@code If-None-Match}, 304 and
 * {@code Cache-Control} on conditional reads.
 */
final class ConventionalHeaders {

    private ConventionalHeaders() {}

    /** The conventional headers, explained once. */
    static void parameter(Parameter p) {
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

    static void successHeaders(
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
        if (body != null && body.getRef() != null && body.getRef().startsWith(SchemaRefs.SCHEMAS)) {
            Schema target = schemas.get(body.getRef().substring(SchemaRefs.SCHEMAS.length()));
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

    static void header(APIResponse response, String name, String description, String example) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        Header header = OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example(example);
        response.addHeader(name, header);
    }

    static void conditionalGet(Operation op, APIResponses responses) {
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
}
