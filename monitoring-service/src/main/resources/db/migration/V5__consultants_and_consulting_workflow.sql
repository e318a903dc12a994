-- 컨설턴트: the private experts who consult dongs below a round's bar, and the consulting workflow.

CREATE TABLE consultant (
    id                 UUID PRIMARY KEY,
    name               VARCHAR(100) NOT NULL,
    organisation       VARCHAR(200) NOT NULL,
    home_district_code VARCHAR(5)   NOT NULL,
    capacity           INTEGER      NOT NULL CHECK (capacity BETWEEN 1 AND 100),
    active_from        DATE         NOT NULL,
    active_to          DATE,
    subject            VARCHAR(200) NOT NULL UNIQUE,
    -- When the consultant last received an assignment: among equally loaded consultants the one
    -- assigned longest ago (never = first) gets the next one.
    last_assigned_at   TIMESTAMPTZ,
    created_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL,
    CHECK (active_to IS NULL OR active_to >= active_from)
);
CREATE INDEX consultant_list_idx ON consultant (name, id);

CREATE TABLE consultant_field (
    consultant_id UUID        NOT NULL REFERENCES consultant (id) ON DELETE CASCADE,
    field         VARCHAR(16) NOT NULL,
    PRIMARY KEY (consultant_id, field)
);
CREATE INDEX consultant_field_field_idx ON consultant_field (field, consultant_id);

-- A round may set the window in which consulting visits take place (the plan: April–May).
ALTER TABLE monitoring_round ADD COLUMN consulting_from DATE;
ALTER TABLE monitoring_round ADD COLUMN consulting_to DATE;

-- The workflow of an assignment: OPEN → ASSIGNED → SCHEDULED → VISITED → REPORTED → CLOSED,
-- CANCELLED from any open state, WITHDRAWN when a correction lifts the score to the bar.
ALTER TABLE consulting_assignment ADD COLUMN consultant_id UUID REFERENCES consultant (id);
ALTER TABLE consulting_assignment ADD COLUMN assigned_at TIMESTAMPTZ;
ALTER TABLE consulting_assignment ADD COLUMN visit_on DATE;
ALTER TABLE consulting_assignment ADD COLUMN visited_on DATE;
ALTER TABLE consulting_assignment ADD COLUMN visit_notes VARCHAR(4000);
ALTER TABLE consulting_assignment ADD COLUMN diagnosis VARCHAR(8000);
ALTER TABLE consulting_assignment ADD COLUMN recommendations JSONB;
ALTER TABLE consulting_assignment ADD COLUMN follow_ups JSONB;
ALTER TABLE consulting_assignment ADD COLUMN reported_at TIMESTAMPTZ;
ALTER TABLE consulting_assignment ADD COLUMN closed_at TIMESTAMPTZ;
ALTER TABLE consulting_assignment ADD COLUMN ended_reason VARCHAR(1000);
ALTER TABLE consulting_assignment ADD COLUMN ended_at TIMESTAMPTZ;
-- GET /consulting-assignments?consultantId= in the list order (also counts a consultant's active ones).
CREATE INDEX consulting_assignment_consultant_idx ON consulting_assignment (consultant_id, created_at DESC, dong_code, field, id);

-- A corrected score may withdraw a (dong, field)'s assignment and a later correction open it again:
-- one assignment per (round, dong, field) that is not withdrawn; the withdrawn ones stay as history.
ALTER TABLE consulting_assignment DROP CONSTRAINT consulting_assignment_round_id_dong_code_field_key;
CREATE UNIQUE INDEX consulting_assignment_pair_idx ON consulting_assignment (round_id, dong_code, field) WHERE status <> 'WITHDRAWN';
