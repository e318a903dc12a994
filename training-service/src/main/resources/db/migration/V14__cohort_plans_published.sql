-- training.cohort.planned.v1 (교육실행율 = cohorts held ÷ cohorts planned for the year, per organiser):
-- every cohort recorded before the event existed is written to the outbox with its standing now, so that
-- monitoring derives the rate of the years before (the seeded 2016 cohorts of the practice course among
-- them). Written like any other event; the relay publishes it after the migration. The payload is what
-- kr.seoul.chatdong.language.events.training.CohortPlanned writes.
INSERT INTO outbox_event (id, topic, record_key, type, source, subject, occurred_at, payload, next_attempt_at)
SELECT gen_random_uuid(), 'training.cohort-plans', c.id::text, 'kr.seoul.chatdong.training.cohort.planned.v1',
       '/chatdong/training-service', c.id::text, now(),
       json_build_object('cohortId', c.id,
                         'courseId', c.course_id,
                         'organiser', k.organiser,
                         'year', extract(YEAR FROM c.ends_on)::int,
                         'startsOn', c.starts_on,
                         'endsOn', c.ends_on,
                         'status', CASE c.status WHEN 'COMPLETED' THEN 'HELD'
                                                 WHEN 'CANCELLED' THEN 'CANCELLED'
                                                 ELSE 'PLANNED' END)::text,
       now()
FROM cohort c JOIN course k ON k.id = c.course_id
ORDER BY c.ends_on, c.id;
