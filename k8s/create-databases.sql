-- One database per service (each service's vizzor.database); Flyway migrates them at start.
-- Idempotent, run by psql: the db-init Job (k8s/) and PostgreSQL's first start (docker-compose).
SELECT format('CREATE DATABASE %I', name)
FROM unnest(ARRAY[
  'vizzor_gateway',
  'vizzor_orchestrator',
  'vizzor_market',
  'vizzor_prediction',
  'vizzor_notification',
  'vizzor_agent',
  'vizzor_webhook'
]) AS name
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = name)
\gexec
