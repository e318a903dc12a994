-- 우수사례 공유대회: a sharing contest of the cases published in an eligible period, judged on weighted
-- criteria; once its results are published its scores are frozen.
CREATE TABLE contest (
    id                   UUID PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    eligible_from        DATE         NOT NULL,
    eligible_to          DATE         NOT NULL,
    status               VARCHAR(24)  NOT NULL,
    results_published_at TIMESTAMPTZ,
    created_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL,
    CHECK (eligible_to >= eligible_from)
);
CREATE INDEX contest_list_idx ON contest (eligible_from DESC, id);

-- The criteria, in the order given (position), each with its weight.
CREATE TABLE contest_criterion (
    contest_id UUID         NOT NULL REFERENCES contest (id),
    position   INTEGER      NOT NULL,
    name       VARCHAR(100) NOT NULL,
    weight     INTEGER      NOT NULL CHECK (weight BETWEEN 1 AND 100),
    PRIMARY KEY (contest_id, position),
    UNIQUE (contest_id, name)
);

-- Named judges (editors judge without being named).
CREATE TABLE contest_judge (
    id         UUID PRIMARY KEY,
    contest_id UUID         NOT NULL REFERENCES contest (id),
    subject    VARCHAR(200) NOT NULL,
    name       VARCHAR(100) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    UNIQUE (contest_id, subject)
);

-- One entry per case and contest; the case's codes and publication time as they were when it entered.
CREATE TABLE contest_entry (
    id                UUID PRIMARY KEY,
    contest_id        UUID         NOT NULL REFERENCES contest (id),
    case_id           UUID         NOT NULL REFERENCES best_practice_case (id),
    title             VARCHAR(200) NOT NULL,
    district_code     VARCHAR(5)   NOT NULL,
    dong_code         VARCHAR(10),
    case_published_at TIMESTAMPTZ  NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    UNIQUE (contest_id, case_id)
);
CREATE INDEX contest_entry_list_idx ON contest_entry (contest_id, created_at, id);

-- A judge's score (1–5) of an entry on a criterion; a judge's PUT replaces all of theirs for the entry.
CREATE TABLE contest_score (
    id        UUID PRIMARY KEY,
    entry_id  UUID         NOT NULL REFERENCES contest_entry (id),
    judge     VARCHAR(200) NOT NULL,
    criterion VARCHAR(100) NOT NULL,
    score     INTEGER      NOT NULL CHECK (score BETWEEN 1 AND 5),
    scored_at TIMESTAMPTZ  NOT NULL,
    UNIQUE (entry_id, judge, criterion)
);
