-- 자치구 담당제 (2016 plan §1): one Foundation staff member is responsible for each district and
-- keeps in field contact with it; each contact may leave follow-ups that someone must do by a day.

-- One row per period a person is a district's liaison; the current one has no valid_to.
CREATE TABLE district_liaison (
    id            UUID         PRIMARY KEY,
    district_code VARCHAR(5)   NOT NULL,
    name          VARCHAR(100) NOT NULL,
    organisation  VARCHAR(200) NOT NULL,
    -- the person's sign-in account name (preferred_username): a token of it writes as the liaison
    account       VARCHAR(200) NOT NULL,
    phone         VARCHAR(40),
    email         VARCHAR(200),
    valid_from    DATE         NOT NULL,
    valid_to      DATE,
    created_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX district_liaison_current_idx ON district_liaison (district_code) WHERE valid_to IS NULL;
CREATE INDEX district_liaison_history_idx ON district_liaison (district_code, valid_from DESC);

CREATE TABLE field_contact (
    id            UUID          PRIMARY KEY,
    district_code VARCHAR(5)    NOT NULL,
    dong_code     VARCHAR(10),
    kind          VARCHAR(8)    NOT NULL CHECK (kind IN ('VISIT', 'CALL', 'MEETING', 'WORKSHOP', 'OTHER')),
    contact_on    DATE          NOT NULL,
    topic         VARCHAR(200)  NOT NULL,
    notes         VARCHAR(20000) NOT NULL,
    -- the notes as sanitised HTML (commons Markdown), what a browser may show
    notes_html    TEXT          NOT NULL,
    recorded_by   VARCHAR(200)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL
);
-- GET /field-contacts in the list order (newest contact first), with and without the district filter.
CREATE INDEX field_contact_list_idx ON field_contact (contact_on DESC, created_at DESC, id);
CREATE INDEX field_contact_district_idx ON field_contact (district_code, contact_on DESC, created_at DESC, id);

CREATE TABLE follow_up (
    id            UUID          PRIMARY KEY,
    contact_id    UUID          NOT NULL REFERENCES field_contact (id),
    district_code VARCHAR(5)    NOT NULL,
    position      INTEGER       NOT NULL,
    action        VARCHAR(1000) NOT NULL,
    due_on        DATE          NOT NULL,
    status        VARCHAR(4)    NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    done_on       DATE,
    done_note     VARCHAR(4000),
    done_by       VARCHAR(200),
    done_at       TIMESTAMPTZ,
    version       BIGINT        NOT NULL,
    UNIQUE (contact_id, position)
);
-- a district's open follow-ups by due day (what is due, and the monthly summary)
CREATE INDEX follow_up_due_idx ON follow_up (district_code, status, due_on, id);
