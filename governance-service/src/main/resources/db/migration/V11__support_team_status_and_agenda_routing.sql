-- 추진지원단 join and end through the API: a team is ACTIVE until it is ended (then ENDED, with the
-- day and why). A district has at most one ACTIVE team; its ended teams stay beside it as history,
-- so the district code is no longer unique by itself.
ALTER TABLE support_team ADD COLUMN status VARCHAR(8) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ENDED'));
ALTER TABLE support_team ADD COLUMN end_reason VARCHAR(500);
UPDATE support_team SET status = 'ENDED' WHERE ended_on IS NOT NULL;
ALTER TABLE support_team ALTER COLUMN status DROP DEFAULT;
ALTER TABLE support_team ADD CHECK ((status = 'ENDED') = (ended_on IS NOT NULL));
ALTER TABLE support_team DROP CONSTRAINT support_team_district_code_key;
CREATE UNIQUE INDEX support_team_one_active_idx ON support_team (district_code) WHERE status = 'ACTIVE';
-- GET /support-teams: ORDER BY district_code, id, filtered by district and status.
CREATE INDEX support_team_district_idx ON support_team (district_code, id);
-- A directly run team (직영) may name no operator: the district office runs it.
ALTER TABLE support_team ALTER COLUMN operator DROP NOT NULL;

-- Which council receives the agenda items a source derives (a completed monitoring round, the
-- yearly evaluation). The service seeds the defaults at start (the 운영위원회) once the bodies exist.
CREATE TABLE agenda_routing (
    source     VARCHAR(16) PRIMARY KEY CHECK (source IN ('MONITORING', 'EVALUATION')),
    council_id UUID        NOT NULL REFERENCES council (id),
    updated_at TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL
);
