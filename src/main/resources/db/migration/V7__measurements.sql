-- Measurements: instruments as data (scale, labels, domains in both languages), switched on per
-- deployment; programme monitoring rounds defined by the project leader; measurements per client.

create table instrument (
    id                  bigserial    primary key,
    code                varchar(40)  not null,
    kind                varchar(20)  not null,
    name_nl             varchar(200) not null,
    name_en             varchar(200) not null,
    question_nl         varchar(500),
    question_en         varchar(500),
    min_score           smallint     not null,
    max_score           smallint     not null,
    -- months between repeated measurements; null when the instrument is not repeated on a rhythm
    interval_months     integer,
    enabled             boolean      not null,
    licensed            boolean      not null default false,
    sort_order          integer      not null,
    updated_at          timestamptz,
    version             bigint       not null default 0,
    constraint uq_instrument_code unique (code),
    constraint ck_instrument_kind check (kind in ('SCALE', 'LADDER', 'MATRIX')),
    constraint ck_instrument_range check (min_score < max_score)
);

-- Labels of score values: the rungs of the ladder, the levels of the matrix, the ends of a scale.
create table instrument_level (
    instrument_id bigint       not null,
    score         smallint     not null,
    label_nl      varchar(200) not null,
    label_en      varchar(200) not null,
    primary key (instrument_id, score),
    constraint fk_instrument_level_instrument foreign key (instrument_id) references instrument (id)
);

-- Domains of a matrix instrument (the 13 ZRM domains).
create table instrument_domain (
    id            bigserial    primary key,
    instrument_id bigint       not null,
    code          varchar(40)  not null,
    name_nl       varchar(200) not null,
    name_en       varchar(200) not null,
    sort_order    integer      not null,
    constraint fk_instrument_domain_instrument foreign key (instrument_id) references instrument (id),
    constraint uq_instrument_domain unique (instrument_id, code)
);

create table monitoring_round (
    id         bigserial    primary key,
    name       varchar(100) not null,
    opens_on   date         not null,
    closes_on  date         not null,
    created_by bigint       not null,
    created_at timestamptz  not null,
    constraint fk_monitoring_round_created_by foreign key (created_by) references user_account (id),
    constraint uq_monitoring_round_name unique (name),
    constraint ck_monitoring_round_window check (opens_on <= closes_on)
);

create table measurement (
    id            bigserial     primary key,
    client_id     bigint        not null,
    instrument_id bigint        not null,
    moment        varchar(20)   not null,
    round_id      bigint,
    measured_on   date          not null,
    -- the score of a single-question instrument (scale, ladder); null for a matrix
    score         integer,
    note          varchar(2000),
    recorded_by   bigint        not null,
    created_at    timestamptz   not null,
    constraint fk_measurement_client foreign key (client_id) references client (id),
    constraint fk_measurement_instrument foreign key (instrument_id) references instrument (id),
    constraint fk_measurement_round foreign key (round_id) references monitoring_round (id),
    constraint fk_measurement_recorded_by foreign key (recorded_by) references user_account (id),
    constraint ck_measurement_moment check (moment in ('START', 'PERIODIC', 'MID', 'END', 'ROUND')),
    constraint ck_measurement_round check ((moment = 'ROUND') = (round_id is not null))
);

create index ix_measurement_client on measurement (client_id, instrument_id, measured_on);
create index ix_measurement_round on measurement (round_id) where round_id is not null;

-- Scores per domain of a matrix measurement; a domain without a row was "not discussed".
create table measurement_score (
    measurement_id bigint   not null,
    domain_id      bigint   not null,
    score          integer  not null,
    primary key (measurement_id, domain_id),
    constraint fk_measurement_score_measurement foreign key (measurement_id) references measurement (id),
    constraint fk_measurement_score_domain foreign key (domain_id) references instrument_domain (id)
);

insert into instrument (code, kind, name_nl, name_en, question_nl, question_en, min_score, max_score, interval_months,
                        enabled, licensed, sort_order) values
    ('SCALE', 'SCALE', 'Schaalvraag (1–10)', 'Scale question (1–10)',
     'Hoe gaat het met je, op een schaal van 1 tot 10?', 'How is it going, on a scale from 1 to 10?', 1, 10, 6,
     true, false, 10),
    ('SATISFACTION_COACH', 'SCALE', 'Tevredenheid over de lifecoach (1–10)', 'Satisfaction with the lifecoach (1–10)',
     'Hoe tevreden ben je over het contact met je lifecoach?', 'How satisfied are you with the contact with your lifecoach?',
     1, 10, 6, true, false, 20),
    ('SATISFACTION_LIFE', 'SCALE', 'Tevredenheid over het eigen leven (1–10)', 'Satisfaction with own life (1–10)',
     'Hoe tevreden ben je over je leven op dit moment?', 'How satisfied are you with your life at the moment?',
     1, 10, 6, true, false, 30),
    ('PARTICIPATION_LADDER', 'LADDER', 'Participatieladder', 'Participation ladder',
     'Waar sta je nu op de participatieladder?', 'Where are you now on the participation ladder?', 1, 6, 6,
     true, false, 40),
    ('ZRM', 'MATRIX', 'Zelfredzaamheidsmatrix (ZRM)', 'Self-Sufficiency Matrix (ZRM)', null, null, 1, 5, 6,
     false, true, 50);

insert into instrument_level (instrument_id, score, label_nl, label_en)
select i.id, v.score, v.label_nl, v.label_en from instrument i join (values
    ('SCALE', 1, 'Heel slecht', 'Very bad'), ('SCALE', 10, 'Heel goed', 'Very good'),
    ('SATISFACTION_COACH', 1, 'Helemaal niet tevreden', 'Not satisfied at all'),
    ('SATISFACTION_COACH', 10, 'Heel tevreden', 'Very satisfied'),
    ('SATISFACTION_LIFE', 1, 'Helemaal niet tevreden', 'Not satisfied at all'),
    ('SATISFACTION_LIFE', 10, 'Heel tevreden', 'Very satisfied'),
    ('PARTICIPATION_LADDER', 1, 'Geïsoleerd', 'Isolated'),
    ('PARTICIPATION_LADDER', 2, 'Sociale contacten buitenshuis', 'Social contacts outside the home'),
    ('PARTICIPATION_LADDER', 3, 'Deelname georganiseerde activiteiten', 'Organised activities'),
    ('PARTICIPATION_LADDER', 4, 'Onbetaald werk', 'Unpaid work'),
    ('PARTICIPATION_LADDER', 5, 'Betaald werk met ondersteuning', 'Paid work with support'),
    ('PARTICIPATION_LADDER', 6, 'Betaald werk', 'Paid work without support'),
    ('ZRM', 1, 'Acute problematiek', 'Acute problems'),
    ('ZRM', 2, 'Niet zelfredzaam', 'Not self-sufficient'),
    ('ZRM', 3, 'Beperkt zelfredzaam', 'Limited self-sufficiency'),
    ('ZRM', 4, 'Voldoende zelfredzaam', 'Sufficiently self-sufficient'),
    ('ZRM', 5, 'Volledig zelfredzaam', 'Fully self-sufficient')
) as v (code, score, label_nl, label_en) on v.code = i.code;

insert into instrument_domain (instrument_id, code, name_nl, name_en, sort_order)
select i.id, d.code, d.name_nl, d.name_en, d.sort_order from instrument i join (values
    ('FINANCES', 'Financiën', 'Finances', 10),
    ('WORK_EDUCATION', 'Werk & opleiding', 'Work and education', 20),
    ('TIME_USE', 'Tijdsbesteding', 'Use of time', 30),
    ('HOUSING', 'Huisvesting', 'Housing', 40),
    ('DOMESTIC_RELATIONS', 'Huiselijke relaties', 'Domestic relations', 50),
    ('MENTAL_HEALTH', 'Geestelijke gezondheid', 'Mental health', 60),
    ('PHYSICAL_HEALTH', 'Lichamelijke gezondheid', 'Physical health', 70),
    ('SUBSTANCE_USE', 'Middelengebruik', 'Substance use', 80),
    ('BASIC_ADL', 'Basale ADL', 'Basic ADL', 90),
    ('INSTRUMENTAL_ADL', 'Instrumentele ADL', 'Instrumental ADL', 100),
    ('SOCIAL_NETWORK', 'Sociaal netwerk', 'Social network', 110),
    ('PARTICIPATION', 'Maatschappelijke participatie', 'Social participation', 120),
    ('JUSTICE', 'Justitie', 'Justice', 130)
) as d (code, name_nl, name_en, sort_order) on i.code = 'ZRM';
