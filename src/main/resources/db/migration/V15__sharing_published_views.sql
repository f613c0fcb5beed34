-- The sharing module's published view: when feedback to a referrer is next due.
create view v_feedback_agreement as
select id, client_id, referrer_id, frequency, next_due
from feedback_agreement;
