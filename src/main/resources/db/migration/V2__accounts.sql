-- Accounts: onboarding (referral codes), team details and services, catalogues, clients (profile, diagnoses,
-- invitations, connections), insurance, cards, bank accounts, support requests.

-- ---------- catalogues (reference data, same in every environment)
CREATE TABLE insurers (
    id                  VARCHAR(40) PRIMARY KEY,
    name                VARCHAR(100) NOT NULL,
    aliases             VARCHAR(500) NOT NULL,
    thrizer_pay_capable BOOLEAN NOT NULL,
    needs_review        BOOLEAN NOT NULL,
    position            INTEGER NOT NULL
);
INSERT INTO insurers (id, name, aliases, thrizer_pay_capable, needs_review, position) VALUES
    ('aetna', 'Aetna', '', TRUE, FALSE, 1),
    ('anthem-bcbs', 'Anthem Blue Cross Blue Shield', 'Anthem|Anthem BCBS', TRUE, FALSE, 2),
    ('bcbs', 'Blue Cross Blue Shield', 'BCBS', TRUE, FALSE, 3),
    ('cigna', 'Cigna', '', TRUE, FALSE, 4),
    ('emblem-health', 'Emblem Health', 'EmblemHealth|GHI', FALSE, FALSE, 5),
    ('harvard-pilgrim', 'Harvard Pilgrim Health Care', 'Harvard Pilgrim', FALSE, FALSE, 6),
    ('kaiser-permanente', 'Kaiser Permanente', 'Kaiser', FALSE, TRUE, 7),
    ('optum', 'Optum Behavioral Health', 'Optum', TRUE, FALSE, 8),
    ('oscar', 'Oscar Health', 'Oscar', FALSE, FALSE, 9),
    ('oxford', 'Oxford Health', 'Oxford|Oxford Health Plans', TRUE, FALSE, 10),
    ('united-healthcare', 'United Healthcare', 'UnitedHealthcare|United Health Care|UHC', TRUE, FALSE, 11),
    ('umr', 'UMR', 'UnitedHealthcare UMR', TRUE, FALSE, 12);

CREATE TABLE cpt_codes (
    code                     VARCHAR(5) PRIMARY KEY,
    description              VARCHAR(200) NOT NULL,
    add_on                   BOOLEAN NOT NULL,
    support_level            VARCHAR(12) NOT NULL CHECK (support_level IN ('SUPPORTED', 'NEEDS_REVIEW')),
    typical_duration_minutes INTEGER
);
INSERT INTO cpt_codes (code, description, add_on, support_level, typical_duration_minutes) VALUES
    ('90791', 'Psychiatric diagnostic evaluation', FALSE, 'SUPPORTED', 60),
    ('90792', 'Psychiatric diagnostic evaluation with medical services', FALSE, 'SUPPORTED', 60),
    ('90832', 'Psychotherapy, 30 minutes with patient', FALSE, 'SUPPORTED', 30),
    ('90834', 'Psychotherapy, 45 minutes with patient', FALSE, 'SUPPORTED', 45),
    ('90837', 'Psychotherapy, 60 minutes with patient', FALSE, 'SUPPORTED', 60),
    ('90839', 'Psychotherapy for crisis, first 60 minutes', FALSE, 'SUPPORTED', 60),
    ('90840', 'Psychotherapy for crisis, each additional 30 minutes (add-on to 90839)', TRUE, 'SUPPORTED', 30),
    ('90845', 'Psychoanalysis', FALSE, 'SUPPORTED', 45),
    ('90846', 'Family psychotherapy without the patient present, 50 minutes', FALSE, 'SUPPORTED', 50),
    ('90847', 'Family psychotherapy with the patient present, 50 minutes', FALSE, 'SUPPORTED', 50),
    ('90853', 'Group psychotherapy (other than of a multiple-family group)', FALSE, 'NEEDS_REVIEW', 60),
    ('90785', 'Interactive complexity (add-on to psychiatric services)', TRUE, 'NEEDS_REVIEW', NULL),
    ('90833', 'Psychotherapy, 30 minutes, with an evaluation and management service (add-on)', TRUE, 'NEEDS_REVIEW', 30),
    ('90836', 'Psychotherapy, 45 minutes, with an evaluation and management service (add-on)', TRUE, 'NEEDS_REVIEW', 45),
    ('90838', 'Psychotherapy, 60 minutes, with an evaluation and management service (add-on)', TRUE, 'NEEDS_REVIEW', 60);

-- ---------- onboarding
CREATE TABLE referral_codes (
    id           UUID PRIMARY KEY,
    code         VARCHAR(40) NOT NULL,
    active       BOOLEAN NOT NULL DEFAULT TRUE,
    expires_at   TIMESTAMPTZ,
    max_uses     INTEGER,
    uses         INTEGER NOT NULL DEFAULT 0 CHECK (uses >= 0 AND (max_uses IS NULL OR uses <= max_uses)),
    waiver_cents BIGINT NOT NULL DEFAULT 250000 CHECK (waiver_cents >= 0),
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX referral_codes_code_uq ON referral_codes (lower(code));

ALTER TABLE practices
    ADD COLUMN referral_code_id UUID REFERENCES referral_codes (id),
    ADD COLUMN fee_waiver_remaining_cents BIGINT NOT NULL DEFAULT 0 CHECK (fee_waiver_remaining_cents >= 0),
    ADD COLUMN currency VARCHAR(3) NOT NULL DEFAULT 'USD';

-- ---------- team
ALTER TABLE team_members
    ADD COLUMN npi VARCHAR(10) CHECK (npi ~ '^[0-9]{10}$'),
    ADD COLUMN credentials VARCHAR(100);
CREATE INDEX team_members_practice_page_idx ON team_members (practice_id, created_at DESC, id DESC);

CREATE TABLE services (
    id               UUID PRIMARY KEY,
    practice_id      UUID NOT NULL REFERENCES practices (id),
    team_member_id   UUID NOT NULL REFERENCES team_members (id),
    name             VARCHAR(100) NOT NULL,
    cpt_code         VARCHAR(5) NOT NULL REFERENCES cpt_codes (code),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
    rate_cents       BIGINT NOT NULL CHECK (rate_cents > 0),
    currency         VARCHAR(3) NOT NULL DEFAULT 'USD',
    active           BOOLEAN NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX services_member_page_idx ON services (team_member_id, created_at DESC, id DESC);

-- ---------- clients
ALTER TABLE clients
    ADD COLUMN phone VARCHAR(16),
    ADD COLUMN date_of_birth DATE,
    ADD COLUMN address_line1 VARCHAR(200),
    ADD COLUMN address_line2 VARCHAR(200),
    ADD COLUMN address_city VARCHAR(100),
    ADD COLUMN address_state VARCHAR(2),
    ADD COLUMN address_postal_code VARCHAR(10),
    ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN diagnoses VARCHAR(120) NOT NULL DEFAULT '',
    ADD COLUMN removed_at TIMESTAMPTZ,
    ADD COLUMN created_by UUID,
    ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
-- a removed client's email may be added again
DROP INDEX clients_practice_email_uq;
CREATE UNIQUE INDEX clients_practice_email_uq ON clients (practice_id, lower(email)) WHERE status <> 'REMOVED';
CREATE INDEX clients_practice_page_idx ON clients (practice_id, pinned DESC, created_at DESC, id DESC);

-- single-use invitation links: only the SHA-256 of the token is stored
CREATE TABLE client_invitations (
    id          UUID PRIMARY KEY,
    practice_id UUID NOT NULL REFERENCES practices (id),
    client_id   UUID NOT NULL REFERENCES clients (id),
    token_hash  VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    used_by     UUID REFERENCES users (id),
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX client_invitations_token_uq ON client_invitations (token_hash);

CREATE TABLE connections (
    id             UUID PRIMARY KEY,
    practice_id    UUID NOT NULL REFERENCES practices (id),
    client_id      UUID NOT NULL REFERENCES clients (id),
    clinician_id   UUID NOT NULL REFERENCES team_members (id),
    payment_type   VARCHAR(12) NOT NULL CHECK (payment_type IN ('SELF_PAY', 'OON_PAY', 'THRIZER_PAY')),
    status         VARCHAR(12) NOT NULL CHECK (status IN ('PENDING', 'CONNECTED', 'DECLINED', 'DISCONNECTED')),
    responded_at   TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX connections_client_clinician_uq ON connections (client_id, clinician_id);
CREATE INDEX connections_clinician_idx ON connections (clinician_id, status);

CREATE TABLE clinician_invitations (
    id          UUID PRIMARY KEY,
    practice_id UUID NOT NULL REFERENCES practices (id),
    client_id   UUID NOT NULL REFERENCES clients (id),
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(100) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX clinician_invitations_client_idx ON clinician_invitations (client_id, created_at);

-- ---------- insurance (primary policy only); the member id is encrypted (AES-256-GCM)
CREATE TABLE insurance_policies (
    id                      UUID PRIMARY KEY,
    practice_id             UUID NOT NULL REFERENCES practices (id),
    client_id               UUID NOT NULL REFERENCES clients (id),
    insurer_id              VARCHAR(40) REFERENCES insurers (id),
    insurer_name            VARCHAR(100) NOT NULL,
    insurer_match_status    VARCHAR(10) NOT NULL CHECK (insurer_match_status IN ('MATCHED', 'NO_MATCH')),
    needs_review            BOOLEAN NOT NULL,
    member_id_encrypted     VARCHAR(200) NOT NULL,
    member_id_last4         VARCHAR(4) NOT NULL,
    group_number            VARCHAR(40),
    plan_type               VARCHAR(12) NOT NULL CHECK (plan_type = 'COMMERCIAL'),
    subscriber_relationship VARCHAR(6) NOT NULL CHECK (subscriber_relationship IN ('SELF', 'SPOUSE', 'CHILD', 'OTHER')),
    subscriber_first_name   VARCHAR(100),
    subscriber_last_name    VARCHAR(100),
    subscriber_dob          DATE,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    CHECK (subscriber_relationship = 'SELF' OR (subscriber_first_name IS NOT NULL AND subscriber_dob IS NOT NULL))
);
CREATE UNIQUE INDEX insurance_policies_client_uq ON insurance_policies (client_id);

CREATE TABLE insurance_card_images (
    policy_id    UUID NOT NULL REFERENCES insurance_policies (id),
    side         VARCHAR(5) NOT NULL CHECK (side IN ('FRONT', 'BACK')),
    content_type VARCHAR(40) NOT NULL,
    size_bytes   INTEGER NOT NULL CHECK (size_bytes > 0),
    content      BYTEA NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (policy_id, side)
);

-- ---------- cards (processor references only; raw card numbers never reach us)
CREATE TABLE payment_methods (
    id            UUID PRIMARY KEY,
    practice_id   UUID NOT NULL REFERENCES practices (id),
    client_id     UUID NOT NULL REFERENCES clients (id),
    processor_ref VARCHAR(100) NOT NULL,
    brand         VARCHAR(12) NOT NULL,
    last4         VARCHAR(4) NOT NULL,
    exp_month     INTEGER NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
    exp_year      INTEGER NOT NULL,
    funding       VARCHAR(8) NOT NULL,
    hsa_fsa       BOOLEAN NOT NULL,
    is_default    BOOLEAN NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    deleted_at    TIMESTAMPTZ
);
CREATE UNIQUE INDEX payment_methods_one_default_uq ON payment_methods (client_id) WHERE is_default AND deleted_at IS NULL;
CREATE INDEX payment_methods_client_page_idx ON payment_methods (client_id, created_at DESC, id DESC);

-- ---------- bank accounts: routing and account numbers encrypted (AES-256-GCM)
CREATE TABLE bank_accounts (
    id                       UUID PRIMARY KEY,
    practice_id              UUID NOT NULL REFERENCES practices (id),
    purpose                  VARCHAR(13) NOT NULL CHECK (purpose IN ('PAYOUT', 'REIMBURSEMENT')),
    client_id                UUID REFERENCES clients (id),
    holder_name              VARCHAR(100) NOT NULL,
    account_type             VARCHAR(8) NOT NULL CHECK (account_type IN ('CHECKING', 'SAVINGS')),
    routing_number_encrypted VARCHAR(200) NOT NULL,
    routing_number_last4     VARCHAR(4) NOT NULL,
    account_number_encrypted VARCHAR(200) NOT NULL,
    account_number_last4     VARCHAR(4) NOT NULL,
    created_at               TIMESTAMPTZ NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL,
    CHECK ((purpose = 'PAYOUT' AND client_id IS NULL AND account_type = 'CHECKING')
        OR (purpose = 'REIMBURSEMENT' AND client_id IS NOT NULL))
);
CREATE UNIQUE INDEX bank_accounts_payout_uq ON bank_accounts (practice_id) WHERE purpose = 'PAYOUT';
CREATE UNIQUE INDEX bank_accounts_reimbursement_uq ON bank_accounts (client_id) WHERE purpose = 'REIMBURSEMENT';

-- ---------- support
CREATE TABLE support_requests (
    id                UUID PRIMARY KEY,
    practice_id       UUID NOT NULL REFERENCES practices (id),
    client_id         UUID NOT NULL REFERENCES clients (id),
    topic             VARCHAR(20) NOT NULL,
    message           TEXT NOT NULL,
    related_claim_id  UUID,
    related_charge_id UUID,
    status            VARCHAR(6) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    created_at        TIMESTAMPTZ NOT NULL
);
