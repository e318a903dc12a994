-- 연속 회의: meetings a council schedules at once from an RFC 5545 rule (e.g. the 추진지원단
-- 연석회의, monthly Feb–Dec). The series keeps its rule; each meeting names its series and lasts
-- durationMinutes (null for a meeting scheduled alone: the calendar shows it two hours long).
CREATE TABLE meeting_series (
    id         UUID PRIMARY KEY,
    council_id UUID         NOT NULL REFERENCES council (id),
    title      VARCHAR(200) NOT NULL,
    rrule      VARCHAR(500) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL
);
CREATE INDEX meeting_series_council_idx ON meeting_series (council_id, created_at, id);

ALTER TABLE meeting ADD COLUMN series_id UUID REFERENCES meeting_series (id);
ALTER TABLE meeting ADD COLUMN duration_minutes INTEGER CHECK (duration_minutes BETWEEN 1 AND 1440);
CREATE INDEX meeting_series_idx ON meeting (series_id, scheduled_at, id) WHERE series_id IS NOT NULL;
