package kr.seoul.chatdong.commons.paging;

import java.util.Arrays;

import kr.seoul.chatdong.commons.problem.ProblemException;

/**
 * Parses filter values from the query string, so that a wrong value is a 400 naming the parameter
 * and the accepted values (JAX-RS would answer a bare 404 for an unconvertible query parameter).
 */
public final class QueryValues {

    private QueryValues() {}

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    parameter, "'" + abbreviate(value) + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Like {@link #enumOf} for a value that must be present (e.g. a path segment). */
    public static <E extends Enum<E>> E requiredEnumOf(Class<E> type, String value, String parameter) {
        E parsed = enumOf(type, value, parameter);
        if (parsed == null) {
            throw ProblemException.invalid(
                    parameter, "is required; one of " + Arrays.toString(type.getEnumConstants()));
        }
        return parsed;
    }

    public static Integer integer(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(parameter, "'" + abbreviate(value) + "' is not a whole number");
        }
    }

    /** A whole number from {@code min} to {@code max}, or a 400 naming the parameter. */
    public static Integer integer(String value, String parameter, int min, int max) {
        Integer n = integer(value, parameter);
        if (n != null && (n < min || n > max)) {
            throw ProblemException.invalid(parameter, "must be between " + min + " and " + max);
        }
        return n;
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    public static java.util.UUID uuid(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "'" + abbreviate(value) + "' is not a UUID");
        }
    }

    /** A local date ({@code YYYY-MM-DD}), or null when absent. */
    public static java.time.LocalDate date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "'" + abbreviate(value) + "' is not a date (YYYY-MM-DD)");
        }
    }
}
