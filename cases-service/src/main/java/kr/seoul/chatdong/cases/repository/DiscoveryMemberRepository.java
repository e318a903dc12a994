package kr.seoul.chatdong.cases.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.DiscoveryMember;

@ApplicationScoped
public class DiscoveryMemberRepository implements PanacheRepositoryBase<DiscoveryMember, UUID> {

    /** The district's members whose period shares a day with from..to (to null: open-ended). */
    public List<DiscoveryMember> overlapping(String districtCode, LocalDate from, LocalDate to) {
        if (to == null) {
            return list(
                    "districtCode = ?1 and (activeTo is null or activeTo >= ?2) order by activeFrom",
                    districtCode,
                    from);
        }
        return list(
                "districtCode = ?1 and activeFrom <= ?2 and (activeTo is null or activeTo >= ?3) order by activeFrom",
                districtCode,
                to,
                from);
    }

    /** Serialises the writes of one district's members until the transaction ends (so two overlapping ones cannot both pass the check). */
    public void lockDistrict(String districtCode) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext('discovery_member:' || ?1))")
                .setParameter(1, districtCode)
                .getSingleResult();
    }

    /** The district's member active on {@code day}, if any. */
    public Optional<DiscoveryMember> activeIn(String districtCode, LocalDate day) {
        return find(
                        "districtCode = ?1 and activeFrom <= ?2 and (activeTo is null or activeTo >= ?2)",
                        districtCode,
                        day)
                .firstResultOptional();
    }
}
