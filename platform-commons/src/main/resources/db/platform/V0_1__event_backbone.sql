-- The event backbone every service shares (platform-commons). Versions 0.x are the platform's
-- own stream, applied out of order next to each service's V1, V2, ...; they never reference a
-- service's tables.

-- Transactional outbox: written in the same transaction as the state change it reports.
CREATE TABLE outbox_event (
    seq             BIGSERIAL PRIMARY KEY,
    id              UUID         NOT NULL UNIQUE,
    topic           VARCHAR(200) NOT NULL,
    record_key      VARCHAR(200) NOT NULL,
    type            VARCHAR(200) NOT NULL,
    source          VARCHAR(200) NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    payload         TEXT         NOT NULL,
    published_at    TIMESTAMPTZ,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_error      VARCHAR(1000)
);
-- The relay reads only what is pending, in write order.
CREATE INDEX outbox_event_pending_idx ON outbox_event (seq) WHERE published_at IS NULL;

-- Idempotent consumers: an event id is recorded in the same transaction as its effect.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     VARCHAR(200) NOT NULL,
    event_type   VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
