-- Referrals, lifecycle history, coach assignments, absences with cover, and the audit trail.

alter table client
    add column cover_coach_id     bigint,
    add column preferred_language varchar(100),
    add column interests          varchar(300),
    add column started_on         date,
    add column ended_on           date,
    add column end_reason         varchar(30),
    add column aftercare_note     varchar(2000),
    add constraint fk_client_cover_coach foreign key (cover_coach_id) references user_account (id),
    add constraint ck_client_end_reason check (end_reason in ('GOAL_REACHED', 'CLIENT_STOPPED', 'SCALED_UP_HANDED_OVER',
        'MOVED', 'PROGRAMME_ENDED', 'OTHER'));

create index ix_client_cover_coach on client (cover_coach_id);
create index ix_client_name on client (lower(last_name), lower(first_name));

create table referral (
    client_id               bigint        primary key,
    referrer_id             bigint        not null,
    submitted_by            bigint        not null,
    submitted_at            timestamptz   not null,
    reason                  varchar(2000) not null,
    known_issues            varchar(2000),
    urgency                 varchar(10)   not null,
    consent_on              date          not null,
    decided_by              bigint,
    decided_at              timestamptz,
    decline_reason          varchar(1000),
    decline_advice          varchar(1000),
    advised_organisation_id bigint,
    matched_at              timestamptz,
    match_rationale         varchar(2000),
    start_meeting_at        timestamp,
    start_meeting_place     varchar(200),
    version                 bigint        not null default 0,
    constraint fk_referral_client foreign key (client_id) references client (id),
    constraint fk_referral_referrer foreign key (referrer_id) references user_account (id),
    constraint fk_referral_submitted_by foreign key (submitted_by) references user_account (id),
    constraint fk_referral_decided_by foreign key (decided_by) references user_account (id),
    constraint fk_referral_advised_organisation foreign key (advised_organisation_id) references organisation (id),
    constraint ck_referral_urgency check (urgency in ('NORMAL', 'SOON', 'URGENT'))
);

create index ix_referral_referrer on referral (referrer_id);
create index ix_referral_submitted_at on referral (submitted_at);

create table phase_change (
    id          bigserial     primary key,
    client_id   bigint        not null,
    from_phase  varchar(20),
    to_phase    varchar(20)   not null,
    changed_on  date          not null,
    reason      varchar(1000) not null,
    changed_by  bigint,
    recorded_at timestamptz   not null,
    constraint fk_phase_change_client foreign key (client_id) references client (id),
    constraint fk_phase_change_user foreign key (changed_by) references user_account (id)
);

create index ix_phase_change_client on phase_change (client_id, changed_on);

create table assignment (
    id          bigserial     primary key,
    client_id   bigint        not null,
    coach_id    bigint        not null,
    role        varchar(10)   not null,
    started_on  date          not null,
    ended_on    date,
    note        varchar(4000),
    created_by  bigint,
    created_at  timestamptz   not null,
    constraint fk_assignment_client foreign key (client_id) references client (id),
    constraint fk_assignment_coach foreign key (coach_id) references user_account (id),
    constraint fk_assignment_created_by foreign key (created_by) references user_account (id),
    constraint ck_assignment_role check (role in ('PRIMARY', 'COVER'))
);

create index ix_assignment_client on assignment (client_id);
create index ix_assignment_coach on assignment (coach_id);

create table coach_absence (
    id             bigserial    primary key,
    coach_id       bigint       not null,
    starts_on      date         not null,
    ends_on        date         not null,
    reason         varchar(20)  not null,
    cover_coach_id bigint,
    created_by     bigint,
    created_at     timestamptz  not null,
    version        bigint       not null default 0,
    constraint fk_coach_absence_coach foreign key (coach_id) references user_account (id),
    constraint fk_coach_absence_cover foreign key (cover_coach_id) references user_account (id),
    constraint fk_coach_absence_created_by foreign key (created_by) references user_account (id),
    constraint ck_coach_absence_period check (ends_on >= starts_on),
    constraint ck_coach_absence_reason check (reason in ('HOLIDAY', 'SICK', 'LEAVE', 'TRAINING', 'OTHER')),
    constraint ck_coach_absence_cover_other check (cover_coach_id is null or cover_coach_id <> coach_id)
);

create index ix_coach_absence_period on coach_absence (starts_on, ends_on);
create index ix_coach_absence_coach on coach_absence (coach_id);

-- Append-only audit trail: who looked at or changed which client file, when and from where.
create table audit_event (
    id             bigserial    primary key,
    occurred_at    timestamptz  not null,
    user_id        bigint,
    username       varchar(60),
    role           varchar(20),
    action         varchar(30)  not null,
    client_id      bigint,
    entity         varchar(40),
    entity_id      bigint,
    outcome        varchar(20)  not null,
    source_address varchar(64)
);

create index ix_audit_event_client on audit_event (client_id, occurred_at);
create index ix_audit_event_user on audit_event (user_id, occurred_at);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger tr_audit_event_append_only
    before update or delete or truncate on audit_event
    for each statement execute function audit_event_append_only();
