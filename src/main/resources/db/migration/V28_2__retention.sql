-- Retention: the administrator's periods per record type, the four-eyes erasure requests, and the
-- record of each run of the retention job.
create table retention_rule (
    record_type varchar(30) primary key,
    years       integer     not null,
    updated_at  timestamptz,
    updated_by  bigint,
    version     bigint      not null default 0,
    constraint ck_retention_rule_type check (record_type in ('ENDED_CLIENT_FILE', 'DECLINED_REFERRAL', 'INBOX_ITEM',
        'AUDIT_EVENT')),
    constraint ck_retention_rule_years check (years between 1 and 100),
    constraint ck_retention_rule_audit check (record_type <> 'AUDIT_EVENT' or years >= 5),
    constraint fk_retention_rule_updated_by foreign key (updated_by) references user_account (id)
);

-- Shipped defaults; the administrator sets each to the period the deployment's own rules ask for.
insert into retention_rule (record_type, years) values
    ('ENDED_CLIENT_FILE', 20),
    ('DECLINED_REFERRAL', 2),
    ('INBOX_ITEM', 1),
    ('AUDIT_EVENT', 5);

create table erasure_request (
    id           bigserial     primary key,
    client_id    bigint        not null,
    reason       varchar(1000) not null,
    requested_by bigint        not null,
    requested_at timestamptz   not null,
    status       varchar(20)   not null,
    decided_by   bigint,
    decided_at   timestamptz,
    version      bigint        not null default 0,
    constraint fk_erasure_request_client foreign key (client_id) references client (id),
    constraint fk_erasure_request_requested_by foreign key (requested_by) references user_account (id),
    constraint fk_erasure_request_decided_by foreign key (decided_by) references user_account (id),
    constraint ck_erasure_request_status check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    constraint ck_erasure_request_four_eyes check (decided_by is null or decided_by <> requested_by)
);

create unique index ux_erasure_request_open on erasure_request (client_id) where status = 'REQUESTED';
create index ix_erasure_request_status on erasure_request (status, requested_at);

create table retention_run (
    id                    bigserial   primary key,
    started_at            timestamptz not null,
    finished_at           timestamptz not null,
    clients_anonymised    integer     not null,
    inbox_items_deleted   integer     not null,
    audit_events_purged   bigint      not null
);
