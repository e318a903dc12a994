package kr.seoul.chatdong.cases.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.CaseSource;
import kr.seoul.chatdong.cases.domain.CaseStatus;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;

@ApplicationScoped
public class BestPracticeCaseRepository implements PanacheRepositoryBase<BestPracticeCase, UUID> {

    /** A case in a list: the columns its view shows. */
    public record CaseRow(UUID id, String title, String summary, String districtCode, String dongCode, Field field, CaseStatus status,
            CaseSource source, UUID roundId, Integer score, String sourceEventId, String withdrawnReason, Instant createdAt, long version) {
    }

    /** Newest first, id breaking ties. One query, no entities; best_practice_case_*_idx serve filter and order. */
    public Page<CaseRow> list(CaseStatus status, UUID roundId, String districtCode, String dongCode, Field field, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "BestPracticeCase").eq("status", status).eq("roundId", roundId)
                .eq("districtCode", districtCode).eq("dongCode", dongCode).eq("field", field)
                .page("e.id, e.title, e.summary, e.districtCode, e.dongCode, e.field, e.status, e.source, e.roundId, e.score, "
                        + "e.sourceEventId, e.createdAt, e.version, e.withdrawnReason", "e.createdAt desc, e.id", paging,
                        r -> new CaseRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Field) r[5],
                                (CaseStatus) r[6], (CaseSource) r[7], (UUID) r[8], r[9] == null ? null : ((Number) r[9]).intValue(),
                                (String) r[10], (String) r[13], (Instant) r[11], ((Number) r[12]).longValue()));
    }

    /** The nomination a round made for a (dong, field) and did not withdraw, if there is one. */
    public java.util.Optional<BestPracticeCase> nominationOf(UUID roundId, String dongCode, Field field) {
        return find("roundId = ?1 and dongCode = ?2 and field = ?3 and status <> ?4", roundId, dongCode, field, CaseStatus.WITHDRAWN)
                .firstResultOptional();
    }
}
