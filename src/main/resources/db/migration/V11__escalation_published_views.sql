-- The escalation module's published view: events on the ladder by kind and date, without narrative.
create view v_client_event as
select id, client_id, type, occurred_on, target_organisation_id, waiting_since, bridging, closed_on
from client_event;
