package kr.seoul.chatdong.commons.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.configuration.MemorySize;

import kr.seoul.chatdong.commons.security.Caller;

/**
 * The platform's one document store: a service keeps the files attached to its resources in its own
 * PostgreSQL database, table {@code document} (platform migration V0_4), content as {@code bytea}.
 *
 * <p>A document is immutable: new bytes are a new document, written in the transaction of the use
 * case that attaches it (so a half-written document is never visible: the row and its link commit
 * together or not at all); the old one is deleted in that same transaction. Uploads are streamed to
 * the database from their temporary file; downloads are read back in slices of {@value #SLICE}
 * bytes (uncompressed TOAST storage reads only the slices asked for), each with a connection of its
 * own for a moment, so a slow client holds no connection and no more than a slice of heap.
 */
@ApplicationScoped
public class Documents {

    /** Bytes read from the database at a time when streaming a document out. */
    public static final int SLICE = 1024 * 1024;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @ConfigProperty(name = "chatdong.documents.max-size", defaultValue = "50M")
    MemorySize maxSize;

    /** The largest document taken, in bytes. */
    public long maxSize() {
        return maxSize.asLongValue();
    }

    /** Reads an upload (see {@link ReceivedDocument#receive}) within this store's size limit. */
    public ReceivedDocument receive(InputStream body, String fileName) {
        return ReceivedDocument.receive(body, fileName, maxSize());
    }

    /** Stores a received document in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredDocument store(ReceivedDocument received) {
        StoredDocument document = new StoredDocument(
                UUID.randomUUID(),
                received.type(),
                received.fileName(),
                received.size(),
                received.sha256(),
                clock.instant(),
                caller.account());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                            INSERT INTO document (id, type, media_type, file_name, size_bytes, sha256, content,
                                                  created_at, created_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                    InputStream content = Files.newInputStream(received.file())) {
                insert.setObject(1, document.id());
                insert.setString(2, document.type().name());
                insert.setString(3, document.mediaType());
                insert.setString(4, document.fileName());
                insert.setLong(5, document.size());
                insert.setString(6, document.sha256());
                // with its length the driver streams the file to the server instead of buffering it
                insert.setBinaryStream(7, content, Math.toIntExact(document.size()));
                insert.setTimestamp(8, Timestamp.from(document.createdAt()));
                insert.setString(9, document.createdBy());
                insert.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return document;
    }

    /** A document's description (not its bytes). */
    public Optional<StoredDocument> find(UUID id) {
        return em.unwrap(Session.class).doReturningWork(connection -> find(connection, id));
    }

    /** Deletes a document (one no longer attached) in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(UUID id) {
        em.createNativeQuery("DELETE FROM document WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /**
     * Writes {@code length} bytes of the document from {@code offset} (0-based) to {@code out}, a
     * slice at a time. Fails (and the client's transfer with it) if the document is deleted meanwhile:
     * a download is whole, or it fails; it never mixes two documents' bytes.
     */
    public void copy(StoredDocument document, long offset, long length, OutputStream out) throws IOException {
        long position = offset;
        long end = offset + length;
        while (position < end) {
            int slice = (int) Math.min(SLICE, end - position);
            byte[] bytes = slice(document.id(), position, slice);
            if (bytes == null || bytes.length != slice) {
                throw new IOException("Document " + document.id() + " is no longer stored; the download is cut");
            }
            out.write(bytes);
            position += slice;
        }
        out.flush();
    }

    private byte[] slice(UUID id, long offset, int length) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT substring(content FROM ? FOR ?) FROM document WHERE id = ?")) {
            select.setInt(1, Math.toIntExact(offset + 1)); // substring(bytea, int, int): a bytea is < 1 GB
            select.setInt(2, length);
            select.setObject(3, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IOException("Document " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Optional<StoredDocument> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, type, file_name, size_bytes, sha256, created_at, created_by
                FROM document WHERE id = ?""")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredDocument(
                        rows.getObject(1, UUID.class),
                        DocumentType.valueOf(rows.getString(2)),
                        rows.getString(3),
                        rows.getLong(4),
                        rows.getString(5),
                        rows.getTimestamp(6).toInstant(),
                        rows.getString(7)));
            }
        }
    }
}
