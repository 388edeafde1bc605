-- Claims: the filed claim (provider, patient and insurance blocks), submission to the clearinghouse, the payer's
-- decision, where its money went, the status history, and the reimbursements owed to clients.

ALTER TABLE claims
    ADD COLUMN charge_kind                VARCHAR(21),
    ADD COLUMN result                     VARCHAR(21)
        CHECK (result IN ('REIMBURSED', 'PARTIALLY_REIMBURSED', 'APPLIED_TO_DEDUCTIBLE', 'DENIED')),
    ADD COLUMN provider_name              VARCHAR(201),
    ADD COLUMN provider_npi               VARCHAR(10),
    ADD COLUMN provider_tin               VARCHAR(9),
    ADD COLUMN patient_first_name         VARCHAR(100),
    ADD COLUMN patient_last_name          VARCHAR(100),
    ADD COLUMN patient_date_of_birth      DATE,
    ADD COLUMN insurer_id                 VARCHAR(40),
    ADD COLUMN insurer_name               VARCHAR(200),
    ADD COLUMN member_id_encrypted        VARCHAR(300),
    ADD COLUMN member_id_last4            VARCHAR(4),
    -- what routing needs from the charge (claims do not read charges)
    ADD COLUMN advance_cents              BIGINT NOT NULL DEFAULT 0 CHECK (advance_cents >= 0),
    ADD COLUMN client_fee_cents           BIGINT NOT NULL DEFAULT 0 CHECK (client_fee_cents >= 0),
    ADD COLUMN processor_charge_id        VARCHAR(100),
    -- submission and polling
    ADD COLUMN submitted_at               TIMESTAMPTZ,
    ADD COLUMN next_attempt_at            TIMESTAMPTZ,
    ADD COLUMN expected_decision_by       DATE,
    -- the decision (EOB values)
    ADD COLUMN decision                   VARCHAR(8) CHECK (decision IN ('APPROVED', 'DENIED')),
    ADD COLUMN decision_source            VARCHAR(8) CHECK (decision_source IN ('PAYER', 'OPERATOR')),
    ADD COLUMN allowed_cents              BIGINT CHECK (allowed_cents >= 0),
    ADD COLUMN deductible_cents           BIGINT CHECK (deductible_cents >= 0),
    ADD COLUMN coinsurance_cents          BIGINT CHECK (coinsurance_cents >= 0),
    ADD COLUMN paid_cents                 BIGINT CHECK (paid_cents >= 0),
    ADD COLUMN payer_claim_number         VARCHAR(50),
    ADD COLUMN decision_date              DATE,
    ADD COLUMN denial_reason              VARCHAR(500),
    ADD COLUMN decided_at                 TIMESTAMPTZ,
    -- where the payer's money went
    ADD COLUMN routed_client_cents        BIGINT,
    ADD COLUMN routed_fee_cents           BIGINT,
    ADD COLUMN routed_advance_cents       BIGINT,
    ADD COLUMN routed_write_off_cents     BIGINT,
    ADD COLUMN routed_fee_refund_cents    BIGINT;

-- claims filed before this migration: provider and patient blocks from their charge, due for submission now
UPDATE claims c
   SET charge_kind = ch.kind,
       provider_name = t.first_name || ' ' || t.last_name,
       provider_npi = t.npi,
       provider_tin = p.tin,
       patient_first_name = cl.first_name,
       patient_last_name = cl.last_name,
       patient_date_of_birth = cl.date_of_birth,
       advance_cents = ch.advance_cents,
       client_fee_cents = ch.client_fee_cents,
       processor_charge_id = ch.processor_charge_id
  FROM charges ch, team_members t, practices p, clients cl
 WHERE ch.id = c.charge_id AND t.id = ch.clinician_id AND p.id = c.practice_id AND cl.id = c.client_id;
UPDATE claims SET next_attempt_at = created_at, expected_decision_by = (created_at AT TIME ZONE 'UTC')::date + 42;
UPDATE claims SET insurer_name = 'Unknown', member_id_last4 = '' WHERE insurer_name IS NULL;
UPDATE claims SET provider_name = 'Unknown', provider_npi = '' WHERE provider_name IS NULL;
UPDATE claims SET patient_first_name = '', patient_last_name = '' WHERE patient_first_name IS NULL;
ALTER TABLE claims
    ALTER COLUMN provider_name SET NOT NULL,
    ALTER COLUMN provider_npi SET NOT NULL,
    ALTER COLUMN patient_first_name SET NOT NULL,
    ALTER COLUMN patient_last_name SET NOT NULL,
    ALTER COLUMN insurer_name SET NOT NULL,
    ALTER COLUMN member_id_last4 SET NOT NULL,
    ALTER COLUMN expected_decision_by SET NOT NULL,
    ADD CONSTRAINT claims_decided_ck CHECK ((status IN ('APPROVED', 'DENIED')) = (decision IS NOT NULL)),
    ADD CONSTRAINT claims_result_ck CHECK ((result IS NULL) = (decision IS NULL));

CREATE INDEX claims_practice_page_idx ON claims (practice_id, created_at DESC, id DESC);
CREATE INDEX claims_client_page_idx ON claims (client_id, created_at DESC, id DESC);
CREATE INDEX claims_page_idx ON claims (created_at DESC, id DESC);
-- the claims job: undecided claims due for submission or a status poll
CREATE INDEX claims_due_idx ON claims (next_attempt_at) WHERE status IN ('PROCESSING', 'INVESTIGATING');
CREATE INDEX claims_overdue_idx ON claims (expected_decision_by) WHERE status = 'PROCESSING';

-- every status a claim had, with who changed it and why (append-only)
CREATE TABLE claim_status_history (
    id          UUID PRIMARY KEY,
    practice_id UUID NOT NULL REFERENCES practices (id),
    claim_id    UUID NOT NULL REFERENCES claims (id),
    status      VARCHAR(13) NOT NULL CHECK (status IN ('PROCESSING', 'INVESTIGATING', 'APPROVED', 'DENIED', 'VOIDED')),
    actor       VARCHAR(8) NOT NULL CHECK (actor IN ('SYSTEM', 'PAYER', 'OPERATOR', 'USER')),
    actor_id    UUID,
    reason      VARCHAR(500),
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX claim_status_history_claim_idx ON claim_status_history (claim_id, created_at, id);
INSERT INTO claim_status_history (id, practice_id, claim_id, status, actor, created_at)
SELECT gen_random_uuid(), practice_id, id, 'PROCESSING', 'SYSTEM', created_at FROM claims;
INSERT INTO claim_status_history (id, practice_id, claim_id, status, actor, created_at)
SELECT gen_random_uuid(), practice_id, id, status, 'SYSTEM', updated_at FROM claims WHERE status <> 'PROCESSING';
CREATE TRIGGER claim_status_history_append_only BEFORE UPDATE OR DELETE ON claim_status_history
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

-- money from a claim owed to its client: a reimbursement to their bank account or a fee refund to their card
CREATE TABLE reimbursements (
    id                  UUID PRIMARY KEY,
    practice_id         UUID NOT NULL REFERENCES practices (id),
    client_id           UUID NOT NULL REFERENCES clients (id),
    claim_id            UUID NOT NULL REFERENCES claims (id),
    kind                VARCHAR(13) NOT NULL CHECK (kind IN ('REIMBURSEMENT', 'FEE_REFUND')),
    destination         VARCHAR(12) NOT NULL CHECK (destination IN ('BANK_ACCOUNT', 'CARD')),
    status              VARCHAR(21) NOT NULL CHECK (status IN ('AWAITING_BANK_ACCOUNT', 'PENDING', 'SENT')),
    amount_cents        BIGINT NOT NULL CHECK (amount_cents > 0),
    currency            VARCHAR(3) NOT NULL,
    bank_account_last4  VARCHAR(4),
    transfer_ref        VARCHAR(100),
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    sent_at             TIMESTAMPTZ,
    CHECK ((kind = 'FEE_REFUND') = (destination = 'CARD'))
);
-- routing runs once per claim: one reimbursement of each kind at most
CREATE UNIQUE INDEX reimbursements_claim_kind_uq ON reimbursements (claim_id, kind);
CREATE INDEX reimbursements_client_page_idx ON reimbursements (client_id, created_at DESC, id DESC);
CREATE INDEX reimbursements_pending_idx ON reimbursements (updated_at) WHERE status = 'PENDING';
CREATE INDEX reimbursements_awaiting_idx ON reimbursements (client_id) WHERE status = 'AWAITING_BANK_ACCOUNT';

-- the ledger: postings can name their claim; Thrizer's bank account receives payers' payments and sends clients'
ALTER TABLE ledger_postings ADD COLUMN claim_id UUID REFERENCES claims (id);
CREATE INDEX ledger_postings_claim_idx ON ledger_postings (claim_id);
ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_code_check;
ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_code_check CHECK (code IN ('PROCESSOR_CLEARING',
    'PLATFORM_FEE_REVENUE', 'ADVANCES_RECEIVABLE', 'PRACTICE_BALANCE', 'PAYOUTS_IN_TRANSIT',
    'CLIENT_REIMBURSEMENTS_PAYABLE', 'WRITE_OFFS', 'INSURER_RECEIVABLE', 'PLATFORM_CASH'));

-- ---------- the sandbox payer (test mode): what it received, what it decided, and each member's accumulators
CREATE TABLE sandbox_payer_claims (
    control_number       UUID PRIMARY KEY,
    payer_id             VARCHAR(40) NOT NULL,
    member_hash          VARCHAR(64) NOT NULL,
    scenario             VARCHAR(60) NOT NULL,
    plan_year            INTEGER NOT NULL,
    cpt_code             VARCHAR(5) NOT NULL,
    billed_cents         BIGINT NOT NULL,
    received_at          TIMESTAMPTZ NOT NULL,
    decision             VARCHAR(8),
    allowed_cents        BIGINT,
    deductible_cents     BIGINT,
    coinsurance_cents    BIGINT,
    paid_cents           BIGINT,
    payer_claim_number   VARCHAR(50),
    denial_reason        VARCHAR(200),
    decided_at           TIMESTAMPTZ
);
CREATE TABLE sandbox_payer_accumulators (
    payer_id                 VARCHAR(40) NOT NULL,
    member_hash              VARCHAR(64) NOT NULL,
    plan_year                INTEGER NOT NULL,
    deductible_applied_cents BIGINT NOT NULL DEFAULT 0,
    oop_applied_cents        BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (payer_id, member_hash, plan_year)
);
