-- The sociale kaart managed by the administrator: an organisation gets a website and can be
-- deactivated (no longer offered when someone picks an organisation, still shown on existing
-- records); a department can be deactivated too, and carries a version for concurrent renames.
alter table organisation add column website varchar(300);
alter table organisation add column active boolean not null default true;

alter table department add column active boolean not null default true;
alter table department add column version bigint not null default 0;

-- Pickers list the active organisations by name.
create index ix_organisation_active_name on organisation (active, name);
