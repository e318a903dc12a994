package kr.seoul.chatdong.training.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.training.domain.Trainee;

@ApplicationScoped
public class TraineeRepository implements PanacheRepositoryBase<Trainee, UUID> {

    /** The trainee whose record is linked to this sign-in account. */
    public java.util.Optional<Trainee> byAccount(String account) {
        return find("account", account).firstResultOptional();
    }

    /** The trainee with this employee number, or (without one) with this name, organisation and dong. */
    public java.util.Optional<Trainee> same(String name, String organisation, String dongCode, String employeeNo) {
        if (employeeNo != null) {
            return find("employeeNo", employeeNo).firstResultOptional();
        }
        return find(
                        "employeeNo is null and name = ?1 and organisation = ?2 and "
                                + (dongCode == null ? "dongCode is null" : "dongCode = ?3"),
                        dongCode == null
                                ? new Object[] {name, organisation}
                                : new Object[] {name, organisation, dongCode})
                .firstResultOptional();
    }
}
