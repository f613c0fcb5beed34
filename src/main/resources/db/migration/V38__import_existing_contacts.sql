-- Whether the new contacts of clients Waakvlam already has are added (the default) or the rows of those
-- clients are skipped altogether: the project leader's choice in the dry run.
alter table import_upload add column existing_contacts boolean not null default true;
