-- The programme's city-wide yearly goals the report reads its sections against, where no indicator
-- holds them (an indicator's target is per dong or district): the plan's count of published cases.
CREATE TABLE report_goal (
    year   SMALLINT     NOT NULL,
    code   VARCHAR(40)  NOT NULL,
    target INTEGER      NOT NULL CHECK (target >= 0),
    source VARCHAR(300) NOT NULL,
    PRIMARY KEY (year, code)
);
INSERT INTO report_goal (year, code, target, source) VALUES
 (2016, 'CASES_PUBLISHED', 153, '2016 추진계획 §5: 우수사례 153건 = 발굴 자치구 17곳 × 9개월 (4~12월, 월 1건)');
