package kr.seoul.chatdong.commons.paging;

import java.util.Arrays;

import kr.seoul.chatdong.commons.problem.ProblemException;

/**
 * Parses filter values from the query string, so that a wrong value is a 400 naming the parameter
 * and the accepted values (JAX-RS would answer a bare 404 for an unconvertible query parameter).
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static java.util.UUID uuid(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "'" + value + "' is not a UUID");
        }
    }
}
