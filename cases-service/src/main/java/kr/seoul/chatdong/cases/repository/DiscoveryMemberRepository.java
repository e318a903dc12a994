package kr.seoul.chatdong.cases.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.DiscoveryMember;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;

@ApplicationScoped
public class DiscoveryMemberRepository implements PanacheRepositoryBase<DiscoveryMember, UUID> {

    private static final String STATUS = "kr.seoul.chatdong.cases.domain.CaseStatus.";

    /** A member's open work: the cases assigned to it by status. */
    public record Workload(UUID memberId, String name, String districtCode, LocalDate activeFrom, LocalDate activeTo,
            long nominated, long drafting, long inReview, long published) {
    }

    /** The district's members whose period shares a day with from..to (to null: open-ended). */
    public List<DiscoveryMember> overlapping(String districtCode, LocalDate from, LocalDate to) {
        if (to == null) {
            return list("districtCode = ?1 and (activeTo is null or activeTo >= ?2) order by activeFrom", districtCode, from);
        }
        return list("districtCode = ?1 and activeFrom <= ?2 and (activeTo is null or activeTo >= ?3) order by activeFrom",
                districtCode, to, from);
    }

    /** Serialises the writes of one district's members until the transaction ends (so two overlapping ones cannot both pass the check). */
    public void lockDistrict(String districtCode) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('discovery_member:' || ?1))")
                .setParameter(1, districtCode).getSingleResult();
    }

    /** The district's member active on {@code day}, if any. */
    public Optional<DiscoveryMember> activeIn(String districtCode, LocalDate day) {
        return find("districtCode = ?1 and activeFrom <= ?2 and (activeTo is null or activeTo >= ?2)", districtCode, day).firstResultOptional();
    }

    /** By district, then the latest period first; discovery_member_district_idx serves filter and order. */
    public Page<DiscoveryMember> list(String districtCode, LocalDate activeOn, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "DiscoveryMember").eq("districtCode", districtCode)
                .atMost("activeFrom", activeOn)
                .where("(%1$s.activeTo is null or %1$s.activeTo >= :%2$s)", activeOn)
                .page("e", "e.districtCode, e.activeFrom desc, e.id", paging, r -> (DiscoveryMember) r[0]);
    }

    /** Each member's assigned cases by status (best_practice_case_assignee_idx counts them). */
    public Page<Workload> workload(String districtCode, LocalDate activeOn, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "DiscoveryMember").eq("districtCode", districtCode)
                .atMost("activeFrom", activeOn)
                .where("(%1$s.activeTo is null or %1$s.activeTo >= :%2$s)", activeOn)
                .page("e.id, e.name, e.districtCode, e.activeFrom, e.activeTo, " + count("NOMINATED") + ", " + count("DRAFTING") + ", "
                        + count("IN_REVIEW") + ", " + count("PUBLISHED"), "e.districtCode, e.activeFrom desc, e.id", paging,
                        r -> new Workload((UUID) r[0], (String) r[1], (String) r[2], (LocalDate) r[3], (LocalDate) r[4],
                                ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).longValue(), ((Number) r[8]).longValue()));
    }

    private static String count(String status) {
        return "(select count(*) from BestPracticeCase c where c.assigneeId = e.id and c.status = " + STATUS + status + ")";
    }
}
