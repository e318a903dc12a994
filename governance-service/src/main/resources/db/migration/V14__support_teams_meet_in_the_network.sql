-- The plan's support teams meet once a month all together (추진지원단 연석회의, Feb–Dec), not one council
-- per district: the 2015 teams seeded with a DISTRICT_SUPPORT_TEAM council each now go through the
-- 연석회의 (seeded at start, so present here only in a database that started before), and those
-- seeded councils go where nothing refers to them (a database that used one keeps it).
UPDATE support_team t SET council_id = n.id
FROM council n, council c
WHERE n.seed_key = 'support-team-network'
  AND c.id = t.council_id
  AND c.seed_key LIKE 'support-team-%'
  AND c.seed_key <> 'support-team-network';

DELETE FROM council c
WHERE c.seed_key LIKE 'support-team-%'
  AND c.seed_key <> 'support-team-network'
  AND c.kind = 'DISTRICT_SUPPORT_TEAM'
  AND NOT EXISTS (SELECT 1 FROM support_team t WHERE t.council_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.council_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM council_member m WHERE m.council_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM action_item a WHERE a.council_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM meeting_series s WHERE s.council_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM agenda_routing r WHERE r.council_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM council p WHERE p.parent_id = c.id);
