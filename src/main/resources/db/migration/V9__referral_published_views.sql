-- The referral module's published view: the referral funnel's dates, without the referrer's text.
create view v_referral as
select client_id, submitted_at, decided_at, decline_reason is not null as declined, matched_at
from referral;
