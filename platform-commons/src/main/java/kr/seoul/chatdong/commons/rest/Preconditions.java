package kr.seoul.chatdong.commons.rest;

import java.util.ArrayList;
import java.util.List;

import kr.seoul.chatdong.commons.documents.ExpectedDocument;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;

/**
 * Optimistic locking over HTTP: a change to an existing resource names the version it was based
 * on ({@code If-Match} with the ETag of a GET). The resource turns the header into an
 * {@link ExpectedVersion}; the use case checks it (missing: 428, stale: 412 that gives the current
 * version); the entity's {@code @Version} then catches a race between two matching writes.
 */
public final class Preconditions {

    private Preconditions() {}

    /** The versions an {@code If-Match} header names (strong ETags {@code "N"}; anything else matches no version). */
    public static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ExpectedVersion.NONE;
        }
        List<Long> versions = new ArrayList<>();
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.length() > 2 && t.startsWith("\"") && t.endsWith("\"")) {
                String inner = t.substring(1, t.length() - 1);
                if (inner.matches(
                        "0|[1-9][0-9]{0,17}")) { // exactly as Responses.etag writes a version; anything else matches
                    // none
                    versions.add(Long.parseLong(inner));
                }
            }
        }
        return new ExpectedVersion(versions, ifMatch.strip());
    }

    /**
     * The contents an {@code If-Match} header names for a document (its ETag is the SHA-256 in hex,
     * {@code "9f86d0…"}; a weak or other tag matches none, {@code *} any).
     */
    public static ExpectedDocument expectedDocument(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ExpectedDocument.NONE;
        }
        List<String> hashes = new ArrayList<>();
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.length() == 66 && t.startsWith("\"") && t.endsWith("\"")) {
                String inner = t.substring(1, 65).toLowerCase(java.util.Locale.ROOT);
                if (inner.matches("[0-9a-f]{64}")) {
                    hashes.add(inner);
                }
            }
        }
        return new ExpectedDocument(hashes, ifMatch.strip());
    }
}
