-- The escalation ladder: events on a client (signals, crises, scale-ups, …), the early-warning
-- plan, the plan of action and mandate advice.

create table warning_sign (
    id          bigserial     primary key,
    client_id   bigint        not null,
    sign        varchar(500)  not null,
    action      varchar(1000) not null,
    who_acts    varchar(200)  not null,
    active      boolean       not null default true,
    created_by  bigint,
    created_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint fk_warning_sign_client foreign key (client_id) references client (id),
    constraint fk_warning_sign_created_by foreign key (created_by) references user_account (id)
);

create index ix_warning_sign_client on warning_sign (client_id) where active;

create table client_event (
    id                     bigserial     primary key,
    client_id              bigint        not null,
    type                   varchar(30)   not null,
    occurred_on            date          not null,
    life_domain_ids        bigint[]      not null default '{}',
    source                 varchar(20),
    what_happened          varchar(4000) not null,
    action_taken           varchar(2000),
    outcome                varchar(2000),
    follow_up_on           date,
    follow_up_done_at      timestamptz,
    severity               varchar(10)   not null,
    significant            boolean       not null default false,
    warning_sign_id        bigint,
    target_organisation_id bigint,
    care_kind              varchar(200),
    referral_form_status   varchar(20),
    waiting_since          date,
    expected_start         date,
    bridging               boolean,
    info_exchange_consent  boolean,
    scale_up_outcome       varchar(20),
    closed_on              date,
    closed_by_event_id     bigint,
    transition_type        varchar(30),
    organisations_involved varchar(500),
    warm_handover          boolean,
    phase_before           varchar(20),
    phase_after            varchar(20),
    recorded_by            bigint        not null,
    created_at             timestamptz   not null,
    version                bigint        not null default 0,
    constraint fk_client_event_client foreign key (client_id) references client (id),
    constraint fk_client_event_warning_sign foreign key (warning_sign_id) references warning_sign (id),
    constraint fk_client_event_target_organisation foreign key (target_organisation_id) references organisation (id),
    constraint fk_client_event_closed_by foreign key (closed_by_event_id) references client_event (id),
    constraint fk_client_event_recorded_by foreign key (recorded_by) references user_account (id),
    constraint ck_client_event_type check (type in ('SIGNAL', 'CRISIS', 'ESCALATION_PREVENTED', 'RELAPSE', 'INCIDENT',
        'SCALE_UP', 'SCALE_DOWN', 'RETURN', 'TRANSITION')),
    constraint ck_client_event_severity check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    constraint ck_client_event_source check (source in ('COACH', 'CLIENT', 'REFERRER', 'POLICE', 'SCHOOL', 'FAMILY', 'OTHER')),
    constraint ck_client_event_form_status check (referral_form_status in ('NOT_STARTED', 'IN_PROGRESS', 'SENT',
        'ACCEPTED', 'REJECTED')),
    constraint ck_client_event_scale_up_outcome check (scale_up_outcome in ('STILL_WAITING', 'STARTED', 'REFUSED', 'RETURNED')),
    constraint ck_client_event_transition_type check (transition_type in ('SCHOOL_TO_WORK', 'SCHOOL_TO_STUDY',
        'SUPPORTED_LIVING', 'INDEPENDENT_LIVING', 'OTHER_ORGANISATION', 'COACH_CHANGE')),
    constraint ck_client_event_scale_up_target check (type <> 'SCALE_UP' or target_organisation_id is not null)
);

create index ix_client_event_client on client_event (client_id, occurred_on desc);
create index ix_client_event_open_scale_up on client_event (client_id)
    where type = 'SCALE_UP' and closed_on is null;
create index ix_client_event_follow_up on client_event (follow_up_on)
    where follow_up_on is not null and follow_up_done_at is null;
create index ix_client_event_type_date on client_event (type, occurred_on);

create table plan_action (
    id                      bigserial     primary key,
    client_id               bigint        not null,
    life_domain_id          bigint,
    description             varchar(1000) not null,
    owner                   varchar(30)   not null,
    organisation_id         bigint,
    status                  varchar(20)   not null,
    due_on                  date,
    checked_with_organisation varchar(500),
    created_by              bigint,
    created_at              timestamptz   not null,
    version                 bigint        not null default 0,
    constraint fk_plan_action_client foreign key (client_id) references client (id),
    constraint fk_plan_action_domain foreign key (life_domain_id) references life_domain (id),
    constraint fk_plan_action_organisation foreign key (organisation_id) references organisation (id),
    constraint ck_plan_action_owner check (owner in ('CLIENT', 'COACH_FIRST_LINE', 'ORGANISATION_SECOND_LINE')),
    constraint ck_plan_action_status check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'))
);

create index ix_plan_action_client on plan_action (client_id);

create table mandate_advice (
    id              bigserial     primary key,
    client_id       bigint        not null,
    organisation_id bigint        not null,
    life_domain_id  bigint,
    advice          varchar(2000) not null,
    sent_on         date          not null,
    decision        varchar(20)   not null,
    decision_reason varchar(1000),
    decided_on      date,
    created_by      bigint,
    created_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint fk_mandate_advice_client foreign key (client_id) references client (id),
    constraint fk_mandate_advice_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_mandate_advice_domain foreign key (life_domain_id) references life_domain (id),
    constraint ck_mandate_advice_decision check (decision in ('PENDING', 'ADOPTED', 'MODIFIED', 'REJECTED')),
    constraint ck_mandate_advice_reason check (decision not in ('MODIFIED', 'REJECTED') or decision_reason is not null)
);

create index ix_mandate_advice_client on mandate_advice (client_id);
