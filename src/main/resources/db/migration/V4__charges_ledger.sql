-- Money: charges (with their card attempts), refunds, the claim hand-off, and the double-entry ledger.

CREATE TABLE charges (
    id                             UUID PRIMARY KEY,
    practice_id                    UUID NOT NULL REFERENCES practices (id),
    client_id                      UUID NOT NULL REFERENCES clients (id),
    clinician_id                   UUID NOT NULL REFERENCES team_members (id),
    created_by                     UUID,
    payment_method_id              UUID NOT NULL REFERENCES payment_methods (id),
    payment_type                   VARCHAR(12) NOT NULL CHECK (payment_type IN ('SELF_PAY', 'OON_PAY', 'THRIZER_PAY')),
    kind                           VARCHAR(21) NOT NULL CHECK (kind IN ('SESSION', 'NO_SHOW_FEE', 'LATE_CANCELLATION_FEE')),
    status                         VARCHAR(9) NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    failure_code                   VARCHAR(32),
    currency                       VARCHAR(3) NOT NULL,
    session_fee_cents              BIGINT NOT NULL CHECK (session_fee_cents > 0),
    card_amount_cents              BIGINT NOT NULL CHECK (card_amount_cents > 0),
    client_fee_cents               BIGINT NOT NULL CHECK (client_fee_cents >= 0),
    advance_cents                  BIGINT NOT NULL CHECK (advance_cents >= 0),
    processing_fee_cents           BIGINT NOT NULL CHECK (processing_fee_cents >= 0),
    net_cents                      BIGINT NOT NULL,
    waiver_applied_cents           BIGINT NOT NULL CHECK (waiver_applied_cents >= 0),
    estimated_allowed_cents        BIGINT,
    estimated_reimbursement_cents  BIGINT NOT NULL,
    estimated_client_cost_cents    BIGINT NOT NULL,
    refunded_cents                 BIGINT NOT NULL DEFAULT 0,
    appointment_date               DATE NOT NULL,
    cpt_code                       VARCHAR(5) NOT NULL,
    service_id                     UUID REFERENCES services (id),
    duration_minutes               INTEGER,
    place_of_service               VARCHAR(2) NOT NULL CHECK (place_of_service IN ('02', '10', '11')),
    modifiers                      VARCHAR(20) NOT NULL DEFAULT '',
    diagnoses                      VARCHAR(120) NOT NULL DEFAULT '',
    add_on_units                   INTEGER,
    benefit_check_id               UUID REFERENCES benefit_checks (id),
    attempts                       INTEGER NOT NULL DEFAULT 1,
    processor_charge_id            VARCHAR(100),
    idempotency_scope              VARCHAR(80) NOT NULL,
    idempotency_key                VARCHAR(255) NOT NULL,
    created_at                     TIMESTAMPTZ NOT NULL,
    updated_at                     TIMESTAMPTZ NOT NULL,
    version                        BIGINT NOT NULL DEFAULT 0,
    CHECK (refunded_cents >= 0 AND refunded_cents <= card_amount_cents),
    CHECK (kind = 'SESSION' OR payment_type = 'SELF_PAY')
);
-- one charge per Idempotency-Key: a retried request finds its charge, whatever happened to the first
CREATE UNIQUE INDEX charges_request_uq ON charges (idempotency_scope, idempotency_key);
CREATE INDEX charges_practice_page_idx ON charges (practice_id, created_at DESC, id DESC);
CREATE INDEX charges_client_page_idx ON charges (client_id, created_at DESC, id DESC);
CREATE INDEX charges_pending_idx ON charges (updated_at) WHERE status = 'PENDING';

CREATE TABLE charge_attempts (
    charge_id           UUID NOT NULL REFERENCES charges (id),
    attempt             INTEGER NOT NULL,
    payment_method_id   UUID NOT NULL REFERENCES payment_methods (id),
    status              VARCHAR(9) NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    failure_code        VARCHAR(32),
    processor_key       VARCHAR(120) NOT NULL,
    processor_charge_id VARCHAR(100),
    created_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (charge_id, attempt)
);

CREATE TABLE refunds (
    id                  UUID PRIMARY KEY,
    practice_id         UUID NOT NULL REFERENCES practices (id),
    charge_id           UUID NOT NULL REFERENCES charges (id),
    amount_cents        BIGINT NOT NULL CHECK (amount_cents > 0),
    currency            VARCHAR(3) NOT NULL,
    reason              VARCHAR(21) NOT NULL,
    status              VARCHAR(9) NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED')),
    processor_key       VARCHAR(120) NOT NULL,
    processor_refund_id VARCHAR(100),
    created_by          UUID,
    idempotency_scope   VARCHAR(80) NOT NULL,
    idempotency_key     VARCHAR(255) NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX refunds_request_uq ON refunds (idempotency_scope, idempotency_key);
CREATE INDEX refunds_charge_idx ON refunds (charge_id, created_at DESC, id DESC);
CREATE INDEX refunds_pending_idx ON refunds (updated_at) WHERE status = 'PENDING';

-- The claim hand-off: one claim per OON Pay / Thrizer Pay session charge (its lifecycle comes with the claims work).
CREATE TABLE claims (
    id                            UUID PRIMARY KEY,
    practice_id                   UUID NOT NULL REFERENCES practices (id),
    client_id                     UUID NOT NULL REFERENCES clients (id),
    charge_id                     UUID REFERENCES charges (id),
    source                        VARCHAR(16) NOT NULL CHECK (source IN ('CHARGE', 'SUPERBILL_UPLOAD', 'MANUAL_ENTRY')),
    status                        VARCHAR(13) NOT NULL CHECK (status IN ('PROCESSING', 'INVESTIGATING', 'APPROVED', 'DENIED', 'VOIDED')),
    payment_type                  VARCHAR(12),
    provider_id                   UUID REFERENCES team_members (id),
    service_date                  DATE NOT NULL,
    cpt_code                      VARCHAR(5) NOT NULL,
    diagnoses                     VARCHAR(120) NOT NULL,
    billed_cents                  BIGINT NOT NULL CHECK (billed_cents > 0),
    currency                      VARCHAR(3) NOT NULL,
    estimated_allowed_cents       BIGINT,
    estimated_reimbursement_cents BIGINT,
    created_at                    TIMESTAMPTZ NOT NULL,
    updated_at                    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX claims_charge_uq ON claims (charge_id);

-- ---------- the double-entry ledger (append-only)
-- Accounts: platform accounts have no practice. Amounts are signed: debit > 0, credit < 0.
CREATE TABLE ledger_accounts (
    id            UUID PRIMARY KEY,
    practice_id   UUID REFERENCES practices (id),
    code          VARCHAR(32) NOT NULL CHECK (code IN ('PROCESSOR_CLEARING', 'PLATFORM_FEE_REVENUE',
                      'ADVANCES_RECEIVABLE', 'PRACTICE_BALANCE', 'PAYOUTS_IN_TRANSIT', 'CLIENT_REIMBURSEMENTS_PAYABLE',
                      'WRITE_OFFS', 'INSURER_RECEIVABLE')),
    currency      VARCHAR(3) NOT NULL,
    balance_cents BIGINT NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX ledger_accounts_uq
    ON ledger_accounts (COALESCE(practice_id, '00000000-0000-0000-0000-000000000000'::uuid), code, currency);

CREATE TABLE ledger_postings (
    id          UUID PRIMARY KEY,
    practice_id UUID REFERENCES practices (id),
    kind        VARCHAR(24) NOT NULL,
    charge_id   UUID REFERENCES charges (id),
    refund_id   UUID REFERENCES refunds (id),
    description VARCHAR(200),
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX ledger_postings_charge_idx ON ledger_postings (charge_id);

CREATE TABLE ledger_entries (
    id           UUID PRIMARY KEY,
    posting_id   UUID NOT NULL REFERENCES ledger_postings (id),
    account_id   UUID NOT NULL REFERENCES ledger_accounts (id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents <> 0),
    available_on DATE NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX ledger_entries_account_page_idx ON ledger_entries (account_id, created_at DESC, id DESC);
CREATE INDEX ledger_entries_posting_idx ON ledger_entries (posting_id);

-- every posting sums to zero, checked when the transaction commits
CREATE FUNCTION ledger_posting_balanced() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    total BIGINT;
BEGIN
    SELECT COALESCE(SUM(amount_cents), 0) INTO total FROM ledger_entries WHERE posting_id = NEW.posting_id;
    IF total <> 0 THEN
        RAISE EXCEPTION 'ledger posting % does not balance (%)', NEW.posting_id, total USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER ledger_entries_balanced
    AFTER INSERT ON ledger_entries DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_posting_balanced();

-- each entry moves its practice account's stored balance (the account row lock serializes one practice's postings).
-- Platform accounts, shared by every charge of every practice, keep no stored balance: locking one row per charge
-- would serialize the whole platform. Their balance is the sum of their entries.
CREATE FUNCTION ledger_entry_apply() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE ledger_accounts SET balance_cents = balance_cents + NEW.amount_cents
     WHERE id = NEW.account_id AND practice_id IS NOT NULL;
    RETURN NEW;
END;
$$;
CREATE TRIGGER ledger_entries_apply AFTER INSERT ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_entry_apply();

CREATE FUNCTION ledger_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER ledger_postings_append_only BEFORE UPDATE OR DELETE ON ledger_postings
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_postings_no_truncate BEFORE TRUNCATE ON ledger_postings
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
