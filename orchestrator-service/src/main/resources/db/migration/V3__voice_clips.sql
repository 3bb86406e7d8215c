-- Spoken answers (Zmarty /chat mode "voice"), served at /chat/audio/{id} to their owner until
-- they expire; storing a clip deletes the expired ones.
CREATE TABLE voice_clips (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  content_type text NOT NULL,
  synthesiser text NOT NULL,
  audio bytea NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX voice_clips_expiry ON voice_clips (expires_at);
