-- Published views the dashboard's monitor report reads (each owned by the module of its table):
-- the driegesprek's time on a referral, goals and their status, and the life domains' names.

-- referral: the planned driegesprek (start meeting), appended so earlier readers keep their columns
create or replace view v_referral as
select client_id, submitted_at, decided_at,
       (decline_reason_code is not null or decline_reason is not null) as declined, matched_at, start_meeting_at
from referral;

-- goal: status and when it last changed, never the client's words
create view v_goal as
select id, client_id, status, updated_at
from goal;

-- reference: the life domains by name
create view v_life_domain as
select id, name_nl, name_en, sort_order
from life_domain;
