package kr.seoul.chatdong.cases.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.ManualFeedback;
import kr.seoul.chatdong.cases.domain.ManualVersion;
import kr.seoul.chatdong.cases.domain.ManualVolume;

/** The manual volumes, their versions and the feedback on them. */
@ApplicationScoped
public class ManualRepository implements PanacheRepositoryBase<ManualVolume, String> {

    public void persist(ManualVersion version) {
        getEntityManager().persist(version);
    }

    public void persist(ManualFeedback feedback) {
        getEntityManager().persist(feedback);
    }

    public Optional<ManualVersion> version(String volumeId, String version) {
        return getEntityManager()
                .createQuery(
                        "select v from ManualVersion v where v.volumeId = :v and v.version = :n", ManualVersion.class)
                .setParameter("v", volumeId)
                .setParameter("n", version)
                .getResultStream()
                .findFirst();
    }

    public Optional<ManualFeedback> feedback(UUID id) {
        return Optional.ofNullable(getEntityManager().find(ManualFeedback.class, id));
    }
}
