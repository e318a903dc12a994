package kr.seoul.chatdong.governance.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.CouncilKind;

@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, UUID> {

    /** The council, locked for the rest of the transaction (members and meetings of one council take turns). */
    public java.util.Optional<Council> locked(UUID id) {
        return java.util.Optional.ofNullable(getEntityManager().find(Council.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    /** A council in a list: the columns its view shows. */
    public record CouncilRow(UUID id, String name, CouncilKind kind, String districtCode, LocalDate establishedOn, String description,
            Instant createdAt, long version, UUID parentId, String mandate, LocalDate termFrom, LocalDate termTo,
            kr.seoul.chatdong.governance.domain.CouncilStatus status, String quorumRule) {
    }

    /**
     * By name (Korean collation of the database), id breaking ties. One query, no entities; the
     * indexes council_list_idx, council_kind_list_idx and council_district_idx serve the order.
     */
    public Page<CouncilRow> list(CouncilKind kind, String districtCode, UUID parentId, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "Council").eq("kind", kind).eq("districtCode", districtCode).eq("parentId", parentId)
                .page("e.id, e.name, e.kind, e.districtCode, e.establishedOn, e.description, e.createdAt, e.version, e.parentId, e.mandate, e.termFrom, e.termTo, e.status, e.quorumRule",
                        "e.name, e.id", paging,
                        r -> new CouncilRow((UUID) r[0], (String) r[1], (CouncilKind) r[2], (String) r[3], (LocalDate) r[4], (String) r[5],
                                (Instant) r[6], ((Number) r[7]).longValue(), (UUID) r[8], (String) r[9], (LocalDate) r[10], (LocalDate) r[11],
                                (kr.seoul.chatdong.governance.domain.CouncilStatus) r[12], (String) r[13]));
    }
}
