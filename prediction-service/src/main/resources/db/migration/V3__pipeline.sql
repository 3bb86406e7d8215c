-- The watched-symbol pipeline: watchers as vizzor.watchers.changed last described them, the
-- signals of each distinct (symbol, timeframe, strategy) series, their triple-barrier labels,
-- and the win rate of each series.

-- The latest state of each watcher (an older change never overwrites a newer one). A watcher
-- whose timeframe or strategy cannot be used keeps the reason in problem and yields no signals.
CREATE TABLE watchers (
  id               bigint PRIMARY KEY,
  user_id          text NOT NULL,
  symbol           text NOT NULL,
  timeframe        text NOT NULL,
  strategy_type    text NOT NULL,
  strategy_params  jsonb NOT NULL,
  strategy_key     text NOT NULL,
  watching         boolean NOT NULL,
  problem          text,
  changed_at       timestamptz NOT NULL,
  event_id         uuid NOT NULL
);

CREATE INDEX watchers_series ON watchers (symbol, timeframe, strategy_key)
  WHERE watching AND problem IS NULL;
CREATE INDEX watchers_by_user ON watchers (user_id) WHERE watching AND problem IS NULL;

-- How far each symbol's market time got: the close of the last candle an ingest-indicators
-- event reported. A watcher that starts watching gets its first signal as of it.
CREATE TABLE pipeline_clock (
  symbol      text PRIMARY KEY,
  last_close  timestamptz NOT NULL
);

CREATE TABLE signals (
  id               uuid PRIMARY KEY,
  symbol           text NOT NULL,
  timeframe        text NOT NULL CHECK (timeframe IN ('1h', '4h', '1d')),
  strategy_type    text NOT NULL,
  strategy_params  jsonb NOT NULL,
  strategy_key     text NOT NULL,
  candle_time      timestamptz NOT NULL,
  signal           text NOT NULL CHECK (signal IN ('LONG', 'SHORT', 'FLAT')),
  score            double precision NOT NULL CHECK (score BETWEEN -1 AND 1),
  entry_price      double precision NOT NULL CHECK (entry_price > 0),
  volatility       double precision,
  upper_barrier    double precision,
  lower_barrier    double precision,
  expires_at       timestamptz NOT NULL,
  inputs           jsonb NOT NULL,
  -- flat: no position to label; unlabelled: too few candles to set barriers
  status           text NOT NULL
                   CHECK (status IN ('pending', 'labelled', 'flat', 'unlabelled', 'expired')),
  exit             text CHECK (exit IN ('take_profit', 'stop_loss', 'time_limit')),
  win              boolean,
  exit_time        timestamptz,
  exit_price       double precision,
  realized_return  double precision,
  labelled_at      timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (symbol, timeframe, strategy_key, candle_time),
  CHECK ((status = 'labelled') = (win IS NOT NULL)),
  CHECK (status <> 'pending' OR upper_barrier IS NOT NULL)
);

CREATE INDEX signals_due ON signals (symbol, timeframe, expires_at) WHERE status = 'pending';

-- Kept in the transaction that labels a series' signals; equals a count of its labelled rows.
CREATE TABLE win_rates (
  symbol           text NOT NULL,
  timeframe        text NOT NULL,
  strategy_key     text NOT NULL,
  strategy_type    text NOT NULL,
  strategy_params  jsonb NOT NULL,
  wins             integer NOT NULL CHECK (wins >= 0),
  losses           integer NOT NULL CHECK (losses >= 0),
  last_exit        timestamptz NOT NULL,
  PRIMARY KEY (symbol, timeframe, strategy_key)
);
