-- Baseline of the gateway's own database (accounts, API keys).
-- Its tables arrive with the gateway issue; until then the gateway serves /health only.
SELECT 1;
