-- GET /dongs/{code}/scores: the rounds a dong is in scope of. round_dong's primary key leads with
-- round_id (a round's dongs); this one leads with the dong, so a dong's history is an index scan
-- instead of a scan of every round's 426 rows.
CREATE INDEX round_dong_dong_idx ON round_dong (dong_code, round_id);

-- GET /rounds/{id}/results needs nothing new: it reads one round's round_dong and assessment rows
-- by their primary keys (round_id, dong_code[, field]).
