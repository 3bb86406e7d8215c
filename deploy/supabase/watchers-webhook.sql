-- Supabase A: sign and send every change of public.user_symbols to the Vizzor webhook
-- (POST /functions/v1/watchers-upsert, seed 002). Run once as the database owner; README.md
-- says how to set the URL and where the secret goes (Supabase Vault).
--
-- The functions pin search_path and name every schema they call into, so a role that can create
-- objects in a schema on the caller's path cannot slip its own hmac() or http_post() under the
-- SECURITY DEFINER trigger.

-- pgcrypto lives in `extensions` on Supabase; the functions below call extensions.hmac.
CREATE SCHEMA IF NOT EXISTS extensions;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;
DO $$
BEGIN
  IF (SELECT extnamespace::regnamespace::text FROM pg_catalog.pg_extension
      WHERE extname = 'pgcrypto') <> 'extensions' THEN
    RAISE EXCEPTION 'vizzor: pgcrypto is installed outside the schema "extensions"'
      USING HINT = 'ALTER EXTENSION pgcrypto SET SCHEMA extensions;';
  END IF;
END
$$;

-- The body exactly as it is posted. jsonb's text form is canonical, so the text pg_net
-- re-serialises from body::jsonb is byte for byte the text signed here.
CREATE OR REPLACE FUNCTION public.vizzor_watcher_payload(op text, new_row jsonb, old_row jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, public, extensions, pg_temp AS $$
  SELECT jsonb_build_object(
           'type', op,
           'table', 'user_symbols',
           'schema', 'public',
           'record', new_row,
           'old_record', old_row)::text
$$;

-- x-hmac-sha256: lowercase hex HMAC-SHA256 of the body's UTF-8 bytes, keyed by the secret's.
CREATE OR REPLACE FUNCTION public.vizzor_sign(body text, secret text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT
SET search_path = pg_catalog, public, extensions, pg_temp AS $$
  SELECT encode(extensions.hmac(convert_to(body, 'UTF8'), convert_to(secret, 'UTF8'), 'sha256'), 'hex')
$$;

-- Runs as its owner so it can read the Vault secret and queue the request; a trigger function
-- cannot be called directly, so the secret never leaves it. A missing URL or secret fails the
-- write with a message saying what to set, rather than dropping the change silently.
CREATE OR REPLACE FUNCTION public.vizzor_send_watcher_change()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, extensions, pg_temp AS $$
DECLARE
  url text := NULLIF(current_setting('vizzor.webhook_url', true), '');
  secret text;
  http_schema text;
  body text := public.vizzor_watcher_payload(
      TG_OP,
      CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END,
      CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END);
  signature text;
BEGIN
  IF url IS NULL THEN
    RAISE EXCEPTION 'vizzor: the setting vizzor.webhook_url is missing'
      USING HINT = 'ALTER DATABASE postgres SET vizzor.webhook_url = ''https://<host>/functions/v1/watchers-upsert'';';
  END IF;
  IF to_regclass('vault.decrypted_secrets') IS NOT NULL THEN
    EXECUTE 'SELECT decrypted_secret FROM vault.decrypted_secrets WHERE name = $1'
      INTO secret USING 'vizzor_webhook_secret';
  END IF;
  secret := COALESCE(NULLIF(secret, ''), NULLIF(current_setting('vizzor.webhook_secret', true), ''));
  IF secret IS NULL THEN
    RAISE EXCEPTION 'vizzor: no webhook secret: neither Vault secret vizzor_webhook_secret nor setting vizzor.webhook_secret'
      USING HINT = 'SELECT vault.create_secret(''<one of VIZZOR_WEBHOOK_SECRETS>'', ''vizzor_webhook_secret'');';
  END IF;
  signature := public.vizzor_sign(body, secret);

  IF to_regnamespace('net') IS NOT NULL THEN
    -- pg_net queues the request in this transaction and sends it after commit; its default
    -- timeout (1 s in older versions) is shorter than a cold service may need.
    PERFORM net.http_post(
      url := url,
      body := body::jsonb,
      headers := jsonb_build_object('Content-Type', 'application/json', 'x-hmac-sha256', signature),
      timeout_milliseconds := 10000);
    RETURN NULL;
  END IF;
  SELECT extnamespace::regnamespace::text INTO http_schema
    FROM pg_catalog.pg_extension WHERE extname = 'http';
  IF http_schema IS NOT NULL THEN
    -- Synchronous, inside the writer's transaction: see README.md.
    EXECUTE format('SELECT %1$s.http((''POST'', $1, ARRAY[%1$s.http_header(''x-hmac-sha256'', $3)],'
                   ' ''application/json'', $2)::%1$s.http_request)', http_schema)
      USING url, body, signature;
  ELSE
    RAISE WARNING 'vizzor: neither pg_net nor http is installed; % of user_symbols % not sent',
      TG_OP, COALESCE(NEW.id, OLD.id);
  END IF;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS vizzor_watchers_webhook ON public.user_symbols;
CREATE TRIGGER vizzor_watchers_webhook
  AFTER INSERT OR UPDATE OR DELETE ON public.user_symbols
  FOR EACH ROW EXECUTE FUNCTION public.vizzor_send_watcher_change();
