package kr.seoul.chatdong.commons.documents;

/**
 * An upload the platform does not take, refused before anything is stored: too large (413) or of a
 * type other than the accepted ones (415, naming what was found). The REST layer's problem mapper
 * answers it.
 */
public final class DocumentRefused extends RuntimeException {

    public enum Reason {
        TOO_LARGE,
        UNSUPPORTED_TYPE
    }

    private final Reason reason;
    private final String found;
    private final long limit;

    private DocumentRefused(Reason reason, String message, String found, long limit) {
        super(message, null, false, false);
        this.reason = reason;
        this.found = found;
        this.limit = limit;
    }

    static DocumentRefused tooLarge(long limit) {
        return new DocumentRefused(
                Reason.TOO_LARGE,
                "The document is larger than the limit of " + limit + " bytes (" + (limit / (1024 * 1024)) + " MB)",
                null,
                limit);
    }

    static DocumentRefused unsupported(String found) {
        return new DocumentRefused(
                Reason.UNSUPPORTED_TYPE,
                "The file's bytes are " + found + "; a document must be one of PDF, HWP, HWPX, DOCX, PPTX, XLSX",
                found,
                0);
    }

    public Reason reason() {
        return reason;
    }

    /** What the bytes were found to be (UNSUPPORTED_TYPE). */
    public String found() {
        return found;
    }

    /** The size limit in bytes (TOO_LARGE). */
    public long limit() {
        return limit;
    }
}
