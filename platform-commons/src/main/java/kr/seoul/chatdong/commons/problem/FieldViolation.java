package kr.seoul.chatdong.commons.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of a request that failed, named by its JSON path from the body's root (or the query parameter's name). */
@Schema(name = "FieldViolation")
public record FieldViolation(
        @Schema(description = "JSON path of the field, or the query/path parameter name", examples = "dongCodes[3]")
        String field,

        @Schema(description = "what is wrong and what is accepted", examples = "unknown dong code '1234567890'")
        String message) {}
