-- 성과관리 지표 (2016 plan §7): the indicators the program is evaluated by, and their values per
-- dong or district and period. Process indicators (수행지표) look at inputs and outputs, outcome
-- indicators (진단지표) at effects. §7 names them but gives no targets, so target stays null.

CREATE TABLE indicator_definition (
    code        VARCHAR(60)  PRIMARY KEY,
    -- the list's order: process indicators first, each kind in the plan's order
    position    SMALLINT     NOT NULL UNIQUE,
    name_ko     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    kind        VARCHAR(8)   NOT NULL CHECK (kind IN ('PROCESS', 'OUTCOME')),
    unit        VARCHAR(10)  NOT NULL,
    scope       VARCHAR(8)   NOT NULL CHECK (scope IN ('DONG', 'DISTRICT')),
    period      VARCHAR(9)   NOT NULL CHECK (period IN ('MONTH', 'HALF_YEAR', 'YEAR')),
    min_value   NUMERIC      NOT NULL,
    max_value   NUMERIC,
    decimals    SMALLINT     NOT NULL CHECK (decimals BETWEEN 0 AND 2),
    target      NUMERIC,
    source      VARCHAR(8)   NOT NULL CHECK (source IN ('ENTERED', 'DERIVED')),
    description VARCHAR(1000) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CHECK (max_value IS NULL OR min_value <= max_value),
    -- a rate is a share of a whole: never above 100 %
    CHECK (unit <> '%' OR (max_value IS NOT NULL AND max_value <= 100))
);

INSERT INTO indicator_definition (code, position, name_ko, name_en, kind, unit, scope, period, min_value, max_value, decimals, target, source, description) VALUES
 ('WELFARE_PLANNER_VISIT_RATE', 1, '복지플래너 방문율', 'Welfare-planner visit rate', 'PROCESS', '%', 'DONG', 'MONTH', 0, 100, 1, NULL, 'ENTERED',
  '방문 대상 가구 중 복지플래너가 방문한 가구의 비율. Share of the households due a visit that a welfare planner visited in the month.'),
 ('WELFARE_PLANNER_VISITS', 2, '복지플래너 방문횟수', 'Welfare-planner visits', 'PROCESS', '회', 'DONG', 'MONTH', 0, NULL, 0, NULL, 'ENTERED',
  '복지플래너의 가구 방문 횟수. Home visits made by the dong''s welfare planners in the month.'),
 ('VISITING_NURSE_CASELOAD', 3, '방문간호사 관리', 'Visiting-nurse caseload', 'PROCESS', '명', 'DONG', 'MONTH', 0, NULL, 0, NULL, 'ENTERED',
  '방문간호사가 관리하는 주민 수. Residents under the care of the dong''s visiting nurses in the month.'),
 ('CASE_MANAGEMENT_MEETINGS', 4, '사례관리회의 실시 횟수', 'Case-management meetings held', 'PROCESS', '회', 'DONG', 'MONTH', 0, NULL, 0, NULL, 'ENTERED',
  '동 단위 통합사례관리 회의 실시 횟수. Integrated case-management meetings the dong held in the month.'),
 ('RESIDENT_PROJECTS_FOUND', 5, '주민자치사업 발굴', 'Resident projects found', 'PROCESS', '건', 'DONG', 'HALF_YEAR', 0, NULL, 0, NULL, 'ENTERED',
  '발굴한 주민자치사업 수. Resident self-governance projects found in the half-year.'),
 ('VILLAGE_PLANNING_TEAMS_FORMED', 6, '마을계획단 구성', 'Village planning teams formed', 'PROCESS', '개', 'DISTRICT', 'YEAR', 0, NULL, 0, NULL, 'ENTERED',
  '마을계획단을 구성한 동의 수 (연말 기준). Dongs of the district with a village planning team formed by the end of the year.'),
 ('TRAINING_EXECUTION_RATE', 7, '교육실행율', 'Training execution rate', 'PROCESS', '%', 'DISTRICT', 'YEAR', 0, 100, 1, NULL, 'DERIVED',
  '수료 인원 ÷ 등록 인원 × 100. Derived from training-service''s cohort.completed events: for each district and year (of the cohort''s endedOn), the sum of completed over the sum of enrolled of the district''s trainees (byDistrict) in every cohort that ended that year, × 100, rounded half up to one decimal.'),
 ('BEST_PRACTICE_CASES_PUBLISHED', 8, '우수사례 게시 건수', 'Best-practice cases published', 'PROCESS', '건', 'DISTRICT', 'YEAR', 0, NULL, 0, NULL, 'DERIVED',
  '게시된 우수사례 수 (§5 우수사례 발굴 및 보급). Derived from cases-service''s case.published events: the number of distinct cases of the district published in the year (of publishedAt, in Seoul); a case published again counts once.'),
 ('HEALTH_PREVALENCE', 9, '건강유병율', 'Health prevalence', 'OUTCOME', '%', 'DONG', 'YEAR', 0, 100, 1, NULL, 'ENTERED',
  '방문건강관리 대상 주민 중 유병자의 비율. Share of the residents the visiting nurses screened who have a health condition, in the year.'),
 ('COMPLAINTS_REDUCED_BY_REDESIGN', 10, '업무재설계를 통한 민원감축', 'Complaints reduced by work redesign', 'OUTCOME', '건', 'DONG', 'HALF_YEAR', 0, NULL, 0, NULL, 'ENTERED',
  '업무재설계로 줄어든 민원 처리 건수. Civil-affairs cases the dong no longer handles thanks to the redesign of its work, in the half-year.'),
 ('RESIDENT_NETWORK_GROWTH', 11, '주민관계망 확장', 'Resident network growth', 'OUTCOME', '명', 'DONG', 'HALF_YEAR', 0, NULL, 0, NULL, 'ENTERED',
  '새로 관계망에 참여한 주민 수. Residents newly taking part in the dong''s resident networks in the half-year.'),
 ('PUBLIC_PRIVATE_COLLABORATION', 12, '민관 협력', 'Public–private collaboration', 'OUTCOME', '회', 'DISTRICT', 'HALF_YEAR', 0, NULL, 0, NULL, 'DERIVED',
  '자치구 민관협력 협의체 회의 개최 횟수. Derived from governance-service''s meeting.held events: the number of distinct meetings held in the half-year (of heldOn) by councils of the district (events with a districtCode); meetings of city-wide councils count for no district.'),
 ('INTER_DEPARTMENT_COLLABORATION', 13, '부서 간 협력', 'Inter-department collaboration', 'OUTCOME', '건', 'DISTRICT', 'HALF_YEAR', 0, NULL, 0, NULL, 'ENTERED',
  '부서 간 협업 과제 건수. Tasks the district''s departments carried out together with the dong community service centres in the half-year.'),
 ('CAPACITY_BUILT_BY_TRAINING', 14, '교육을 통한 역량강화', 'Capacity built by training', 'OUTCOME', '점', 'DISTRICT', 'YEAR', 0, 100, 2, NULL, 'ENTERED',
  '교육 모니터링 평가 점수 (2015년 93.08점). Score of the year''s education monitoring of the district, 0–100 (the city''s 2015 score: 93.08).')
ON CONFLICT (code) DO NOTHING;

-- A value of an indicator for one dong or district (scope_code) and one period ("2016",
-- "2016-H1", "2016-05"). district_code is the district of the scope, for the district filter.
-- Derived values also keep the sums they are computed from (numerator / denominator).
CREATE TABLE indicator_value (
    indicator_code  VARCHAR(60)  NOT NULL REFERENCES indicator_definition (code),
    scope_code      VARCHAR(10)  NOT NULL,
    period          VARCHAR(7)   NOT NULL,
    district_code   VARCHAR(5)   NOT NULL,
    value           NUMERIC      NOT NULL,
    numerator       BIGINT,
    denominator     BIGINT,
    source_event_id VARCHAR(200),
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (indicator_code, scope_code, period)
);
-- GET /indicators/{code}/values: ORDER BY period DESC, scope_code (with ?period= too).
CREATE INDEX indicator_value_list_idx ON indicator_value (indicator_code, period DESC, scope_code);
-- ... with ?districtCode=.
CREATE INDEX indicator_value_district_idx ON indicator_value (indicator_code, district_code, period DESC, scope_code);

-- What each source (a cohort, a meeting, a case) contributes to a derived value. Keyed by the
-- source, so that the same cohort, meeting or case reported again replaces its contribution
-- instead of adding to it; a value is the sum of its contributions.
CREATE TABLE indicator_contribution (
    indicator_code  VARCHAR(60)  NOT NULL REFERENCES indicator_definition (code),
    source_id       UUID         NOT NULL,
    scope_code      VARCHAR(10)  NOT NULL,
    period          VARCHAR(7)   NOT NULL,
    numerator       BIGINT       NOT NULL,
    denominator     BIGINT       NOT NULL,
    source_event_id VARCHAR(200) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (indicator_code, source_id, scope_code)
);
CREATE INDEX indicator_contribution_value_idx ON indicator_contribution (indicator_code, scope_code, period);
