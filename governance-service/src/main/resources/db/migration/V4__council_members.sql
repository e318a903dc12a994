-- Councils: sub-committees under a parent, mandate, term, status and the quorum rule of their meetings.
ALTER TABLE council ADD COLUMN parent_id UUID REFERENCES council (id);
ALTER TABLE council ADD COLUMN mandate VARCHAR(2000);
ALTER TABLE council ADD COLUMN term_from DATE;
ALTER TABLE council ADD COLUMN term_to DATE;
ALTER TABLE council ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE';
ALTER TABLE council ADD COLUMN quorum_rule VARCHAR(16) NOT NULL DEFAULT 'MAJORITY';
ALTER TABLE council ADD CONSTRAINT council_term_check CHECK (term_to IS NULL OR term_from IS NULL OR term_to >= term_from);
CREATE INDEX council_parent_idx ON council (parent_id, name, id);

-- 위원: a member of a council for a term. Personal data kept to what the body needs (name, organisation);
-- none of it goes into events or logs.
CREATE TABLE council_member (
    id           UUID PRIMARY KEY,
    council_id   UUID         NOT NULL REFERENCES council (id),
    name         VARCHAR(100) NOT NULL,
    organisation VARCHAR(200),
    sector       VARCHAR(16)  NOT NULL,
    position     VARCHAR(16)  NOT NULL,
    term_from    DATE         NOT NULL,
    term_to      DATE,
    created_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL,
    CHECK (term_to IS NULL OR term_to >= term_from)
);
-- GET /councils/{id}/members: ORDER BY position, name, id within the council.
CREATE INDEX council_member_list_idx ON council_member (council_id, position, name, id);
