package kr.seoul.chatdong.training.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.training.domain.Trainee;

@ApplicationScoped
public class TraineeRepository implements PanacheRepositoryBase<Trainee, UUID> {

    /** By district, name and id (trainee_list_idx); a dong filter narrows within its district. */
    public kr.seoul.chatdong.commons.paging.Page<Trainee> list(String districtCode, String dongCode,
            kr.seoul.chatdong.commons.paging.PageRequest paging) {
        return kr.seoul.chatdong.commons.paging.ListQuery.from(getEntityManager(), "Trainee").eq("districtCode", districtCode)
                .eq("dongCode", dongCode).page("e", "e.districtCode, e.name, e.id", paging, r -> (Trainee) r[0]);
    }

    /** The trainee whose record is linked to this sign-in account. */
    public java.util.Optional<Trainee> byAccount(String account) {
        return find("account", account).firstResultOptional();
    }

    /** The trainee with this employee number, or (without one) with this name, organisation and dong. */
    public java.util.Optional<Trainee> same(String name, String organisation, String dongCode, String employeeNo) {
        if (employeeNo != null) {
            return find("employeeNo", employeeNo).firstResultOptional();
        }
        return find("employeeNo is null and name = ?1 and organisation = ?2 and " + (dongCode == null ? "dongCode is null" : "dongCode = ?3"),
                dongCode == null ? new Object[] {name, organisation} : new Object[] {name, organisation, dongCode}).firstResultOptional();
    }
}
