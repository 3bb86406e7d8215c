-- Baseline of notification-service's own database (notifications, alert rules).
-- Its tables arrive with the issue that builds the feature; until then the service serves
-- only health and OpenAPI, and this version marks the database as owned and migrated.
SELECT 1;
