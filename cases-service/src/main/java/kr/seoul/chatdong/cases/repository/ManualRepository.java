package kr.seoul.chatdong.cases.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.ManualFeedback;
import kr.seoul.chatdong.cases.domain.ManualVersion;
import kr.seoul.chatdong.cases.domain.ManualVolume;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;

/** The manual volumes, their versions and the feedback on them. */
@ApplicationScoped
public class ManualRepository implements PanacheRepositoryBase<ManualVolume, String> {

    public List<ManualVolume> volumes() {
        return list("order by position");
    }

    public void persist(ManualVersion version) {
        getEntityManager().persist(version);
    }

    public void persist(ManualFeedback feedback) {
        getEntityManager().persist(feedback);
    }

    /** A volume's versions, the latest first (manual_version_list_idx). */
    public Page<ManualVersion> versions(String volumeId, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "ManualVersion").eq("volumeId", volumeId)
                .page("e", "e.publishedOn desc, e.id", paging, r -> (ManualVersion) r[0]);
    }

    public Optional<ManualVersion> version(String volumeId, String version) {
        return getEntityManager().createQuery("select v from ManualVersion v where v.volumeId = :v and v.version = :n", ManualVersion.class)
                .setParameter("v", volumeId).setParameter("n", version).getResultStream().findFirst();
    }

    public Optional<ManualFeedback> feedback(UUID id) {
        return Optional.ofNullable(getEntityManager().find(ManualFeedback.class, id));
    }

    /** A volume's feedback, oldest first (manual_feedback_list_idx, manual_feedback_status_idx). */
    public Page<ManualFeedback> feedback(String volumeId, ManualFeedback.Status status, String districtCode, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "ManualFeedback").eq("volumeId", volumeId).eq("status", status).eq("districtCode", districtCode)
                .page("e", "e.createdAt, e.id", paging, r -> (ManualFeedback) r[0]);
    }

    /** The feedback a version took in, oldest first (manual_feedback_version_idx). */
    public List<ManualFeedback> adoptedIn(UUID versionId) {
        return getEntityManager().createQuery("select f from ManualFeedback f where f.adoptedIn = :v order by f.createdAt, f.id", ManualFeedback.class)
                .setParameter("v", versionId).getResultList();
    }
}
