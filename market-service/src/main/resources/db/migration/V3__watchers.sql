-- The watchers market-service has heard of on vizzor.watchers.changed: only what decides which
-- symbols are watched. Each row is the latest state of one user_symbols row; an older event for
-- the same watcher never overwrites a newer one, so redelivery and reordering across keys are
-- harmless.
CREATE TABLE watchers (
  id          bigint PRIMARY KEY,
  symbol      text        NOT NULL,
  watching    boolean     NOT NULL,
  changed_at  timestamptz NOT NULL,
  event_id    uuid        NOT NULL
);

CREATE INDEX watchers_watching_symbol ON watchers (symbol) WHERE watching;
