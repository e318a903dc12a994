-- A roll-out assignment is changed with If-Match like every other resource.
ALTER TABLE rollout_assignment ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
