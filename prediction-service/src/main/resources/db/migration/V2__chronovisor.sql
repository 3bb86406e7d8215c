-- ChronoVisor: predictions, their resolution, and the market runs they belong to.

-- A run is one stretch of market time that only moves forward. Live markets have one; a replay
-- that wraps (or restarts at its beginning) starts another, so no prediction is resolved against
-- a history that is not its own.
CREATE TABLE runs (
  id            bigserial PRIMARY KEY,
  market_start  timestamptz NOT NULL,
  started_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE predictions (
  id                uuid PRIMARY KEY,
  run_id            bigint NOT NULL REFERENCES runs (id),
  symbol            text NOT NULL,
  horizon           text NOT NULL CHECK (horizon IN ('1h', '4h', '1d')),
  origin            text NOT NULL CHECK (origin IN ('scheduled', 'on-demand')),
  emitted_at        timestamptz NOT NULL,
  resolves_at       timestamptz NOT NULL,
  direction         text NOT NULL CHECK (direction IN ('up', 'down', 'sideways')),
  prob_up           double precision NOT NULL,
  prob_down         double precision NOT NULL,
  prob_sideways     double precision NOT NULL,
  tier              text NOT NULL CHECK (tier IN ('high-conviction', 'tracked', 'advisory')),
  margin            double precision NOT NULL,
  agreement         double precision NOT NULL,
  entry_price       double precision NOT NULL CHECK (entry_price > 0),
  upper_price       double precision NOT NULL,
  lower_price       double precision NOT NULL,
  band_high         double precision NOT NULL,
  band_low          double precision NOT NULL,
  clim_up           double precision NOT NULL,
  clim_down         double precision NOT NULL,
  clim_sideways     double precision NOT NULL,
  persistence       text NOT NULL CHECK (persistence IN ('up', 'down')),
  model_version     text NOT NULL,
  trained_from      timestamptz NOT NULL,
  trained_through   timestamptz NOT NULL,
  training_samples  integer NOT NULL,
  features          jsonb NOT NULL,
  record_hits       integer NOT NULL,
  record_misses     integer NOT NULL,
  status            text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'resolved', 'expired')),
  outcome           text CHECK (outcome IN ('HIT', 'MISS', 'NEUTRAL')),
  realized          text CHECK (realized IN ('up', 'down', 'sideways')),
  outcome_if_up     text CHECK (outcome_if_up IN ('HIT', 'MISS', 'NEUTRAL')),
  outcome_if_down   text CHECK (outcome_if_down IN ('HIT', 'MISS', 'NEUTRAL')),
  close_price       double precision,
  settled_at        timestamptz,
  expired_reason    text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'resolved') = (outcome IS NOT NULL AND realized IS NOT NULL))
);

-- the latest per symbol and horizon, and the newest-first listing
CREATE INDEX predictions_by_symbol ON predictions (symbol, horizon, emitted_at DESC);
CREATE INDEX predictions_newest ON predictions (emitted_at DESC, id DESC);
-- the resolver's work list
CREATE INDEX predictions_pending ON predictions (symbol, resolves_at) WHERE status = 'pending';
-- the record the tier gates read: decided scheduled calls by when their horizon ended
CREATE INDEX predictions_record ON predictions (run_id, symbol, horizon, resolves_at DESC)
  WHERE status = 'resolved' AND origin = 'scheduled' AND outcome IN ('HIT', 'MISS');
