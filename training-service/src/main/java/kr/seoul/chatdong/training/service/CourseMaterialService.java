package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.documents.Documents;
import kr.seoul.chatdong.commons.documents.ExpectedDocument;
import kr.seoul.chatdong.commons.documents.ReceivedDocument;
import kr.seoul.chatdong.commons.documents.StoredDocument;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.training.domain.CourseMaterial;
import kr.seoul.chatdong.training.repository.CourseMaterialRepository;
import kr.seoul.chatdong.training.repository.CourseRepository;
import kr.seoul.chatdong.training.repository.TraineeRepository;

/**
 * 교육자료: the files of a course. Staff (city admins, trainers) attach and replace them; staff and
 * the trainees enrolled (with a seat) in one of the course's cohorts read them; anyone else is
 * refused. A write checks what it can before the body is read ({@link #checkAttach},
 * {@link #checkReplace}) and stores the document and its link in one transaction.
 */
@ApplicationScoped
public class CourseMaterialService {

    static final String WHAT = "course material";

    @Inject
    CourseRepository courses;

    @Inject
    CourseMaterialRepository materials;

    @Inject
    TraineeRepository trainees;

    @Inject
    Documents documents;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A material with its document's description. */
    public record Material(CourseMaterial material, StoredDocument document) {}

    /** Refuses an attachment before its body is read: no such course (404), no or a bad title (400). */
    public void checkAttach(UUID courseId, String title) {
        requireCourse(courseId);
        CourseMaterial.checkedTitle(title);
    }

    @Transactional
    public Material attach(UUID courseId, String title, ReceivedDocument received) {
        requireCourse(courseId);
        StoredDocument document = documents.store(received);
        CourseMaterial material = CourseMaterial.attach(courseId, document.id(), title, clock.instant());
        materials.persist(material);
        materials.flush();
        audit.record("course-material", material.id(), "CREATE", List.of("title", "document"));
        return new Material(material, document);
    }

    /** Refuses a replacement before its body is read: no such material (404), no If-Match (428), a stale one (412). */
    public void checkReplace(UUID courseId, UUID materialId, ExpectedDocument expected, String title) {
        if (title != null) {
            CourseMaterial.checkedTitle(title);
        }
        expected.require(read(courseId, materialId).document(), WHAT);
    }

    /** New bytes (and, when given, a new title) for a material; its old document goes in the same transaction. */
    @Transactional
    public Material replace(
            UUID courseId, UUID materialId, ExpectedDocument expected, String title, ReceivedDocument received) {
        CourseMaterial material = material(courseId, materialId);
        expected.require(documentOf(material), WHAT);
        StoredDocument document = documents.store(received);
        UUID old = material.replace(document.id(), title, clock.instant());
        // the material's @Version refuses the second of two replacements based on the same bytes
        materials.flush();
        documents.delete(old);
        audit.record(
                "course-material",
                material.id(),
                "REPLACE",
                title == null ? List.of("document") : List.of("title", "document"));
        return new Material(material, document);
    }

    /** The course's materials, oldest first, for staff and its enrolled trainees. */
    @Transactional
    public List<Material> list(UUID courseId) {
        requireCourse(courseId);
        mayRead(courseId);
        return materials.ofCourse(courseId).stream()
                .map(m -> new Material(m, documentOf(m)))
                .toList();
    }

    /** One material (to download it), for staff and the course's enrolled trainees. */
    @Transactional
    public Material get(UUID courseId, UUID materialId) {
        CourseMaterial material = material(courseId, materialId);
        mayRead(courseId);
        return new Material(material, documentOf(material));
    }

    private Material read(UUID courseId, UUID materialId) {
        CourseMaterial material = material(courseId, materialId);
        return new Material(material, documentOf(material));
    }

    private void mayRead(UUID courseId) {
        if (caller.hasRole(Roles.CITY_ADMIN) || caller.hasRole(Roles.TRAINER)) {
            return;
        }
        if (caller.hasRole(Roles.TRAINEE)) {
            boolean enrolled = trainees.byAccount(caller.account())
                    .map(t -> materials.enrolledInCourse(t.id(), courseId))
                    .orElse(false);
            if (enrolled) {
                return;
            }
            throw new DomainException.NotAllowed("The course's materials are for trainees enrolled in one of its "
                    + "cohorts; your account '" + caller.account() + "' has no seat in any");
        }
        throw new DomainException.NotAllowed("A course's materials are read by trainers, city admins and its trainees");
    }

    private void requireCourse(UUID courseId) {
        if (courses.findById(courseId) == null) {
            throw new DomainException.NotFound("course", courseId);
        }
    }

    private CourseMaterial material(UUID courseId, UUID materialId) {
        CourseMaterial material = materials.findById(materialId);
        if (material == null || !material.courseId().equals(courseId)) {
            requireCourse(courseId);
            throw new DomainException.NotFound(WHAT, materialId);
        }
        return material;
    }

    private StoredDocument documentOf(CourseMaterial material) {
        return documents
                .find(material.documentId())
                .orElseThrow(() -> new IllegalStateException("Material " + material.id() + " has no document"));
    }
}
