-- 자치구 추진지원단: one per district, run by the district (DIRECT) or outsourced, with its staff and
-- the DISTRICT_SUPPORT_TEAM council its monthly meetings go through.
CREATE TABLE support_team (
    id            UUID PRIMARY KEY,
    district_code VARCHAR(5)   NOT NULL UNIQUE,
    model         VARCHAR(16)  NOT NULL,
    operator      VARCHAR(300) NOT NULL,
    staff_count   INTEGER      NOT NULL CHECK (staff_count >= 0),
    staff_roles   VARCHAR(500) NOT NULL DEFAULT '',
    started_on    DATE         NOT NULL,
    ended_on      DATE,
    council_id    UUID REFERENCES council (id),
    created_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
-- GET /support-teams: ORDER BY district_code (the unique index serves it).

-- Seeded bodies are found by a stable key on later starts (null for councils made through the API).
ALTER TABLE council ADD COLUMN seed_key VARCHAR(64) UNIQUE;
