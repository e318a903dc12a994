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
            String withdrawnReason, Instant createdAt, Instant publishedAt, long version) {
    }

    /**
     * What a list may be narrowed to; null members narrow nothing. {@code field} matches any of a
     * case's fields, {@code year} the (Seoul) year it was published in.
     */
    public record CaseFilter(CaseStatus status, UUID roundId, String districtCode, String dongCode, Field field, String tag, Integer year) {

        public CaseFilter withStatus(CaseStatus newStatus) {
            return new CaseFilter(newStatus, roundId, districtCode, dongCode, field, tag, year);
        }
    }

    /** Newest first, id breaking ties. One query, no entities; best_practice_case_*_idx serve filter and order. */
    public Page<CaseRow> list(CaseFilter f, PageRequest paging) {
        ListQuery query = ListQuery.from(getEntityManager(), "BestPracticeCase").eq("status", f.status()).eq("roundId", f.roundId())
                .eq("districtCode", f.districtCode()).eq("dongCode", f.dongCode())
                .where("array_contains(%1$s.fields, :%2$s)", f.field() == null ? null : f.field().name())
                .where("array_contains(%1$s.tags, :%2$s)", f.tag());
        if (f.year() != null) {
            query.atLeast("publishedAt", LocalDate.of(f.year(), 1, 1).atStartOfDay(SEOUL).toInstant())
                    .where("%1$s.publishedAt < :%2$s", LocalDate.of(f.year() + 1, 1, 1).atStartOfDay(SEOUL).toInstant());
        }
        return query.page("e.id, e.title, e.summary, e.districtCode, e.dongCode, e.field, e.fields, e.tags, e.status, e.source, "
                + "e.roundId, e.score, e.sourceEventId, e.withdrawnReason, e.createdAt, e.publishedAt, e.version",
                "e.createdAt desc, e.id", paging, BestPracticeCaseRepository::row);
    }

    @SuppressWarnings("unchecked")
    static CaseRow row(Object[] r) {
        return new CaseRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Field) r[5],
                strings(r[6]).stream().map(Field::valueOf).toList(), strings(r[7]), (CaseStatus) r[8], (CaseSource) r[9],
                (UUID) r[10], r[11] == null ? null : ((Number) r[11]).intValue(), (String) r[12], (String) r[13],
                (Instant) r[14], (Instant) r[15], ((Number) r[16]).longValue());
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
