-- Baseline of prediction-service's own database (predictions, signals, win rates, backtests).
-- Its tables arrive with the issue that builds the feature; until then the service serves
-- only health and OpenAPI, and this version marks the database as owned and migrated.
SELECT 1;
