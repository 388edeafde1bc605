-- Benefits: sandbox fee schedule, benefit checks (with the payer's raw answer, encrypted), manual verifications.

-- Allowed amounts per insurer and CPT code used by the sandbox (reference data for test mode and estimates).
CREATE TABLE sandbox_fee_schedule (
    insurer_id    VARCHAR(40) NOT NULL REFERENCES insurers (id),
    cpt_code      VARCHAR(5) NOT NULL REFERENCES cpt_codes (code),
    allowed_cents BIGINT NOT NULL CHECK (allowed_cents > 0),
    PRIMARY KEY (insurer_id, cpt_code)
);
INSERT INTO sandbox_fee_schedule (insurer_id, cpt_code, allowed_cents)
SELECT i.id, c.code, ROUND(c.base_cents * i.factor)
FROM (VALUES ('aetna', 1.00), ('anthem-bcbs', 0.95), ('bcbs', 1.00), ('cigna', 1.05), ('emblem-health', 0.85),
             ('harvard-pilgrim', 1.10), ('kaiser-permanente', 0.80), ('optum', 0.90), ('oscar', 0.85),
             ('oxford', 1.10), ('united-healthcare', 1.00), ('umr', 0.95)) AS i (id, factor)
CROSS JOIN (VALUES ('90791', 16000), ('90792', 18000), ('90832', 7500), ('90834', 10000), ('90837', 12000),
                   ('90839', 14000), ('90845', 11000), ('90846', 9500), ('90847', 10500)) AS c (code, base_cents);

CREATE TABLE benefit_checks (
    id                         UUID PRIMARY KEY,
    practice_id                UUID NOT NULL REFERENCES practices (id),
    client_id                  UUID REFERENCES clients (id),
    insurance_policy_id        UUID REFERENCES insurance_policies (id),
    insurer_id                 VARCHAR(40) REFERENCES insurers (id),
    insurer_name               VARCHAR(100) NOT NULL,
    cpt_code                   VARCHAR(5) NOT NULL,
    session_fee_cents          BIGINT NOT NULL CHECK (session_fee_cents > 0),
    currency                   VARCHAR(3) NOT NULL,
    status                     VARCHAR(13) NOT NULL CHECK (status IN ('COMPLETE', 'INCOMPLETE', 'FAILED', 'MANUAL_REVIEW')),
    coverage_active            BOOLEAN,
    oon_benefits               VARCHAR(7) NOT NULL CHECK (oon_benefits IN ('YES', 'NO', 'UNKNOWN')),
    plan_year_start            DATE,
    plan_year_end              DATE,
    deductible_total_cents     BIGINT CHECK (deductible_total_cents >= 0),
    deductible_met_cents       BIGINT CHECK (deductible_met_cents >= 0),
    deductible_remaining_cents BIGINT CHECK (deductible_remaining_cents >= 0),
    oop_total_cents            BIGINT CHECK (oop_total_cents >= 0),
    oop_remaining_cents        BIGINT CHECK (oop_remaining_cents >= 0),
    coinsurance_bps            INTEGER CHECK (coinsurance_bps BETWEEN 0 AND 10000),
    allowed_cents              BIGINT CHECK (allowed_cents >= 0),
    source                     VARCHAR(19) NOT NULL CHECK (source IN ('PAYER_ELECTRONIC', 'MANUAL_VERIFICATION', 'CLAIM_HISTORY')),
    confidence                 VARCHAR(6) NOT NULL CHECK (confidence IN ('HIGH', 'MEDIUM', 'LOW')),
    failure_reason             VARCHAR(24),
    checked_at                 TIMESTAMPTZ NOT NULL,
    stale_after                TIMESTAMPTZ NOT NULL,
    insurance_updated_at       TIMESTAMPTZ,
    raw_response_encrypted     TEXT,
    created_by                 UUID,
    created_at                 TIMESTAMPTZ NOT NULL
);
CREATE INDEX benefit_checks_client_page_idx ON benefit_checks (client_id, created_at DESC, id DESC);
CREATE INDEX benefit_checks_practice_idx ON benefit_checks (practice_id, created_at DESC);

CREATE TABLE manual_verifications (
    id                            UUID PRIMARY KEY,
    practice_id                   UUID NOT NULL REFERENCES practices (id),
    client_id                     UUID NOT NULL REFERENCES clients (id),
    benefit_check_id              UUID NOT NULL REFERENCES benefit_checks (id),
    status                        VARCHAR(16) NOT NULL CHECK (status IN ('REQUESTED', 'IN_REVIEW', 'COMPLETED', 'UNABLE_TO_VERIFY')),
    date_of_birth                 DATE,
    corrected_member_id_encrypted VARCHAR(200),
    corrected_member_id_last4     VARCHAR(4),
    note                          VARCHAR(1000),
    card_front                    BOOLEAN NOT NULL,
    card_back                     BOOLEAN NOT NULL,
    result_benefit_check_id       UUID REFERENCES benefit_checks (id),
    reason                        VARCHAR(500),
    requested_by                  UUID,
    reviewed_by                   UUID,
    created_at                    TIMESTAMPTZ NOT NULL,
    updated_at                    TIMESTAMPTZ NOT NULL
);
-- one open request per benefit check
CREATE UNIQUE INDEX manual_verifications_open_uq ON manual_verifications (benefit_check_id)
    WHERE status IN ('REQUESTED', 'IN_REVIEW');
CREATE INDEX manual_verifications_status_page_idx ON manual_verifications (status, created_at DESC, id DESC);
