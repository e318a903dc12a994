-- training.targets.set.v1: each year's targets as one event, so that monitoring's evaluation report
-- knows the targets set before the event existed (the seeded 2016 target of 10,520 among them).
-- Written to the outbox like any other event; the relay publishes it after the migration.
INSERT INTO outbox_event (id, topic, record_key, type, source, subject, occurred_at, payload, next_attempt_at)
SELECT gen_random_uuid(), 'training.targets', t.year::text, 'kr.seoul.chatdong.training.targets.set.v1',
       '/chatdong/training-service', t.year::text, now(),
       json_build_object('year', t.year,
                         'targets', json_agg(json_build_object('organiser', t.organiser, 'audience', t.audience,
                                                               'target', t.target)
                                             ORDER BY t.organiser, t.audience))::text,
       now()
FROM training_target t
GROUP BY t.year;
