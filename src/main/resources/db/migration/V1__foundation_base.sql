-- Foundation: organisations (the sociale kaart), login accounts, coach profiles, tracks, clients.

create table organisation (
    id          bigserial    primary key,
    name        varchar(200) not null,
    type        varchar(30)  not null,
    phone       varchar(40),
    email       varchar(200),
    address     varchar(300),
    version     bigint       not null default 0,
    constraint uq_organisation_name unique (name),
    constraint ck_organisation_type check (type in ('SCHOOL', 'SOCIAL_SERVICE', 'MUNICIPALITY', 'EMPLOYER',
        'CARE_PROVIDER', 'WELFARE', 'HOUSING', 'POLICE', 'GP', 'OTHER'))
);

create table department (
    id              bigserial    primary key,
    organisation_id bigint       not null,
    name            varchar(200) not null,
    constraint fk_department_organisation foreign key (organisation_id) references organisation (id),
    constraint uq_department_name unique (organisation_id, name)
);

create table user_account (
    id              bigserial    primary key,
    username        varchar(60)  not null,
    password_hash   varchar(255) not null,
    display_name    varchar(200) not null,
    email           varchar(200),
    phone           varchar(40),
    role            varchar(20)  not null,
    organisation_id bigint,
    department_id   bigint,
    enabled         boolean      not null default true,
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    constraint uq_user_account_username unique (username),
    constraint ck_user_account_role check (role in ('COACH', 'REFERRER', 'PROJECT_LEADER', 'ADMIN')),
    constraint ck_user_account_referrer_organisation check (role <> 'REFERRER' or organisation_id is not null),
    constraint fk_user_account_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_user_account_department foreign key (department_id) references department (id)
);

create index ix_user_account_role on user_account (role);

create table coach_profile (
    user_id         bigint       primary key,
    gender          varchar(20)  not null,
    languages       varchar(300) not null default '',
    interests       varchar(500) not null default '',
    experience      varchar(2000) not null default '',
    contract_hours  integer      not null,
    max_caseload    integer      not null,
    version         bigint       not null default 0,
    constraint fk_coach_profile_user foreign key (user_id) references user_account (id),
    constraint ck_coach_profile_gender check (gender in ('FEMALE', 'MALE', 'OTHER')),
    constraint ck_coach_profile_hours check (contract_hours between 0 and 60),
    constraint ck_coach_profile_caseload check (max_caseload between 0 and 200)
);

create table track (
    id          bigserial    primary key,
    code        varchar(40)  not null,
    name_nl     varchar(200) not null,
    name_en     varchar(200) not null,
    youth       boolean      not null,
    active      boolean      not null default true,
    constraint uq_track_code unique (code)
);

insert into track (code, name_nl, name_en, youth) values
    ('YOUTH', 'Kwetsbare jongeren 18-/18+', 'Vulnerable young people 18-/18+', true),
    ('ADULTS', 'Kwetsbare volwassenen in een latere levensfase', 'Vulnerable adults in a later phase of life', false);

create table client (
    id                           bigserial    primary key,
    first_name                   varchar(100) not null,
    last_name                    varchar(100) not null,
    date_of_birth                date         not null,
    phone                        varchar(40),
    email                        varchar(200),
    address                      varchar(300),
    preferred_channel            varchar(20),
    living_situation             varchar(300),
    track_id                     bigint       not null,
    intake_category              integer,
    phase                        varchar(20)  not null,
    phase_since                  date         not null,
    referring_organisation_id    bigint       not null,
    referring_department_id      bigint,
    referrer_id                  bigint,
    coach_id                     bigint,
    expected_school_leaving_date date,
    indication                   varchar(200),
    own_question                 varchar(2000),
    preferred_coach_gender       varchar(20),
    matching_preferences         varchar(1000),
    created_at                   timestamptz  not null default now(),
    version                      bigint       not null default 0,
    constraint fk_client_track foreign key (track_id) references track (id),
    constraint fk_client_organisation foreign key (referring_organisation_id) references organisation (id),
    constraint fk_client_department foreign key (referring_department_id) references department (id),
    constraint fk_client_referrer foreign key (referrer_id) references user_account (id),
    constraint fk_client_coach foreign key (coach_id) references user_account (id),
    constraint ck_client_intake_category check (intake_category between 1 and 3),
    constraint ck_client_phase check (phase in ('REFERRED', 'DECLINED', 'ACCEPTED', 'INTAKE', 'INTENSIVE',
        'SCALING_DOWN', 'WAAKVLAM', 'ENDED')),
    constraint ck_client_preferred_coach_gender check (preferred_coach_gender in ('FEMALE', 'MALE')),
    constraint ck_client_preferred_channel check (preferred_channel in ('PHONE', 'APP', 'EMAIL', 'VISIT'))
);

create index ix_client_coach on client (coach_id);
create index ix_client_referrer on client (referrer_id);
create index ix_client_phase on client (phase);
create index ix_client_organisation on client (referring_organisation_id);
