package kr.seoul.chatdong.monitoring.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.FieldContactKind;
import kr.seoul.chatdong.monitoring.domain.FollowUpStatus;

/** The reads of 자치구 담당제: field contacts with their follow-ups, overdue follow-ups, the monthly summary. */
@ApplicationScoped
public class LiaisonQueries {

    /** The programme's days are Seoul's. */
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    EntityManager em;

    @Inject
    SeoulGeography geography;

    @Inject
    Clock clock;

    /** A field contact in a list. */
    public record ContactItem(
            UUID id,
            String districtCode,
            String dongCode,
            FieldContactKind kind,
            LocalDate on,
            String topic,
            String notes,
            String notesHtml,
            String recordedBy,
            Instant createdAt,
            List<FollowUpItem> followUps) {}

    /** A follow-up as read. */
    public record FollowUpItem(
            UUID id,
            UUID contactId,
            String districtCode,
            String action,
            LocalDate dueOn,
            FollowUpStatus status,
            LocalDate doneOn,
            String doneNote,
            String doneBy) {}

    /**
     * Newest contact first (then newest recorded, id breaking ties); one query for the page with its
     * total and one for the page's follow-ups.
     */
    @Transactional
    public Page<ContactItem> contacts(
            String districtCode, FieldContactKind kind, LocalDate from, LocalDate to, PageRequest paging) {
        Page<Object[]> page = ListQuery.from(em, "FieldContact")
                .eq("districtCode", districtCode)
                .eq("kind", kind)
                .atLeast("contactOn", from)
                .atMost("contactOn", to)
                .page(
                        "e.id, e.districtCode, e.dongCode, e.kind, e.contactOn, e.topic, e.notes, e.notesHtml, e.recordedBy, e.createdAt",
                        "e.contactOn desc, e.createdAt desc, e.id",
                        paging,
                        r -> r);
        Map<UUID, List<FollowUpItem>> followUps =
                followUpsOf(page.items().stream().map(r -> (UUID) r[0]).toList());
        return page.map(r -> new ContactItem(
                (UUID) r[0],
                (String) r[1],
                (String) r[2],
                (FieldContactKind) r[3],
                (LocalDate) r[4],
                (String) r[5],
                (String) r[6],
                (String) r[7],
                (String) r[8],
                (Instant) r[9],
                followUps.getOrDefault((UUID) r[0], List.of())));
    }

    private Map<UUID, List<FollowUpItem>> followUpsOf(Collection<UUID> contactIds) {
        Map<UUID, List<FollowUpItem>> byContact = new HashMap<>();
        if (contactIds.isEmpty()) {
            return byContact;
        }
        em.createQuery("""
                select f.id, f.contactId, f.districtCode, f.action, f.dueOn, f.status, f.doneOn, f.doneNote, f.doneBy
                from FollowUp f where f.contactId in :ids order by f.contactId, f.position""", Object[].class)
                .setParameter("ids", contactIds)
                .getResultList()
                .forEach(r -> byContact
                        .computeIfAbsent((UUID) r[1], k -> new ArrayList<>())
                        .add(item(r)));
        return byContact;
    }

    private static FollowUpItem item(Object[] r) {
        return new FollowUpItem(
                (UUID) r[0],
                (UUID) r[1],
                (String) r[2],
                (String) r[3],
                (LocalDate) r[4],
                (FollowUpStatus) r[5],
                (LocalDate) r[6],
                (String) r[7],
                (String) r[8]);
    }

    /** The district's open follow-ups due before {@code today}, the longest overdue first, at most {@code limit}. */
    List<FollowUpItem> overdue(String districtCode, LocalDate today, int limit) {
        return em
                .createQuery("""
                select f.id, f.contactId, f.districtCode, f.action, f.dueOn, f.status, f.doneOn, f.doneNote, f.doneBy
                from FollowUp f where f.districtCode = :district and f.status = :open and f.dueOn < :today
                order by f.dueOn, f.id""", Object[].class)
                .setParameter("district", districtCode)
                .setParameter("open", FollowUpStatus.OPEN)
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(LiaisonQueries::item)
                .toList();
    }

    long countOverdue(String districtCode, LocalDate today) {
        return em.createQuery(
                        "select count(f) from FollowUp f where f.districtCode = :district and f.status = :open and f.dueOn < :today",
                        Long.class)
                .setParameter("district", districtCode)
                .setParameter("open", FollowUpStatus.OPEN)
                .setParameter("today", today)
                .getSingleResult();
    }

    /**
     * One row of the monthly summary: a district with a liaison in the month (the one appointed last
     * when two shared it), its contacts of the month by kind, and the follow-ups those contacts left
     * as they stand today (open, of which overdue, and done).
     */
    public record SummaryRow(
            String districtCode,
            String districtNameKo,
            String liaisonName,
            String liaisonAccount,
            long contacts,
            long visits,
            long calls,
            long meetings,
            long workshops,
            long others,
            long followUpsOpen,
            long followUpsOverdue,
            long followUpsDone) {}

    private static final String SUMMARY = """
            SELECT l.district_code, l.name, l.account,
                   (SELECT count(*) FROM field_contact c WHERE c.district_code = l.district_code AND c.contact_on BETWEEN :first AND :last),
                   (SELECT count(*) FROM field_contact c WHERE c.district_code = l.district_code AND c.contact_on BETWEEN :first AND :last AND c.kind = 'VISIT'),
                   (SELECT count(*) FROM field_contact c WHERE c.district_code = l.district_code AND c.contact_on BETWEEN :first AND :last AND c.kind = 'CALL'),
                   (SELECT count(*) FROM field_contact c WHERE c.district_code = l.district_code AND c.contact_on BETWEEN :first AND :last AND c.kind = 'MEETING'),
                   (SELECT count(*) FROM field_contact c WHERE c.district_code = l.district_code AND c.contact_on BETWEEN :first AND :last AND c.kind = 'WORKSHOP'),
                   (SELECT count(*) FROM field_contact c WHERE c.district_code = l.district_code AND c.contact_on BETWEEN :first AND :last AND c.kind = 'OTHER'),
                   (SELECT count(*) FROM follow_up f JOIN field_contact c ON c.id = f.contact_id
                     WHERE c.district_code = l.district_code AND c.contact_on BETWEEN :first AND :last AND f.status = 'OPEN'),
                   (SELECT count(*) FROM follow_up f JOIN field_contact c ON c.id = f.contact_id
                     WHERE c.district_code = l.district_code AND c.contact_on BETWEEN :first AND :last AND f.status = 'OPEN' AND f.due_on < :today),
                   (SELECT count(*) FROM follow_up f JOIN field_contact c ON c.id = f.contact_id
                     WHERE c.district_code = l.district_code AND c.contact_on BETWEEN :first AND :last AND f.status = 'DONE')
            FROM (SELECT DISTINCT ON (district_code) district_code, name, account FROM district_liaison
                  WHERE valid_from <= :last AND (valid_to IS NULL OR valid_to >= :first)
                  ORDER BY district_code, valid_from DESC) l
            ORDER BY l.district_code
            """;

    /** The month's summary, by district code; paged over the (at most 25) districts. */
    @Transactional
    public Page<SummaryRow> summary(YearMonth month, PageRequest paging) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SEOUL);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SUMMARY)
                .setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth())
                .setParameter("today", today)
                .getResultList();
        List<SummaryRow> all = rows.stream()
                .map(r -> new SummaryRow(
                        (String) r[0],
                        geography.district((String) r[0]).map(d -> d.nameKo()).orElse(null),
                        (String) r[1],
                        (String) r[2],
                        n(r[3]),
                        n(r[4]),
                        n(r[5]),
                        n(r[6]),
                        n(r[7]),
                        n(r[8]),
                        n(r[9]),
                        n(r[10]),
                        n(r[11])))
                .toList();
        return Page.slice(all, paging);
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
