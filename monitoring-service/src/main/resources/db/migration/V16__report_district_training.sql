-- training district-report.recorded.v1 (issue 24 item 5): the training districts held outside the platform
-- and reported (자치구 주도교육), for the yearly report's training section beside the cohorts. One row per
-- report, as its highest version stands (a correction replaces it, a withdrawal keeps it as WITHDRAWN and
-- counted nowhere); an older version arriving late changes nothing. Training's V15 published the reports
-- recorded before the event existed, on a new topic this service reads from its start.
CREATE TABLE report_district_training (
    report_id       UUID         PRIMARY KEY,
    district_code   VARCHAR(5)   NOT NULL,
    year            SMALLINT     NOT NULL,
    month           SMALLINT     NOT NULL,
    audience        VARCHAR(24)  NOT NULL,
    completions     INTEGER      NOT NULL CHECK (completions >= 0),
    status          VARCHAR(10)  NOT NULL,
    version         BIGINT       NOT NULL,
    source_event_id VARCHAR(200) NOT NULL
);
CREATE INDEX report_district_training_year_idx ON report_district_training (year, status);
