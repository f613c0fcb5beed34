-- Spring Modulith's event publication registry (JDBC, schema v2 for PostgreSQL). A cross-module
-- event is stored in the publishing transaction, one row per listener; the row is completed when
-- the listener has run after commit. Rows still incomplete are resubmitted on restart and by a
-- scheduled job, so a failing listener (an inbox item, an e-mail) never rolls back a coach's work
-- and is not lost either.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
