-- Working with referrers: feedback agreements, consent, referrer context notes, progress reports
-- with read receipts, and notifications (inbox and e-mail preferences).

create table feedback_agreement (
    id          bigserial     primary key,
    client_id   bigint        not null,
    referrer_id bigint        not null,
    frequency   varchar(30)   not null,
    topics      varchar(1000),
    channel     varchar(30)   not null,
    made_on     date          not null,
    next_due    date,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint fk_feedback_agreement_client foreign key (client_id) references client (id),
    constraint fk_feedback_agreement_referrer foreign key (referrer_id) references user_account (id),
    constraint uq_feedback_agreement unique (client_id, referrer_id),
    constraint ck_feedback_agreement_frequency check (frequency in ('WEEKLY', 'BIWEEKLY', 'MONTHLY', 'QUARTERLY',
        'SIGNIFICANT_EVENTS_ONLY', 'NONE')),
    constraint ck_feedback_agreement_channel check (channel in ('PORTAL', 'PHONE', 'EMAIL', 'MEETING'))
);

create index ix_feedback_agreement_due on feedback_agreement (next_due);

create table consent (
    id                        bigserial    primary key,
    client_id                 bigint       not null,
    recipient_type            varchar(20)  not null,
    recipient_user_id         bigint,
    recipient_organisation_id bigint,
    recipient_name            varchar(200),
    scope_reports             boolean      not null,
    scope_events              boolean      not null,
    scope_goals               boolean      not null,
    obtained_how              varchar(20)  not null,
    given_on                  date         not null,
    recorded_by               bigint       not null,
    withdrawn_on              date,
    withdrawn_by              bigint,
    created_at                timestamptz  not null,
    version                   bigint       not null default 0,
    constraint fk_consent_client foreign key (client_id) references client (id),
    constraint fk_consent_user foreign key (recipient_user_id) references user_account (id),
    constraint fk_consent_organisation foreign key (recipient_organisation_id) references organisation (id),
    constraint fk_consent_recorded_by foreign key (recorded_by) references user_account (id),
    constraint fk_consent_withdrawn_by foreign key (withdrawn_by) references user_account (id),
    constraint ck_consent_recipient_type check (recipient_type in ('REFERRER', 'ORGANISATION', 'REPRESENTATIVE')),
    constraint ck_consent_recipient check (
        (recipient_type = 'REFERRER' and recipient_user_id is not null)
        or (recipient_type = 'ORGANISATION' and recipient_organisation_id is not null)
        or (recipient_type = 'REPRESENTATIVE' and recipient_name is not null)),
    constraint ck_consent_obtained check (obtained_how in ('CONVERSATION', 'SIGNED_FORM'))
);

create index ix_consent_client on consent (client_id);
create index ix_consent_user on consent (recipient_user_id) where withdrawn_on is null;

create table referrer_note (
    id          bigserial     primary key,
    client_id   bigint        not null,
    referrer_id bigint        not null,
    noticed_on  date          not null,
    note        varchar(2000) not null,
    created_at  timestamptz   not null,
    constraint fk_referrer_note_client foreign key (client_id) references client (id),
    constraint fk_referrer_note_referrer foreign key (referrer_id) references user_account (id)
);

create index ix_referrer_note_client on referrer_note (client_id, created_at desc);

create table progress_report (
    id           bigserial     primary key,
    client_id    bigint        not null,
    period_from  date          not null,
    period_to    date          not null,
    body         varchar(20000) not null,
    status       varchar(20)   not null,
    discussed_on date,
    released_at  timestamptz,
    released_by  bigint,
    version_no   integer       not null default 1,
    previous_id  bigint,
    created_by   bigint        not null,
    created_at   timestamptz   not null,
    version      bigint        not null default 0,
    constraint fk_progress_report_client foreign key (client_id) references client (id),
    constraint fk_progress_report_previous foreign key (previous_id) references progress_report (id),
    constraint fk_progress_report_created_by foreign key (created_by) references user_account (id),
    constraint fk_progress_report_released_by foreign key (released_by) references user_account (id),
    constraint ck_progress_report_status check (status in ('DRAFT', 'RELEASED', 'SUPERSEDED')),
    constraint ck_progress_report_period check (period_to >= period_from),
    constraint ck_progress_report_release check (status = 'DRAFT' or (discussed_on is not null and released_at is not null))
);

create index ix_progress_report_client on progress_report (client_id, period_to desc);

create table report_read (
    report_id bigint      not null,
    user_id   bigint      not null,
    read_at   timestamptz not null,
    constraint pk_report_read primary key (report_id, user_id),
    constraint fk_report_read_report foreign key (report_id) references progress_report (id),
    constraint fk_report_read_user foreign key (user_id) references user_account (id)
);

create table notification (
    id          bigserial    primary key,
    user_id     bigint       not null,
    type        varchar(30)  not null,
    message_key varchar(100) not null,
    link        varchar(300) not null,
    created_at  timestamptz  not null,
    read_at     timestamptz,
    emailed_at  timestamptz,
    constraint fk_notification_user foreign key (user_id) references user_account (id),
    constraint ck_notification_type check (type in ('REPORT_RELEASED', 'SIGNIFICANT_EVENT', 'FEEDBACK_DUE',
        'REFERRAL_DECIDED', 'FOLLOW_UP_DUE'))
);

create index ix_notification_user on notification (user_id, created_at desc);
create index ix_notification_unread on notification (user_id) where read_at is null;

create table notification_preference (
    user_id bigint      not null,
    type    varchar(30) not null,
    email   boolean     not null,
    constraint pk_notification_preference primary key (user_id, type),
    constraint fk_notification_preference_user foreign key (user_id) references user_account (id)
);
