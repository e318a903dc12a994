-- Indexes for the lists' stable orders: every list filter has an index that leads with it and
-- continues in the list's ORDER BY, so a page is an index scan that stops after offset + size rows
-- (no sequential scan, no top-N sort of every row), and the total is an index-only count.

-- GET /rounds: ORDER BY starts_on DESC, id (with status: monitoring_round_status_idx of V1).
CREATE INDEX monitoring_round_list_idx ON monitoring_round (starts_on DESC, id);

-- A round in a list shows its number of dongs: stored with the round (its dong set is fixed when it
-- is planned; the entity sets it), so a page of rounds reads one row per round instead of counting
-- every round's round_dong rows (426 each).
ALTER TABLE monitoring_round ADD COLUMN dong_count INTEGER NOT NULL DEFAULT 0;
UPDATE monitoring_round r SET dong_count = (SELECT count(*) FROM round_dong d WHERE d.round_id = r.id);

-- GET /rounds/{id}/assessments: ORDER BY dong_code, field within the round = the primary key.

-- GET /consulting-assignments: ORDER BY created_at DESC, dong_code, field, id.
CREATE INDEX consulting_assignment_list_idx ON consulting_assignment (created_at DESC, dong_code, field, id);
CREATE INDEX consulting_assignment_round_list_idx ON consulting_assignment (round_id, created_at DESC, dong_code, field, id);
CREATE INDEX consulting_assignment_dong_list_idx ON consulting_assignment (dong_code, created_at DESC, field, id);
CREATE INDEX consulting_assignment_field_list_idx ON consulting_assignment (field, created_at DESC, dong_code, id);
-- The district and status indexes of V2 did not match the order (a top-N sort of every match): replaced.
DROP INDEX consulting_assignment_district_idx;
CREATE INDEX consulting_assignment_district_idx ON consulting_assignment (district_code, created_at DESC, dong_code, field, id);
DROP INDEX consulting_assignment_status_idx;
CREATE INDEX consulting_assignment_status_idx ON consulting_assignment (status, created_at DESC, dong_code, field, id);
