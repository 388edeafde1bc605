-- Payouts: a practice's available balance paid to its payout account, the balance transactions each pays out (for
-- attribution), and the sandbox bank's transfers.

CREATE TABLE payouts (
    id                   UUID PRIMARY KEY,
    practice_id          UUID NOT NULL REFERENCES practices (id),
    status               VARCHAR(10) NOT NULL CHECK (status IN ('PENDING', 'IN_TRANSIT', 'PAID', 'FAILED')),
    amount_cents         BIGINT NOT NULL CHECK (amount_cents >= 100),
    currency             VARCHAR(3) NOT NULL,
    payout_date          DATE NOT NULL,
    expected_arrival     DATE NOT NULL,
    bank_account_id      UUID NOT NULL REFERENCES bank_accounts (id),
    bank_account_last4   VARCHAR(4) NOT NULL,
    transaction_count    INTEGER NOT NULL,
    transfer_ref         VARCHAR(100),
    failure_code         VARCHAR(40),
    next_check_at        TIMESTAMPTZ,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    sent_at              TIMESTAMPTZ,
    paid_at              TIMESTAMPTZ,
    failed_at            TIMESTAMPTZ,
    CHECK ((status = 'FAILED') = (failure_code IS NOT NULL))
);
-- the job makes at most one payout per practice and day, however many instances run it
CREATE UNIQUE INDEX payouts_practice_day_uq ON payouts (practice_id, payout_date);
CREATE INDEX payouts_practice_page_idx ON payouts (practice_id, created_at DESC, id DESC);
CREATE INDEX payouts_open_idx ON payouts (next_check_at) WHERE status IN ('PENDING', 'IN_TRANSIT');

-- which payout pays out each practice-balance entry (an entry belongs to one payout at most)
CREATE TABLE payout_items (
    entry_id  UUID PRIMARY KEY REFERENCES ledger_entries (id),
    payout_id UUID NOT NULL REFERENCES payouts (id)
);
CREATE INDEX payout_items_payout_idx ON payout_items (payout_id);

ALTER TABLE ledger_postings ADD COLUMN payout_id UUID REFERENCES payouts (id);
CREATE INDEX ledger_postings_payout_idx ON ledger_postings (payout_id);

-- ---------- the sandbox bank (test mode)
CREATE TABLE sandbox_bank_transfers (
    ref             VARCHAR(100) PRIMARY KEY,
    bank_account_id UUID NOT NULL,
    account_last4   VARCHAR(4) NOT NULL,
    amount_cents    BIGINT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
