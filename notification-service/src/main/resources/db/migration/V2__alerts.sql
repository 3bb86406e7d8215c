-- Alert rules, the recent prices their checks need, and the notifications they fire
-- (docs/NOTIFICATIONS.md).
CREATE TABLE alert_rules (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  type text NOT NULL CHECK (type IN ('price_above', 'price_below', 'price_cross', 'pct_change',
    'prediction_emitted', 'prediction_resolved', 'agent_trade', 'agent_decision')),
  symbol text,
  threshold numeric CHECK (threshold > 0),
  percent numeric,
  window_seconds integer CHECK (window_seconds > 0),
  horizon text,
  min_tier text,
  cooldown_seconds bigint NOT NULL CHECK (cooldown_seconds >= 0),
  recurring boolean NOT NULL,
  active boolean NOT NULL,
  last_fired_at timestamptz,
  created_at timestamptz NOT NULL
);
-- the caller's rules, newest first, paged by (created_at, id)
CREATE INDEX alert_rules_by_account ON alert_rules (account_id, created_at DESC, id DESC);
-- a tick reads only the active rules of its symbol
CREATE INDEX alert_rules_armed ON alert_rules (symbol, type) WHERE active;

-- Each symbol's prices of the last 25 hours, for price_cross (the previous tick) and pct_change
-- (the price at a window's start), in market time.
CREATE TABLE price_points (
  symbol text NOT NULL,
  as_of timestamptz NOT NULL,
  price numeric NOT NULL,
  PRIMARY KEY (symbol, as_of)
);

-- A notification's id derives from its rule and the event it fired on, so one hit is stored once.
CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  type text NOT NULL,
  rule_id uuid,
  symbol text,
  message text NOT NULL,
  data jsonb NOT NULL,
  read_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX notifications_by_account ON notifications (account_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread ON notifications (account_id) WHERE read_at IS NULL;
