-- The course of each client's scores per instrument, for the dashboard's first and latest scores "up to
-- the period's end": per scored measurement its place in the client's order (measured_on, id), the
-- client's first score on that instrument and the day of the next measurement. The latest score up to a
-- day is then the one row per client and instrument with measured_on <= day < next_on, found by reading
-- the rows instead of sorting and grouping every measurement up to that day for every request (13 ms
-- alone, about 29 ms under load on the large programme; ADR 7). PostgreSQL keeps it in the
-- transaction that writes the measurements: the courses of the clients and instruments a statement
-- touched are worked out again. Owned by the measurement module; published as v_measurement_course.

create table measurement_course (
    measurement_id bigint  primary key references measurement (id) on delete cascade,
    client_id      bigint  not null,
    instrument_id  bigint  not null,
    measured_on    date    not null,
    score          integer not null,
    first_score    integer not null,
    position       integer not null,
    next_on        date
);

create index ix_measurement_course_client on measurement_course (client_id, instrument_id);

create function measurement_course_refresh(clients bigint[], instruments bigint[]) returns void language sql as $$
    delete from measurement_course k
    using (select distinct c, i from unnest(clients, instruments) as a(c, i)) a
    where k.client_id = a.c and k.instrument_id = a.i;
    insert into measurement_course (measurement_id, client_id, instrument_id, measured_on, score, first_score,
                                    position, next_on)
    select m.id, m.client_id, m.instrument_id, m.measured_on, m.score,
           first_value(m.score) over w, row_number() over w, lead(m.measured_on) over w
    from measurement m
    join (select distinct c, i from unnest(clients, instruments) as a(c, i)) a on m.client_id = a.c and m.instrument_id = a.i
    where m.score is not null
    window w as (partition by m.client_id, m.instrument_id order by m.measured_on, m.id);
$$;

-- The client and instrument arrays are built in one aggregate so that their elements stay paired.
create function measurement_course_after_insert() returns trigger language plpgsql as $$
begin
    perform measurement_course_refresh(x.clients, x.instruments)
    from (select array_agg(client_id) as clients, array_agg(instrument_id) as instruments from new_rows) x;
    return null;
end $$;

create function measurement_course_after_update() returns trigger language plpgsql as $$
begin
    perform measurement_course_refresh(x.clients, x.instruments)
    from (select array_agg(client_id) as clients, array_agg(instrument_id) as instruments
          from (select client_id, instrument_id from old_rows
                union select client_id, instrument_id from new_rows) changed) x;
    return null;
end $$;

create function measurement_course_after_delete() returns trigger language plpgsql as $$
begin
    perform measurement_course_refresh(x.clients, x.instruments)
    from (select array_agg(client_id) as clients, array_agg(instrument_id) as instruments from old_rows) x;
    return null;
end $$;

create trigger measurement_course_insert after insert on measurement referencing new table as new_rows
    for each statement execute function measurement_course_after_insert();
create trigger measurement_course_update after update on measurement referencing old table as old_rows new table as new_rows
    for each statement execute function measurement_course_after_update();
create trigger measurement_course_delete after delete on measurement referencing old table as old_rows
    for each statement execute function measurement_course_after_delete();

insert into measurement_course (measurement_id, client_id, instrument_id, measured_on, score, first_score, position, next_on)
select m.id, m.client_id, m.instrument_id, m.measured_on, m.score,
       first_value(m.score) over w, row_number() over w, lead(m.measured_on) over w
from measurement m
where m.score is not null
window w as (partition by m.client_id, m.instrument_id order by m.measured_on, m.id);

create view v_measurement_course as
select measurement_id, client_id, instrument_id, measured_on, score, first_score, position, next_on
from measurement_course;
