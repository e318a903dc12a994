-- 회의: a meeting of a council (정기회의, 임시회의, ...).
CREATE TABLE meeting (
    id           UUID PRIMARY KEY,
    council_id   UUID         NOT NULL REFERENCES council (id),
    title        VARCHAR(200) NOT NULL,
    scheduled_at TIMESTAMPTZ  NOT NULL,
    place        VARCHAR(200),
    status       VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL
);
CREATE INDEX meeting_council_idx ON meeting (council_id, scheduled_at, id);
CREATE INDEX meeting_upcoming_idx ON meeting (status, scheduled_at, id);

-- 안건: an item on a meeting's agenda, or pending until a meeting is scheduled.
CREATE TABLE agenda_item (
    id              UUID PRIMARY KEY,
    meeting_id      UUID REFERENCES meeting (id),
    title           VARCHAR(300) NOT NULL,
    summary         VARCHAR(2000),
    source          VARCHAR(16)  NOT NULL,
    round_id        UUID,
    status          VARCHAR(16)  NOT NULL,
    source_event_id VARCHAR(200),
    created_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL,
    CHECK ((status = 'PENDING') = (meeting_id IS NULL))
);
CREATE UNIQUE INDEX agenda_item_round_idx ON agenda_item (round_id) WHERE source = 'MONITORING';
CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, created_at, id);
CREATE INDEX agenda_item_status_idx ON agenda_item (status, created_at, id);
