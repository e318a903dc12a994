-- Every trained person counted (issue 24 item 5): in 2015, 10,734 of 11,747 civil servants (91 %) were
-- trained by the districts, most of it outside the platform. A district's officer reports such training
-- as a month's completions; GET /targets/{year} counts them beside the platform's cohorts.
CREATE TABLE district_training_report (
    id            UUID PRIMARY KEY,
    district_code VARCHAR(5)   NOT NULL,
    year          INTEGER      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    month         INTEGER      NOT NULL CHECK (month BETWEEN 1 AND 12),
    title         VARCHAR(200) NOT NULL,
    audience      VARCHAR(24)  NOT NULL
        CHECK (audience IN ('CIVIL_SERVANT', 'PRIVATE_WELFARE_WORKER', 'RESIDENT', 'INSTRUCTOR')),
    completions   INTEGER      NOT NULL CHECK (completions BETWEEN 0 AND 5000),
    reported_by   VARCHAR(255) NOT NULL,
    reported_at   TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL,
    -- the same training reported twice would be counted twice
    UNIQUE (district_code, year, month, audience, title)
);
-- the list's order (district, year, month, title) and the yearly sums by year
CREATE INDEX district_training_report_list_idx ON district_training_report (district_code, year, month, title, id);
CREATE INDEX district_training_report_year_idx ON district_training_report (year, district_code, audience);

-- The figures the programme reported for years before the platform, per audience: 2015's trained people
-- (2016 추진계획, '15년 추진 성과): 공무원(신입·기존) 11,747 (서울시 주도 1,013, 자치구 주도 10,734) and
-- 17개구 민간 종사자 297 (3회; no split reported).
CREATE TABLE training_yearly_figure (
    year         INTEGER      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    audience     VARCHAR(24)  NOT NULL
        CHECK (audience IN ('CIVIL_SERVANT', 'PRIVATE_WELFARE_WORKER', 'RESIDENT', 'INSTRUCTOR')),
    trained      INTEGER      NOT NULL CHECK (trained >= 0),
    city_run     INTEGER      CHECK (city_run >= 0),
    district_run INTEGER      CHECK (district_run >= 0),
    note         VARCHAR(500),
    recorded_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (year, audience),
    CHECK (city_run IS NULL OR district_run IS NULL OR city_run + district_run = trained)
);
INSERT INTO training_yearly_figure (year, audience, trained, city_run, district_run, note, recorded_at) VALUES
 (2015, 'CIVIL_SERVANT', 11747, 1013, 10734,
  '공무원(신입·기존) 교육 11,747명: 서울시 주도교육 1,013명 / 자치구 주도교육 10,734명 (2016 추진계획, ''15년 추진 성과)',
  '2016-01-04T00:00:00Z'),
 (2015, 'PRIVATE_WELFARE_WORKER', 297, NULL, NULL,
  '17개구 자치구 민간 종사자 실무역량 교육 3회, 297명 참석 (2016 추진계획, ''15년 추진 성과)',
  '2016-01-04T00:00:00Z');
