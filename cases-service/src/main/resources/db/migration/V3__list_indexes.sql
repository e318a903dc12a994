-- Indexes for the lists' stable orders: every list filter has an index that leads with it and
-- continues in the list's ORDER BY, so a page is an index scan that stops after offset + size rows
-- (no sequential scan, no top-N sort of every row), and the total is an index-only count.

-- GET /cases: ORDER BY created_at DESC, id (status: best_practice_case_status_idx, district:
-- best_practice_case_district_idx of V1).
CREATE INDEX best_practice_case_list_idx ON best_practice_case (created_at DESC, id);
-- A round's nominations (roundId, usually with status=NOMINATED).
CREATE INDEX best_practice_case_round_list_idx ON best_practice_case (round_id, status, created_at DESC, id);
CREATE INDEX best_practice_case_dong_list_idx ON best_practice_case (dong_code, created_at DESC, id);
CREATE INDEX best_practice_case_field_list_idx ON best_practice_case (field, created_at DESC, id);
