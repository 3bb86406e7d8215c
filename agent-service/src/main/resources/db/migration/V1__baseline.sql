-- Baseline of agent-service's own database (agents, wallets, trades, decisions, kill switch, Polymarket positions).
-- Its tables arrive with the issue that builds the feature; until then the service serves
-- only health and OpenAPI, and this version marks the database as owned and migrated.
SELECT 1;
