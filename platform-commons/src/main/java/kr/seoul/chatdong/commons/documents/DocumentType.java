package kr.seoul.chatdong.commons.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The kinds of document the platform accepts, told from a file's bytes, never from its name or the
 * Content-Type a client sent: PDF, HWP (한글 5.x, an OLE2 compound file), HWPX (한글's OWPML zip) and
 * the three Office Open XML formats. Tika's core (magic numbers only) names what it sees; a zip or
 * an OLE2 file is then looked into, as tika-core alone names them only "application/zip" or
 * "application/x-tika-msoffice".
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    HWP("application/x-hwp", "hwp"),
    HWPX("application/hwp+zip", "hwpx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type a download is served with. */
    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** What the bytes are: an accepted type, or what was found instead (for the 415). */
    public record Detection(Optional<DocumentType> type, String found) {}

    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] HWP_SIGNATURE = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FILE_HEADER_NAME = "FileHeader".getBytes(StandardCharsets.UTF_16LE);
    private static final int MAGIC_BYTES = 64 * 1024;
    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

    /** Detects the type of the file (the whole upload, already on disk). */
    public static Detection detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAGIC_BYTES);
        }
        MediaType tika;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            tika = TIKA.detect(in, new Metadata());
        }
        String found = tika.getBaseType().toString();
        if (found.equals("application/pdf")) {
            return new Detection(Optional.of(PDF), found);
        }
        if (startsWith(head, OLE2)) {
            if (containsBoth(file, FILE_HEADER_NAME, HWP_SIGNATURE)) {
                return new Detection(Optional.of(HWP), found);
            }
            return new Detection(Optional.empty(), found + " (an OLE2 compound file that is no HWP document)");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zip(file, found);
        }
        return new Detection(Optional.empty(), found);
    }

    /** HWPX by its {@code mimetype} entry; DOCX, PPTX, XLSX by {@code [Content_Types].xml} and their main part. */
    private static Detection zip(Path file, String found) {
        Set<String> names = new HashSet<>();
        String mimetype = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements() && names.size() < 100_000) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                if (entry.getName().equals("mimetype")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        mimetype = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Detection(Optional.empty(), found + " (an unreadable zip)");
        }
        if (HWPX.mediaType.equals(mimetype)) {
            return new Detection(Optional.of(HWPX), HWPX.mediaType);
        }
        if (names.contains("[Content_Types].xml")) {
            if (names.contains("word/document.xml")) {
                return new Detection(Optional.of(DOCX), DOCX.mediaType);
            }
            if (names.contains("ppt/presentation.xml")) {
                return new Detection(Optional.of(PPTX), PPTX.mediaType);
            }
            if (names.contains("xl/workbook.xml")) {
                return new Detection(Optional.of(XLSX), XLSX.mediaType);
            }
            return new Detection(
                    Optional.empty(), found + " (an Office Open XML package that is no DOCX, PPTX or XLSX)");
        }
        return new Detection(Optional.empty(), mimetype != null ? found + " (a zip of type " + mimetype + ")" : found);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the compound file has a stream named FileHeader (its directory entry, UTF-16LE) and
     * the HWP signature (the first bytes of that stream) — read once, in a sliding window.
     */
    private static boolean containsBoth(Path file, byte[] first, byte[] second) throws IOException {
        boolean foundFirst = false;
        boolean foundSecond = false;
        int overlap = Math.max(first.length, second.length) - 1;
        byte[] buffer = new byte[64 * 1024 + overlap];
        int carried = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer, carried, buffer.length - carried)) > 0) {
                int filled = carried + read;
                foundFirst |= indexOf(buffer, filled, first);
                foundSecond |= indexOf(buffer, filled, second);
                if (foundFirst && foundSecond) {
                    return true;
                }
                carried = Math.min(overlap, filled);
                System.arraycopy(buffer, filled - carried, buffer, 0, carried);
            }
        }
        return false;
    }

    private static boolean indexOf(byte[] buffer, int length, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (buffer[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
