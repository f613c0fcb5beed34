-- The client module's published views. Other modules never name the client tables; programme-wide
-- figures (the project leader's dashboard, measurement rounds, feedback reminders) read these views.
-- No contact details, date of birth, living situation or notes: only what aggregates need, plus the
-- name for the project leader's follow-up list of clients waiting for heavier care.

create view v_client_programme as
select id, first_name, last_name, phase, phase_since, started_on, ended_on, track_id,
       referring_organisation_id, referrer_id, coach_id, cover_coach_id, rhythm_days, created_at
from client;

create view v_phase_change as
select id, client_id, from_phase, to_phase, changed_on
from phase_change;

create view v_assignment as
select id, client_id, coach_id, role, started_on, ended_on
from assignment;
