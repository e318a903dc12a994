package kr.seoul.chatdong.language.geo;

/**
 * A code that names no district or dong of the reference geography, or a dong outside the district
 * it was given with. The field is the request's name for the code, so that a service can answer a
 * caller what to fix (platform-commons turns it into a 400 problem with that field).
 */
public class UnknownPlace extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public UnknownPlace(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    static UnknownPlace unknownCode(String field, String code, String kind) {
        return new UnknownPlace(
                field,
                "unknown " + kind + " code '" + code + "' (see GET /api/v1/" + kind + "s on monitoring-service)");
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
