-- The administrator keeps the reference lists and the programme settings (/admin/settings).
-- Every list gets an order and a version for concurrent edits; end and decline reasons become lists of
-- their own (the end reasons with the codes clients already store); the programme's settings get one
-- row of overrides over the configured defaults; every change is kept with its old and new value.
-- V22_1 points the client's end reason and the referral's decline reason at the new lists.

-- reference: tracks get an order (a row inserted without one goes to the end); every list a version
alter table track
    add column sort_order integer,
    add column version    bigint not null default 0;
update track set sort_order = id * 10;
alter table track alter column sort_order set not null;
alter table track alter column sort_order set default 1000;

alter table life_domain
    add column version bigint not null default 0;

-- reference: why support ended, seeded with the values the end-of-coaching form offered until now
create table end_reason (
    id          bigserial    primary key,
    code        varchar(30)  not null,
    name_nl     varchar(100) not null,
    name_en     varchar(100) not null,
    sort_order  integer      not null,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    constraint uq_end_reason_code unique (code)
);

insert into end_reason (code, name_nl, name_en, sort_order) values
    ('GOAL_REACHED', 'Doel bereikt', 'Goal reached', 10),
    ('CLIENT_STOPPED', 'Cliënt is gestopt', 'Client stopped', 20),
    ('SCALED_UP_HANDED_OVER', 'Opgeschaald en overgedragen', 'Scaled up and handed over', 30),
    ('MOVED', 'Verhuisd', 'Moved', 40),
    ('PROGRAMME_ENDED', 'Programma beëindigd', 'Programme ended', 50),
    ('OTHER', 'Anders', 'Other', 60);

-- reference: why a referral was declined at intake
create table decline_reason (
    id          bigserial    primary key,
    code        varchar(30)  not null,
    name_nl     varchar(100) not null,
    name_en     varchar(100) not null,
    sort_order  integer      not null,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    constraint uq_decline_reason_code unique (code)
);

insert into decline_reason (code, name_nl, name_en, sort_order) values
    ('TOO_COMPLEX', 'Te zwaar: zwaardere zorg nodig', 'Too complex: heavier care needed', 10),
    ('ENOUGH_HELP', 'Krijgt al veel hulp', 'Already receives a lot of help', 20),
    ('OUTSIDE_TARGET_GROUP', 'Hoort niet bij de doelgroep', 'Outside the target group', 30),
    ('NO_QUESTION', 'Geen hulpvraag of wil geen coach', 'No question for help or does not want a coach', 40),
    ('OUTSIDE_AREA', 'Woont buiten het werkgebied', 'Lives outside the area', 50),
    ('OTHER', 'Anders', 'Other', 60);

-- settings: the one row of the administrator's overrides; null means "the configured default"
create table programme_setting (
    id                       integer      primary key,
    programme_name           varchar(100),
    central_phone            varchar(40),
    rhythm_days_intake       integer,
    rhythm_days_intensive    integer,
    rhythm_days_scaling_down integer,
    rhythm_days_waakvlam     integer,
    weight_intake            integer,
    weight_intensive         integer,
    weight_scaling_down      integer,
    weight_waakvlam          integer,
    updated_at               timestamptz,
    updated_by               bigint,
    version                  bigint       not null default 0,
    constraint ck_programme_setting_one_row check (id = 1),
    constraint ck_programme_setting_rhythm check (rhythm_days_intake between 1 and 365
        and rhythm_days_intensive between 1 and 365 and rhythm_days_scaling_down between 1 and 365
        and rhythm_days_waakvlam between 1 and 365),
    constraint ck_programme_setting_weights check (weight_intake between 0 and 10
        and weight_intensive between 0 and 10 and weight_scaling_down between 0 and 10
        and weight_waakvlam between 0 and 10),
    constraint fk_programme_setting_user foreign key (updated_by) references user_account (id)
);

insert into programme_setting (id) values (1);

-- settings: every change to a list or a setting, with its old and new value (never client data);
-- the audit trail records who did it as well
create table setting_change (
    id          bigserial    primary key,
    changed_at  timestamptz  not null,
    user_id     bigint,
    username    varchar(60),
    entity      varchar(40)  not null,
    entity_id   bigint,
    field       varchar(40)  not null,
    old_value   varchar(200),
    new_value   varchar(200),
    constraint fk_setting_change_user foreign key (user_id) references user_account (id)
);

create index ix_setting_change_changed_at on setting_change (changed_at);

create function setting_change_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'setting_change is append-only';
end;
$$;

create trigger tr_setting_change_append_only
    before update or delete or truncate on setting_change
    for each statement execute function setting_change_append_only();
