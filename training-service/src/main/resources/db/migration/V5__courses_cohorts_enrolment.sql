-- Courses as the 2016 plan describes them (§4): a code, a category (공통·직무·리더십), audiences,
-- an organiser (the city or a district) and a completion rule. Courses offered before keep working:
-- their new columns take the defaults below.
ALTER TABLE course ADD COLUMN code VARCHAR(40);
ALTER TABLE course ADD COLUMN category VARCHAR(16) NOT NULL DEFAULT 'COMMON';
ALTER TABLE course ADD COLUMN organiser VARCHAR(5) NOT NULL DEFAULT 'CITY';
ALTER TABLE course ADD COLUMN min_attendance_share NUMERIC(3, 2) NOT NULL DEFAULT 0.80
    CHECK (min_attendance_share BETWEEN 0 AND 1);
ALTER TABLE course ADD COLUMN evaluation_required BOOLEAN NOT NULL DEFAULT FALSE;
CREATE UNIQUE INDEX course_code_idx ON course (code);

CREATE TABLE course_audience (
    course_id UUID        NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    audience  VARCHAR(24) NOT NULL,
    PRIMARY KEY (course_id, audience)
);

-- The plan's courses (§4 and the additions of §3: 읍면동 사례관리 실무과정, 민·관 통합사례관리 역량강화,
-- 강사양성). Hours are the programme's usual lengths (a three-day practice course is 21 hours); the
-- plan does not state them course by course.
INSERT INTO course (id, code, title, track, category, organiser, hours, min_attendance_share, evaluation_required, description, created_at, version) VALUES
 ('a0000000-0000-4000-8000-000000000001', 'CD16-BASIC',     '찾동 기본교육',                   'BASIC',                       'COMMON',     'CITY', 7,  0.80, FALSE, '신규채용·기존 공무원의 찾아가는 동 주민센터 기본교육', '2016-01-04T00:00:00Z', 0),
 ('a0000000-0000-4000-8000-000000000002', 'CD16-ADVANCED',  '찾동 심화교육',                   'ADVANCED',                    'JOB',        'CITY', 14, 0.80, FALSE, '복지플래너·방문간호사 심화교육', '2016-01-04T00:00:00Z', 0),
 ('a0000000-0000-4000-8000-000000000003', 'CD16-VISION',    '비전 워크숍',                     'VISION_WORKSHOP',             'LEADERSHIP', 'CITY', 7,  0.80, FALSE, '동장·팀장의 비전 공유 워크숍', '2016-01-04T00:00:00Z', 0),
 ('a0000000-0000-4000-8000-000000000004', 'CD16-PPWS',      '민·관 통합워크숍',                'PUBLIC_PRIVATE_WORKSHOP',     'COMMON',     'CITY', 7,  0.80, FALSE, '공무원과 민간 복지기관 종사자의 합동 워크숍', '2016-01-04T00:00:00Z', 0),
 ('a0000000-0000-4000-8000-000000000005', 'CD16-VWP',       '방문복지 실무',                   'VISITING_WELFARE_PRACTICE',   'JOB',        'CITY', 21, 0.80, FALSE, '복지플래너·방문간호사의 가정방문 실무', '2016-01-04T00:00:00Z', 0),
 ('a0000000-0000-4000-8000-000000000006', 'CD16-VWA',       '방문복지 심화',                   'VISITING_WELFARE_ADVANCED',   'JOB',        'CITY', 21, 0.80, FALSE, '방문상담·위기가구 개입 심화', '2016-01-04T00:00:00Z', 0),
 ('a0000000-0000-4000-8000-000000000007', 'CD16-CMC',       '사례관리 상담',                   'CASE_MANAGEMENT_COUNSELLING', 'JOB',        'CITY', 14, 0.80, FALSE, '사례관리 상담기법', '2016-01-04T00:00:00Z', 0),
 ('a0000000-0000-4000-8000-000000000008', 'CD16-HEALING',   '찾동 힐링 프로그램',              'HEALING',                     'COMMON',     'CITY', 7,  0.80, FALSE, '현장 인력의 소진 예방', '2016-01-04T00:00:00Z', 0),
 ('a0000000-0000-4000-8000-000000000009', 'CD16-EMD-CM',    '읍면동 사례관리 실무과정',        'CASE_MANAGEMENT_COUNSELLING', 'JOB',        'CITY', 21, 0.80, FALSE, '동 중심 통합사례관리 담당 공무원 실무과정 (1기 2016-02-24~26, 2기 03-02~04, 3기 03-09~11)', '2016-01-04T00:00:00Z', 0),
 ('a0000000-0000-4000-8000-00000000000a', 'CD16-PP-CM',     '민·관 통합사례관리 역량강화',     'CASE_MANAGEMENT_COUNSELLING', 'JOB',        'CITY', 14, 0.80, FALSE, '민·관 통합사례관리 역량강화 지원 교육', '2016-01-04T00:00:00Z', 0),
 ('a0000000-0000-4000-8000-00000000000b', 'CD16-INSTRUCTOR', '강사 양성과정',                  'INSTRUCTOR_TRAINING',         'LEADERSHIP', 'CITY', 21, 0.80, TRUE,  '학계·복지현장·공무원 전문강사 양성 (2015: 5개 과정 123명, 공무원 19·민간 104)', '2016-01-04T00:00:00Z', 0);

INSERT INTO course_field (course_id, field) VALUES
 ('a0000000-0000-4000-8000-000000000001', 'WELFARE'), ('a0000000-0000-4000-8000-000000000001', 'HEALTH'),
 ('a0000000-0000-4000-8000-000000000001', 'VILLAGE'), ('a0000000-0000-4000-8000-000000000001', 'ADMINISTRATION'),
 ('a0000000-0000-4000-8000-000000000002', 'WELFARE'), ('a0000000-0000-4000-8000-000000000002', 'HEALTH'),
 ('a0000000-0000-4000-8000-000000000003', 'ADMINISTRATION'), ('a0000000-0000-4000-8000-000000000003', 'VILLAGE'),
 ('a0000000-0000-4000-8000-000000000004', 'WELFARE'), ('a0000000-0000-4000-8000-000000000004', 'VILLAGE'),
 ('a0000000-0000-4000-8000-000000000005', 'WELFARE'), ('a0000000-0000-4000-8000-000000000005', 'HEALTH'),
 ('a0000000-0000-4000-8000-000000000006', 'WELFARE'), ('a0000000-0000-4000-8000-000000000006', 'HEALTH'),
 ('a0000000-0000-4000-8000-000000000007', 'WELFARE'),
 ('a0000000-0000-4000-8000-000000000008', 'ADMINISTRATION'),
 ('a0000000-0000-4000-8000-000000000009', 'WELFARE'),
 ('a0000000-0000-4000-8000-00000000000a', 'WELFARE'), ('a0000000-0000-4000-8000-00000000000a', 'VILLAGE'),
 ('a0000000-0000-4000-8000-00000000000b', 'WELFARE'), ('a0000000-0000-4000-8000-00000000000b', 'VILLAGE');

INSERT INTO course_audience (course_id, audience) VALUES
 ('a0000000-0000-4000-8000-000000000001', 'NEW_CIVIL_SERVANT'), ('a0000000-0000-4000-8000-000000000001', 'SERVING_CIVIL_SERVANT'),
 ('a0000000-0000-4000-8000-000000000002', 'SERVING_CIVIL_SERVANT'),
 ('a0000000-0000-4000-8000-000000000003', 'SERVING_CIVIL_SERVANT'),
 ('a0000000-0000-4000-8000-000000000004', 'SERVING_CIVIL_SERVANT'), ('a0000000-0000-4000-8000-000000000004', 'PRIVATE_WELFARE_WORKER'),
 ('a0000000-0000-4000-8000-000000000005', 'NEW_CIVIL_SERVANT'), ('a0000000-0000-4000-8000-000000000005', 'SERVING_CIVIL_SERVANT'),
 ('a0000000-0000-4000-8000-000000000006', 'SERVING_CIVIL_SERVANT'),
 ('a0000000-0000-4000-8000-000000000007', 'SERVING_CIVIL_SERVANT'),
 ('a0000000-0000-4000-8000-000000000008', 'NEW_CIVIL_SERVANT'), ('a0000000-0000-4000-8000-000000000008', 'SERVING_CIVIL_SERVANT'),
 ('a0000000-0000-4000-8000-000000000009', 'SERVING_CIVIL_SERVANT'),
 ('a0000000-0000-4000-8000-00000000000a', 'SERVING_CIVIL_SERVANT'), ('a0000000-0000-4000-8000-00000000000a', 'PRIVATE_WELFARE_WORKER'),
 ('a0000000-0000-4000-8000-00000000000b', 'INSTRUCTOR');

-- 기수: a run of a course with its dates, venue, capacity and instructors.
CREATE TABLE cohort (
    id            UUID PRIMARY KEY,
    course_id     UUID         NOT NULL REFERENCES course (id),
    number        INTEGER      NOT NULL CHECK (number >= 1),
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL CHECK (ends_on >= starts_on),
    venue         VARCHAR(200),
    capacity      INTEGER      NOT NULL CHECK (capacity BETWEEN 1 AND 20000),
    status        VARCHAR(16)  NOT NULL,
    cancel_reason VARCHAR(1000),
    created_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL,
    UNIQUE (course_id, number)
);
-- GET /cohorts: ORDER BY starts_on DESC, number, id; filtered by course or status.
CREATE INDEX cohort_list_idx ON cohort (starts_on DESC, number, id);
CREATE INDEX cohort_course_list_idx ON cohort (course_id, starts_on DESC, number, id);
CREATE INDEX cohort_status_list_idx ON cohort (status, starts_on DESC, number, id);

CREATE TABLE cohort_instructor (
    cohort_id     UUID NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    instructor_id UUID NOT NULL,
    PRIMARY KEY (cohort_id, instructor_id)
);

-- 차시: one session of a cohort.
CREATE TABLE cohort_session (
    id         UUID PRIMARY KEY,
    cohort_id  UUID          NOT NULL REFERENCES cohort (id),
    starts_at  TIMESTAMPTZ   NOT NULL,
    ends_at    TIMESTAMPTZ   NOT NULL CHECK (ends_at > starts_at),
    hours      NUMERIC(4, 1) NOT NULL CHECK (hours > 0),
    created_at TIMESTAMPTZ   NOT NULL,
    version    BIGINT        NOT NULL
);
CREATE INDEX cohort_session_list_idx ON cohort_session (cohort_id, starts_at, id);

-- 교육생: only what the programme needs. employee_no identifies a trainee when given; otherwise
-- (name, organisation, dong) does.
CREATE TABLE trainee (
    id            UUID PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    organisation  VARCHAR(200) NOT NULL,
    district_code VARCHAR(5)   NOT NULL,
    dong_code     VARCHAR(10),
    job_type      VARCHAR(50)  NOT NULL,
    employee_no   VARCHAR(30),
    created_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL
);
CREATE UNIQUE INDEX trainee_employee_no_idx ON trainee (employee_no) WHERE employee_no IS NOT NULL;
CREATE INDEX trainee_identity_idx ON trainee (name, organisation, dong_code) WHERE employee_no IS NULL;
CREATE INDEX trainee_list_idx ON trainee (district_code, name, id);

-- 수강신청: ENROLLED or WAITLISTED (queue_no orders the waiting list), or CANCELLED.
CREATE TABLE enrolment (
    id           UUID PRIMARY KEY,
    cohort_id    UUID        NOT NULL REFERENCES cohort (id),
    trainee_id   UUID        NOT NULL REFERENCES trainee (id),
    status       VARCHAR(16) NOT NULL,
    queue_no     BIGINT      NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    cancelled_at TIMESTAMPTZ,
    -- set when the cohort completes: whether the course's rule was met, and the certificate of a completer
    completed      BOOLEAN,
    attended_share NUMERIC(5, 4),
    certificate_no VARCHAR(20) UNIQUE,
    completed_on   DATE,
    version      BIGINT      NOT NULL
);
CREATE UNIQUE INDEX enrolment_active_idx ON enrolment (cohort_id, trainee_id) WHERE status <> 'CANCELLED';
-- GET /cohorts/{id}/enrolments: ORDER BY queue_no; the waiting list and its head by (status, queue_no).
CREATE INDEX enrolment_list_idx ON enrolment (cohort_id, queue_no);
CREATE INDEX enrolment_status_idx ON enrolment (cohort_id, status, queue_no);
CREATE INDEX enrolment_trainee_idx ON enrolment (trainee_id);

-- The three 2016 cohorts of the 읍면동 case-management practice course (§3), recorded after the fact.
INSERT INTO cohort (id, course_id, number, starts_on, ends_on, venue, capacity, status, created_at, version) VALUES
 ('b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000009', 1, '2016-02-24', '2016-02-26', NULL, 40, 'PLANNED', '2016-01-04T00:00:00Z', 0),
 ('b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000009', 2, '2016-03-02', '2016-03-04', NULL, 40, 'PLANNED', '2016-01-04T00:00:00Z', 0),
 ('b0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000009', 3, '2016-03-09', '2016-03-11', NULL, 40, 'PLANNED', '2016-01-04T00:00:00Z', 0);

-- 출석: a trainee's attendance of a session (PRESENT and LATE count; EXCUSED hours leave the total).
CREATE TABLE attendance (
    session_id    UUID        NOT NULL REFERENCES cohort_session (id),
    enrolment_id  UUID        NOT NULL REFERENCES enrolment (id),
    status        VARCHAR(8)  NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (session_id, enrolment_id)
);
CREATE INDEX attendance_enrolment_idx ON attendance (enrolment_id, session_id);

-- A need is MET when trainees from its dong complete a cohort of a course addressing its field.
ALTER TABLE training_need ADD COLUMN met_cohort_id UUID;
ALTER TABLE training_need ADD COLUMN met_at TIMESTAMPTZ;
