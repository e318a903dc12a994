-- 강사 (issue 24 item 4): the registry of the programme's instructors. The plan trains them (강사양성, §4:
-- 학계·복지현장·공무원 전문강사) and counts them by affiliation: in 2015, 123 — 19 civil servants and 104
-- from outside the administration. A cohort's instructors and the instructor items of its evaluations
-- name registry ids.
CREATE TABLE instructor (
    id           UUID PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    organisation VARCHAR(200) NOT NULL,
    affiliation  VARCHAR(16)  NOT NULL CHECK (affiliation IN ('CIVIL_SERVANT', 'PRIVATE')),
    -- the sign-in account (Keycloak's preferred_username) of an instructor who signs in, as a trainee's
    account      VARCHAR(255),
    active_from  DATE         NOT NULL,
    -- set when the instructor retires: no cohort after that day
    active_until DATE,
    created_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL,
    CHECK (active_until IS NULL OR active_until >= active_from)
);
CREATE UNIQUE INDEX instructor_account_key ON instructor (account) WHERE account IS NOT NULL;
-- GET /instructors: ORDER BY name, id; the yearly count by the active span
CREATE INDEX instructor_list_idx ON instructor (name, id);
CREATE INDEX instructor_active_idx ON instructor (active_from, active_until);

CREATE TABLE instructor_field (
    instructor_id UUID        NOT NULL REFERENCES instructor (id) ON DELETE CASCADE,
    field         VARCHAR(16) NOT NULL,
    PRIMARY KEY (instructor_id, field)
);
CREATE INDEX instructor_field_idx ON instructor_field (field, instructor_id);

-- cohort_instructor keeps no foreign key to the registry: cohorts planned before it named bare ids,
-- and their evaluations' answers stay readable under those ids (no names were ever stored, so none can
-- be matched to registry rows). Every assignment from now on names a registered, active instructor.
-- The yearly count reads a cohort's instructors by instructor.
CREATE INDEX cohort_instructor_instructor_idx ON cohort_instructor (instructor_id, cohort_id);

-- The instructors the programme reported for a year before the registry (2016 추진계획, '15년 추진 성과).
CREATE TABLE instructor_yearly_figure (
    year                INTEGER      PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    civil_servants      INTEGER      NOT NULL CHECK (civil_servants >= 0),
    private_instructors INTEGER      NOT NULL CHECK (private_instructors >= 0),
    courses             INTEGER      CHECK (courses >= 0),
    note                VARCHAR(500),
    recorded_at         TIMESTAMPTZ  NOT NULL
);
INSERT INTO instructor_yearly_figure (year, civil_servants, private_instructors, courses, note, recorded_at) VALUES
 (2015, 19, 104, 5, '강사양성 : 5개과정 / 123명 : 공무원 19, 민간 104명 (2016 추진계획, ''15년 추진 성과)',
  '2016-01-04T00:00:00Z');
