-- The yearly evaluation report (연간 평가보고서, 2016 plan §7): the facts other services publish that
-- its sections need, kept as they arrive (each keyed by its source, so an event delivered twice
-- counts once), and the published versions, frozen: their JSON and PDF answer the same bytes ever after.

-- cases case.published.v1: the district and the Seoul day of publication.
CREATE TABLE report_case (
    case_id         UUID         PRIMARY KEY,
    district_code   VARCHAR(5)   NOT NULL,
    published_on    DATE         NOT NULL,
    source_event_id VARCHAR(200) NOT NULL
);
CREATE INDEX report_case_year_idx ON report_case (published_on, district_code);

-- governance meeting.held.v1.
CREATE TABLE report_meeting (
    meeting_id        UUID         PRIMARY KEY,
    council_id        UUID         NOT NULL,
    council_kind      VARCHAR(40)  NOT NULL,
    district_code     VARCHAR(5),
    held_on           DATE         NOT NULL,
    members_present   INTEGER      NOT NULL,
    members_in_office INTEGER      NOT NULL,
    decisions         INTEGER      NOT NULL,
    source_event_id   VARCHAR(200) NOT NULL
);
CREATE INDEX report_meeting_year_idx ON report_meeting (held_on);

-- governance action-item.overdue.v1 (once per item).
CREATE TABLE report_overdue_action (
    action_item_id  UUID         PRIMARY KEY,
    council_kind    VARCHAR(40)  NOT NULL,
    district_code   VARCHAR(5),
    due_on          DATE         NOT NULL,
    overdue_on      DATE         NOT NULL,
    source_event_id VARCHAR(200) NOT NULL
);
CREATE INDEX report_overdue_action_year_idx ON report_overdue_action (overdue_on);

-- training cohort.completed.v1: totals and the satisfaction evaluations answered when it ended.
CREATE TABLE report_cohort (
    cohort_id       UUID          PRIMARY KEY,
    organiser       VARCHAR(5)    NOT NULL,
    ended_on        DATE          NOT NULL,
    enrolled        INTEGER       NOT NULL,
    completed       INTEGER       NOT NULL,
    evaluations     INTEGER,
    satisfaction    NUMERIC(5, 2),
    source_event_id VARCHAR(200)  NOT NULL
);
CREATE INDEX report_cohort_year_idx ON report_cohort (ended_on);

-- training targets.set.v1: the newest event of a year replaces its rows.
CREATE TABLE report_training_target (
    year      SMALLINT    NOT NULL,
    organiser VARCHAR(5)  NOT NULL,
    audience  VARCHAR(24) NOT NULL,
    target    INTEGER     NOT NULL,
    PRIMARY KEY (year, organiser, audience)
);

-- A published version of a year's report.
CREATE TABLE published_report (
    year         SMALLINT     NOT NULL,
    version      INTEGER      NOT NULL CHECK (version >= 1),
    title        VARCHAR(200) NOT NULL,
    json         BYTEA        NOT NULL,
    pdf          BYTEA        NOT NULL,
    pdf_sha256   VARCHAR(64)  NOT NULL,
    published_at TIMESTAMPTZ  NOT NULL,
    published_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (year, version)
);
