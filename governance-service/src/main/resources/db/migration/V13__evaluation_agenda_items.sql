-- A published yearly report (monitoring's report.published.v1) becomes an agenda item of the council
-- routed for EVALUATION (공유보고): source EVALUATION, with the report's year and version, once each.
ALTER TABLE agenda_item ADD COLUMN report_year SMALLINT;
ALTER TABLE agenda_item ADD COLUMN report_version INTEGER;
ALTER TABLE agenda_item ADD CONSTRAINT agenda_item_report_check
    CHECK ((source = 'EVALUATION') = (report_year IS NOT NULL AND report_version IS NOT NULL));
CREATE UNIQUE INDEX agenda_item_report_idx ON agenda_item (report_year, report_version) WHERE source = 'EVALUATION';
-- Pending items wait per source for the council their source is routed to.
CREATE INDEX agenda_item_pending_idx ON agenda_item (source, created_at, id) WHERE status = 'PENDING';
