-- Inbox items name the client they are about (resolved per reader through the client module's
-- visibility policy, never stored as text), and a referrer's context note becomes an inbox item
-- for the client's coaches.
alter table notification add column client_id bigint;

alter table notification drop constraint ck_notification_type;
alter table notification add constraint ck_notification_type check (type in ('REPORT_RELEASED', 'SIGNIFICANT_EVENT',
    'FEEDBACK_DUE', 'REFERRAL_DECIDED', 'FOLLOW_UP_DUE', 'REFERRER_NOTE'));
