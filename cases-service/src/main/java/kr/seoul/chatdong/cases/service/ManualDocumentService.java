package kr.seoul.chatdong.cases.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.cases.domain.ManualVersion;
import kr.seoul.chatdong.cases.repository.ManualRepository;
import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.documents.Documents;
import kr.seoul.chatdong.commons.documents.ExpectedDocument;
import kr.seoul.chatdong.commons.documents.ReceivedDocument;
import kr.seoul.chatdong.commons.documents.StoredDocument;
import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * A manual version's document (the file districts download), by the platform's document rules: uploaded
 * while the version is DRAFTING or IN_REVIEW, replaced only by a caller who names the current one (its
 * SHA-256), frozen from APPROVED on. An upload is checked before its body is read ({@link #checkUpload})
 * and stores the document and its link in one transaction, deleting the one it replaces.
 */
@ApplicationScoped
public class ManualDocumentService {

    static final String WHAT = "manual version's document";

    @Inject
    ManualRepository manuals;

    @Inject
    Documents documents;

    @Inject
    AuditTrail audit;

    /** The document stored for the version, and whether it is the version's first. */
    public record Uploaded(ManualVersion version, StoredDocument document, boolean first) {}

    /**
     * Refuses an upload before its body is read: no such version (404), an APPROVED or DISTRIBUTED one (409),
     * a replacement without If-Match (428) or based on another document (412).
     */
    @Transactional
    public void checkUpload(String volumeId, int number, ExpectedDocument expected) {
        ManualVersion version = version(volumeId, number);
        version.requireDocumentOpen();
        require(version, expected);
    }

    @Transactional
    public Uploaded upload(String volumeId, int number, ExpectedDocument expected, ReceivedDocument received) {
        ManualVersion version = version(volumeId, number);
        version.requireDocumentOpen();
        require(version, expected);
        StoredDocument document = documents.store(received);
        UUID old = version.attachDocument(document.id());
        // the version's @Version refuses the second of two uploads based on the same state (and an upload
        // racing the approval)
        manuals.flush();
        if (old != null) {
            documents.delete(old);
        }
        audit.record("manual-version", version.id(), "document", List.of("document"));
        return new Uploaded(version, document, old == null);
    }

    /**
     * The first document needs no If-Match, but one sent for a version without a document names a document
     * that is not there (412); a replacement needs the current document's ETag (428 without, 412 another).
     */
    private void require(ManualVersion version, ExpectedDocument expected) {
        if (version.documentId() == null) {
            if (expected.as() != null) {
                throw new DomainException.StaleVersion(WHAT, expected.as(), "none (no document was uploaded yet)");
            }
            return;
        }
        expected.require(current(version), WHAT);
    }

    private StoredDocument current(ManualVersion version) {
        return documents
                .find(version.documentId())
                .orElseThrow(() -> new IllegalStateException("Manual version " + version.id() + " names document "
                        + version.documentId() + ", which is not stored"));
    }

    private ManualVersion version(String volumeId, int number) {
        if (manuals.findByIdOptional(volumeId).isEmpty()) {
            throw new DomainException.NotFound("manual volume", volumeId);
        }
        return manuals.version(volumeId, number)
                .orElseThrow(() -> new DomainException.NotFound("manual version", volumeId + "/" + number));
    }
}
