package kr.seoul.chatdong.monitoring.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.monitoring.domain.Assessment;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, Assessment.Key> {

    public List<Assessment> ofRound(UUID roundId) {
        return list("key.roundId", roundId);
    }

    public long countOfRound(UUID roundId) {
        return count("key.roundId", roundId);
    }

    /** An assessment in a list: the columns its view shows. */
    public record AssessmentRow(UUID roundId, String dongCode, Field field, int score, String findings, Instant assessedAt, long version) {
    }

    /** In dong then field order: the primary key (round_id, dong_code, field) serves filter and order. One query, no entities. */
    public Page<AssessmentRow> list(UUID roundId, String dongCode, Field field, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "Assessment").eq("key.roundId", roundId).eq("key.dongCode", dongCode).eq("key.field", field)
                .page("e.key.roundId, e.key.dongCode, e.key.field, e.score, e.findings, e.assessedAt, e.version",
                        "e.key.dongCode, e.key.field", paging,
                        r -> new AssessmentRow((UUID) r[0], (String) r[1], (Field) r[2], ((Number) r[3]).intValue(), (String) r[4],
                                (Instant) r[5], ((Number) r[6]).longValue()));
    }
}
