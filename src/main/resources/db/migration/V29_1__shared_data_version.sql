-- One row per kind of data that application instances keep in memory (reference lists, programme
-- settings, the instrument catalogue). A change raises its row's version in the changing
-- transaction; every instance compares the sum with the one its kept copy was read at and reads the
-- data again when it has moved. The sum only grows, whichever change commits first.
create table data_version (
    name    varchar(40) primary key,
    version bigint      not null default 0
);

insert into data_version (name) values ('reference'), ('settings'), ('instruments');

-- What other modules may read: the stamp alone (the per-request account check reads it in the same
-- statement, so the check costs no statement of its own).
create view v_data_version as
select coalesce(sum(version), 0)::bigint as stamp from data_version;
