-- Goals per client, in the client's own words.

create table goal (
    id             bigserial     primary key,
    client_id      bigint        not null,
    description    varchar(1000) not null,
    life_domain_id bigint,
    owner          varchar(30)   not null,
    status         varchar(20)   not null,
    target_date    date,
    progress_notes varchar(8000),
    created_by     bigint        not null,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0,
    constraint fk_goal_client foreign key (client_id) references client (id),
    constraint fk_goal_domain foreign key (life_domain_id) references life_domain (id),
    constraint fk_goal_created_by foreign key (created_by) references user_account (id),
    constraint ck_goal_owner check (owner in ('CLIENT', 'COACH', 'OTHER_ORGANISATION')),
    constraint ck_goal_status check (status in ('OPEN', 'ACHIEVED', 'CHANGED', 'DROPPED'))
);

create index ix_goal_client on goal (client_id);
