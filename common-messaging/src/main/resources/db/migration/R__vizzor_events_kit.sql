-- The service kit's tables (common-messaging), in every service's own database. Repeatable and
-- idempotent, so it never takes a version number from the service's own migrations and a
-- database that already has these tables (webhook-service's V1 made the outbox) is left as it is.

-- Transactional outbox: written in the same transaction as the change it announces, published to
-- Kafka by the relay in id order per key, then deleted.
CREATE TABLE IF NOT EXISTS outbox (
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

-- The events each consumer has applied, claimed in the transaction of their effect, so a
-- redelivered event changes nothing. Forgotten after the retention (vizzor.events.handled-retention).
CREATE TABLE IF NOT EXISTS handled_events (
    consumer    TEXT        NOT NULL,
    event_id    UUID        NOT NULL,
    handled_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

CREATE INDEX IF NOT EXISTS handled_events_handled_at ON handled_events (handled_at);
