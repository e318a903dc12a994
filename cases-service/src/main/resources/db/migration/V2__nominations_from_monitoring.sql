-- Cases nominated by a completed monitoring round (score at or above the excellence bar).
ALTER TABLE best_practice_case
    ADD COLUMN round_id        UUID,
    ADD COLUMN score           INTEGER,
    ADD COLUMN source_event_id VARCHAR(200);
CREATE UNIQUE INDEX best_practice_case_round_pair_idx ON best_practice_case (round_id, dong_code, field) WHERE round_id IS NOT NULL;
