-- 교육 만족도 평가 (§4 교육모니터링 및 평가): a cohort's questionnaire (the standard one unless the cohort
-- has its own), one evaluation per enrolment with its answers, and yearly figures for the years before
-- the platform (2015: 93.08 from 13 districts, 52 dongs).
CREATE TABLE cohort_questionnaire_item (
    cohort_id UUID         NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    item      VARCHAR(40)  NOT NULL,
    text      VARCHAR(300) NOT NULL,
    weight    INTEGER      NOT NULL CHECK (weight BETWEEN 1 AND 100),
    about     VARCHAR(12)  NOT NULL CHECK (about IN ('COURSE', 'INSTRUCTOR')),
    PRIMARY KEY (cohort_id, position),
    UNIQUE (cohort_id, item)
);

CREATE TABLE evaluation (
    id           UUID PRIMARY KEY,
    enrolment_id UUID          NOT NULL UNIQUE REFERENCES enrolment (id),
    cohort_id    UUID          NOT NULL REFERENCES cohort (id),
    score        NUMERIC(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    source       VARCHAR(12)   NOT NULL CHECK (source IN ('TRAINEE', 'PAPER')),
    -- the trainee's district and dong when answering (codes, not personal): summaries count them without joins
    district_code VARCHAR(5)   NOT NULL,
    dong_code    VARCHAR(10),
    answered_at  TIMESTAMPTZ   NOT NULL,
    version      BIGINT        NOT NULL
);
CREATE INDEX evaluation_cohort_idx ON evaluation (cohort_id);

-- instructor_id is set for the answers about an instructor (one per instructor of the cohort).
CREATE TABLE evaluation_answer (
    evaluation_id UUID        NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    position      INTEGER     NOT NULL,
    item          VARCHAR(40) NOT NULL,
    instructor_id UUID,
    value         INTEGER     NOT NULL CHECK (value BETWEEN 1 AND 5),
    weight        INTEGER     NOT NULL CHECK (weight BETWEEN 1 AND 100),
    PRIMARY KEY (evaluation_id, position)
);
CREATE INDEX evaluation_answer_instructor_idx ON evaluation_answer (instructor_id) WHERE instructor_id IS NOT NULL;

CREATE TABLE evaluation_yearly_figure (
    year        INTEGER       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    organiser   VARCHAR(5)    NOT NULL,
    score       NUMERIC(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    districts   INTEGER       CHECK (districts BETWEEN 0 AND 25),
    dongs       INTEGER       CHECK (dongs BETWEEN 0 AND 500),
    responses   INTEGER       CHECK (responses >= 0),
    note        VARCHAR(500),
    recorded_at TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (year, organiser)
);
INSERT INTO evaluation_yearly_figure (year, organiser, score, districts, dongs, responses, note, recorded_at) VALUES
 (2015, 'CITY', 93.08, 13, 52, NULL, '교육 모니터링 13개구 52개동 (모니터링 교육평가 93.08점, 2016 추진계획 §4)', '2016-01-04T00:00:00Z');

-- 교육 목표: yearly targets per organiser (CITY or a district code) and audience.
CREATE TABLE training_target (
    year       INTEGER     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    organiser  VARCHAR(5)  NOT NULL,
    audience   VARCHAR(24) NOT NULL,
    target     INTEGER     NOT NULL CHECK (target BETWEEN 0 AND 1000000),
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (year, organiser, audience)
);
-- 서울시복지직무 전문교육 지원: 약 10,520명 (2016 추진계획 §4).
INSERT INTO training_target (year, organiser, audience, target, updated_at) VALUES
 (2016, 'CITY', 'CIVIL_SERVANT', 10520, '2016-01-04T00:00:00Z');

-- A completed cohort's counts per district (what cohort.completed publishes), kept: GET /targets/{year}
-- adds these up instead of counting enrolments.
CREATE TABLE cohort_completion (
    cohort_id     UUID       NOT NULL REFERENCES cohort (id),
    district_code VARCHAR(5) NOT NULL,
    enrolled      INTEGER    NOT NULL CHECK (enrolled >= 0),
    completed     INTEGER    NOT NULL CHECK (completed BETWEEN 0 AND enrolled),
    PRIMARY KEY (cohort_id, district_code)
);
CREATE INDEX cohort_ends_on_idx ON cohort (ends_on) WHERE status = 'COMPLETED';
