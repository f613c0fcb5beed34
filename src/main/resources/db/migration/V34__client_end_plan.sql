-- The end of a trajectory prepared ("borging"): who the client can turn to afterwards, which
-- agreements stay, and whether the coach checks in three and six months after the end (and when that
-- was done). One plan per client, written by the coach or the project leader before the end.
create table end_plan (
    client_id             bigint primary key references client (id),
    turn_to               varchar(2000) not null,
    agreements            varchar(2000),
    check_in_three_months boolean       not null default false,
    check_in_six_months   boolean       not null default false,
    checked_in_three_at   timestamptz,
    checked_in_six_at     timestamptz,
    written_by            bigint        not null references user_account (id),
    updated_at            timestamptz   not null,
    version               bigint        not null default 0
);
