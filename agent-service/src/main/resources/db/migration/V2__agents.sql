-- Paper-trading agents, their wallets, decisions, fills and equity, and the emergency stop
-- (docs/AGENTS.md). Money is numeric: a recount from these rows gives the reported figures exactly.
CREATE TABLE agents (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  name text NOT NULL,
  strategy_type text NOT NULL,
  strategy_params jsonb NOT NULL,
  symbols text[] NOT NULL,
  -- null: decide on each closed hourly candle
  interval_seconds bigint CHECK (interval_seconds > 0),
  capital numeric NOT NULL CHECK (capital > 0),
  risk jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('created', 'running', 'stopped')),
  cash numeric NOT NULL CHECK (cash >= 0),
  -- market time of the last strategy decision: the next is due an interval (or a candle) later
  last_decision_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (account_id, name)
);
-- a tick reads the running agents that trade its symbol
CREATE INDEX agents_running_by_symbol ON agents USING gin (symbols) WHERE status = 'running';

CREATE TABLE agent_positions (
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  symbol text NOT NULL,
  quantity numeric NOT NULL CHECK (quantity > 0),
  -- what was paid for it, fees included (average cost = cost / quantity)
  cost numeric NOT NULL CHECK (cost > 0),
  opened_at timestamptz NOT NULL,
  PRIMARY KEY (agent_id, symbol)
);

-- Every decision: the strategy's (buy, sell, hold), a risk exit's, and the halts and resumes of
-- the emergency stop, so an agent's history shows who stopped it and why.
CREATE TABLE agent_decisions (
  id uuid PRIMARY KEY,
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  action text NOT NULL CHECK (action IN ('buy', 'sell', 'hold', 'halt', 'resume')),
  symbol text,
  price numeric,
  reason text NOT NULL,
  inputs jsonb NOT NULL,
  trade_id uuid,
  market_time timestamptz,
  recorded_at timestamptz NOT NULL
);
CREATE INDEX agent_decisions_by_agent ON agent_decisions (agent_id, recorded_at DESC, id DESC);

CREATE TABLE agent_trades (
  id uuid PRIMARY KEY,
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  symbol text NOT NULL,
  side text NOT NULL CHECK (side IN ('buy', 'sell')),
  quantity numeric NOT NULL CHECK (quantity > 0),
  market_price numeric NOT NULL,
  price numeric NOT NULL,
  notional numeric NOT NULL,
  fee numeric NOT NULL,
  -- sells only: proceeds after fee minus the average cost of what was sold
  realized_pnl numeric,
  cash_after numeric NOT NULL,
  reason text NOT NULL,
  market_time timestamptz NOT NULL,
  -- wall-clock time of the fill's transaction: the emergency stop's guarantee is stated in it
  recorded_at timestamptz NOT NULL
);
CREATE INDEX agent_trades_by_agent ON agent_trades (agent_id, market_time DESC, id DESC);

-- Equity after each decision, at the prices of its tick.
CREATE TABLE agent_equity (
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  market_time timestamptz NOT NULL,
  cash numeric NOT NULL,
  positions_value numeric NOT NULL,
  equity numeric NOT NULL,
  PRIMARY KEY (agent_id, market_time)
);

-- The last price of each symbol, from the ticks, for wallets and portfolios.
CREATE TABLE latest_prices (
  symbol text PRIMARY KEY,
  price numeric NOT NULL,
  as_of timestamptz NOT NULL,
  source text
);

-- Emergency stops: one account's (account_id) or the operator's over every account (null).
-- A halt holds until it is lifted.
CREATE TABLE halts (
  id uuid PRIMARY KEY,
  account_id uuid,
  reason text NOT NULL,
  pulled_by text NOT NULL,
  halted_at timestamptz NOT NULL,
  lifted_at timestamptz,
  lifted_by text
);
CREATE UNIQUE INDEX halts_one_active_per_scope
  ON halts (coalesce(account_id, '00000000-0000-0000-0000-000000000000'::uuid))
  WHERE lifted_at IS NULL;
