-- Documents attached to a service's resources (commons.documents.Documents): the bytes in the row
-- (bytea, at most 50 MB each) with what was learnt while receiving them: the type detected from the
-- bytes, size, SHA-256 (the download's ETag) and the original, Korean, file name.
--
-- bytea rather than a large object: the content lives and dies with its row (a rolled-back or
-- deleted document leaves no orphan in pg_largeobject, no lo_unlink to remember), dumps and
-- permissions are those of the table, and a document is immutable (new bytes are a new row), so
-- large objects' in-place writes buy nothing. STORAGE EXTERNAL keeps it uncompressed in TOAST (PDF,
-- OOXML and HWPX are compressed already), so substring() reads only the slices a download or a
-- Range asks for.
CREATE TABLE document (
    id          UUID         PRIMARY KEY,
    type        VARCHAR(10)  NOT NULL CHECK (type IN ('PDF', 'HWP', 'HWPX', 'DOCX', 'PPTX', 'XLSX')),
    media_type  VARCHAR(100) NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    size_bytes  BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256      CHAR(64)     NOT NULL,
    content     BYTEA        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    CHECK (octet_length(content) = size_bytes)
);
ALTER TABLE document ALTER COLUMN content SET STORAGE EXTERNAL;
