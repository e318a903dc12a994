-- 솔루션 데스크: questions from the field (a district, usually a dong, on a topic), answered by the city
-- and published as FAQ: OPEN → ANSWERED → PUBLISHED_AS_FAQ. Searched like cases: each term a substring
-- of search_text (topic, question, answers), served by a pg_trgm GIN index (pg_trgm: V5).
CREATE TABLE question (
    id            UUID PRIMARY KEY,
    district_code VARCHAR(5)    NOT NULL,
    dong_code     VARCHAR(10),
    topic         VARCHAR(100)  NOT NULL,
    text          VARCHAR(4000) NOT NULL,
    status        VARCHAR(24)   NOT NULL,
    asked_by      VARCHAR(200)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    answered_at   TIMESTAMPTZ,
    published_at  TIMESTAMPTZ,
    search_text   TEXT          NOT NULL,
    version       BIGINT        NOT NULL,
    CHECK (dong_code IS NULL OR left(dong_code, 5) = district_code)
);
-- The list's order (created_at DESC, id) behind each filter.
CREATE INDEX question_list_idx ON question (created_at DESC, id);
CREATE INDEX question_status_idx ON question (status, created_at DESC, id);
CREATE INDEX question_district_idx ON question (district_code, created_at DESC, id);
CREATE INDEX question_topic_idx ON question (topic, created_at DESC, id);
CREATE INDEX question_search_idx ON question USING gin (search_text gin_trgm_ops);

CREATE TABLE question_answer (
    id          UUID PRIMARY KEY,
    question_id UUID          NOT NULL REFERENCES question (id),
    text        VARCHAR(8000) NOT NULL,
    author      VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX question_answer_idx ON question_answer (question_id, created_at, id);
