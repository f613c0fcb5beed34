-- The lists of accounts by role (the coaches a project leader assigns, the referrers of a referral)
-- are kept in memory by every application instance (AccountService.withRole). Whatever changes what
-- such a list shows (a new or removed account, a name, role, contact detail, organisation or
-- department, an account switched off or on) raises the 'accounts' version in the same transaction,
-- whichever code or instance made the change. A sign-in (last_login_at), a password or a second
-- factor changes nothing the lists show and leaves the version alone.
insert into data_version (name) values ('accounts') on conflict (name) do nothing;

create function user_account_lists_changed() returns trigger language plpgsql as $$
begin
    insert into data_version (name, version) values ('accounts', 1)
        on conflict (name) do update set version = data_version.version + 1;
    return null;
end;
$$;

create trigger tr_user_account_lists_inserted_or_deleted
    after insert or delete on user_account
    for each statement execute function user_account_lists_changed();

create trigger tr_user_account_lists_updated
    after update on user_account
    for each row
    when (old.username is distinct from new.username
          or old.display_name is distinct from new.display_name
          or old.role is distinct from new.role
          or old.email is distinct from new.email
          or old.phone is distinct from new.phone
          or old.organisation_id is distinct from new.organisation_id
          or old.department_id is distinct from new.department_id
          or old.enabled is distinct from new.enabled)
    execute function user_account_lists_changed();
