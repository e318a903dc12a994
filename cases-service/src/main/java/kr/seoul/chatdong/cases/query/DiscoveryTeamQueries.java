package kr.seoul.chatdong.cases.query;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.cases.domain.DiscoveryMember;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;

/** The read side of the discovery team: its members and their workload. */
@ApplicationScoped
public class DiscoveryTeamQueries {

    private static final String STATUS = "kr.seoul.chatdong.cases.domain.CaseStatus.";

    @Inject
    EntityManager em;

    /** By district, then the latest period first; discovery_member_district_idx serves filter and order. */
    public Page<DiscoveryMember> members(String districtCode, LocalDate activeOn, PageRequest paging) {
        return ListQuery.from(em, "DiscoveryMember")
                .eq("districtCode", districtCode)
                .atMost("activeFrom", activeOn)
                .where("(%1$s.activeTo is null or %1$s.activeTo >= :%2$s)", activeOn)
                .page("e", "e.districtCode, e.activeFrom desc, e.id", paging, r -> (DiscoveryMember) r[0]);
    }

    public DiscoveryMember member(UUID id) {
        DiscoveryMember member = em.find(DiscoveryMember.class, id);
        if (member == null) {
            throw new DomainException.NotFound("discovery member", id);
        }
        return member;
    }

    /** Each member's assigned cases by status (best_practice_case_assignee_idx counts them). */
    public Page<Workload> workload(String districtCode, LocalDate activeOn, PageRequest paging) {
        return ListQuery.from(em, "DiscoveryMember")
                .eq("districtCode", districtCode)
                .atMost("activeFrom", activeOn)
                .where("(%1$s.activeTo is null or %1$s.activeTo >= :%2$s)", activeOn)
                .page(
                        "e.id, e.name, e.districtCode, e.activeFrom, e.activeTo, " + count("NOMINATED") + ", "
                                + count("DRAFTING") + ", " + count("IN_REVIEW") + ", " + count("PUBLISHED"),
                        "e.districtCode, e.activeFrom desc, e.id",
                        paging,
                        r -> new Workload(
                                (UUID) r[0],
                                (String) r[1],
                                (String) r[2],
                                (LocalDate) r[3],
                                (LocalDate) r[4],
                                ((Number) r[5]).longValue(),
                                ((Number) r[6]).longValue(),
                                ((Number) r[7]).longValue(),
                                ((Number) r[8]).longValue()));
    }

    private static String count(String status) {
        return "(select count(*) from BestPracticeCase c where c.assigneeId = e.id and c.status = " + STATUS + status
                + ")";
    }
}
