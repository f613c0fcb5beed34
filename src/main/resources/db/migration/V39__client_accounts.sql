-- "Mijn Waakvlam": a client can have an account of their own, which reaches only their own file's
-- /mijn pages. The account is an ordinary user_account with the role CLIENT; client_account links it
-- to the client (one account per client), who invited it and when it was closed.
alter table user_account drop constraint ck_user_account_role;
alter table user_account add constraint ck_user_account_role
    check (role in ('COACH', 'REFERRER', 'PROJECT_LEADER', 'ADMIN', 'BACKOFFICE', 'CLIENT'));

create table client_account (
    user_id     bigint       primary key references user_account (id),
    client_id   bigint       not null references client (id),
    invited_by  bigint       not null references user_account (id),
    invited_at  timestamptz  not null,
    closed_at   timestamptz,
    closed_by   bigint references user_account (id)
);
-- one open account per client; a closed one stays as history
create unique index uq_client_account_open on client_account (client_id) where closed_at is null;
