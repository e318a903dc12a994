-- 연간 사업계획: one plan per year, its sub-projects with budget lines (thousand KRW), milestones
-- (month ranges) and execution, kept as one JSON document that PUT replaces whole (If-Match).
CREATE TABLE annual_plan (
    year       INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    document   TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL
);
