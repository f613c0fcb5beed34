-- The second factor (TOTP, RFC 6238) and throttled sign-in (security module).
alter table user_account
    add column totp_secret      varchar(64),
    add column totp_enrolled_at timestamptz,
    -- the time step of the last code accepted: a code is never accepted twice
    add column totp_last_step   bigint;

-- Ten single-use recovery codes per enrolment, stored as SHA-256 only.
create table recovery_code (
    id         bigserial    primary key,
    user_id    bigint       not null,
    code_hash  varchar(64)  not null,
    created_at timestamptz  not null,
    used_at    timestamptz,
    constraint fk_recovery_code_user foreign key (user_id) references user_account (id)
);

create index ix_recovery_code_user on recovery_code (user_id);

-- Failed sign-ins and second-factor codes, counted per typed user name and per source address, in
-- the database so that the count holds across application instances.
create table sign_in_throttle (
    throttle_key   varchar(300) primary key,
    failures       integer      not null,
    last_failure   timestamptz  not null,
    not_before     timestamptz,
    locked_until   timestamptz
);
