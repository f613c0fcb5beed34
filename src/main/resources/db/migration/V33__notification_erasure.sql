-- An erasure request reaches the administrators who decide it, and the decision the project leader who asked.
alter table notification drop constraint ck_notification_type;
alter table notification add constraint ck_notification_type check (type in ('REPORT_RELEASED', 'SIGNIFICANT_EVENT',
    'FEEDBACK_DUE', 'REFERRAL_DECIDED', 'FOLLOW_UP_DUE', 'REFERRER_NOTE', 'ACCESS_FOR_NEED', 'COACH_MATCHED',
    'ERASURE_REQUESTED', 'ERASURE_DECIDED'));
