-- The dashboard's contacts per week and minutes, without reading every contact of the period: a
-- summary per day and per the client's coach, track and referring organisation (the dashboard's
-- filters), kept up to date by PostgreSQL in the transaction that writes the contacts or changes a
-- client's coach, track or organisation. Measured on the large programme (a million contacts):
-- see docs/performance.md. Owned by the contact module; published as v_contact_day.

create table contact_day (
    day              date   not null,
    coach_id         bigint,
    track_id         bigint,
    organisation_id  bigint,
    reached          bigint not null default 0,
    attempts         bigint not null default 0,
    direct_minutes   bigint not null default 0,
    indirect_minutes bigint not null default 0,
    constraint uq_contact_day unique nulls not distinct (day, coach_id, track_id, organisation_id)
);

-- Adds the contacts a statement wrote, takes away those it removed or changed (the old version), under
-- their clients' current coach, track and organisation: one grouped upsert per statement, so a bulk
-- load of a million contacts costs one aggregate, not a million.
create function contact_day_after_insert() returns trigger language plpgsql as $$
begin
    insert into contact_day as d (day, coach_id, track_id, organisation_id, reached, attempts, direct_minutes,
                                  indirect_minutes)
    select (r.occurred_at at time zone 'Europe/Amsterdam')::date, c.coach_id, c.track_id, c.referring_organisation_id,
           coalesce(sum(r.sign) filter (where r.outcome = 'REACHED'), 0),
           coalesce(sum(r.sign) filter (where r.outcome <> 'REACHED'), 0),
           coalesce(sum(r.sign * r.duration_minutes) filter (where r.time_kind = 'DIRECT'), 0),
           coalesce(sum(r.sign * r.duration_minutes) filter (where r.time_kind = 'INDIRECT'), 0)
    from (select client_id, occurred_at, outcome, time_kind, duration_minutes, deleted_at, 1 as sign from new_rows) r
    join client c on c.id = r.client_id
    where r.deleted_at is null
    group by 1, 2, 3, 4
    on conflict (day, coach_id, track_id, organisation_id) do update set
        reached = d.reached + excluded.reached, attempts = d.attempts + excluded.attempts,
        direct_minutes = d.direct_minutes + excluded.direct_minutes,
        indirect_minutes = d.indirect_minutes + excluded.indirect_minutes;
    return null;
end $$;

create function contact_day_after_update() returns trigger language plpgsql as $$
begin
    insert into contact_day as d (day, coach_id, track_id, organisation_id, reached, attempts, direct_minutes,
                                  indirect_minutes)
    select (r.occurred_at at time zone 'Europe/Amsterdam')::date, c.coach_id, c.track_id, c.referring_organisation_id,
           coalesce(sum(r.sign) filter (where r.outcome = 'REACHED'), 0),
           coalesce(sum(r.sign) filter (where r.outcome <> 'REACHED'), 0),
           coalesce(sum(r.sign * r.duration_minutes) filter (where r.time_kind = 'DIRECT'), 0),
           coalesce(sum(r.sign * r.duration_minutes) filter (where r.time_kind = 'INDIRECT'), 0)
    from (select client_id, occurred_at, outcome, time_kind, duration_minutes, deleted_at, -1 as sign from old_rows union all select client_id, occurred_at, outcome, time_kind, duration_minutes, deleted_at, 1 from new_rows) r
    join client c on c.id = r.client_id
    where r.deleted_at is null
    group by 1, 2, 3, 4
    on conflict (day, coach_id, track_id, organisation_id) do update set
        reached = d.reached + excluded.reached, attempts = d.attempts + excluded.attempts,
        direct_minutes = d.direct_minutes + excluded.direct_minutes,
        indirect_minutes = d.indirect_minutes + excluded.indirect_minutes;
    return null;
end $$;

create function contact_day_after_delete() returns trigger language plpgsql as $$
begin
    insert into contact_day as d (day, coach_id, track_id, organisation_id, reached, attempts, direct_minutes,
                                  indirect_minutes)
    select (r.occurred_at at time zone 'Europe/Amsterdam')::date, c.coach_id, c.track_id, c.referring_organisation_id,
           coalesce(sum(r.sign) filter (where r.outcome = 'REACHED'), 0),
           coalesce(sum(r.sign) filter (where r.outcome <> 'REACHED'), 0),
           coalesce(sum(r.sign * r.duration_minutes) filter (where r.time_kind = 'DIRECT'), 0),
           coalesce(sum(r.sign * r.duration_minutes) filter (where r.time_kind = 'INDIRECT'), 0)
    from (select client_id, occurred_at, outcome, time_kind, duration_minutes, deleted_at, -1 as sign from old_rows) r
    join client c on c.id = r.client_id
    where r.deleted_at is null
    group by 1, 2, 3, 4
    on conflict (day, coach_id, track_id, organisation_id) do update set
        reached = d.reached + excluded.reached, attempts = d.attempts + excluded.attempts,
        direct_minutes = d.direct_minutes + excluded.direct_minutes,
        indirect_minutes = d.indirect_minutes + excluded.indirect_minutes;
    return null;
end $$;

create trigger contact_day_insert after insert on contact_moment referencing new table as new_rows
    for each statement execute function contact_day_after_insert();
create trigger contact_day_update after update on contact_moment referencing old table as old_rows new table as new_rows
    for each statement execute function contact_day_after_update();
create trigger contact_day_delete after delete on contact_moment referencing old table as old_rows
    for each statement execute function contact_day_after_delete();

-- A client's contacts move with the client to another coach, track or organisation.
create function contact_day_client_moved() returns trigger language plpgsql as $$
begin
    insert into contact_day as d (day, coach_id, track_id, organisation_id, reached, attempts, direct_minutes,
                                  indirect_minutes)
    select x.day, k.coach_id, k.track_id, k.organisation_id, k.sign * x.reached, k.sign * x.attempts,
           k.sign * x.direct_minutes, k.sign * x.indirect_minutes
    from (select (m.occurred_at at time zone 'Europe/Amsterdam')::date as day,
                 count(*) filter (where m.outcome = 'REACHED') as reached,
                 count(*) filter (where m.outcome <> 'REACHED') as attempts,
                 coalesce(sum(m.duration_minutes) filter (where m.time_kind = 'DIRECT'), 0) as direct_minutes,
                 coalesce(sum(m.duration_minutes) filter (where m.time_kind = 'INDIRECT'), 0) as indirect_minutes
          from contact_moment m where m.client_id = new.id and m.deleted_at is null group by 1) x
    cross join (values (old.coach_id, old.track_id, old.referring_organisation_id, -1),
                       (new.coach_id, new.track_id, new.referring_organisation_id, 1))
        as k(coach_id, track_id, organisation_id, sign)
    on conflict (day, coach_id, track_id, organisation_id) do update set
        reached = d.reached + excluded.reached, attempts = d.attempts + excluded.attempts,
        direct_minutes = d.direct_minutes + excluded.direct_minutes,
        indirect_minutes = d.indirect_minutes + excluded.indirect_minutes;
    return null;
end $$;

create trigger contact_day_client_moved after update of coach_id, track_id, referring_organisation_id on client
    for each row when (old.coach_id is distinct from new.coach_id or old.track_id is distinct from new.track_id
        or old.referring_organisation_id is distinct from new.referring_organisation_id)
    execute function contact_day_client_moved();

-- What is there already.
insert into contact_day (day, coach_id, track_id, organisation_id, reached, attempts, direct_minutes, indirect_minutes)
select (m.occurred_at at time zone 'Europe/Amsterdam')::date, c.coach_id, c.track_id, c.referring_organisation_id,
       count(*) filter (where m.outcome = 'REACHED'), count(*) filter (where m.outcome <> 'REACHED'),
       coalesce(sum(m.duration_minutes) filter (where m.time_kind = 'DIRECT'), 0),
       coalesce(sum(m.duration_minutes) filter (where m.time_kind = 'INDIRECT'), 0)
from contact_moment m join client c on c.id = m.client_id
where m.deleted_at is null
group by 1, 2, 3, 4;

create view v_contact_day as
select day, coach_id, track_id, organisation_id, reached, attempts, direct_minutes, indirect_minutes
from contact_day;
