package kr.seoul.chatdong.training.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.training.domain.Instructor;

@ApplicationScoped
public class InstructorRepository implements PanacheRepositoryBase<Instructor, UUID> {

    /** The instructor whose record is linked to this sign-in account. */
    public Optional<Instructor> byAccount(String account) {
        return find("account", account).firstResultOptional();
    }
}
