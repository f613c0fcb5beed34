-- Clients and referrals name their end and decline reasons from the reference lists of V22.

-- client: the end reason is a code of the end_reason list (the same codes as the check allowed)
alter table client drop constraint ck_client_end_reason;
alter table client
    add constraint fk_client_end_reason foreign key (end_reason) references end_reason (code);

-- referral: the chosen decline reason; decline_reason stays as the free-text explanation (the only
-- reason of referrals declined before the list existed)
alter table referral
    add column decline_reason_code varchar(30),
    add constraint fk_referral_decline_reason foreign key (decline_reason_code) references decline_reason (code);

create or replace view v_referral as
select client_id, submitted_at, decided_at,
       (decline_reason_code is not null or decline_reason is not null) as declined, matched_at
from referral;
