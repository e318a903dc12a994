-- District training reports are corrected and withdrawn (issue 24 item 5): a withdrawn report stays, with
-- its reason, and counts nowhere (GET /targets/{year}, monitoring's yearly report).
ALTER TABLE district_training_report
    ADD COLUMN status           VARCHAR(10) NOT NULL DEFAULT 'RECORDED' CHECK (status IN ('RECORDED', 'WITHDRAWN')),
    ADD COLUMN withdrawn_reason VARCHAR(500),
    ADD COLUMN withdrawn_at     TIMESTAMPTZ,
    ADD CONSTRAINT district_training_report_withdrawn_check
        CHECK ((status = 'WITHDRAWN') = (withdrawn_reason IS NOT NULL AND withdrawn_at IS NOT NULL));

-- The same training is reported once while recorded; once withdrawn it may be reported again. (V10's
-- unique constraint has a name PostgreSQL shortened: found by its kind.)
DO $$
DECLARE name TEXT;
BEGIN
    SELECT conname INTO name FROM pg_constraint
    WHERE conrelid = 'district_training_report'::regclass AND contype = 'u';
    IF name IS NOT NULL THEN
        EXECUTE format('ALTER TABLE district_training_report DROP CONSTRAINT %I', name);
    END IF;
END $$;
CREATE UNIQUE INDEX district_training_report_recorded_once
    ON district_training_report (district_code, year, month, audience, title) WHERE status = 'RECORDED';

-- training.district-report.recorded.v1: every report recorded before the event existed is written to the
-- outbox as it stands, so that monitoring's yearly report counts it (a new topic, which monitoring reads
-- from its start). Written like any other event; the relay publishes it after the migration. The payload
-- is what kr.seoul.chatdong.language.events.training.DistrictReportRecorded writes. (2015's recorded
-- figures are not reports of a district and month: they stay training's, GET /targets/2015.)
INSERT INTO outbox_event (id, topic, record_key, type, source, subject, occurred_at, payload, next_attempt_at)
SELECT gen_random_uuid(), 'training.district-reports', r.id::text,
       'kr.seoul.chatdong.training.district-report.recorded.v1', '/chatdong/training-service', r.id::text, now(),
       json_build_object('reportId', r.id,
                         'districtCode', r.district_code,
                         'year', r.year,
                         'month', r.month,
                         'audience', r.audience,
                         'completions', r.completions,
                         'status', r.status,
                         'version', r.version)::text,
       now()
FROM district_training_report r
ORDER BY r.reported_at, r.id;
