-- 평가: one dong's score in one field of a round.
CREATE TABLE assessment (
    round_id    UUID        NOT NULL REFERENCES monitoring_round (id) ON DELETE CASCADE,
    dong_code   VARCHAR(10) NOT NULL,
    field       VARCHAR(16) NOT NULL,
    score       INTEGER     NOT NULL CHECK (score BETWEEN 0 AND 100),
    findings    VARCHAR(4000),
    assessed_at TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL,
    PRIMARY KEY (round_id, dong_code, field),
    FOREIGN KEY (round_id, dong_code) REFERENCES round_dong (round_id, dong_code)
);

-- 컨설팅 배정: consulting for a (dong, field) that fell below a round's bar (미흡동).
CREATE TABLE consulting_assignment (
    id              UUID PRIMARY KEY,
    round_id        UUID         NOT NULL,
    dong_code       VARCHAR(10)  NOT NULL,
    district_code   VARCHAR(5)   NOT NULL,
    field           VARCHAR(16)  NOT NULL,
    score           INTEGER      NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    source_event_id VARCHAR(200) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL,
    UNIQUE (round_id, dong_code, field)
);
CREATE INDEX consulting_assignment_district_idx ON consulting_assignment (district_code, round_id, dong_code, field);
CREATE INDEX consulting_assignment_status_idx ON consulting_assignment (status, round_id, dong_code, field);
