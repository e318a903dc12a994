package kr.seoul.chatdong.cases.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.CaseStatus;
import kr.seoul.chatdong.language.Field;

@ApplicationScoped
public class BestPracticeCaseRepository implements PanacheRepositoryBase<BestPracticeCase, UUID> {

    /** Cases published (PUBLISHED or since ARCHIVED) from {@code from} until before {@code to}. */
    public List<BestPracticeCase> publishedBetween(Instant from, Instant to) {
        return list("publishedAt >= ?1 and publishedAt < ?2 order by districtCode, title, id", from, to);
    }

    /** The nomination a round made for a (dong, field) and did not withdraw, if there is one. */
    public Optional<BestPracticeCase> nominationOf(UUID roundId, String dongCode, Field field) {
        return find(
                        "roundId = ?1 and dongCode = ?2 and field = ?3 and status <> ?4",
                        roundId,
                        dongCode,
                        field,
                        CaseStatus.WITHDRAWN)
                .firstResultOptional();
    }
}
