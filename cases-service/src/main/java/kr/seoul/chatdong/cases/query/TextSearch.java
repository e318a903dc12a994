package kr.seoul.chatdong.cases.query;

import java.util.List;

import kr.seoul.chatdong.commons.paging.ListQuery;

/**
 * The Korean search of cases-service's lists (cases, solution-desk questions). Debian's PostgreSQL
 * has no Korean dictionary and Korean words take particles and form compounds (방문간호사 contains
 * 방문간호), so each term must occur as a substring ({@code ILIKE}) of the entity's
 * {@code searchText}, which a {@code pg_trgm} GIN index serves; matches in the weighted columns
 * (e.g. a title) rank first.
 */
final class TextSearch {

    private TextSearch() {}

    /**
     * Adds one condition per term to a fresh {@code query} (the terms must be its first conditions:
     * ListQuery names parameters p0, p1, … in order, and the ranking reuses them) and returns the
     * ranking expression: per term, each weighted column that contains it adds its weight, and
     * {@code searchText} adds 1. Null when there are no terms.
     *
     * @param weighted pairs of a column (alias {@code e}) and its weight, e.g. {@code "e.title", 4}
     */
    static String match(ListQuery query, List<String> terms, Object... weighted) {
        if (terms == null || terms.isEmpty()) {
            return null;
        }
        StringBuilder rank = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            query.where("%1$s.searchText ilike :%2$s escape '!'", "%" + likeEscaped(terms.get(i)) + "%");
            rank.append(i == 0 ? "" : " + ");
            for (int w = 0; w < weighted.length; w += 2) {
                rank.append("case when ")
                        .append(weighted[w])
                        .append(" ilike :p")
                        .append(i)
                        .append(" escape '!' then ")
                        .append(weighted[w + 1])
                        .append(" else 0 end + ");
            }
            rank.append("1");
        }
        return "(" + rank + ") desc";
    }

    /** A term as a LIKE pattern's literal part: the escape character (!), % and _ escaped. */
    static String likeEscaped(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
