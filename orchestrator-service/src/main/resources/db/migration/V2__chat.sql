-- Conversations and their messages (Vizzor /v1/chat), and the credit ledger (both chats).
CREATE TABLE conversations (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  title text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
-- the caller's conversations, newest first, paged by (updated_at, id)
CREATE INDEX conversations_by_account ON conversations (account_id, updated_at DESC, id DESC);

CREATE TABLE messages (
  id uuid PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  seq bigserial NOT NULL,
  role text NOT NULL CHECK (role IN ('user', 'assistant')),
  content text NOT NULL,
  tool_calls jsonb NOT NULL DEFAULT '[]',
  usage jsonb,
  provider text,
  model text,
  created_at timestamptz NOT NULL
);
CREATE INDEX messages_in_order ON messages (conversation_id, seq);

-- The balance is the sum of the account's ledger rows; the CHECK is the last guard against
-- spending what is not there (the reserving UPDATE already asks for enough).
CREATE TABLE credit_balances (
  account_id uuid PRIMARY KEY,
  balance bigint NOT NULL CHECK (balance >= 0)
);

CREATE TABLE credit_ledger (
  id bigserial PRIMARY KEY,
  account_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('grant', 'reserve', 'settle', 'refund', 'top_up')),
  amount bigint NOT NULL,
  request_id uuid,
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX credit_ledger_by_account ON credit_ledger (account_id, id);
