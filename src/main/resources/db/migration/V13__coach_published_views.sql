-- The coach module's published view: each coach's maximum caseload.
create view v_coach_capacity as
select user_id as coach_id, max_caseload
from coach_profile;
