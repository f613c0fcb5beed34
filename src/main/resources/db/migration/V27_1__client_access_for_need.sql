-- Access for need: the project leader's reasoned, time-limited access to the coach's private
-- notes on one client. A row is never changed; access ends when expires_at passes.
create table access_for_need (
    id         bigserial     primary key,
    client_id  bigint        not null,
    user_id    bigint        not null,
    category   varchar(30)   not null,
    reason     varchar(1000) not null,
    granted_at timestamptz   not null,
    expires_at timestamptz   not null,
    constraint fk_access_for_need_client foreign key (client_id) references client (id),
    constraint fk_access_for_need_user foreign key (user_id) references user_account (id),
    constraint ck_access_for_need_category check (category in ('WARM_HANDOVER', 'COACH_UNREACHABLE', 'CALAMITY')),
    constraint ck_access_for_need_period check (expires_at > granted_at)
);

create index ix_access_for_need_client on access_for_need (client_id, expires_at);
