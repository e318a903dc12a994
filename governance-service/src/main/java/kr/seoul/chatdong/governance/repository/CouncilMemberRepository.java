package kr.seoul.chatdong.governance.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.governance.domain.CouncilMember;
import kr.seoul.chatdong.governance.domain.Position;
import kr.seoul.chatdong.governance.domain.Sector;

@ApplicationScoped
public class CouncilMemberRepository implements PanacheRepositoryBase<CouncilMember, UUID> {

    /** Members of a council in office on {@code day}. */
    public List<CouncilMember> inOffice(UUID councilId, LocalDate day) {
        return getEntityManager().createQuery("""
                select m from CouncilMember m where m.councilId = :council and m.termFrom <= :day
                and (m.termTo is null or m.termTo >= :day) order by m.position, m.name, m.id""", CouncilMember.class)
                .setParameter("council", councilId).setParameter("day", day).getResultList();
    }

    public List<CouncilMember> withPosition(UUID councilId, Position position) {
        return list("councilId = ?1 and position = ?2", councilId, position);
    }

    /** A member in a list. */
    public record MemberRow(UUID id, UUID councilId, String name, String organisation, Sector sector, Position position,
            LocalDate termFrom, LocalDate termTo, long version) {
    }

    /** By position (CHAIR first), then name; council_member_list_idx serves filter and order. */
    public Page<MemberRow> list(UUID councilId, LocalDate on, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "CouncilMember").eq("councilId", councilId)
                .atMost("termFrom", on).where("(%1$s.termTo is null or %1$s.termTo >= :%2$s)", on)
                .page("e.id, e.councilId, e.name, e.organisation, e.sector, e.position, e.termFrom, e.termTo, e.version",
                        "e.position, e.name, e.id", paging,
                        r -> new MemberRow((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (Sector) r[4], (Position) r[5],
                                (LocalDate) r[6], (LocalDate) r[7], ((Number) r[8]).longValue()));
    }
}
