package kr.seoul.chatdong.governance.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.governance.domain.CouncilMember;
import kr.seoul.chatdong.governance.domain.Position;

@ApplicationScoped
public class CouncilMemberRepository implements PanacheRepositoryBase<CouncilMember, UUID> {

    /** Members of a council in office on {@code day}. */
    public List<CouncilMember> inOffice(UUID councilId, LocalDate day) {
        return getEntityManager()
                .createQuery("""
                select m from CouncilMember m where m.councilId = :council and m.termFrom <= :day
                and (m.termTo is null or m.termTo >= :day) order by m.position, m.name, m.id""", CouncilMember.class)
                .setParameter("council", councilId)
                .setParameter("day", day)
                .getResultList();
    }

    public List<CouncilMember> withPosition(UUID councilId, Position position) {
        return list("councilId = ?1 and position = ?2", councilId, position);
    }
}
