package kr.seoul.chatdong.governance.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.CouncilKind;
import kr.seoul.chatdong.governance.domain.CouncilMember;
import kr.seoul.chatdong.governance.domain.CouncilStatus;
import kr.seoul.chatdong.governance.domain.Position;
import kr.seoul.chatdong.governance.domain.Sector;

/** The read side of councils and their members: what the API lists and shows. */
@ApplicationScoped
public class CouncilQueries {

    @Inject
    EntityManager em;

    /**
     * By name (Korean collation of the database), id breaking ties. One query, no entities; the
     * indexes council_list_idx, council_kind_list_idx and council_district_idx serve the order.
     */
    public Page<CouncilRow> councils(CouncilKind kind, String districtCode, UUID parentId, PageRequest paging) {
        return ListQuery.from(em, "Council")
                .eq("kind", kind)
                .eq("districtCode", districtCode)
                .eq("parentId", parentId)
                .page(
                        "e.id, e.name, e.kind, e.districtCode, e.establishedOn, e.description, e.createdAt, e.version, e.parentId, e.mandate, e.termFrom, e.termTo, e.status, e.quorumRule",
                        "e.name, e.id",
                        paging,
                        r -> new CouncilRow(
                                (UUID) r[0],
                                (String) r[1],
                                (CouncilKind) r[2],
                                (String) r[3],
                                (LocalDate) r[4],
                                (String) r[5],
                                (Instant) r[6],
                                ((Number) r[7]).longValue(),
                                (UUID) r[8],
                                (String) r[9],
                                (LocalDate) r[10],
                                (LocalDate) r[11],
                                (CouncilStatus) r[12],
                                (String) r[13]));
    }

    /** One council (its view derives scope and quorum rule from the aggregate). */
    public Council council(UUID id) {
        Council council = em.find(Council.class, id);
        if (council == null) {
            throw new DomainException.NotFound("council", id);
        }
        return council;
    }

    /**
     * A council's members by position (CHAIR first), then name; council_member_list_idx serves filter
     * and order. Only an empty page asks whether the council exists (404 when it does not).
     */
    public Page<CouncilMemberRow> members(UUID councilId, LocalDate on, PageRequest paging) {
        Page<CouncilMemberRow> page = ListQuery.from(em, "CouncilMember")
                .eq("councilId", councilId)
                .atMost("termFrom", on)
                .where("(%1$s.termTo is null or %1$s.termTo >= :%2$s)", on)
                .page(
                        "e.id, e.councilId, e.name, e.organisation, e.sector, e.position, e.termFrom, e.termTo, e.version",
                        "e.position, e.name, e.id",
                        paging,
                        r -> new CouncilMemberRow(
                                (UUID) r[0],
                                (UUID) r[1],
                                (String) r[2],
                                (String) r[3],
                                (Sector) r[4],
                                (Position) r[5],
                                (LocalDate) r[6],
                                (LocalDate) r[7],
                                ((Number) r[8]).longValue()));
        if (page.items().isEmpty()) {
            council(councilId);
        }
        return page;
    }

    /** Members of a council in office on {@code day} (404 when there is no such council). */
    public List<CouncilMember> inOffice(UUID councilId, LocalDate day) {
        council(councilId);
        return em.createQuery("""
                select m from CouncilMember m where m.councilId = :council and m.termFrom <= :day
                and (m.termTo is null or m.termTo >= :day) order by m.position, m.name, m.id""", CouncilMember.class)
                .setParameter("council", councilId)
                .setParameter("day", day)
                .getResultList();
    }
}
