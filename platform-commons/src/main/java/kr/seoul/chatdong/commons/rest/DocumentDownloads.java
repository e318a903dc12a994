package kr.seoul.chatdong.commons.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import kr.seoul.chatdong.commons.documents.Documents;
import kr.seoul.chatdong.commons.documents.StoredDocument;

/**
 * How every service serves a stored document: its detected type, {@code ETag} = its SHA-256,
 * {@code Content-Disposition} with the original Korean name as RFC 5987/6266 {@code filename*}
 * (and an ASCII {@code filename} for old clients), {@code Accept-Ranges: bytes}; one
 * {@code Range} ({@code bytes=a-b}, {@code a-}, {@code -n}) answers 206 with {@code Content-Range},
 * one past the end 416; {@code If-None-Match} with the ETag answers 304, {@code If-Range} with another
 * one the whole document. The bytes stream from the database a slice at a time.
 */
@ApplicationScoped
public class DocumentDownloads {

    /** The bytes may be kept by the caller's browser only, and checked again before use. */
    public static final CacheControl PRIVATE = CacheControl.valueOf("private, no-cache");

    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    @Inject
    Documents documents;

    public Response serve(StoredDocument document, HttpHeaders headers) {
        EntityTag tag = etag(document);
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, document)) {
            return Response.notModified(tag).cacheControl(PRIVATE).build();
        }
        long size = document.size();
        long from = 0;
        long length = size;
        boolean partial = false;
        String range = headers.getHeaderString("Range");
        String ifRange = headers.getHeaderString("If-Range");
        if (range != null && (ifRange == null || matches(ifRange, document))) {
            Matcher single = SINGLE_RANGE.matcher(range.strip());
            // anything but one byte range (several ranges, other units) is ignored: the whole document
            if (single.matches()
                    && !(single.group(1).isEmpty() && single.group(2).isEmpty())) {
                String first = single.group(1);
                String last = single.group(2);
                if (first.isEmpty()) { // the last n bytes
                    long n = Long.parseLong(last);
                    if (n == 0) {
                        throw new RangeNotSatisfiable(range.strip(), size);
                    }
                    from = Math.max(0, size - n);
                    length = size - from;
                } else {
                    from = Long.parseLong(first);
                    if (from >= size) {
                        throw new RangeNotSatisfiable(range.strip(), size);
                    }
                    long to = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
                    if (to < from) { // not a valid range: ignored
                        from = 0;
                        to = size - 1;
                    } else {
                        partial = true;
                    }
                    length = to - from + 1;
                }
                partial = partial || first.isEmpty();
            }
        }
        long start = from;
        long count = length;
        StreamingOutput body = out -> documents.copy(document, start, count, out);
        Response.ResponseBuilder response = Response.status(partial ? 206 : 200)
                .entity(body)
                .type(document.mediaType())
                .tag(tag)
                .cacheControl(PRIVATE)
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CONTENT_LENGTH, count)
                .header("Content-Disposition", contentDisposition(document.fileName()))
                .header("X-Content-Type-Options", "nosniff");
        if (partial) {
            response.header("Content-Range", "bytes " + start + "-" + (start + count - 1) + "/" + size);
        }
        return response.build();
    }

    public static EntityTag etag(StoredDocument document) {
        return new EntityTag(document.sha256());
    }

    /** {@code attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<percent-encoded name>} (RFC 6266, RFC 5987). */
    public static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%') {
                ascii.append((char) c);
            } else {
                ascii.append('_');
            }
        });
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static boolean matches(String header, StoredDocument document) {
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if (t.equals("*")
                    || t.equals("\"" + document.sha256() + "\"")
                    || t.equals("W/\"" + document.sha256() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
