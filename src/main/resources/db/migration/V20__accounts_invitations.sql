-- Accounts from invitation to departure (security module).
-- session_epoch: every session carries the epoch it signed in with; raising it (deactivation, a new
-- role, a new password, "sign out everywhere else") makes the other sessions invalid on their
-- next request, on every application instance.
alter table user_account
    add column last_login_at      timestamptz,
    add column session_epoch      integer     not null default 0,
    add column preferred_language varchar(5),
    add column deactivated_at     timestamptz;

-- Single-use links to choose a password (invitation, or a new one sent by the administrator).
-- Only a SHA-256 of the token is stored: the link itself exists only in the e-mail (or once on
-- the administrator's screen).
create table account_token (
    id          bigserial    primary key,
    user_id     bigint       not null,
    token_hash  varchar(64)  not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    created_by  bigint,
    constraint uq_account_token_hash unique (token_hash),
    constraint fk_account_token_user foreign key (user_id) references user_account (id)
);

create index ix_account_token_user on account_token (user_id);
