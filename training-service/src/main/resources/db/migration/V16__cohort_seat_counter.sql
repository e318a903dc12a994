-- A cohort's seats taken (ENROLLED) and its waiting list (WAITLISTED), kept as counters instead of
-- counted over its enrolments on every read: a 10,000-trainee cohort made every cohort read count
-- 10,000 rows (bench/README.md, "Training lists"). The counters are kept by the database, in the
-- transaction that changes the enrolments, by statement-level triggers over the changed rows, so
-- every writer (the API's enrolments and cancellations, the CSV import's multi-row INSERT, the
-- waiting list's promotions, completion) keeps them right, and a 10,000-row INSERT updates each
-- counter once.
CREATE TABLE cohort_seats (
    cohort_id  UUID PRIMARY KEY REFERENCES cohort (id) ON DELETE CASCADE,
    enrolled   BIGINT NOT NULL DEFAULT 0 CHECK (enrolled >= 0),
    waitlisted BIGINT NOT NULL DEFAULT 0 CHECK (waitlisted >= 0)
);

INSERT INTO cohort_seats (cohort_id, enrolled, waitlisted)
SELECT cohort_id, count(*) FILTER (WHERE status = 'ENROLLED'), count(*) FILTER (WHERE status = 'WAITLISTED')
FROM enrolment
GROUP BY cohort_id;

CREATE FUNCTION cohort_seats_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO cohort_seats AS s (cohort_id, enrolled, waitlisted)
        SELECT cohort_id, count(*) FILTER (WHERE status = 'ENROLLED'), count(*) FILTER (WHERE status = 'WAITLISTED')
        FROM new_rows GROUP BY cohort_id
        ON CONFLICT (cohort_id) DO UPDATE
            SET enrolled = s.enrolled + EXCLUDED.enrolled, waitlisted = s.waitlisted + EXCLUDED.waitlisted;
    ELSIF TG_OP = 'UPDATE' THEN
        -- an updated enrolment was inserted before, so its cohort has a counter row (an upsert would
        -- check the constraints on a negative delta before it meets the existing row)
        UPDATE cohort_seats s
           SET enrolled = s.enrolled + d.e, waitlisted = s.waitlisted + d.w
          FROM (SELECT cohort_id, sum(e) AS e, sum(w) AS w FROM (
                    SELECT cohort_id, (status = 'ENROLLED')::int AS e, (status = 'WAITLISTED')::int AS w FROM new_rows
                    UNION ALL
                    SELECT cohort_id, -(status = 'ENROLLED')::int, -(status = 'WAITLISTED')::int FROM old_rows) x
                GROUP BY cohort_id
                HAVING sum(e) <> 0 OR sum(w) <> 0) d
         WHERE s.cohort_id = d.cohort_id;
    ELSE
        UPDATE cohort_seats s
           SET enrolled = s.enrolled - d.e, waitlisted = s.waitlisted - d.w
          FROM (SELECT cohort_id, count(*) FILTER (WHERE status = 'ENROLLED') AS e,
                       count(*) FILTER (WHERE status = 'WAITLISTED') AS w
                  FROM old_rows GROUP BY cohort_id) d
         WHERE s.cohort_id = d.cohort_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER enrolment_seats_insert AFTER INSERT ON enrolment
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cohort_seats_follow();
CREATE TRIGGER enrolment_seats_update AFTER UPDATE ON enrolment
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cohort_seats_follow();
CREATE TRIGGER enrolment_seats_delete AFTER DELETE ON enrolment
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cohort_seats_follow();
