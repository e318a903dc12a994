-- Support-team training (issue 24 item 6; plan §2 "추진지원단의 교육 수요 조사를 통한 적절한 교육과정 실시"):
-- courses, targets, reports and recorded figures know the audience SUPPORT_TEAM (자치구 추진지원단), and a
-- district's demand survey makes training needs beside those monitoring reveals.
ALTER TABLE district_training_report DROP CONSTRAINT district_training_report_audience_check;
ALTER TABLE district_training_report ADD CONSTRAINT district_training_report_audience_check
    CHECK (audience IN ('CIVIL_SERVANT', 'PRIVATE_WELFARE_WORKER', 'RESIDENT', 'INSTRUCTOR', 'SUPPORT_TEAM'));
ALTER TABLE training_yearly_figure DROP CONSTRAINT training_yearly_figure_audience_check;
ALTER TABLE training_yearly_figure ADD CONSTRAINT training_yearly_figure_audience_check
    CHECK (audience IN ('CIVIL_SERVANT', 'PRIVATE_WELFARE_WORKER', 'RESIDENT', 'INSTRUCTOR', 'SUPPORT_TEAM'));

-- A need comes from monitoring (a round's (dong, field) below the bar) or from a district's demand survey
-- (a topic, the respondents who asked for it summed over the surveys that did). A survey's need has no
-- round, dong, field or score; one OPEN need per (district, topic), which later surveys reinforce.
ALTER TABLE training_need ADD COLUMN source VARCHAR(16) NOT NULL DEFAULT 'MONITORING'
    CHECK (source IN ('MONITORING', 'DEMAND_SURVEY'));
ALTER TABLE training_need ALTER COLUMN source DROP DEFAULT;
ALTER TABLE training_need ADD COLUMN topic VARCHAR(100);
ALTER TABLE training_need ADD COLUMN demand_respondents INTEGER CHECK (demand_respondents >= 1);
ALTER TABLE training_need ADD COLUMN demand_surveys INTEGER CHECK (demand_surveys >= 1);
ALTER TABLE training_need ALTER COLUMN round_id DROP NOT NULL;
ALTER TABLE training_need ALTER COLUMN dong_code DROP NOT NULL;
ALTER TABLE training_need ALTER COLUMN field DROP NOT NULL;
ALTER TABLE training_need ALTER COLUMN score DROP NOT NULL;
ALTER TABLE training_need ALTER COLUMN source_event_id DROP NOT NULL;
ALTER TABLE training_need ADD CONSTRAINT training_need_origin_check CHECK (
    (source = 'MONITORING' AND round_id IS NOT NULL AND dong_code IS NOT NULL AND field IS NOT NULL
        AND score IS NOT NULL AND source_event_id IS NOT NULL AND topic IS NULL)
    OR (source = 'DEMAND_SURVEY' AND topic IS NOT NULL AND demand_respondents IS NOT NULL
        AND demand_surveys IS NOT NULL AND round_id IS NULL AND dong_code IS NULL));
CREATE UNIQUE INDEX training_need_open_topic_idx ON training_need (district_code, topic)
    WHERE source = 'DEMAND_SURVEY' AND status = 'OPEN';
-- the list filtered by source, in the list's order
CREATE INDEX training_need_source_list_idx ON training_need (source, created_at DESC, dong_code, field, id);

CREATE TABLE training_demand_survey (
    id            UUID PRIMARY KEY,
    district_code VARCHAR(5)   NOT NULL,
    respondents   INTEGER      NOT NULL CHECK (respondents BETWEEN 1 AND 10000),
    surveyed_by   VARCHAR(255) NOT NULL,
    surveyed_at   TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL
);
CREATE INDEX training_demand_survey_district_idx ON training_demand_survey (district_code, surveyed_at DESC);

-- Each topic of a survey, in the order given, and the need it created or reinforced.
CREATE TABLE training_demand_topic (
    survey_id  UUID         NOT NULL REFERENCES training_demand_survey (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    topic      VARCHAR(100) NOT NULL,
    need_id    UUID         NOT NULL REFERENCES training_need (id),
    reinforced BOOLEAN      NOT NULL,
    PRIMARY KEY (survey_id, position),
    UNIQUE (survey_id, topic)
);
