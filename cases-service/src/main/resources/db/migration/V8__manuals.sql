-- 업무매뉴얼: the plan's four volumes (§6: 복지·건강, 마을, 행정, 부록-방문간호사 업무 길라잡이; 4 volumes,
-- 2,800 copies in 2015), their versions, and the field's feedback on a volume's section, which a new
-- version takes in (ADOPTED) or which is DECLINED.
CREATE TABLE manual_volume (
    id         VARCHAR(40)  PRIMARY KEY,
    title      VARCHAR(200) NOT NULL,
    position   INTEGER      NOT NULL UNIQUE,
    created_at TIMESTAMPTZ  NOT NULL
);
INSERT INTO manual_volume (id, title, position, created_at) VALUES
    ('welfare-health', '복지·건강', 1, now()),
    ('village', '마을', 2, now()),
    ('administration', '행정', 3, now()),
    ('appendix-visiting-nurse', '부록-방문간호사 업무 길라잡이', 4, now());

CREATE TABLE manual_version (
    id           UUID PRIMARY KEY,
    volume_id    VARCHAR(40) NOT NULL REFERENCES manual_volume (id),
    version      VARCHAR(40) NOT NULL,
    published_on DATE        NOT NULL,
    copies       INTEGER     NOT NULL CHECK (copies >= 0),
    created_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (volume_id, version)
);
CREATE INDEX manual_version_list_idx ON manual_version (volume_id, published_on DESC, id);

CREATE TABLE manual_feedback (
    id              UUID PRIMARY KEY,
    volume_id       VARCHAR(40)   NOT NULL REFERENCES manual_volume (id),
    section         VARCHAR(200)  NOT NULL,
    text            VARCHAR(4000) NOT NULL,
    district_code   VARCHAR(5)    NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    adopted_in      UUID REFERENCES manual_version (id),
    declined_reason VARCHAR(1200),
    created_by      VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX manual_feedback_list_idx ON manual_feedback (volume_id, created_at, id);
CREATE INDEX manual_feedback_status_idx ON manual_feedback (volume_id, status, created_at, id);
CREATE INDEX manual_feedback_version_idx ON manual_feedback (adopted_in, created_at, id);
