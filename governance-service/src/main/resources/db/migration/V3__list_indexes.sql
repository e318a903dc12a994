-- Indexes for the lists' stable orders: every list filter has an index that leads with it and
-- continues in the list's ORDER BY, so a page is an index scan that stops after offset + size rows
-- (no sequential scan, no top-N sort of every row), and the total is an index-only count.

-- GET /councils: ORDER BY name, id (kind + district: council_kind_idx, district: council_district_idx of V1).
CREATE INDEX council_list_idx ON council (name, id);
CREATE INDEX council_kind_list_idx ON council (kind, name, id);

-- GET /meetings: ORDER BY scheduled_at, id (council: meeting_council_idx, status: meeting_upcoming_idx of V2).
CREATE INDEX meeting_list_idx ON meeting (scheduled_at, id);

-- GET /agenda-items: ORDER BY created_at, id (meeting: agenda_item_meeting_idx, status: agenda_item_status_idx of V2).
CREATE INDEX agenda_item_list_idx ON agenda_item (created_at, id);
CREATE INDEX agenda_item_source_list_idx ON agenda_item (source, created_at, id);
CREATE INDEX agenda_item_round_list_idx ON agenda_item (round_id, created_at, id);
