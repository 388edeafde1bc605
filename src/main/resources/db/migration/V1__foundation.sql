-- Foundation: practices (tenants), users and their links to team memberships and client records,
-- API keys, the append-only audit trail and the idempotency store.

CREATE TABLE practices (
    id                  UUID PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    address_line1       VARCHAR(200),
    address_line2       VARCHAR(200),
    address_city        VARCHAR(100),
    address_state       VARCHAR(2),
    address_postal_code VARCHAR(10),
    tin                 VARCHAR(9) CHECK (tin ~ '^[0-9]{9}$'),
    group_npi           VARCHAR(10) CHECK (group_npi ~ '^[0-9]{10}$'),
    phone               VARCHAR(16),
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0
);

-- A person who signed in through OIDC. Linked by subject; first sign-in links by verified email.
CREATE TABLE users (
    id            UUID PRIMARY KEY,
    oidc_subject  VARCHAR(255),
    email         VARCHAR(254),
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX users_oidc_subject_uq ON users (oidc_subject);
CREATE UNIQUE INDEX users_email_uq ON users (lower(email));

-- Practice staff. A user belongs to at most one practice.
CREATE TABLE team_members (
    id          UUID PRIMARY KEY,
    practice_id UUID NOT NULL REFERENCES practices (id),
    user_id     UUID REFERENCES users (id),
    email       VARCHAR(254) NOT NULL,
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(100) NOT NULL,
    role        VARCHAR(20) NOT NULL CHECK (role IN ('PRACTICE_ADMIN', 'CLINICIAN', 'STAFF_MEMBER')),
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX team_members_practice_email_uq ON team_members (practice_id, lower(email));
CREATE UNIQUE INDEX team_members_user_uq ON team_members (user_id);
CREATE INDEX team_members_email_idx ON team_members (lower(email));

-- Clients (patients) of a practice. A user is linked to at most one client record.
CREATE TABLE clients (
    id          UUID PRIMARY KEY,
    practice_id UUID NOT NULL REFERENCES practices (id),
    user_id     UUID REFERENCES users (id),
    email       VARCHAR(254) NOT NULL,
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(100) NOT NULL,
    status      VARCHAR(16) NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'ARCHIVED', 'REMOVED')),
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX clients_practice_email_uq ON clients (practice_id, lower(email));
CREATE UNIQUE INDEX clients_user_uq ON clients (user_id);
CREATE INDEX clients_email_idx ON clients (lower(email));

-- Practice API keys: only the SHA-256 of the secret is stored.
CREATE TABLE api_keys (
    id           UUID PRIMARY KEY,
    practice_id  UUID NOT NULL REFERENCES practices (id),
    name         VARCHAR(100) NOT NULL,
    mode         VARCHAR(4) NOT NULL CHECK (mode IN ('TEST', 'LIVE')),
    key_hash     VARCHAR(64) NOT NULL,
    key_prefix   VARCHAR(16) NOT NULL,
    key_last4    VARCHAR(4) NOT NULL,
    scopes       VARCHAR(1000) NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    created_by   UUID REFERENCES users (id),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    revoked_by   UUID REFERENCES users (id)
);
CREATE UNIQUE INDEX api_keys_hash_uq ON api_keys (key_hash);
CREATE INDEX api_keys_practice_page_idx ON api_keys (practice_id, created_at DESC, id DESC);

-- Append-only audit trail of every read or change of protected data.
CREATE TABLE audit_events (
    id            UUID PRIMARY KEY,
    practice_id   UUID NOT NULL REFERENCES practices (id),
    created_at    TIMESTAMPTZ NOT NULL,
    actor_type    VARCHAR(8) NOT NULL CHECK (actor_type IN ('USER', 'API_KEY', 'SYSTEM')),
    actor_id      UUID,
    actor_roles   VARCHAR(200) NOT NULL,
    action        VARCHAR(8) NOT NULL CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DELETE')),
    resource_type VARCHAR(40) NOT NULL,
    resource_id   VARCHAR(64) NOT NULL,
    request_id    VARCHAR(64),
    source_ip     VARCHAR(45)
);
CREATE INDEX audit_events_practice_page_idx ON audit_events (practice_id, created_at DESC, id DESC);
CREATE INDEX audit_events_resource_idx ON audit_events (practice_id, resource_type, resource_id);

CREATE FUNCTION audit_events_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_events_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate
    BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

-- Idempotency-Key store: the first answer to a key, replayed for 24 hours. The response body is encrypted.
CREATE TABLE idempotency_keys (
    id                UUID PRIMARY KEY,
    scope             VARCHAR(80) NOT NULL,
    idempotency_key   VARCHAR(255) NOT NULL,
    fingerprint       VARCHAR(64) NOT NULL,
    state             VARCHAR(12) NOT NULL CHECK (state IN ('IN_FLIGHT', 'COMPLETED')),
    locked_until      TIMESTAMPTZ,
    response_status   INTEGER,
    response_body     TEXT,
    response_location VARCHAR(500),
    created_at        TIMESTAMPTZ NOT NULL,
    expires_at        TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX idempotency_keys_scope_key_uq ON idempotency_keys (scope, idempotency_key);
CREATE INDEX idempotency_keys_expires_idx ON idempotency_keys (expires_at);
