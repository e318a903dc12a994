-- QR self check-in: a short-lived code a trainer shows at a session; a trainee enrolled in the
-- cohort posts it to be marked PRESENT. Only the code's SHA-256 is kept (hex), never the code.
CREATE TABLE check_in_code (
    code_hash  VARCHAR(64)  PRIMARY KEY,
    session_id UUID         NOT NULL REFERENCES cohort_session (id),
    expires_at TIMESTAMPTZ  NOT NULL,
    issued_by  VARCHAR(200) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX check_in_code_session_idx ON check_in_code (session_id, expires_at);

-- How a mark came to be: by a trainer (PUT attendance, JSON or a paper sheet as CSV) or by the
-- trainee's own check-in.
ALTER TABLE attendance ADD COLUMN source VARCHAR(12) NOT NULL DEFAULT 'TRAINER';
