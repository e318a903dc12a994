-- 추진지원단 채용인력: each team's staff as a list of (role, name?) in place of a bare count and a
-- roles column that was never filled. The plan: "각 자치구 당 3명(마을, 복지)으로 구성" — three
-- people covering the two fields; the third leads the team (governance-service/README.md says why).
CREATE TABLE support_team_staff (
    support_team_id UUID        NOT NULL REFERENCES support_team (id) ON DELETE CASCADE,
    seq             INTEGER     NOT NULL CHECK (seq >= 0),
    role            VARCHAR(16) NOT NULL CHECK (role IN ('LEAD', 'VILLAGE', 'WELFARE')),
    name            VARCHAR(100),
    PRIMARY KEY (support_team_id, seq)
);

-- The 2015 teams seeded before this migration hold only staff_count = 3: they get the plan's split.
-- (A database created after it gets the same staff from seed/support-teams-2015.csv.)
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM support_team WHERE staff_count NOT IN (0, 3)) THEN
        RAISE EXCEPTION 'support_team rows with a staff_count other than 0 or 3: give their staff by hand before this migration';
    END IF;
END $$;

INSERT INTO support_team_staff (support_team_id, seq, role)
SELECT t.id, r.seq, r.role
FROM support_team t
CROSS JOIN (VALUES (0, 'LEAD'), (1, 'VILLAGE'), (2, 'WELFARE')) AS r (seq, role)
WHERE t.staff_count = 3;

-- The count is the length of the list from now on; the roles are in the list.
ALTER TABLE support_team DROP COLUMN staff_count, DROP COLUMN staff_roles;
