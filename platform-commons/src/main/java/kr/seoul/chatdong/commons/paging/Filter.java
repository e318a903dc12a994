package kr.seoul.chatdong.commons.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a list query, built from the filters a client actually sent: absent filters
 * add nothing, so the database sees a query its indexes can serve (no {@code :x is null or ...}).
 * Hand {@link #query()} and {@link #parameters()} to Panache's {@code find}.
 */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public static Filter where() {
        return new Filter();
    }

    /** {@code property = value}, when a value was given. */
    public Filter eq(String property, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            conditions.add(property + " = :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** {@code property >= value}, when a value was given. */
    public Filter atLeast(String property, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            conditions.add(property + " >= :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** {@code property <= value}, when a value was given. */
    public Filter atMost(String property, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            conditions.add(property + " <= :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** The JPQL condition; {@code 1 = 1} when no filter was given. */
    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
