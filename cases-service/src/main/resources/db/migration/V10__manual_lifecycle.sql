-- 매뉴얼 life cycle (plan §6: 수정·보완 → 매뉴얼 담당자 검수 → 운영위원회 최종 승인 → 보급). A volume has a kind and
-- an audience; editors create volumes. Its versions are numbered 1, 2, … per volume and move
-- DRAFTING → IN_REVIEW → APPROVED (by a council decision cases saw on decision.recorded) → DISTRIBUTED
-- (copies, channels). Solution-desk questions are adopted into a version while it is DRAFTING or IN_REVIEW.

ALTER TABLE manual_volume ADD COLUMN kind VARCHAR(16);
ALTER TABLE manual_volume ADD COLUMN audience VARCHAR(32);
-- The four 2015 volumes (업무매뉴얼 for the district and dong officials).
UPDATE manual_volume SET kind = 'MANUAL', audience = 'SERVING_CIVIL_SERVANT';
ALTER TABLE manual_volume ALTER COLUMN kind SET NOT NULL;
ALTER TABLE manual_volume ALTER COLUMN audience SET NOT NULL;
-- New volumes are listed after the seeded ones.
CREATE SEQUENCE manual_volume_position_seq START WITH 8;

-- Versions recorded before the life cycle were published in one step: they become DISTRIBUTED, keep their
-- label (e.g. '2016'), copies and day, and are numbered by that day; their channels were not recorded.
ALTER TABLE manual_version RENAME COLUMN version TO label;
ALTER TABLE manual_version ALTER COLUMN label DROP NOT NULL;
ALTER TABLE manual_version RENAME COLUMN published_on TO distributed_on;
ALTER TABLE manual_version ALTER COLUMN distributed_on DROP NOT NULL;
ALTER TABLE manual_version ALTER COLUMN copies DROP NOT NULL;
ALTER TABLE manual_version ADD COLUMN number INTEGER;
UPDATE manual_version v SET number = n.rn
FROM (SELECT id, row_number() OVER (PARTITION BY volume_id ORDER BY distributed_on, created_at, id) AS rn
      FROM manual_version) n
WHERE n.id = v.id;
ALTER TABLE manual_version ALTER COLUMN number SET NOT NULL;
ALTER TABLE manual_version ADD CONSTRAINT manual_version_number_key UNIQUE (volume_id, number);
ALTER TABLE manual_version ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'DISTRIBUTED';
ALTER TABLE manual_version ALTER COLUMN status DROP DEFAULT;
ALTER TABLE manual_version ADD COLUMN channels VARCHAR(40) NOT NULL DEFAULT '';
ALTER TABLE manual_version ALTER COLUMN channels DROP DEFAULT;
ALTER TABLE manual_version ADD COLUMN submitted_at TIMESTAMPTZ;
ALTER TABLE manual_version ADD COLUMN approved_meeting_id UUID;
ALTER TABLE manual_version ADD COLUMN approved_decision_id UUID;
ALTER TABLE manual_version ADD COLUMN approved_at TIMESTAMPTZ;
ALTER TABLE manual_version ADD COLUMN created_by VARCHAR(200);
ALTER TABLE manual_version ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE manual_version ALTER COLUMN row_version DROP DEFAULT;
-- Lists go by number now (manual_version_number_key, read backwards).
DROP INDEX manual_version_list_idx;

-- 의결: the decisions governance recorded (decision.recorded), of any council; approve names one of them.
CREATE TABLE council_decision (
    decision_id     UUID          PRIMARY KEY,
    meeting_id      UUID          NOT NULL,
    council_id      UUID          NOT NULL,
    council_kind    VARCHAR(40)   NOT NULL,
    decided_on      DATE          NOT NULL,
    summary         VARCHAR(4000) NOT NULL,
    source_event_id VARCHAR(200)  NOT NULL,
    received_at     TIMESTAMPTZ   NOT NULL
);
ALTER TABLE manual_version
    ADD CONSTRAINT manual_version_approved_by_fk FOREIGN KEY (approved_decision_id) REFERENCES council_decision (decision_id);

CREATE TABLE manual_version_question (
    id          UUID PRIMARY KEY,
    version_id  UUID         NOT NULL REFERENCES manual_version (id),
    question_id UUID         NOT NULL REFERENCES question (id),
    adopted_by  VARCHAR(200) NOT NULL,
    adopted_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (version_id, question_id)
);
CREATE INDEX manual_version_question_list_idx ON manual_version_question (version_id, adopted_at, id);
CREATE INDEX manual_version_question_question_idx ON manual_version_question (question_id);

-- The three volumes of 2016, each with version 1 in DRAFTING: the districts' support-team operations manual
-- (§2: 자치구 추진지원단 운영 매뉴얼, made '15.12, 보완 발간 ~4월), the 복지플래너 handbook (2015 results, 업무매뉴얼
-- 개발·보급) and the field-contact guideline (현장소통 가이드라인, for the support teams' field work).
INSERT INTO manual_volume (id, title, kind, audience, position, created_at) VALUES
    ('support-team-operations', '자치구 추진지원단 운영 매뉴얼', 'MANUAL', 'SUPPORT_TEAM', 5, now()),
    ('welfare-planner-handbook', '복지플래너 핸드북', 'HANDBOOK', 'SERVING_CIVIL_SERVANT', 6, now()),
    ('field-contact-guideline', '현장소통 가이드라인', 'GUIDELINE', 'SUPPORT_TEAM', 7, now());
INSERT INTO manual_version (id, volume_id, number, status, channels, created_by, created_at, row_version) VALUES
    ('0a6c0f4e-5b1d-4c39-9e0a-6d1f2b3c4d01', 'support-team-operations', 1, 'DRAFTING', '', 'seed', now(), 0),
    ('0a6c0f4e-5b1d-4c39-9e0a-6d1f2b3c4d02', 'welfare-planner-handbook', 1, 'DRAFTING', '', 'seed', now(), 0),
    ('0a6c0f4e-5b1d-4c39-9e0a-6d1f2b3c4d03', 'field-contact-guideline', 1, 'DRAFTING', '', 'seed', now(), 0);
