-- 우수사례 editorial workflow: NOMINATED → DRAFTING → IN_REVIEW → PUBLISHED → ARCHIVED, with reject
-- (IN_REVIEW → DRAFTING) and withdraw (any open state → WITHDRAWN). A draft is now DRAFTING.
UPDATE best_practice_case SET status = 'DRAFTING' WHERE status = 'DRAFT';

-- The case's text (Markdown) and its sanitised HTML (rendered once, when the body is saved); the
-- fields it is about (field stays: the main one, the first of fields), tags and authors.
ALTER TABLE best_practice_case
    ADD COLUMN body         TEXT,
    ADD COLUMN body_html    TEXT,
    ADD COLUMN fields       TEXT[]      NOT NULL DEFAULT '{}',
    ADD COLUMN tags         TEXT[]      NOT NULL DEFAULT '{}',
    ADD COLUMN authors      TEXT[]      NOT NULL DEFAULT '{}',
    ADD COLUMN published_at TIMESTAMPTZ,
    ADD COLUMN archived_at  TIMESTAMPTZ;
UPDATE best_practice_case SET fields = ARRAY[field];

-- Every saved body, numbered per case from 1.
CREATE TABLE case_revision (
    id       UUID PRIMARY KEY,
    case_id  UUID         NOT NULL REFERENCES best_practice_case (id),
    number   INTEGER      NOT NULL,
    title    VARCHAR(200) NOT NULL,
    body     TEXT         NOT NULL,
    saved_at TIMESTAMPTZ  NOT NULL,
    saved_by VARCHAR(200) NOT NULL,
    UNIQUE (case_id, number)
);

-- Reviewers' comments on a case IN_REVIEW, and the reasons of rejections (kind REJECTION).
CREATE TABLE case_comment (
    id         UUID PRIMARY KEY,
    case_id    UUID          NOT NULL REFERENCES best_practice_case (id),
    kind       VARCHAR(16)   NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    author     VARCHAR(200)  NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX case_comment_case_idx ON case_comment (case_id, created_at, id);

-- Where a published case appears, from which day (HOMEPAGE, FACEBOOK, NEWSLETTER).
CREATE TABLE case_channel (
    case_id      UUID        NOT NULL REFERENCES best_practice_case (id),
    channel      VARCHAR(16) NOT NULL,
    scheduled_on DATE        NOT NULL,
    PRIMARY KEY (case_id, channel)
);
CREATE INDEX case_channel_day_idx ON case_channel (scheduled_on, channel);
CREATE INDEX best_practice_case_published_idx ON best_practice_case (published_at DESC, id) WHERE published_at IS NOT NULL;

-- Korean search. Debian's PostgreSQL has no Korean text-search dictionary, and Korean words take
-- particles and form compounds (방문간호사 contains 방문간호), so a search term matches as a
-- substring (ILIKE) of search_text (title, summary, body and tags, kept by the application), served
-- by pg_trgm's trigram GIN index. pg_trgm is a trusted extension (PostgreSQL 13+): the database's
-- owner creates it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE best_practice_case ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE best_practice_case SET search_text = title || E'\n' || coalesce(summary, '');
CREATE INDEX best_practice_case_search_idx ON best_practice_case USING gin (search_text gin_trgm_ops);

-- 발굴단: the discovery team, one member per district at a time (the service refuses overlapping
-- periods of a district under a per-district lock). A nomination is assigned to its district's
-- active member when it arrives, or stays unassigned.
CREATE TABLE discovery_member (
    id            UUID PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    district_code VARCHAR(5)   NOT NULL,
    subject       VARCHAR(200) NOT NULL,
    active_from   DATE         NOT NULL,
    active_to     DATE,
    created_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL,
    CHECK (active_to IS NULL OR active_to >= active_from)
);
CREATE INDEX discovery_member_district_idx ON discovery_member (district_code, active_from DESC, id);
CREATE INDEX discovery_member_subject_idx ON discovery_member (subject);
ALTER TABLE best_practice_case ADD COLUMN assignee_id UUID REFERENCES discovery_member (id);
CREATE INDEX best_practice_case_assignee_idx ON best_practice_case (assignee_id, status, created_at DESC, id);

-- 사례집: a year's published cases compiled, by district, into HTML and a PDF (a new edition each
-- time the year is compiled again), with its print runs and where they went.
CREATE TABLE casebook (
    id         UUID PRIMARY KEY,
    year       INTEGER     NOT NULL,
    edition    INTEGER     NOT NULL,
    case_count INTEGER     NOT NULL,
    html       TEXT        NOT NULL,
    pdf        BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL,
    UNIQUE (year, edition)
);
CREATE INDEX casebook_list_idx ON casebook (year DESC, edition DESC, id);
CREATE TABLE casebook_print_run (
    id             UUID PRIMARY KEY,
    casebook_id    UUID          NOT NULL REFERENCES casebook (id),
    copies         INTEGER       NOT NULL CHECK (copies > 0),
    distributed_to VARCHAR(2000) NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX casebook_print_run_idx ON casebook_print_run (casebook_id, created_at, id);
