-- The client's rights: an audit row can carry what the action was for (the reason of an access for
-- need or of a data request), and an inbox item can carry a short text for its reader (the reason
-- the project leader gave, shown to the client's coaches).
alter table audit_event add column detail varchar(1100);

alter table notification add column detail varchar(1100);

alter table notification drop constraint ck_notification_type;
alter table notification add constraint ck_notification_type check (type in ('REPORT_RELEASED', 'SIGNIFICANT_EVENT',
    'FEEDBACK_DUE', 'REFERRAL_DECIDED', 'FOLLOW_UP_DUE', 'REFERRER_NOTE', 'ACCESS_FOR_NEED'));
