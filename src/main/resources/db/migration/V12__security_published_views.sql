-- The security module's published view: who a user is, never a password hash.
create view v_user as
select id, display_name, role, organisation_id, department_id, enabled
from user_account;
