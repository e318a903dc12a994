package kr.seoul.chatdong.cases.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.AdoptedQuestion;
import kr.seoul.chatdong.cases.domain.CouncilDecision;
import kr.seoul.chatdong.cases.domain.ManualFeedback;
import kr.seoul.chatdong.cases.domain.ManualVersion;
import kr.seoul.chatdong.cases.domain.ManualVolume;

/** The manual volumes, their versions, the feedback and questions they took in, and the council decisions seen. */
@ApplicationScoped
public class ManualRepository implements PanacheRepositoryBase<ManualVolume, String> {

    public void persist(ManualVersion version) {
        getEntityManager().persist(version);
    }

    public void persist(ManualFeedback feedback) {
        getEntityManager().persist(feedback);
    }

    public void persist(CouncilDecision decision) {
        getEntityManager().persist(decision);
    }

    public void persist(AdoptedQuestion adopted) {
        getEntityManager().persist(adopted);
    }

    /** The volume, locked: versions are numbered one after the other. */
    public Optional<ManualVolume> locked(String volumeId) {
        return Optional.ofNullable(
                getEntityManager().find(ManualVolume.class, volumeId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Where a new volume goes in the list: after every other. */
    public int nextPosition() {
        return ((Number) getEntityManager()
                        .createNativeQuery("select nextval('manual_volume_position_seq')")
                        .getSingleResult())
                .intValue();
    }

    /** The highest version number of the volume (0 when it has none). */
    public int lastNumber(String volumeId) {
        Integer last = getEntityManager()
                .createQuery("select max(v.number) from ManualVersion v where v.volumeId = :v", Integer.class)
                .setParameter("v", volumeId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    public Optional<ManualVersion> version(String volumeId, int number) {
        return getEntityManager()
                .createQuery(
                        "select v from ManualVersion v where v.volumeId = :v and v.number = :n", ManualVersion.class)
                .setParameter("v", volumeId)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    public boolean labelled(String volumeId, String label) {
        return !getEntityManager()
                .createQuery("select v.id from ManualVersion v where v.volumeId = :v and v.label = :l", UUID.class)
                .setParameter("v", volumeId)
                .setParameter("l", label)
                .getResultList()
                .isEmpty();
    }

    public Optional<ManualFeedback> feedback(UUID id) {
        return Optional.ofNullable(getEntityManager().find(ManualFeedback.class, id));
    }

    public Optional<CouncilDecision> decision(UUID decisionId) {
        return Optional.ofNullable(getEntityManager().find(CouncilDecision.class, decisionId));
    }

    public boolean adopted(UUID versionId, UUID questionId) {
        return !getEntityManager()
                .createQuery(
                        "select a.id from AdoptedQuestion a where a.versionId = :v and a.questionId = :q", UUID.class)
                .setParameter("v", versionId)
                .setParameter("q", questionId)
                .getResultList()
                .isEmpty();
    }
}
