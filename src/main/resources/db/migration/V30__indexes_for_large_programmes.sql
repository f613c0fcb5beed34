-- Indexes for a large provider's data (15,000 clients, a million contact moments): measured with
-- EXPLAIN (ANALYZE, BUFFERS) on the large demo programme, see docs/performance.md.

-- The dashboard's contacts per week and direct/indirect minutes read a period of contacts: one
-- index-only pass over the period instead of two parallel scans of the whole table.
create index ix_contact_moment_time_figures on contact_moment (occurred_at)
    include (client_id, outcome, time_kind, duration_minutes) where deleted_at is null;

-- "Last reached contact" per client (caseload flames, dashboard flames going out): the newest
-- reached contact is the first entry of this index for the client.
create index ix_contact_moment_client_reached on contact_moment (client_id, occurred_at desc)
    where outcome = 'REACHED' and deleted_at is null;

-- First and latest score per client and instrument (dashboard results) without sorting every
-- measurement: one ordered probe per client and instrument.
create index ix_measurement_client_order on measurement (client_id, instrument_id, measured_on, id)
    include (score);
