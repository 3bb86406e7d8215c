-- Watchers mirrored from Supabase A's public.user_symbols, keyed by that row's id.
-- changed_at orders changes of one row; a delete keeps a tombstone (deleted_at) so a late,
-- older insert or update cannot bring the row back.
CREATE TABLE watchers (
    id          BIGINT PRIMARY KEY,
    user_id     UUID        NOT NULL,
    symbol      TEXT        NOT NULL,
    timeframe   TEXT,
    strategy    JSONB,
    active      BOOLEAN     NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    deleted_at  TIMESTAMPTZ
);

CREATE INDEX watchers_symbol_live ON watchers (symbol) WHERE deleted_at IS NULL;

-- Standard Webhooks delivery ids already applied, with the answer they got.
CREATE TABLE webhook_deliveries (
    webhook_id  TEXT PRIMARY KEY,
    response    JSONB       NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Transactional outbox: written in the same transaction as the change, relayed to Kafka.
CREATE TABLE outbox (
    id          BIGSERIAL PRIMARY KEY,
    event_id    UUID        NOT NULL UNIQUE,
    topic       TEXT        NOT NULL,
    event_key   TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    subject     TEXT,
    request_id  TEXT,
    payload     JSONB       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
