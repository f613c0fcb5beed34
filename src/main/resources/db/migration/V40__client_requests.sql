-- A client asks their coach, from Mijn Waakvlam, to change who may see what: an inbox item of its own kind.
alter table notification drop constraint ck_notification_type;
alter table notification add constraint ck_notification_type check (type in ('REPORT_RELEASED', 'SIGNIFICANT_EVENT',
    'FEEDBACK_DUE', 'REFERRAL_DECIDED', 'FOLLOW_UP_DUE', 'REFERRER_NOTE', 'ACCESS_FOR_NEED', 'COACH_MATCHED',
    'ERASURE_REQUESTED', 'ERASURE_DECIDED', 'COACH_CHANGED', 'COVER_CHANGED', 'DRIEGESPREK_CHANGED',
    'CALLBACK_REQUESTED', 'CLIENT_ENDED', 'CLIENT_REQUEST'));
