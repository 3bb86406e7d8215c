-- The symbol the last applied change moved a live watcher away from, NULL when it did not move
-- it. The upsert sets it from the row it replaces, under that row's lock, so the event can name
-- the symbol consumers keyed by symbol must let go of, even when changes of the watcher race.
ALTER TABLE watchers ADD COLUMN previous_symbol TEXT;
