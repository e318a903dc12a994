package kr.seoul.chatdong.commons.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * An upload received in full and checked, not yet stored: its bytes in a private temporary file
 * (never the whole of it in the heap), their SHA-256 and size computed on the way, its type detected
 * from the bytes. Refused as soon as it passes the size limit (413) or when its type is not accepted
 * (415); nothing is stored by a refused upload. Close it when done (the temporary file goes).
 */
public final class ReceivedDocument implements AutoCloseable {

    /** The longest file name kept (characters), as file systems allow. */
    public static final int MAX_FILE_NAME = 255;

    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final String fileName;
    private final long size;
    private final String sha256;
    private final DocumentType type;

    private ReceivedDocument(Path file, String fileName, long size, String sha256, DocumentType type) {
        this.file = file;
        this.fileName = fileName;
        this.size = size;
        this.sha256 = sha256;
        this.type = type;
    }

    /**
     * Reads the body to its end (or to the first byte past {@code limit}) into a temporary file.
     *
     * @param fileName the original file name, as the client sent it (a path is cut to its last part)
     */
    public static ReceivedDocument receive(InputStream body, String fileName, long limit) {
        String name = fileName(fileName);
        Path file;
        try {
            file = Files.createTempFile("chatdong-document-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean kept = false;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while (body != null && (read = body.read(buffer)) >= 0) {
                    size += read;
                    if (size > limit) {
                        throw DocumentRefused.tooLarge(limit);
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new DomainException.InvalidValue("body", "is empty; send the file's bytes as the body");
            }
            DocumentType.Detection detection = DocumentType.detect(file);
            DocumentType type = detection.type().orElseThrow(() -> DocumentRefused.unsupported(detection.found()));
            ReceivedDocument received =
                    new ReceivedDocument(file, name, size, HexFormat.of().formatHex(digest.digest()), type);
            kept = true;
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (!kept) {
                delete(file);
            }
        }
    }

    /** The name a download offers: the last part of a path, NFC (a Mac sends 한글 decomposed), no control characters. */
    static String fileName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException.InvalidValue(
                    "filename", "is required: the document's file name, e.g. ?filename=교육자료.pdf");
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new DomainException.InvalidValue("filename", "names no file");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x7F)) {
            throw new DomainException.InvalidValue("filename", "must not contain control characters");
        }
        if (name.length() > MAX_FILE_NAME) {
            throw new DomainException.InvalidValue("filename", "is longer than " + MAX_FILE_NAME + " characters");
        }
        return name;
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return fileName;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public DocumentType type() {
        return type;
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is the operating system's to clean
        }
    }
}
