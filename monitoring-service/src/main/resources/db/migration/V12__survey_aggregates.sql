-- Survey waves entered as aggregates (집계 입력): a wave known only by its published figures (the
-- 2015 baseline report gives 1,214 residents, 355 of them aware of the program) has no respondent
-- rows; its figures are stored per group and question and read exactly like the tallies of
-- imported answers (the reads UNION both tables). A wave has either respondent rows or aggregates,
-- never both: the service refuses the other kind (409) while holding the wave's row lock.

-- Set by every PUT of the wave's aggregates (so the wave's version, its ETag, changes); null for a
-- wave whose answers are imported as rows.
ALTER TABLE survey_wave ADD COLUMN aggregates_entered_at TIMESTAMPTZ;

-- How many respondents a group answered the wave. respondent_group NULL: figures not split into
-- participating and non-participating dongs (the 2015 baseline reports totals only); such a wave
-- has that one group row and no other (the service checks it).
CREATE TABLE survey_aggregate_group (
    wave_id          UUID        NOT NULL REFERENCES survey_wave (id) ON DELETE CASCADE,
    respondent_group VARCHAR(20) CHECK (respondent_group IN ('PARTICIPATING', 'NON_PARTICIPATING')),
    respondents      INTEGER     NOT NULL CHECK (respondents > 0)
);
CREATE UNIQUE INDEX survey_aggregate_group_key ON survey_aggregate_group (wave_id, COALESCE(respondent_group, ''));

-- One question's figures for a group: n answered, and yes (YES_NO) or mean (LIKERT5). The tally
-- a comparison reads is (n, yes) or (n, mean × n) — the same (answers, sum) survey_answer gives.
CREATE TABLE survey_aggregate_answer (
    wave_id          UUID         NOT NULL REFERENCES survey_wave (id) ON DELETE CASCADE,
    respondent_group VARCHAR(20)  CHECK (respondent_group IN ('PARTICIPATING', 'NON_PARTICIPATING')),
    question_code    VARCHAR(40)  NOT NULL,
    n                INTEGER      NOT NULL CHECK (n > 0),
    yes              INTEGER      CHECK (yes BETWEEN 0 AND n),
    mean             NUMERIC(5,4) CHECK (mean BETWEEN 1 AND 5),
    CHECK ((yes IS NULL) <> (mean IS NULL))
);
CREATE UNIQUE INDEX survey_aggregate_answer_key
    ON survey_aggregate_answer (wave_id, question_code, COALESCE(respondent_group, ''));

-- The 2015 baseline of the plan (§7, '15년 추진 성과): 기초선 조사 Sep–Nov 2015, 서울시민인식조사
-- of 1,214 residents, 355 of whom (29.2 %) knew 찾동, and 공무원인식조사 of 704 officials. The plan
-- gives totals only, not split by group, and no figure of the officials' answers: their wave holds
-- the number of respondents and no question figures. A 2016 follow-up is added to these surveys
-- as a wave (rows imported), so that a comparison reads both waves of the same questions.
INSERT INTO survey (id, code, title, population, question_count, created_at, version) VALUES
    ('5e1d2015-0000-4000-8000-000000000001', 'chatdong-residents-perception', '서울시민 인식조사 (찾동 성과평가)', 'RESIDENTS', 1, '2015-12-31T00:00:00Z', 0),
    ('5e1d2015-0000-4000-8000-000000000002', 'chatdong-officials-perception', '공무원 인식조사 (찾동 성과평가)', 'OFFICIALS', 1, '2015-12-31T00:00:00Z', 0);
INSERT INTO survey_question (survey_id, position, code, text, scale) VALUES
    ('5e1d2015-0000-4000-8000-000000000001', 0, 'awareness', '‘찾아가는 동주민센터’ 사업을 알고 계십니까?', 'YES_NO'),
    ('5e1d2015-0000-4000-8000-000000000002', 0, 'welfare_satisfaction', '동 복지서비스 전반에 얼마나 만족하십니까?', 'LIKERT5');
INSERT INTO survey_wave (id, survey_id, code, kind, fielded_from, fielded_to, response_count, created_at, version, aggregates_entered_at) VALUES
    ('5e1d2015-0000-4000-8000-000000000011', '5e1d2015-0000-4000-8000-000000000001', '2015-baseline', 'BASELINE', '2015-09-01', '2015-11-30', 0, '2015-12-31T00:00:00Z', 0, '2015-12-31T00:00:00Z'),
    ('5e1d2015-0000-4000-8000-000000000012', '5e1d2015-0000-4000-8000-000000000002', '2015-baseline', 'BASELINE', '2015-09-01', '2015-11-30', 0, '2015-12-31T00:00:00Z', 0, '2015-12-31T00:00:00Z');
INSERT INTO survey_aggregate_group (wave_id, respondent_group, respondents) VALUES
    ('5e1d2015-0000-4000-8000-000000000011', NULL, 1214),
    ('5e1d2015-0000-4000-8000-000000000012', NULL, 704);
INSERT INTO survey_aggregate_answer (wave_id, respondent_group, question_code, n, yes, mean) VALUES
    ('5e1d2015-0000-4000-8000-000000000011', NULL, 'awareness', 1214, 355, NULL);
