package kr.seoul.chatdong.commons.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * A document as stored (its bytes stay in the database and are streamed from there): its type
 * detected from the bytes, the original (Korean) file name, size and SHA-256 (hex), which is also
 * its ETag.
 */
public record StoredDocument(
        UUID id, DocumentType type, String fileName, long size, String sha256, Instant createdAt, String createdBy) {

    public String mediaType() {
        return type.mediaType();
    }
}
