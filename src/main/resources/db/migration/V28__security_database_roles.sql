-- The application runs as a runtime role that may only read and write data; Flyway migrates as the
-- schema owner. This migration runs as that owner. The runtime role's name is the Flyway placeholder
-- runtime_role (the application's database user). Where it does not exist, or is the owner itself
-- (waakvlam.database.allow-privileged-runtime-role), nothing is granted or revoked.

-- The audit trail stays append-only for everyone, owner included: no UPDATE and no TRUNCATE ever, and
-- a DELETE only inside purge_audit_events() and only of rows older than five years (NEN 7513's minimum).
drop trigger tr_audit_event_append_only on audit_event;

create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger tr_audit_event_append_only
    before update or truncate on audit_event
    for each statement execute function audit_event_append_only();

create function audit_event_purge_only() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('waakvlam.audit_purge', true), '') <> 'on'
            or old.occurred_at >= now() - interval '5 years' then
        raise exception 'audit_event is append-only: only purge_audit_events() removes rows, and none younger than five years';
    end if;
    return old;
end;
$$;

create trigger tr_audit_event_purge_only
    before delete on audit_event
    for each row execute function audit_event_purge_only();

-- Removes the audit rows older than the retention period. Runs with the owner's rights (the runtime
-- role has no DELETE on audit_event) and refuses a period shorter than five years.
create function purge_audit_events(retention_years integer) returns bigint
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    removed bigint;
begin
    if retention_years is null or retention_years < 5 then
        raise exception 'the audit trail is kept at least five years, not %', retention_years;
    end if;
    perform set_config('waakvlam.audit_purge', 'on', true);
    delete from audit_event where occurred_at < now() - make_interval(years => retention_years);
    get diagnostics removed = row_count;
    perform set_config('waakvlam.audit_purge', 'off', true);
    return removed;
end;
$$;

revoke all on function purge_audit_events(integer) from public;

-- Keyset paging of the administrator's audit view: newest first by (occurred_at, id).
create index ix_audit_event_time on audit_event (occurred_at desc, id desc);
create index ix_audit_event_action on audit_event (action, occurred_at desc, id desc);

do $$
declare
    runtime constant text := '${runtime_role}';
begin
    if runtime = current_user or not exists (select 1 from pg_roles where rolname = runtime) then
        raise notice 'no separate runtime role %: no grants', runtime;
        return;
    end if;
    execute format('grant usage on schema public to %I', runtime);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', runtime);
    execute format('grant usage, select on all sequences in schema public to %I', runtime);
    -- tables and sequences later migrations create get the same rights without anyone remembering
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', runtime);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', runtime);
    execute format('revoke update, delete, truncate, references, trigger on audit_event from %I', runtime);
    execute format('grant execute on function purge_audit_events(integer) to %I', runtime);
end;
$$;
