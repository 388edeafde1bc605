-- Events (an outbox written in the same transaction as the change that causes it) and their delivery to the
-- practice's webhook endpoints, with every attempt logged.

CREATE TABLE events (
    id          UUID PRIMARY KEY,
    practice_id UUID NOT NULL REFERENCES practices (id),
    type        VARCHAR(60) NOT NULL,
    object_id   UUID NOT NULL,
    payload     TEXT NOT NULL, -- the whole event document as listed and delivered
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX events_practice_page_idx ON events (practice_id, created_at DESC, id DESC);
CREATE INDEX events_practice_type_page_idx ON events (practice_id, type, created_at DESC, id DESC);

CREATE TABLE webhook_endpoints (
    id                         UUID PRIMARY KEY,
    practice_id                UUID NOT NULL REFERENCES practices (id),
    url                        VARCHAR(2048) NOT NULL,
    description                VARCHAR(200),
    enabled_events             VARCHAR(2000) NOT NULL, -- comma-separated types, or '*'
    allowed_scopes             VARCHAR(2000) NOT NULL, -- the read scopes of its creator: types beyond them are never sent
    status                     VARCHAR(20) NOT NULL CHECK (status IN ('ENABLED', 'DISABLED')),
    disabled_reason            VARCHAR(40),
    failing_since              TIMESTAMPTZ,
    secret_encrypted           VARCHAR(500) NOT NULL,
    previous_secret_encrypted  VARCHAR(500),
    previous_secret_expires_at TIMESTAMPTZ,
    created_by                 UUID,
    created_at                 TIMESTAMPTZ NOT NULL,
    updated_at                 TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_endpoints_practice_page_idx ON webhook_endpoints (practice_id, created_at DESC, id DESC);

CREATE TABLE webhook_deliveries (
    id              UUID PRIMARY KEY,
    practice_id     UUID NOT NULL REFERENCES practices (id),
    endpoint_id     UUID NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id        UUID NOT NULL, -- an event of the events table, or the id of a test event (not listed)
    event_type      VARCHAR(60) NOT NULL,
    test_payload    TEXT,          -- the document of a test event; null for listed events
    status          VARCHAR(20) NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempt_count   INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT webhook_deliveries_once UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_endpoint_page_idx ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);

CREATE TABLE webhook_attempts (
    delivery_id  UUID NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    number       INT NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    succeeded    BOOLEAN NOT NULL,
    status_code  INT,
    duration_ms  BIGINT NOT NULL,
    error        VARCHAR(40),
    PRIMARY KEY (delivery_id, number)
);
