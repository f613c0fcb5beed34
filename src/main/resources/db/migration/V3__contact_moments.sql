-- Contact moments, the configurable list of life domains, and each client's agreed contact rhythm.

create table life_domain (
    id          bigserial    primary key,
    code        varchar(40)  not null,
    name_nl     varchar(100) not null,
    name_en     varchar(100) not null,
    sort_order  integer      not null,
    active      boolean      not null default true,
    constraint uq_life_domain_code unique (code)
);

insert into life_domain (code, name_nl, name_en, sort_order) values
    ('WORK', 'Werk', 'Work', 10),
    ('EDUCATION', 'Opleiding', 'Education', 20),
    ('FINANCES', 'Inkomen en financiën/schulden', 'Income and finances/debts', 30),
    ('HOUSING', 'Wonen', 'Housing', 40),
    ('DAYTIME', 'Daginvulling', 'Daytime activities', 50),
    ('PHYSICAL_HEALTH', 'Lichamelijke gezondheid', 'Physical health', 60),
    ('MENTAL_HEALTH', 'Psychische gezondheid', 'Mental health', 70),
    ('ADDICTION', 'Verslaving', 'Addiction', 80),
    ('PERSONAL_CARE', 'Persoonlijke verzorging', 'Personal care', 90),
    ('HOUSEHOLD', 'Huishouden', 'Household', 100),
    ('SOCIAL_NETWORK', 'Sociaal netwerk en relaties', 'Social network and relationships', 110),
    ('FAMILY', 'Gezin en opvoeding', 'Family and parenting', 120),
    ('AGENCIES', 'Contact met instanties', 'Contact with agencies', 130),
    ('JUSTICE', 'Justitie', 'Justice', 140),
    ('MOBILITY', 'Mobiliteit', 'Mobility', 150),
    ('OWN_BEHAVIOUR', 'Eigen gedrag', 'Own behaviour', 160),
    ('GENERAL_SUPPORT', 'Algemene steun (luisterend oor)', 'General support (listening ear)', 170);

create table contact_moment (
    id                   bigserial     primary key,
    client_id            bigint        not null,
    coach_id             bigint        not null,
    occurred_at          timestamptz   not null,
    outcome              varchar(30)   not null,
    type                 varchar(30)   not null,
    initiated_by         varchar(20)   not null,
    duration_minutes     integer,
    life_domain_ids      bigint[]      not null default '{}',
    working_elements     varchar(20)[] not null default '{}',
    private_note         varchar(4000),
    shared_note          varchar(2000),
    follow_up_action     varchar(500),
    follow_up_due        date,
    follow_up_done_at    timestamptz,
    significant_decision boolean       not null default false,
    incident             boolean       not null default false,
    time_kind            varchar(10)   not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz,
    deleted_at           timestamptz,
    deleted_by           bigint,
    delete_reason        varchar(500),
    version              bigint        not null default 0,
    constraint fk_contact_moment_client foreign key (client_id) references client (id),
    constraint fk_contact_moment_coach foreign key (coach_id) references user_account (id),
    constraint fk_contact_moment_deleted_by foreign key (deleted_by) references user_account (id),
    constraint ck_contact_moment_duration check (duration_minutes is null or duration_minutes between 1 and 1440),
    constraint ck_contact_moment_outcome check (outcome in ('REACHED', 'NO_ANSWER', 'NOT_HOME', 'CANCELLED_BY_CLIENT',
        'CANCELLED_BY_COACH')),
    constraint ck_contact_moment_type check (type in ('FACE_TO_FACE', 'HOME_VISIT', 'WALK_ACTIVITY', 'PHONE', 'VIDEO',
        'MESSAGE', 'EMAIL', 'ACCOMPANYING', 'THREE_WAY', 'PROFESSIONAL_CONSULT', 'CRISIS')),
    constraint ck_contact_moment_initiated_by check (initiated_by in ('CLIENT', 'COACH', 'REFERRER', 'THIRD_PARTY')),
    constraint ck_contact_moment_time_kind check (time_kind in ('DIRECT', 'INDIRECT')),
    constraint ck_contact_moment_deletion check ((deleted_at is null) = (delete_reason is null))
);

-- Timeline and "last contact" lookups per client, newest first, live rows only.
create index ix_contact_moment_client_time on contact_moment (client_id, occurred_at desc) where deleted_at is null;
create index ix_contact_moment_coach_time on contact_moment (coach_id, occurred_at) where deleted_at is null;
create index ix_contact_moment_follow_up on contact_moment (follow_up_due)
    where follow_up_due is not null and follow_up_done_at is null and deleted_at is null;
create index ix_contact_moment_domains on contact_moment using gin (life_domain_ids);

alter table client
    add column rhythm_days   integer,
    add column rhythm_reason varchar(500),
    add constraint ck_client_rhythm_days check (rhythm_days is null or rhythm_days between 1 and 365);
