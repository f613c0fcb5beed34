-- A match announced: the new coach, the cover coach and the referrer each get an inbox item with the
-- driegesprek (the inbox names the client; e-mails carry no content).
alter table notification drop constraint ck_notification_type;
alter table notification add constraint ck_notification_type check (type in ('REPORT_RELEASED', 'SIGNIFICANT_EVENT',
    'FEEDBACK_DUE', 'REFERRAL_DECIDED', 'FOLLOW_UP_DUE', 'REFERRER_NOTE', 'ACCESS_FOR_NEED', 'COACH_MATCHED'));
