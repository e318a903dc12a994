-- Meetings: kind, the held/cancelled workflow and minutes approved at a later meeting.
ALTER TABLE meeting ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'REGULAR';
ALTER TABLE meeting ADD COLUMN cancel_reason VARCHAR(1000);
ALTER TABLE meeting ADD COLUMN held_at TIMESTAMPTZ;
ALTER TABLE meeting ADD COLUMN minutes_markdown TEXT;
ALTER TABLE meeting ADD COLUMN minutes_html TEXT;
ALTER TABLE meeting ADD COLUMN minutes_approved_at TIMESTAMPTZ;
ALTER TABLE meeting ADD COLUMN minutes_approved_at_meeting_id UUID REFERENCES meeting (id);

-- The agenda's order on its meeting (null while PENDING).
ALTER TABLE agenda_item ADD COLUMN position INTEGER;
CREATE INDEX agenda_item_position_idx ON agenda_item (meeting_id, position, created_at, id);

-- 출석: who of the members attended; replaced whole by PUT /meetings/{id}/attendance.
CREATE TABLE meeting_attendance (
    meeting_id UUID    NOT NULL REFERENCES meeting (id),
    member_id  UUID    NOT NULL REFERENCES council_member (id),
    present    BOOLEAN NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
);

-- 의결: a decision a meeting took while it had a quorum.
CREATE TABLE decision (
    id         UUID PRIMARY KEY,
    meeting_id UUID          NOT NULL REFERENCES meeting (id),
    seq        INTEGER       NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL,
    version    BIGINT        NOT NULL,
    UNIQUE (meeting_id, seq)
);

-- 후속조치: an action item from a decision or added directly, with an owner and a due date.
CREATE TABLE action_item (
    id              UUID PRIMARY KEY,
    council_id      UUID         NOT NULL REFERENCES council (id),
    decision_id     UUID REFERENCES decision (id),
    title           VARCHAR(300) NOT NULL,
    owner           VARCHAR(200) NOT NULL,
    owner_member_id UUID REFERENCES council_member (id),
    due_on          DATE         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    progress        INTEGER      NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    drop_reason     VARCHAR(1000),
    overdue_since   DATE,
    created_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL
);
-- GET /action-items: ORDER BY due_on, id; by council, status; the overdue job looks for open items past due.
CREATE INDEX action_item_list_idx ON action_item (due_on, id);
CREATE INDEX action_item_council_idx ON action_item (council_id, due_on, id);
CREATE INDEX action_item_status_idx ON action_item (status, due_on, id);
CREATE INDEX action_item_decision_idx ON action_item (decision_id);
