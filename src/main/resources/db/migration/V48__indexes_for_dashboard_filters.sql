-- The dashboard for a filter never asked before, measured with EXPLAIN (ANALYZE) on the large
-- programme (see docs/performance.md): events per month read the period's events from an index
-- instead of every event (27 -> 14 ms for four months of one track), and the days from the start to
-- waakvlam read only the phase changes to waakvlam (24 -> 11 ms).
create index ix_client_event_month_figures on client_event (occurred_on) include (client_id, type);
create index ix_phase_change_to_waakvlam on phase_change (client_id, changed_on) where to_phase = 'WAAKVLAM';
