-- 교육 수요: a (dong, field) that a monitoring round found below its bar needs training.
CREATE TABLE training_need (
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
CREATE INDEX training_need_district_idx ON training_need (district_code, round_id, dong_code, field);

-- The courses that address the need's field when it was found.
CREATE TABLE training_need_course (
    need_id   UUID NOT NULL REFERENCES training_need (id) ON DELETE CASCADE,
    course_id UUID NOT NULL REFERENCES course (id),
    PRIMARY KEY (need_id, course_id)
);
