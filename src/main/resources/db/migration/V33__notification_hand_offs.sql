-- Hand-offs announced: an erasure request reaches the administrators who decide it and the decision the
-- project leader who asked; a change of coach reaches the old and the new coach and the referrer; a
-- change of the designated cover reaches both covers; a moved or called-off driegesprek reaches the
-- coaches and the referrer.
alter table notification drop constraint ck_notification_type;
alter table notification add constraint ck_notification_type check (type in ('REPORT_RELEASED', 'SIGNIFICANT_EVENT',
    'FEEDBACK_DUE', 'REFERRAL_DECIDED', 'FOLLOW_UP_DUE', 'REFERRER_NOTE', 'ACCESS_FOR_NEED', 'COACH_MATCHED',
    'ERASURE_REQUESTED', 'ERASURE_DECIDED', 'COACH_CHANGED', 'COVER_CHANGED', 'DRIEGESPREK_CHANGED'));
