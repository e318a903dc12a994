package kr.seoul.chatdong.commons.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The fast read every list of the platform follows: one query that selects exactly the columns the
 * list item needs (no entities, no collections), in a stable order an index serves, cut with
 * LIMIT/OFFSET, and carrying the number of matching rows as an uncorrelated scalar subquery, so
 * that the database answers page and total in one round trip without a second full read of the page
 * query's rows (the count is an index-only scan; the page stops after offset + size rows).
 *
 * <pre>
 * ListQuery.from(em, "ConsultingAssignment").eq("status", status)
 *         .page("e.id, e.finding.roundId, ...", "e.createdAt desc, e.id", paging, row -&gt; new Row(...));
 * </pre>
 *
 * Conditions name an attribute of the entity ({@code eq("finding.roundId", id)}) and are rendered
 * once against the page's alias {@code e} and once against the count's alias; absent filters add
 * nothing, so the database sees a query its indexes can serve. {@link #where} takes a condition
 * written with {@code %1$s} standing for the alias (e.g. an {@code exists} on a collection).
 */
public final class ListQuery {

    /** The alias of the listed entity in the page query's select list and order. */
    public static final String ALIAS = "e";

    private static final String COUNT_ALIAS = "e_count";

    private final EntityManager em;
    private final String entity;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private ListQuery(EntityManager em, String entity) {
        this.em = em;
        this.entity = entity;
    }

    /** A list of the entity named {@code entity} (its JPQL name). */
    public static ListQuery from(EntityManager em, String entity) {
        return new ListQuery(em, entity);
    }

    /** {@code attribute = value}, when a value was given. */
    public ListQuery eq(String attribute, Object value) {
        return value == null ? this : where("%1$s." + attribute + " = :%2$s", value);
    }

    /** {@code attribute >= value}, when a value was given. */
    public ListQuery atLeast(String attribute, Object value) {
        return value == null ? this : where("%1$s." + attribute + " >= :%2$s", value);
    }

    /** {@code attribute <= value}, when a value was given. */
    public ListQuery atMost(String attribute, Object value) {
        return value == null ? this : where("%1$s." + attribute + " <= :%2$s", value);
    }

    /**
     * A condition, when a value was given: {@code %1$s} stands for the entity's alias and
     * {@code %2$s} for the value's parameter name, e.g. {@code ":%2$s member of %1$s.fields"}.
     */
    public ListQuery where(String template, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            conditions.add(template.replace("%2$s", name));
            parameters.put(name, value);
        }
        return this;
    }

    /**
     * One page: {@code columns} and {@code orderBy} use the alias {@link #ALIAS}; {@code row} maps
     * the selected columns (in order) to a list item. {@code total} counts every matching row.
     */
    public <R> Page<R> page(String columns, String orderBy, PageRequest paging, Function<Object[], R> row) {
        String jpql = "select " + columns + ", (select count(*) from " + entity + " " + COUNT_ALIAS + where(COUNT_ALIAS)
                + ")" + " from " + entity + " " + ALIAS + where(ALIAS) + " order by " + orderBy;
        Query query = bind(em.createQuery(jpql)).setMaxResults(paging.size());
        if (paging.offset() > 0) {
            query.setFirstResult(paging.offset());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            // Past the last page (or nothing matches): the count was never needed by the page query.
            return Page.of(List.of(), paging, paging.offset() == 0 ? 0 : count());
        }
        int width = rows.get(0).length;
        long total = ((Number) rows.get(0)[width - 1]).longValue();
        List<R> items = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            items.add(row.apply(r));
        }
        return Page.of(items, paging, total);
    }

    /** The number of matching rows. */
    public long count() {
        String jpql = "select count(*) from " + entity + " " + COUNT_ALIAS + where(COUNT_ALIAS);
        return ((Number) bind(em.createQuery(jpql)).getSingleResult()).longValue();
    }

    private String where(String alias) {
        if (conditions.isEmpty()) {
            return "";
        }
        StringBuilder sql = new StringBuilder(" where ");
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0) {
                sql.append(" and ");
            }
            sql.append(conditions.get(i).replace("%1$s", alias));
        }
        return sql.toString();
    }

    private Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
