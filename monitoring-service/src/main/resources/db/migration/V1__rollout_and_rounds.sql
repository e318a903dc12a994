-- Roll-out phases of the program (사업 단계) and which districts/dongs joined in which phase.
CREATE TABLE rollout_phase (
    number            SMALLINT PRIMARY KEY,
    name_ko           VARCHAR(40)  NOT NULL,
    starts_in         VARCHAR(7)   NOT NULL,
    planned_districts SMALLINT     NOT NULL,
    planned_dongs     SMALLINT     NOT NULL,
    note              VARCHAR(400)
);

-- scope DISTRICT: every dong of the district joined in that phase (unless a DONG row says otherwise).
CREATE TABLE rollout_assignment (
    scope      VARCHAR(8)  NOT NULL CHECK (scope IN ('DISTRICT', 'DONG')),
    code       VARCHAR(10) NOT NULL,
    phase      SMALLINT    NOT NULL REFERENCES rollout_phase (number),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, code)
);

-- From the 2016 plan (seed): phase 1 from 2015-07 with 13 districts / 80 dongs, 4 of them with all
-- dongs; phase 2 from 2016-07 with 17 districts / 282 dongs; phase 3 in 2017 with all 25 / 424.
INSERT INTO rollout_phase (number, name_ko, starts_in, planned_districts, planned_dongs, note) VALUES
 (1, '1단계', '2015-07', 13,  80, '전동 시행 4개구(성북·성동·금천·도봉), 일부동 시행 9개구'),
 (2, '2단계', '2016-07', 17, 282, '1·2단계 참여 17개 자치구 282개동'),
 (3, '3단계', '2017',    25, 424, '25개 자치구 424개동 (2025년 행정동 기준 426개동)');

-- The plan names only the four whole-district phase-1 districts; the other districts and dongs are
-- left unassigned rather than guessed. A city admin assigns them through the API.
INSERT INTO rollout_assignment (scope, code, phase) VALUES
 ('DISTRICT', '11290', 1),  -- 성북구
 ('DISTRICT', '11200', 1),  -- 성동구
 ('DISTRICT', '11545', 1),  -- 금천구
 ('DISTRICT', '11320', 1);  -- 도봉구

-- 모니터링 회차: a monitoring round over a set of dongs.
CREATE TABLE monitoring_round (
    id                    UUID PRIMARY KEY,
    name                  VARCHAR(200) NOT NULL,
    starts_on             DATE         NOT NULL,
    ends_on               DATE         NOT NULL,
    underperforming_below INTEGER      NOT NULL,
    excellent_from        INTEGER      NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL,
    completed_at          TIMESTAMPTZ,
    version               BIGINT       NOT NULL,
    CHECK (ends_on >= starts_on),
    CHECK (0 <= underperforming_below AND underperforming_below <= excellent_from AND excellent_from <= 100)
);
CREATE INDEX monitoring_round_status_idx ON monitoring_round (status, starts_on DESC, id);

CREATE TABLE round_dong (
    round_id  UUID        NOT NULL REFERENCES monitoring_round (id) ON DELETE CASCADE,
    dong_code VARCHAR(10) NOT NULL,
    PRIMARY KEY (round_id, dong_code)
);
