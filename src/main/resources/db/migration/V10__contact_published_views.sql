-- The contact module's published view: contact moments that were not deleted, without any note.
create view v_contact_moment as
select id, client_id, coach_id, occurred_at, outcome, type, time_kind, duration_minutes
from contact_moment
where deleted_at is null;
