-- Widget leads made clients, and their daily count.
ALTER TABLE widget_leads
    ADD COLUMN converted_client_id UUID REFERENCES clients (id),
    ADD COLUMN converted_at        TIMESTAMPTZ;
ALTER TABLE widget_daily_stats ADD COLUMN leads_converted BIGINT NOT NULL DEFAULT 0;
