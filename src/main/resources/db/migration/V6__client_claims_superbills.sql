-- Client-filed claims (superbill upload, manual entry) with their filing fee and document, and superbill PDFs.

ALTER TABLE claims
    ADD COLUMN filing_fee_cents        BIGINT CHECK (filing_fee_cents > 0),
    ADD COLUMN fee_processor_charge_id VARCHAR(100),
    ADD COLUMN idempotency_scope       VARCHAR(80),
    ADD COLUMN idempotency_key         VARCHAR(255),
    ADD CONSTRAINT claims_filed_by_client_ck
        CHECK ((source = 'CHARGE') = (charge_id IS NOT NULL) AND (source = 'CHARGE') = (filing_fee_cents IS NULL));
-- one client-filed claim per Idempotency-Key: a retried request finds its claim, whatever happened to the first
CREATE UNIQUE INDEX claims_request_uq ON claims (idempotency_scope, idempotency_key);

-- the superbill a client uploaded with their claim
CREATE TABLE claim_documents (
    claim_id     UUID PRIMARY KEY REFERENCES claims (id),
    practice_id  UUID NOT NULL REFERENCES practices (id),
    content_type VARCHAR(40) NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes   INTEGER NOT NULL CHECK (size_bytes > 0),
    content      BYTEA NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL
);

-- superbill PDFs made for a client's Self-Pay sessions (never a claim)
CREATE TABLE superbills (
    id           UUID PRIMARY KEY,
    practice_id  UUID NOT NULL REFERENCES practices (id),
    client_id    UUID NOT NULL REFERENCES clients (id),
    period_from  DATE NOT NULL,
    period_to    DATE NOT NULL,
    line_count   INTEGER NOT NULL CHECK (line_count > 0),
    total_cents  BIGINT NOT NULL,
    currency     VARCHAR(3) NOT NULL,
    content      BYTEA NOT NULL,
    created_by   UUID,
    created_at   TIMESTAMPTZ NOT NULL,
    CHECK (period_from <= period_to)
);
CREATE INDEX superbills_client_idx ON superbills (client_id, created_at DESC);
