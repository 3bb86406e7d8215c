-- Accounts and their credentials. Keys are stored only as SHA-256 plus a short display prefix;
-- the full key is shown once, at creation.
CREATE TABLE accounts (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tier             text NOT NULL
                     CHECK (tier IN ('free', 'starter', 'pro', 'unlimited', 'startup', 'enterprise')),
    -- the Supabase user id (JWT sub) for accounts first seen through a JWT
    external_subject text UNIQUE,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id     uuid NOT NULL REFERENCES accounts (id),
    name           text NOT NULL CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    kind           text NOT NULL CHECK (kind IN ('api', 'vel')),
    key_hash       bytea NOT NULL UNIQUE CHECK (length(key_hash) = 32),
    display_prefix text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    last_used_at   timestamptz,
    revoked_at     timestamptz
);

-- A name identifies one active key (revoke by name); a revoked key's name may be reused.
CREATE UNIQUE INDEX api_keys_active_name ON api_keys (name) WHERE revoked_at IS NULL;
CREATE INDEX api_keys_account ON api_keys (account_id);
