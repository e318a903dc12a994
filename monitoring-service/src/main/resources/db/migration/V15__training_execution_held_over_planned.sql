-- 교육실행율 is cohorts held ÷ cohorts planned for the year (issue 24; the plan's term reads as delivered ÷
-- planned), no longer completed ÷ enrolled trainees. Training owns the rule and publishes each cohort's
-- standing (kr.seoul.chatdong.training.cohort.planned.v1, topic training.cohort-plans; its V14 wrote every
-- existing cohort to its outbox); monitoring derives the value per organising district from it.
--
-- What cohort.completed contributed by the old rule is removed, values and all: the cohort.planned events
-- rebuild them (a new topic, so this service reads it from its start whenever it was deployed).
DELETE FROM indicator_contribution WHERE indicator_code = 'TRAINING_EXECUTION_RATE';
DELETE FROM indicator_value WHERE indicator_code = 'TRAINING_EXECUTION_RATE';

-- The definition's text, and a revision that says who changed it and from what.
INSERT INTO indicator_revision (indicator_code, action, revised_by, revised_at, changes)
SELECT code, 'REVISED', 'migration V15', now(),
       jsonb_build_array(jsonb_build_object('field', 'description', 'before', description, 'after', t.text))
FROM indicator_definition,
     (VALUES ('실행 기수 ÷ 계획 기수 × 100 (cohorts held ÷ cohorts planned). Derived from training-service''s cohort.planned events: for each district and year (of the cohort''s last day), the cohorts the district organises (its course''s organiser) that were held (HELD) over those planned for the year (PLANNED, HELD or CANCELLED: a cancelled cohort was planned and not held), × 100, rounded half up to one decimal. The city''s cohorts count for no district (training''s GET /api/v1/training-execution/{year} shows them).')) AS t (text)
WHERE code = 'TRAINING_EXECUTION_RATE' AND description <> t.text;

UPDATE indicator_definition
SET description = '실행 기수 ÷ 계획 기수 × 100 (cohorts held ÷ cohorts planned). Derived from training-service''s cohort.planned events: for each district and year (of the cohort''s last day), the cohorts the district organises (its course''s organiser) that were held (HELD) over those planned for the year (PLANNED, HELD or CANCELLED: a cancelled cohort was planned and not held), × 100, rounded half up to one decimal. The city''s cohorts count for no district (training''s GET /api/v1/training-execution/{year} shows them).',
    version = version + 1
WHERE code = 'TRAINING_EXECUTION_RATE';
