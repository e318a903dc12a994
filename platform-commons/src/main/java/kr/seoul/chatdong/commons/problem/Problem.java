package kr.seoul.chatdong.commons.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** RFC 9457 problem details, the body of every error response of the platform. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(examples = "https://chatdong.seoul.go.kr/problems/validation")
        URI type,

        @Schema(examples = "The request has invalid fields") String title,
        @Schema(examples = "400") int status,

        @Schema(examples = "dongCodes[0]: unknown dong code '9999999999'")
        String detail,

        @Schema(description = "the request path", examples = "/api/v1/rounds")
        String instance,

        @Schema(description = "the fields that failed, for validation problems")
        List<FieldViolation> errors,

        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /** Extension members (e.g. {@code currentVersion}, {@code missing}) serialized at the top level. */
    @JsonAnyGetter
    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
