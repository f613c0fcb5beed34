-- The programme evaluation (module evaluation): the monitor's questionnaires per monitoring round,
-- avoided costs as cases, and the coaches' anonymised stories; plus the steering group's account
-- type (MONITOR) and what the monitor report reads of contacts.

alter table user_account drop constraint ck_user_account_role;
alter table user_account add constraint ck_user_account_role
    check (role in ('COACH', 'REFERRER', 'PROJECT_LEADER', 'ADMIN', 'BACKOFFICE', 'CLIENT', 'MONITOR'));

alter table notification drop constraint ck_notification_type;
alter table notification add constraint ck_notification_type check (type in ('REPORT_RELEASED', 'SIGNIFICANT_EVENT',
    'FEEDBACK_DUE', 'REFERRAL_DECIDED', 'FOLLOW_UP_DUE', 'REFERRER_NOTE', 'ACCESS_FOR_NEED', 'COACH_MATCHED',
    'ERASURE_REQUESTED', 'ERASURE_DECIDED', 'COACH_CHANGED', 'COVER_CHANGED', 'DRIEGESPREK_CHANGED',
    'CALLBACK_REQUESTED', 'CLIENT_ENDED', 'CLIENT_REQUEST', 'QUESTIONNAIRE_OPEN'));

-- The monitor report's time spent: who took the initiative and which life domains, beside the duration.
-- Columns appended at the end, so the view keeps its earlier columns for its readers.
create or replace view v_contact_moment as
select id, client_id, coach_id, occurred_at, outcome, type, time_kind, duration_minutes, initiated_by, life_domain_ids
from contact_moment
where deleted_at is null;

-- A question of the monitor's questionnaires, as data: the defaults below are the external monitor's
-- own questions, editable by the administrator. Answers: SCORE 1-10, CHOICE an index into the
-- choices ('|'-separated), PERCENT 0-100, TEXT free text.
create table questionnaire_question (
    id         bigserial    primary key,
    audience   varchar(16)  not null,
    code       varchar(40)  not null,
    kind       varchar(16)  not null,
    theme      varchar(20),
    text_nl    varchar(300) not null,
    text_en    varchar(300) not null,
    choices_nl varchar(300),
    choices_en varchar(300),
    sort_order int          not null,
    active     boolean      not null default true,
    version    bigint       not null default 0,
    constraint uq_questionnaire_question_code unique (audience, code),
    constraint ck_questionnaire_question_audience check (audience in ('CLIENT', 'REFERRER', 'COACH')),
    constraint ck_questionnaire_question_kind check (kind in ('SCORE', 'CHOICE', 'PERCENT', 'TEXT')),
    constraint ck_questionnaire_question_theme check (theme in ('CONNECTION', 'SELF_RELIANCE', 'PREVENTION', 'SIGNALLING')),
    constraint ck_questionnaire_question_choices check ((kind = 'CHOICE') = (choices_nl is not null and choices_en is not null))
);

-- Which questionnaires a round carries, and when the people who answer were told.
create table round_questionnaire (
    round_id   bigint      not null,
    audience   varchar(16) not null,
    invited_at timestamptz,
    primary key (round_id, audience),
    constraint fk_round_questionnaire_round foreign key (round_id) references monitoring_round (id),
    constraint ck_round_questionnaire_audience check (audience in ('CLIENT', 'REFERRER', 'COACH'))
);

-- One filled-in questionnaire: a referrer's or coach's own (respondent), or a client's (client_id),
-- filled in with the coach or by the client on Mijn Waakvlam.
create table questionnaire_response (
    id            bigserial   primary key,
    round_id      bigint      not null,
    audience      varchar(16) not null,
    respondent_id bigint,
    client_id     bigint,
    filled_in     varchar(16) not null,
    recorded_by   bigint      not null,
    submitted_at  timestamptz not null,
    constraint fk_questionnaire_response_round foreign key (round_id) references monitoring_round (id),
    constraint fk_questionnaire_response_respondent foreign key (respondent_id) references user_account (id),
    constraint fk_questionnaire_response_client foreign key (client_id) references client (id),
    constraint fk_questionnaire_response_recorded_by foreign key (recorded_by) references user_account (id),
    constraint ck_questionnaire_response_who check ((audience = 'CLIENT') = (client_id is not null)
        and (audience = 'CLIENT') = (respondent_id is null)),
    constraint ck_questionnaire_response_filled_in check (filled_in in ('SELF', 'WITH_COACH', 'BY_CLIENT'))
);
create unique index uq_questionnaire_response_client on questionnaire_response (round_id, client_id)
    where client_id is not null;
create unique index uq_questionnaire_response_respondent on questionnaire_response (round_id, audience, respondent_id)
    where respondent_id is not null;

-- One answer; client_id repeated from the response so a client's free text is found and anonymised.
create table questionnaire_answer (
    id          bigserial     primary key,
    response_id bigint        not null,
    question_id bigint        not null,
    client_id   bigint,
    score       int,
    choice      int,
    answer_text varchar(1000),
    constraint fk_questionnaire_answer_response foreign key (response_id) references questionnaire_response (id)
        on delete cascade,
    constraint fk_questionnaire_answer_question foreign key (question_id) references questionnaire_question (id),
    constraint fk_questionnaire_answer_client foreign key (client_id) references client (id),
    constraint uq_questionnaire_answer unique (response_id, question_id),
    constraint ck_questionnaire_answer_one check (num_nonnulls(score, choice, answer_text) = 1),
    constraint ck_questionnaire_answer_score check (score between 0 and 100)
);
create index ix_questionnaire_answer_question on questionnaire_answer (question_id);

-- What an avoided cost is usually worth, kept by the administrator, each with its source.
create table avoided_cost_kind (
    id               bigserial    primary key,
    name_nl          varchar(120) not null,
    name_en          varchar(120) not null,
    reference_amount int          not null,
    source           varchar(300) not null,
    active           boolean      not null default true,
    sort_order       int          not null,
    version          bigint       not null default 0,
    constraint ck_avoided_cost_kind_amount check (reference_amount between 0 and 10000000)
);

-- A case: an escalation the coach judged prevented, what was avoided, the amount proposed and the
-- project leader's confirmed (or adjusted) amount.
create table avoided_cost (
    id               bigserial     primary key,
    client_id        bigint        not null,
    event_id         bigint        not null,
    kind_id          bigint        not null,
    note             varchar(1000),
    proposed_amount  int           not null,
    confirmed_amount int,
    status           varchar(12)   not null,
    proposed_by      bigint        not null,
    proposed_at      timestamptz   not null,
    decided_by       bigint,
    decided_at       timestamptz,
    version          bigint        not null default 0,
    constraint fk_avoided_cost_client foreign key (client_id) references client (id),
    constraint fk_avoided_cost_event foreign key (event_id) references client_event (id),
    constraint fk_avoided_cost_kind foreign key (kind_id) references avoided_cost_kind (id),
    constraint fk_avoided_cost_proposed_by foreign key (proposed_by) references user_account (id),
    constraint fk_avoided_cost_decided_by foreign key (decided_by) references user_account (id),
    constraint uq_avoided_cost_event unique (event_id),
    constraint ck_avoided_cost_status check (status in ('PROPOSED', 'CONFIRMED', 'REJECTED')),
    constraint ck_avoided_cost_amounts check (proposed_amount between 0 and 10000000
        and (confirmed_amount is null or confirmed_amount between 0 and 10000000)),
    constraint ck_avoided_cost_decided check ((status = 'CONFIRMED') = (confirmed_amount is not null))
);
create index ix_avoided_cost_client on avoided_cost (client_id);

-- An anonymised experience story ("ervaringsverhaal") a coach proposes with the client's consent.
create table story (
    id           bigserial     primary key,
    client_id    bigint        not null,
    title        varchar(120)  not null,
    body         varchar(4000) not null,
    consent_on   date          not null,
    status       varchar(12)   not null,
    proposed_by  bigint        not null,
    proposed_at  timestamptz   not null,
    decided_by   bigint,
    decided_at   timestamptz,
    version      bigint        not null default 0,
    constraint fk_story_client foreign key (client_id) references client (id),
    constraint fk_story_proposed_by foreign key (proposed_by) references user_account (id),
    constraint fk_story_decided_by foreign key (decided_by) references user_account (id),
    constraint ck_story_status check (status in ('PROPOSED', 'SELECTED', 'DECLINED'))
);
create index ix_story_client on story (client_id);

-- What the dashboard's monitor report reads: questions, answers (never who gave one, never the
-- words), confirmed avoided costs and selected stories.
create view v_questionnaire_question as
select id, audience, code, kind, theme, text_nl, text_en, choices_nl, choices_en, sort_order, active
from questionnaire_question;

create view v_questionnaire_answer as
select r.round_id, r.audience, r.submitted_at, r.client_id, a.question_id, a.score, a.choice,
       a.answer_text is not null as in_words
from questionnaire_answer a
join questionnaire_response r on r.id = a.response_id;

create view v_avoided_cost as
select c.id, c.client_id, c.event_id, c.status, c.confirmed_amount, c.kind_id, k.name_nl, k.name_en, k.source
from avoided_cost c join avoided_cost_kind k on k.id = c.kind_id;

create view v_story as
select id, client_id, title, body, proposed_at, decided_at from story where status = 'SELECTED';

-- The monitor's own questions (Zwijndrecht lifecoach pilot), closed answers and 1-10 scores.
insert into questionnaire_question (audience, code, kind, theme, text_nl, text_en, choices_nl, choices_en, sort_order) values
('CLIENT', 'SATISFIED_COACH', 'SCORE', null, 'Welk cijfer geef je je lifecoach?', 'What mark do you give your lifecoach?', null, null, 10),
('CLIENT', 'SATISFIED_LIFE', 'SCORE', 'SELF_RELIANCE', 'Welk cijfer geef je je eigen leven nu?', 'What mark do you give your own life now?', null, null, 20),
('CLIENT', 'HELPED', 'CHOICE', 'SELF_RELIANCE', 'Heeft de lifecoach je geholpen?', 'Has the lifecoach helped you?', 'Ja, veel|Een beetje|Nee', 'Yes, a lot|A little|No', 30),
('CLIENT', 'RECOMMEND', 'CHOICE', 'CONNECTION', 'Zou je een lifecoach aanraden aan een vriend?', 'Would you recommend a lifecoach to a friend?', 'Ja|Misschien|Nee', 'Yes|Maybe|No', 40),
('CLIENT', 'LISTENED', 'CHOICE', 'CONNECTION', 'Voel je je meer gehoord sinds je een lifecoach hebt?', 'Do you feel more listened to since you have a lifecoach?', 'Ja|Een beetje|Nee', 'Yes|A little|No', 50),
('CLIENT', 'WOULD_MISS', 'CHOICE', 'PREVENTION', 'Zou je de lifecoach missen als die er niet meer is?', 'Would you miss the lifecoach if they were gone?', 'Ja|Een beetje|Nee', 'Yes|A little|No', 60),
('CLIENT', 'CAN_DO_NOW', 'TEXT', 'SELF_RELIANCE', 'Wat kun je nu zelf, wat je eerst niet kon?', 'What can you do yourself now that you could not before?', null, null, 70),
('REFERRER', 'SATISFIED_PROVISION', 'SCORE', null, 'Welk cijfer geeft u de lifecoach-voorziening?', 'What mark do you give the lifecoach provision?', null, null, 10),
('REFERRER', 'COLLABORATION', 'SCORE', 'CONNECTION', 'Welk cijfer geeft u de samenwerking met de lifecoaches?', 'What mark do you give the collaboration with the lifecoaches?', null, null, 20),
('REFERRER', 'REFERRAL_PROCESS', 'SCORE', 'CONNECTION', 'Welk cijfer geeft u het verwijzen van een cliënt?', 'What mark do you give the referral process?', null, null, 30),
('REFERRER', 'PROJECT_LEADER_ROLE', 'SCORE', 'CONNECTION', 'Welk cijfer geeft u de rol van de projectleider?', 'What mark do you give the project leader''s role?', null, null, 40),
('REFERRER', 'SELF_RELIANCE_GROWTH', 'CHOICE', 'SELF_RELIANCE', 'Ziet u de zelfredzaamheid van uw cliënten groeien?', 'Do you see your clients'' self-reliance grow?', 'Ja|Een beetje|Nee|Kan ik niet beoordelen', 'Yes|A little|No|Cannot judge', 50),
('REFERRER', 'PREVENTION_EXAMPLES', 'TEXT', 'PREVENTION', 'Heeft u voorbeelden van problemen die door de lifecoach niet groter werden?', 'Do you have examples of problems that did not grow because of the lifecoach?', null, null, 60),
('COACH', 'SATISFIED_PROVISION', 'SCORE', null, 'Welk cijfer geeft u de lifecoach-voorziening?', 'What mark do you give the lifecoach provision?', null, null, 10),
('COACH', 'COLLABORATION', 'SCORE', 'CONNECTION', 'Welk cijfer geeft u de samenwerking met andere hulpverleners?', 'What mark do you give the collaboration with other professionals?', null, null, 20),
('COACH', 'REFERRAL_PROCESS', 'SCORE', 'CONNECTION', 'Welk cijfer geeft u het verwijsproces?', 'What mark do you give the referral process?', null, null, 30),
('COACH', 'PROJECT_LEADER_ROLE', 'SCORE', 'CONNECTION', 'Welk cijfer geeft u de rol van de projectleider?', 'What mark do you give the project leader''s role?', null, null, 40),
('COACH', 'CLIENT_TIME_SHARE', 'PERCENT', null, 'Welk deel van uw werktijd gaat naar contact met cliënten (in procenten)?', 'What share of your working time goes to client contact (per cent)?', null, null, 50),
('COACH', 'PREVENTION_EXAMPLES', 'TEXT', 'PREVENTION', 'Bij welke cliënten werd een probleem volgens u voorkomen? Beschrijf het zonder namen.', 'For which clients was a problem prevented, in your view? Describe it without names.', null, null, 60);

insert into avoided_cost_kind (name_nl, name_en, reference_amount, source, sort_order) values
('Wmo-indicatie voor begeleiding', 'Wmo indication for support', 26000, 'Monitor lifecoach-pilot Zwijndrecht: een Wmo-indicatie van € 26.000 werd ingetrokken.', 10),
('Schuld of incassotraject', 'Debt or debt collection', 5000, 'Monitor lifecoach-pilot Zwijndrecht: een rekening van € 5.000 werd voorkomen.', 20),
('Huisuitzetting', 'Eviction', 0, 'Nog geen bron: de beheerder vult het bedrag in uit een eigen bron.', 30),
('Crisisopname', 'Crisis admission', 0, 'Nog geen bron: de beheerder vult het bedrag in uit een eigen bron.', 40);
