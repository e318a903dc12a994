package kr.seoul.chatdong.training.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/** 교육자료: a file of a course, kept as a document of the platform's store, with a title. */
@Entity
@Table(name = "course_material")
public class CourseMaterial {

    public static final int MAX_TITLE = 200;

    @Id
    private UUID id;

    @Column(name = "course_id")
    private UUID courseId;

    @Column(name = "document_id")
    private UUID documentId;

    private String title;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected CourseMaterial() {}

    public static CourseMaterial attach(UUID courseId, UUID documentId, String title, Instant now) {
        CourseMaterial material = new CourseMaterial();
        material.id = UUID.randomUUID();
        material.courseId = courseId;
        material.documentId = documentId;
        material.title = checkedTitle(title);
        material.createdAt = now;
        material.updatedAt = now;
        return material;
    }

    /** Points the material at new bytes (a new document); the title changes when one is given. */
    public UUID replace(UUID newDocumentId, String newTitle, Instant now) {
        UUID old = documentId;
        documentId = newDocumentId;
        if (newTitle != null) {
            title = checkedTitle(newTitle);
        }
        updatedAt = now;
        return old;
    }

    /** The title as kept (stripped), or a refusal: required, at most 200 characters, no control characters. */
    public static String checkedTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new DomainException.InvalidValue("title", "is required, e.g. ?title=1강 주민자치의 이해");
        }
        String t = title.strip();
        if (t.length() > MAX_TITLE) {
            throw new DomainException.InvalidValue("title", "is longer than " + MAX_TITLE + " characters");
        }
        if (t.codePoints().anyMatch(Character::isISOControl)) {
            throw new DomainException.InvalidValue("title", "must not contain control characters");
        }
        return t;
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public UUID documentId() {
        return documentId;
    }

    public String title() {
        return title;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
