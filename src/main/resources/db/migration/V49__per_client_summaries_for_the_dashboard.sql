-- Two per-client facts the dashboard needs for every coached client, whatever the period: the newest
-- reached contact (the flames: is the contact rhythm kept?) and the first day in the waakvlam phase
-- (the way to waakvlam). Without them every dashboard request probed the contacts of some 3,300
-- coached clients (11 ms on the large programme) and grouped 9,000 phase changes by client (5-8 ms),
-- the largest statements of a filter never asked before (ADR 7). PostgreSQL keeps both in the
-- transaction that writes the contacts or the phase changes, one statement per statement.

-- Owned by the contact module; published as v_contact_last_reached.
create table contact_last_reached (
    client_id   bigint primary key references client (id) on delete cascade,
    occurred_at timestamptz not null
);

-- The newest reached contact of the given clients, from the partial index of V30 (one probe each);
-- a client left without a reached contact loses its row.
create function contact_last_reached_refresh(clients bigint[]) returns void language sql as $$
    delete from contact_last_reached l
    where l.client_id = any (clients)
      and not exists (select 1 from contact_moment m
                      where m.client_id = l.client_id and m.outcome = 'REACHED' and m.deleted_at is null);
    insert into contact_last_reached as l (client_id, occurred_at)
    select a.client_id, n.occurred_at
    from (select distinct unnest(clients) as client_id) a
    cross join lateral (select m.occurred_at from contact_moment m
                        where m.client_id = a.client_id and m.outcome = 'REACHED' and m.deleted_at is null
                        order by m.occurred_at desc limit 1) n
    on conflict (client_id) do update set occurred_at = excluded.occurred_at;
$$;

-- New contacts can only move the newest one forward: no probe needed.
create function contact_last_reached_after_insert() returns trigger language plpgsql as $$
begin
    insert into contact_last_reached as l (client_id, occurred_at)
    select client_id, max(occurred_at) from new_rows
    where outcome = 'REACHED' and deleted_at is null
    group by client_id
    on conflict (client_id) do update set occurred_at = greatest(l.occurred_at, excluded.occurred_at);
    return null;
end $$;

-- A changed or removed contact may have been the newest: its clients are looked at again.
create function contact_last_reached_after_change() returns trigger language plpgsql as $$
begin
    perform contact_last_reached_refresh(array(select client_id from old_rows));
    return null;
end $$;

create function contact_last_reached_after_update() returns trigger language plpgsql as $$
begin
    perform contact_last_reached_refresh(array(select client_id from old_rows union select client_id from new_rows));
    return null;
end $$;

create trigger contact_last_reached_insert after insert on contact_moment referencing new table as new_rows
    for each statement execute function contact_last_reached_after_insert();
create trigger contact_last_reached_update after update on contact_moment referencing old table as old_rows new table as new_rows
    for each statement execute function contact_last_reached_after_update();
create trigger contact_last_reached_delete after delete on contact_moment referencing old table as old_rows
    for each statement execute function contact_last_reached_after_change();

insert into contact_last_reached (client_id, occurred_at)
select client_id, max(occurred_at) from contact_moment
where outcome = 'REACHED' and deleted_at is null
group by client_id;

create view v_contact_last_reached as
select client_id, occurred_at from contact_last_reached;

-- Owned by the client module; published as v_client_first_waakvlam.
create table client_first_waakvlam (
    client_id bigint primary key references client (id) on delete cascade,
    first_on  date   not null
);

-- The first phase change to waakvlam of the given clients, from the partial index of V48.
create function client_first_waakvlam_refresh(clients bigint[]) returns void language sql as $$
    delete from client_first_waakvlam w
    where w.client_id = any (clients)
      and not exists (select 1 from phase_change p where p.client_id = w.client_id and p.to_phase = 'WAAKVLAM');
    insert into client_first_waakvlam as w (client_id, first_on)
    select a.client_id, f.changed_on
    from (select distinct unnest(clients) as client_id) a
    cross join lateral (select p.changed_on from phase_change p
                        where p.client_id = a.client_id and p.to_phase = 'WAAKVLAM'
                        order by p.changed_on limit 1) f
    on conflict (client_id) do update set first_on = excluded.first_on;
$$;

create function client_first_waakvlam_after_insert() returns trigger language plpgsql as $$
begin
    insert into client_first_waakvlam as w (client_id, first_on)
    select client_id, min(changed_on) from new_rows where to_phase = 'WAAKVLAM' group by client_id
    on conflict (client_id) do update set first_on = least(w.first_on, excluded.first_on);
    return null;
end $$;

create function client_first_waakvlam_after_update() returns trigger language plpgsql as $$
begin
    perform client_first_waakvlam_refresh(array(select client_id from old_rows union select client_id from new_rows));
    return null;
end $$;

create function client_first_waakvlam_after_delete() returns trigger language plpgsql as $$
begin
    perform client_first_waakvlam_refresh(array(select client_id from old_rows));
    return null;
end $$;

create trigger client_first_waakvlam_insert after insert on phase_change referencing new table as new_rows
    for each statement execute function client_first_waakvlam_after_insert();
create trigger client_first_waakvlam_update after update on phase_change referencing old table as old_rows new table as new_rows
    for each statement execute function client_first_waakvlam_after_update();
create trigger client_first_waakvlam_delete after delete on phase_change referencing old table as old_rows
    for each statement execute function client_first_waakvlam_after_delete();

insert into client_first_waakvlam (client_id, first_on)
select client_id, min(changed_on) from phase_change where to_phase = 'WAAKVLAM' group by client_id;

create view v_client_first_waakvlam as
select client_id, first_on from client_first_waakvlam;
