-- 성과평가 설문: the performance-evaluation surveys of the plan (§7): the citizen and the official
-- perception surveys, fielded as a 2015 baseline and a 2016 follow-up, compared participating
-- (시행동) against non-participating (비시행동) dongs.
CREATE TABLE survey (
    id             UUID PRIMARY KEY,
    code           VARCHAR(60)  NOT NULL UNIQUE,
    title          VARCHAR(200) NOT NULL,
    population     VARCHAR(16)  NOT NULL CHECK (population IN ('RESIDENTS', 'OFFICIALS')),
    -- fixed when the survey is created: what a list shows without reading survey_question
    question_count INTEGER      NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL
);
-- GET /surveys: newest first (created_at DESC, id), optionally by population.
CREATE INDEX survey_list_idx ON survey (created_at DESC, id);
CREATE INDEX survey_population_list_idx ON survey (population, created_at DESC, id);

-- A survey's questions, in the order it asks them; a code is also the CSV column of its answers.
CREATE TABLE survey_question (
    survey_id UUID         NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    code      VARCHAR(40)  NOT NULL,
    text      VARCHAR(500) NOT NULL,
    scale     VARCHAR(16)  NOT NULL CHECK (scale IN ('YES_NO', 'LIKERT5')),
    PRIMARY KEY (survey_id, position),
    UNIQUE (survey_id, code)
);

-- 조사 차수: one fielding of a survey (the 2015 baseline, the 2016 follow-up).
CREATE TABLE survey_wave (
    id             UUID PRIMARY KEY,
    survey_id      UUID        NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    code           VARCHAR(40) NOT NULL,
    kind           VARCHAR(16) NOT NULL CHECK (kind IN ('BASELINE', 'FOLLOW_UP')),
    fielded_from   DATE        NOT NULL,
    fielded_to     DATE        NOT NULL,
    response_count INTEGER     NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL,
    CHECK (fielded_to >= fielded_from),
    UNIQUE (survey_id, code)
);
-- GET /surveys/{id}/waves: in fielding order (fielded_from, code).
CREATE INDEX survey_wave_list_idx ON survey_wave (survey_id, fielded_from, code);

-- One respondent of a wave, as imported from CSV. A respondent answers once per wave: the key.
CREATE TABLE survey_response (
    wave_id          UUID        NOT NULL REFERENCES survey_wave (id) ON DELETE CASCADE,
    respondent_id    VARCHAR(64) NOT NULL,
    dong_code        VARCHAR(10) NOT NULL,
    respondent_group VARCHAR(20) NOT NULL CHECK (respondent_group IN ('PARTICIPATING', 'NON_PARTICIPATING')),
    PRIMARY KEY (wave_id, respondent_id)
);
-- A dong's group in a wave (the import checks every respondent of a dong has the same one).
CREATE INDEX survey_response_dong_idx ON survey_response (wave_id, dong_code, respondent_group);

-- One answer: YES_NO as 1 (Y) / 0 (N), LIKERT5 as 1..5; a question left empty has no row.
-- The respondent's group is repeated here (responses are never changed once imported) so that the
-- aggregates are one index-only scan of this table, grouped, without a join.
CREATE TABLE survey_answer (
    wave_id          UUID        NOT NULL,
    respondent_id    VARCHAR(64) NOT NULL,
    question_code    VARCHAR(40) NOT NULL,
    respondent_group VARCHAR(20) NOT NULL,
    value            SMALLINT    NOT NULL CHECK (value BETWEEN 0 AND 5),
    PRIMARY KEY (wave_id, respondent_id, question_code),
    FOREIGN KEY (wave_id, respondent_id) REFERENCES survey_response (wave_id, respondent_id) ON DELETE CASCADE
);
-- Aggregates (per question of a wave, optionally of one group) and comparisons (one question of two waves).
CREATE INDEX survey_answer_aggregate_idx ON survey_answer (wave_id, question_code, respondent_group) INCLUDE (value);
