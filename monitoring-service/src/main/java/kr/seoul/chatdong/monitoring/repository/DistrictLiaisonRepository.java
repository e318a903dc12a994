package kr.seoul.chatdong.monitoring.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.monitoring.domain.DistrictLiaison;

@ApplicationScoped
public class DistrictLiaisonRepository implements PanacheRepositoryBase<DistrictLiaison, UUID> {

    /** Every period of the district's liaisons, the current (or newest) first, locked until the transaction ends. */
    public List<DistrictLiaison> lockPeriodsOf(String districtCode) {
        return getEntityManager()
                .createQuery(
                        "select l from DistrictLiaison l where l.districtCode = :district order by l.validFrom desc",
                        DistrictLiaison.class)
                .setParameter("district", districtCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Every period of the district's liaisons, newest first. */
    public List<DistrictLiaison> periodsOf(String districtCode) {
        return list("districtCode = ?1 order by validFrom desc", districtCode);
    }

    /** The district's current liaison's account, when it has one. */
    public java.util.Optional<String> currentAccount(String districtCode) {
        return find("districtCode = ?1 and validTo is null", districtCode)
                .firstResultOptional()
                .map(DistrictLiaison::account);
    }
}
