-- The admin API lists accounts newest first, a page at a time from a (created_at, id) cursor.
-- A Supabase sub is found through the UNIQUE constraint's index on external_subject (V2).
CREATE INDEX accounts_newest_first ON accounts (created_at DESC, id DESC);
