-- Polymarket paper trading (docs/POLYMARKET.md): per-account paper cash, holdings per outcome at
-- average cost, and every filled order. Cash and holdings change only together with a trade row,
-- in one transaction that holds the account row's lock, so they always recount from the trades.

CREATE TABLE polymarket_accounts (
  account_id uuid PRIMARY KEY,
  cash numeric NOT NULL CHECK (cash >= 0),
  created_at timestamptz NOT NULL
);

CREATE TABLE polymarket_positions (
  account_id uuid NOT NULL REFERENCES polymarket_accounts (account_id),
  market text NOT NULL,
  outcome text NOT NULL,
  token_id text NOT NULL,
  question text NOT NULL,
  shares numeric NOT NULL CHECK (shares >= 0),
  cost numeric NOT NULL,
  realised_pnl numeric NOT NULL,
  fees numeric NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (account_id, market, outcome)
);

CREATE TABLE polymarket_trades (
  seq bigserial PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  account_id uuid NOT NULL REFERENCES polymarket_accounts (account_id),
  idempotency_key text NOT NULL,
  fingerprint text NOT NULL,
  market text NOT NULL,
  question text NOT NULL,
  outcome text NOT NULL,
  token_id text NOT NULL,
  side text NOT NULL CHECK (side IN ('buy', 'sell')),
  size numeric NOT NULL,
  limit_price numeric NOT NULL,
  filled_size numeric NOT NULL CHECK (filled_size > 0),
  cancelled_size numeric NOT NULL,
  average_price numeric NOT NULL,
  notional numeric NOT NULL,
  fee numeric NOT NULL,
  fee_rule text NOT NULL,
  fills jsonb NOT NULL,
  cash_after numeric NOT NULL,
  book_at timestamptz,
  executed_at timestamptz NOT NULL,
  source text NOT NULL,
  UNIQUE (account_id, idempotency_key)
);

CREATE INDEX polymarket_trades_recent ON polymarket_trades (account_id, seq DESC);
