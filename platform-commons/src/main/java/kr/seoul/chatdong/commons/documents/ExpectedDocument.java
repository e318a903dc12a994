package kr.seoul.chatdong.commons.documents;

import java.util.List;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * The content a replacement of a document was based on: the SHA-256 (hex) the caller read as its
 * ETag. How it travelled (HTTP's {@code If-Match}) is the REST layer's business.
 *
 * @param hashes the hashes the caller accepts
 * @param as how the caller named them, for the message; null when none was named
 */
public record ExpectedDocument(List<String> hashes, String as) {

    public static final ExpectedDocument NONE = new ExpectedDocument(List.of(), null);

    public ExpectedDocument {
        hashes = List.copyOf(hashes);
    }

    /** Refuses a replacement based on no content (428) or on another one than {@code current} (412). */
    public void require(StoredDocument current, String what) {
        String etag = "\"" + current.sha256() + "\"";
        if (as == null) {
            throw new DomainException.VersionRequired(what, etag);
        }
        if (!hashes.contains(current.sha256())) {
            throw new DomainException.StaleVersion(what, as, etag);
        }
    }
}
