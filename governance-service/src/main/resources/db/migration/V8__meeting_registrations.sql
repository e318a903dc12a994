-- Open events (briefings, conferences, workshops) take registrations up to their capacity; past it,
-- a waiting list in order of registration, promoted when a registration is withdrawn.
ALTER TABLE meeting ADD COLUMN capacity INTEGER CHECK (capacity IS NULL OR capacity > 0);

CREATE TABLE meeting_registration (
    id           UUID PRIMARY KEY,
    meeting_id   UUID         NOT NULL REFERENCES meeting (id),
    name         VARCHAR(100) NOT NULL,
    organisation VARCHAR(200),
    status       VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL
);
-- GET /meetings/{id}/registrations: ORDER BY created_at, id within the meeting.
CREATE INDEX meeting_registration_list_idx ON meeting_registration (meeting_id, created_at, id);
