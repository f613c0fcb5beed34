-- Locks for scheduled jobs, so that each runs on one application instance at a time (ShedLock's
-- JDBC provider; the column names are the library's).
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
