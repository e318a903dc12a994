-- Idempotent creates: the first answer to (caller, Idempotency-Key), stored in the same
-- transaction as what it created, and replayed to a retry with the same body.
CREATE TABLE idempotency_key (
    subject       VARCHAR(200) NOT NULL,
    key           VARCHAR(200) NOT NULL,
    operation     VARCHAR(200) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    status        INTEGER,
    response_body TEXT,
    location      VARCHAR(500),
    etag          VARCHAR(100),
    created_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (subject, key)
);
CREATE INDEX idempotency_key_expiry_idx ON idempotency_key (expires_at);

-- Audit trail: who changed what, when; written in the same transaction as the change.
CREATE TABLE audit_entry (
    seq            BIGSERIAL PRIMARY KEY,
    at             TIMESTAMPTZ  NOT NULL,
    subject        VARCHAR(200) NOT NULL,
    roles          VARCHAR(200),
    entity         VARCHAR(100) NOT NULL,
    entity_id      VARCHAR(200) NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    changed_fields VARCHAR(2000),
    operation      VARCHAR(300)
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity, entity_id, seq);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject, seq);
