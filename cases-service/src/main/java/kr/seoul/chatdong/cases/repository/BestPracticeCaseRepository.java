package kr.seoul.chatdong.cases.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.CaseSource;
import kr.seoul.chatdong.cases.domain.CaseStatus;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.language.Field;

@ApplicationScoped
public class BestPracticeCaseRepository implements PanacheRepositoryBase<BestPracticeCase, UUID> {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** A case in a list: the columns its view shows (no body). */
    public record CaseRow(UUID id, String title, String summary, String districtCode, String dongCode, Field field, List<Field> fields,
            List<String> tags, CaseStatus status, CaseSource source, UUID roundId, Integer score, String sourceEventId,
            String withdrawnReason, UUID assigneeId, Instant createdAt, Instant publishedAt, long version) {
    }

    /**
     * What a list may be narrowed to; null members narrow nothing. {@code field} matches any of a
     * case's fields, {@code year} the (Seoul) year it was published in; every one of {@code terms}
     * (a search) must occur in the case's title, summary, body or tags.
     */
    public record CaseFilter(CaseStatus status, UUID roundId, String districtCode, String dongCode, Field field, String tag, Integer year,
            List<String> terms, UUID assigneeId, Boolean assigned) {

        public CaseFilter withStatus(CaseStatus newStatus) {
            return new CaseFilter(newStatus, roundId, districtCode, dongCode, field, tag, year, terms, assigneeId, assigned);
        }
    }

    /**
     * Newest first, id breaking ties; with search terms, the best matches first: a term in the title
     * weighs 4, in the summary 2, anywhere (body, tags) 1. One query, no entities.
     */
    public Page<CaseRow> list(CaseFilter f, PageRequest paging) {
        ListQuery query = ListQuery.from(getEntityManager(), "BestPracticeCase");
        String rank = TextSearch.match(query, f.terms(), "e.title", 4, "e.summary", 2);
        query.eq("status", f.status()).eq("roundId", f.roundId())
                .eq("districtCode", f.districtCode()).eq("dongCode", f.dongCode())
                .where("array_contains(%1$s.fields, :%2$s)", f.field() == null ? null : f.field().name())
                .where("array_contains(%1$s.tags, :%2$s)", f.tag())
                .eq("assigneeId", f.assigneeId());
        if (f.assigned() != null) {
            // ListQuery's conditions carry a value: here a constant true beside the null test.
            query.where("%1$s.assigneeId is " + (f.assigned() ? "not " : "") + "null and :%2$s = true", Boolean.TRUE);
        }
        if (f.year() != null) {
            query.atLeast("publishedAt", LocalDate.of(f.year(), 1, 1).atStartOfDay(SEOUL).toInstant())
                    .where("%1$s.publishedAt < :%2$s", LocalDate.of(f.year() + 1, 1, 1).atStartOfDay(SEOUL).toInstant());
        }
        String order = (rank == null ? "" : rank + ", ") + "e.createdAt desc, e.id";
        return query.page("e.id, e.title, e.summary, e.districtCode, e.dongCode, e.field, e.fields, e.tags, e.status, e.source, "
                + "e.roundId, e.score, e.sourceEventId, e.withdrawnReason, e.assigneeId, e.createdAt, e.publishedAt, e.version",
                order, paging, BestPracticeCaseRepository::row);
    }

    /** Cases published (PUBLISHED or since ARCHIVED) from {@code from} until before {@code to}: when, and of which district. */
    public List<kr.seoul.chatdong.cases.domain.PublishingCadence.Publication> publications(Instant from, Instant to) {
        return getEntityManager().createQuery("select e.publishedAt, e.districtCode from BestPracticeCase e "
                + "where e.publishedAt >= :from and e.publishedAt < :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new kr.seoul.chatdong.cases.domain.PublishingCadence.Publication((Instant) r[0], (String) r[1])).toList();
    }

    /** Channel slots scheduled from {@code from} until before {@code to} (case_channel_day_idx). */
    public List<kr.seoul.chatdong.cases.domain.PublishingCadence.Slot> slots(LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("select s.channel, s.scheduledOn from BestPracticeCase e join e.channels s "
                + "where s.scheduledOn >= :from and s.scheduledOn < :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new kr.seoul.chatdong.cases.domain.PublishingCadence.Slot((kr.seoul.chatdong.cases.domain.Channel) r[0],
                        (LocalDate) r[1])).toList();
    }

    /** Cases published (PUBLISHED or since ARCHIVED) from {@code from} until before {@code to}. */
    public List<BestPracticeCase> publishedBetween(Instant from, Instant to) {
        return list("publishedAt >= ?1 and publishedAt < ?2 order by districtCode, title, id", from, to);
    }

    /** The latest published cases (for the feed), newest first. */
    public List<BestPracticeCase> latestPublished(int limit) {
        return find("status = ?1 order by publishedAt desc, id", CaseStatus.PUBLISHED).page(0, limit).list();
    }

    @SuppressWarnings("unchecked")
    static CaseRow row(Object[] r) {
        return new CaseRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Field) r[5],
                strings(r[6]).stream().map(Field::valueOf).toList(), strings(r[7]), (CaseStatus) r[8], (CaseSource) r[9],
                (UUID) r[10], r[11] == null ? null : ((Number) r[11]).intValue(), (String) r[12], (String) r[13],
                (UUID) r[14], (Instant) r[15], (Instant) r[16], ((Number) r[17]).longValue());
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Object[] array) {
            return java.util.Arrays.stream(array).map(String::valueOf).toList();
        }
        return List.copyOf((java.util.Collection<String>) value);
    }

    /** The nomination a round made for a (dong, field) and did not withdraw, if there is one. */
    public Optional<BestPracticeCase> nominationOf(UUID roundId, String dongCode, Field field) {
        return find("roundId = ?1 and dongCode = ?2 and field = ?3 and status <> ?4", roundId, dongCode, field, CaseStatus.WITHDRAWN)
                .firstResultOptional();
    }
}
