-- Supabase A: sign and send every change of public.user_symbols to the Vizzor webhook
-- (POST /functions/v1/watchers-upsert, seed 002). Run once as the database owner.
--
-- Settings (per database; keep the secret in Supabase Vault if you prefer and read it here):
--   ALTER DATABASE postgres SET vizzor.webhook_url = 'https://api.example.com/functions/v1/watchers-upsert';
--   ALTER DATABASE postgres SET vizzor.webhook_secret = '<one of VIZZOR_WEBHOOK_SECRETS>';
--
-- Sends with pg_net (present on Supabase) or, where that is missing, the http extension.

CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- The body exactly as it is posted. jsonb's text form is canonical, so the text pg_net
-- re-serialises from body::jsonb is byte for byte the text signed here.
CREATE OR REPLACE FUNCTION vizzor_watcher_payload(op text, new_row jsonb, old_row jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object(
           'type', op,
           'table', 'user_symbols',
           'schema', 'public',
           'record', new_row,
           'old_record', old_row)::text
$$;

-- x-hmac-sha256: lowercase hex HMAC-SHA256 of the body's UTF-8 bytes, keyed by the secret's.
CREATE OR REPLACE FUNCTION vizzor_sign(body text, secret text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT encode(hmac(convert_to(body, 'UTF8'), convert_to(secret, 'UTF8'), 'sha256'), 'hex')
$$;

CREATE OR REPLACE FUNCTION vizzor_send_watcher_change()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
  body text := vizzor_watcher_payload(
      TG_OP,
      CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END,
      CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END);
  url text := current_setting('vizzor.webhook_url');
  signature text := vizzor_sign(body, current_setting('vizzor.webhook_secret'));
BEGIN
  IF to_regnamespace('net') IS NOT NULL THEN
    EXECUTE 'SELECT net.http_post(url := $1, body := $2::jsonb, headers := $3)'
      USING url, body,
            jsonb_build_object('Content-Type', 'application/json', 'x-hmac-sha256', signature);
  ELSIF to_regproc('http') IS NOT NULL OR to_regtype('http_request') IS NOT NULL THEN
    EXECUTE 'SELECT http((''POST'', $1, ARRAY[http_header(''x-hmac-sha256'', $3)],'
            ' ''application/json'', $2)::http_request)'
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
  FOR EACH ROW EXECUTE FUNCTION vizzor_send_watcher_change();
