-- Velocity tracked items (one per asset in `crypto`, fear & greed and breadth in `market`) and
-- the raw data points their velocity is scored from (VELOCITY.md). Scores are not stored: they
-- are computed from the series when read, so they can never disagree with it.
CREATE TABLE tracked_items (
    id           TEXT PRIMARY KEY,
    title        TEXT        NOT NULL,
    description  TEXT        NOT NULL,
    category     TEXT        NOT NULL,
    subcategory  TEXT,
    status       TEXT        NOT NULL CHECK (status IN ('active', 'inactive')),
    first_seen   TIMESTAMPTZ NOT NULL,
    last_updated TIMESTAMPTZ NOT NULL
);

CREATE INDEX tracked_items_category_status ON tracked_items (category, status);

-- One point per item, granularity and step: `observed_at` is the start of the step (a 5-minute
-- bucket, a candle's open hour, an index's day) and `value` its latest raw value, so ingesting the
-- same step again updates the point instead of adding one. Each point names its source.
CREATE TABLE data_points (
    item_id             TEXT             NOT NULL REFERENCES tracked_items (id) ON DELETE CASCADE,
    granularity         TEXT             NOT NULL CHECK (granularity IN ('five_min', 'hourly', 'daily')),
    observed_at         TIMESTAMPTZ      NOT NULL,
    value               DOUBLE PRECISION NOT NULL,
    source_id           TEXT             NOT NULL,
    source_title        TEXT             NOT NULL,
    source_url          TEXT,
    source_published_at TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (item_id, granularity, observed_at)
);

-- The retention purge deletes by granularity and age.
CREATE INDEX data_points_granularity_observed_at ON data_points (granularity, observed_at);
