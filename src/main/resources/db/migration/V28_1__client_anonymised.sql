-- A client whose retention period passed, or whose erasure was approved, keeps its row (so that counts,
-- dates and codes in the dashboard and monitoring stay the same) but loses every personal detail and
-- free text; from then on it is outside every user's reach (ClientVisibility).
alter table client add column anonymised_at timestamptz;

create index ix_client_retention_due on client (phase, ended_on) where anonymised_at is null;
