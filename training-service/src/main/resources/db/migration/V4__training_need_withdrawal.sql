-- A corrected monitoring score may withdraw a need (nothing is deleted) and a later correction find it
-- again: one need per (round, dong, field) that is not withdrawn.
ALTER TABLE training_need ADD COLUMN withdrawn_reason VARCHAR(1200);
ALTER TABLE training_need ADD COLUMN withdrawn_at TIMESTAMPTZ;
ALTER TABLE training_need DROP CONSTRAINT training_need_round_id_dong_code_field_key;
CREATE UNIQUE INDEX training_need_pair_idx ON training_need (round_id, dong_code, field) WHERE status <> 'WITHDRAWN';
