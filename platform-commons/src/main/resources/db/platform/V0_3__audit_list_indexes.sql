-- GET /api/v1/audit lists newest first (ORDER BY seq DESC): each filter has an index that leads
-- with it and continues in seq order (read backwards), so a page stops after offset + size rows and
-- the total is an index-only count. Unfiltered: the primary key; entity and id: audit_entry_entity_idx.
CREATE INDEX audit_entry_entity_list_idx ON audit_entry (entity, seq);
CREATE INDEX audit_entry_entity_id_list_idx ON audit_entry (entity_id, seq);
