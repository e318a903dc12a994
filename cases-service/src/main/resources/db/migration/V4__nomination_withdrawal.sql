-- A corrected monitoring score may withdraw a nomination (nothing is deleted) and a later correction
-- nominate the pair again: one nomination per (round, dong, field) that is not withdrawn.
ALTER TABLE best_practice_case ADD COLUMN withdrawn_reason VARCHAR(1200);
ALTER TABLE best_practice_case ADD COLUMN withdrawn_at TIMESTAMPTZ;
DROP INDEX best_practice_case_round_pair_idx;
CREATE UNIQUE INDEX best_practice_case_round_pair_idx ON best_practice_case (round_id, dong_code, field)
    WHERE round_id IS NOT NULL AND status <> 'WITHDRAWN';
