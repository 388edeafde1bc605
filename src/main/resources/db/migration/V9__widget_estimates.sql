-- Widget estimates: what each day's estimates came to, and the leads of visitors who consented to be contacted.

ALTER TABLE widget_daily_stats
    ADD COLUMN estimates_complete   BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN estimates_incomplete BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN estimates_failed     BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN leads                BIGINT NOT NULL DEFAULT 0;

CREATE TABLE widget_leads (
    id               UUID PRIMARY KEY,
    practice_id      UUID NOT NULL REFERENCES practices (id),
    first_name       VARCHAR(100) NOT NULL,
    last_name        VARCHAR(100) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    insurer_id       VARCHAR(40),
    service_id       UUID REFERENCES services (id),
    benefit_check_id UUID REFERENCES benefit_checks (id),
    estimate_status  VARCHAR(13) NOT NULL,
    consented_at     TIMESTAMPTZ NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX widget_leads_practice_page_idx ON widget_leads (practice_id, created_at DESC, id DESC);
