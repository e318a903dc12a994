-- A round's scope follows the roll-out (2016 plan: round 2 covers the phase-1 dongs, round 3 those
-- of phases 1–2): it is planned from a list of dongs, of districts, or "every dong assigned to a
-- phase up to N"; the dongs are resolved once, when the round is planned, and stay in round_dong.
ALTER TABLE monitoring_round ADD COLUMN scope_kind VARCHAR(9) NOT NULL DEFAULT 'DONGS'
    CHECK (scope_kind IN ('DONGS', 'DISTRICTS', 'PHASE'));
-- the districts asked for (comma-separated 5-digit codes), for DISTRICTS
ALTER TABLE monitoring_round ADD COLUMN scope_district_codes VARCHAR(200);
-- the last phase included, for PHASE
ALTER TABLE monitoring_round ADD COLUMN scope_up_to_phase INTEGER CHECK (scope_up_to_phase BETWEEN 1 AND 3);
ALTER TABLE monitoring_round ADD CHECK ((scope_kind = 'DISTRICTS') = (scope_district_codes IS NOT NULL)
    AND (scope_kind = 'PHASE') = (scope_up_to_phase IS NOT NULL));
