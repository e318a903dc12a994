package kr.seoul.chatdong.commons.rest;

/** A {@code Range} that starts past the end of a document (416, with {@code Content-Range: bytes *}{@code /size}). */
public final class RangeNotSatisfiable extends RuntimeException {

    private final long size;

    public RangeNotSatisfiable(String range, long size) {
        super(
                "The range '" + range + "' starts past the end of the document, which has " + size
                        + " bytes (the first is 0, the last " + (size - 1) + ")",
                null,
                false,
                false);
        this.size = size;
    }

    public long size() {
        return size;
    }
}
