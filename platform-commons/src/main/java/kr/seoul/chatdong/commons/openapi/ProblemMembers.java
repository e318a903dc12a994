package kr.seoul.chatdong.commons.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Rule: the problem+json extension members a client may rely on are declared, so generated clients keep them. */
final class ProblemMembers {

    private ProblemMembers() {}

    static void apply(Schema problem) {
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
}
