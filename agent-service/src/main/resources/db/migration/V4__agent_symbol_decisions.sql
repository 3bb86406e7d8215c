-- When each agent's strategy last decided on each of its symbols (market time): an agent on BTC
-- and ETH decides on each symbol's closed candle, not on whichever ticks first.
CREATE TABLE agent_symbol_decisions (
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  symbol text NOT NULL,
  last_decision_at timestamptz NOT NULL,
  PRIMARY KEY (agent_id, symbol)
);
INSERT INTO agent_symbol_decisions (agent_id, symbol, last_decision_at)
SELECT DISTINCT ON (agent_id, symbol) agent_id, symbol, market_time
FROM agent_decisions
WHERE action IN ('buy', 'sell', 'hold') AND symbol IS NOT NULL AND market_time IS NOT NULL
ORDER BY agent_id, symbol, market_time DESC;
