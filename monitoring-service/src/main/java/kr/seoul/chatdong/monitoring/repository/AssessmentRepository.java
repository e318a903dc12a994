package kr.seoul.chatdong.monitoring.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.monitoring.domain.Assessment;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, Assessment.Key> {

    public List<Assessment> ofRound(UUID roundId) {
        return list("key.roundId", roundId);
    }

    public long countOfRound(UUID roundId) {
        return count("key.roundId", roundId);
    }

    /** The mean score change of one group of (dong, field) pairs between a baseline round and a later round. */
    public record ChangeGroup(Field field, String group, long count, double meanChange) {}

    /**
     * Every (dong, field) assessed in both rounds, grouped per field as {@code CONSULTED} (the
     * baseline round's assignment for it reached a visit: VISITED, REPORTED or CLOSED),
     * {@code BELOW_BAR_NOT_CONSULTED} (scored below the baseline's bar, no visit) or {@code OTHERS},
     * with the count and mean of (later score − baseline score). One aggregate query.
     */
    public List<ChangeGroup> changesByConsulting(UUID baselineRoundId, UUID roundId, int baselineBar) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("""
                SELECT b.field,
                       CASE WHEN EXISTS (SELECT 1 FROM consulting_assignment a
                                         WHERE a.round_id = b.round_id AND a.dong_code = b.dong_code AND a.field = b.field
                                           AND a.status IN ('VISITED', 'REPORTED', 'CLOSED')) THEN 'CONSULTED'
                            WHEN b.score < ?3 THEN 'BELOW_BAR_NOT_CONSULTED'
                            ELSE 'OTHERS' END AS grp,
                       count(*), avg(r.score - b.score)
                FROM assessment b
                JOIN assessment r ON r.round_id = ?2 AND r.dong_code = b.dong_code AND r.field = b.field
                WHERE b.round_id = ?1
                GROUP BY 1, 2""")
                .setParameter(1, baselineRoundId)
                .setParameter(2, roundId)
                .setParameter(3, baselineBar)
                .getResultList();
        return rows.stream()
                .map(r -> new ChangeGroup(
                        Field.valueOf((String) r[0]),
                        (String) r[1],
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).doubleValue()))
                .toList();
    }
}
