-- The back office ("secretariaat"): a role of its own, and the call-back requests it takes for coaches
-- (who called, about which client, what, how urgent), until the coach marks one done. The end of a
-- trajectory gets its own kind of notice for the referrer.
alter table user_account drop constraint ck_user_account_role;
alter table user_account add constraint ck_user_account_role
    check (role in ('COACH', 'REFERRER', 'PROJECT_LEADER', 'ADMIN', 'BACKOFFICE'));

create table callback_request (
    id           bigint generated always as identity primary key,
    client_id    bigint        not null references client (id),
    coach_id     bigint        not null references user_account (id),
    caller_name  varchar(200)  not null,
    caller_phone varchar(40)   not null,
    caller_kind  varchar(20)   not null,
    message      varchar(1000) not null,
    urgency      varchar(20)   not null,
    created_by   bigint        not null references user_account (id),
    created_at   timestamptz   not null,
    done_at      timestamptz,
    done_by      bigint references user_account (id),
    version      bigint        not null default 0,
    constraint ck_callback_caller_kind check (caller_kind in ('REFERRER', 'CLIENT', 'FAMILY', 'OTHER')),
    constraint ck_callback_urgency check (urgency in ('URGENT', 'TODAY', 'THIS_WEEK'))
);
create index ix_callback_request_open on callback_request (created_at) where done_at is null;
create index ix_callback_request_client on callback_request (client_id);

alter table notification drop constraint ck_notification_type;
alter table notification add constraint ck_notification_type check (type in ('REPORT_RELEASED', 'SIGNIFICANT_EVENT',
    'FEEDBACK_DUE', 'REFERRAL_DECIDED', 'FOLLOW_UP_DUE', 'REFERRER_NOTE', 'ACCESS_FOR_NEED', 'COACH_MATCHED',
    'ERASURE_REQUESTED', 'ERASURE_DECIDED', 'COACH_CHANGED', 'COVER_CHANGED', 'DRIEGESPREK_CHANGED',
    'CALLBACK_REQUESTED', 'CLIENT_ENDED'));
