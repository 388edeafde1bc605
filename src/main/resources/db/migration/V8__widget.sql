-- The benefits-estimate widget: one per practice, its daily statistics, and rate-limit counters shared by every
-- service instance.

CREATE TABLE widgets (
    practice_id     UUID PRIMARY KEY REFERENCES practices (id),
    slug            VARCHAR(50) NOT NULL CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$'),
    display_name    VARCHAR(100) NOT NULL,
    accent_color    VARCHAR(7) CHECK (accent_color ~ '^#[0-9A-Fa-f]{6}$'),
    welcome_text    VARCHAR(500),
    enabled         BOOLEAN NOT NULL DEFAULT FALSE,
    lead_capture    BOOLEAN NOT NULL DEFAULT TRUE,
    clinician_ids   VARCHAR(4000) NOT NULL DEFAULT '',
    service_ids     VARCHAR(8000) NOT NULL DEFAULT '',
    allowed_origins VARCHAR(2100) NOT NULL DEFAULT '',
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX widgets_slug_uq ON widgets (slug);

-- what the widget saw each day (analytics)
CREATE TABLE widget_daily_stats (
    practice_id UUID NOT NULL REFERENCES practices (id),
    day         DATE NOT NULL,
    views       BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (practice_id, day)
);

-- fixed-window rate-limit counters (key = what is limited, e.g. an IP or a widget)
CREATE TABLE rate_limit_counters (
    key          VARCHAR(200) NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    hits         INTEGER NOT NULL,
    PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_limit_counters_window_idx ON rate_limit_counters (window_start);
