package kr.seoul.chatdong.cases.rest;

import java.util.Arrays;
import java.util.List;

import kr.seoul.chatdong.commons.rules.DomainException;

/** The query values of cases-service's searchable lists (cases, solution-desk questions): free text, the search's words, flags. */
final class SearchParams {

    private SearchParams() {}

    /** A free-text query value: refused (400) when PostgreSQL could not hold it (NUL) or no case could match (too long). */
    static String text(String value, String parameter) {
        if (value != null && (value.indexOf('\u0000') >= 0 || value.length() > 200)) {
            throw new DomainException.InvalidValue(parameter, "must be at most 200 characters, without NUL");
        }
        return value;
    }

    static Boolean bool(String value, String parameter) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new DomainException.InvalidValue(parameter, "must be true or false");
        };
    }

    /** The search's words: split at white space, at most 8, each at most 50 characters. */
    static List<String> terms(String q) {
        String text = text(q, "q");
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> terms =
                Arrays.stream(text.strip().split("\\s+")).distinct().toList();
        if (terms.size() > 8 || terms.stream().anyMatch(t -> t.length() > 50)) {
            throw new DomainException.InvalidValue("q", "search with at most 8 words of at most 50 characters each");
        }
        return terms;
    }
}
