package kr.seoul.chatdong.cases.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.cases.domain.ManualFeedback;
import kr.seoul.chatdong.cases.domain.ManualVersion;
import kr.seoul.chatdong.cases.domain.ManualVolume;
import kr.seoul.chatdong.cases.domain.Question;
import kr.seoul.chatdong.commons.documents.Documents;
import kr.seoul.chatdong.commons.documents.StoredDocument;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;

/** The read side of the manual: its volumes, their versions, the feedback on them and the questions they took in. */
@ApplicationScoped
public class ManualQueries {

    @Inject
    EntityManager em;

    @Inject
    Documents documents;

    public List<ManualVolume> volumes() {
        return em.createQuery("select v from ManualVolume v order by v.position", ManualVolume.class)
                .getResultList();
    }

    public ManualVolume volume(String id) {
        ManualVolume volume = em.find(ManualVolume.class, id);
        if (volume == null) {
            throw new DomainException.NotFound("manual volume", id);
        }
        return volume;
    }

    /** Each volume's highest-numbered version, by volume id (volumes without versions are absent). */
    public Map<String, ManualVersion> latestVersions() {
        return em.createQuery(
                        "select v from ManualVersion v where v.number = "
                                + "(select max(w.number) from ManualVersion w where w.volumeId = v.volumeId)",
                        ManualVersion.class)
                .getResultStream()
                .collect(Collectors.toMap(ManualVersion::volumeId, v -> v));
    }

    /** A volume's versions, the latest first (manual_version_number_key). */
    public Page<ManualVersion> versions(String volumeId, PageRequest paging) {
        return ListQuery.from(em, "ManualVersion")
                .eq("volumeId", volume(volumeId).id())
                .page("e", "e.number desc", paging, r -> (ManualVersion) r[0]);
    }

    public ManualVersion version(String volumeId, int number) {
        return em.createQuery(
                        "select v from ManualVersion v where v.volumeId = :v and v.number = :n", ManualVersion.class)
                .setParameter("v", volume(volumeId).id())
                .setParameter("n", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound("manual version", volumeId + "/" + number));
    }

    /** The version's document (its description, not its bytes), empty while none was uploaded. */
    public Optional<StoredDocument> documentOf(ManualVersion version) {
        return version.documentId() == null ? Optional.empty() : documents.find(version.documentId());
    }

    /** The document of a volume's version, to download it: 404 when the version has none yet. */
    public StoredDocument document(String volumeId, int number) {
        return documentOf(version(volumeId, number))
                .orElseThrow(() -> new DomainException.NotFound("document of manual version", volumeId + "/" + number));
    }

    /** The solution-desk questions a version took in, in the order it took them (manual_version_question_list_idx). */
    public List<Question> adoptedQuestions(ManualVersion version) {
        return em.createQuery(
                        "select q from AdoptedQuestion a, Question q where q.id = a.questionId and a.versionId = :v "
                                + "order by a.adoptedAt, a.id",
                        Question.class)
                .setParameter("v", version.id())
                .getResultList();
    }

    /** The feedback a version took in, oldest first (manual_feedback_version_idx). */
    public List<ManualFeedback> adoptedIn(ManualVersion version) {
        return em.createQuery(
                        "select f from ManualFeedback f where f.adoptedIn = :v order by f.createdAt, f.id",
                        ManualFeedback.class)
                .setParameter("v", version.id())
                .getResultList();
    }

    /** A volume's feedback, oldest first (manual_feedback_list_idx, manual_feedback_status_idx). */
    public Page<ManualFeedback> feedback(
            String volumeId, ManualFeedback.Status status, String districtCode, PageRequest paging) {
        return ListQuery.from(em, "ManualFeedback")
                .eq("volumeId", volume(volumeId).id())
                .eq("status", status)
                .eq("districtCode", districtCode)
                .page("e", "e.createdAt, e.id", paging, r -> (ManualFeedback) r[0]);
    }

    public ManualFeedback feedbackOf(String volumeId, UUID feedbackId) {
        ManualFeedback f = em.find(ManualFeedback.class, feedbackId);
        if (f == null || !f.volumeId().equals(volume(volumeId).id())) {
            throw new DomainException.NotFound("manual feedback", feedbackId);
        }
        return f;
    }
}
