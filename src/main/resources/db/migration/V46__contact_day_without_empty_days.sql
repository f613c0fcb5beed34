-- The contact summary (V45) leaves no rows of zeros behind: a day whose contacts were all removed, or
-- moved with their client to another coach, track or organisation (a handover, a caseload move, a
-- merge of two organisations), is deleted from the summary, so it names no coach or organisation that
-- has nothing there any more.

create or replace function contact_day_after_update() returns trigger language plpgsql as $$
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
    delete from contact_day d
    where d.day in (select distinct (o.occurred_at at time zone 'Europe/Amsterdam')::date from old_rows o)
      and d.reached = 0 and d.attempts = 0 and d.direct_minutes = 0 and d.indirect_minutes = 0;
    return null;
end $$;

create or replace function contact_day_after_delete() returns trigger language plpgsql as $$
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
    delete from contact_day d
    where d.day in (select distinct (o.occurred_at at time zone 'Europe/Amsterdam')::date from old_rows o)
      and d.reached = 0 and d.attempts = 0 and d.direct_minutes = 0 and d.indirect_minutes = 0;
    return null;
end $$;

create or replace function contact_day_client_moved() returns trigger language plpgsql as $$
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
    delete from contact_day d
    where d.day in (select (m.occurred_at at time zone 'Europe/Amsterdam')::date from contact_moment m
                    where m.client_id = new.id and m.deleted_at is null)
      and d.coach_id is not distinct from old.coach_id and d.track_id is not distinct from old.track_id
      and d.organisation_id is not distinct from old.referring_organisation_id
      and d.reached = 0 and d.attempts = 0 and d.direct_minutes = 0 and d.indirect_minutes = 0;
    return null;
end $$;

delete from contact_day where reached = 0 and attempts = 0 and direct_minutes = 0 and indirect_minutes = 0;
