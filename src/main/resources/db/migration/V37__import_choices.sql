-- What the project leader chose between the steps of an import: the header row of a table when it was
-- not found by itself (table id = row number, comma separated), the clients of a coach named in the
-- file given to another coach (file coach id > chosen coach id), and whether columns that feed no
-- field are kept as a remark with the coach.
alter table import_upload add column header_rows varchar(500);
alter table import_upload add column coach_moves varchar(2000);
alter table import_upload add column keep_unknown boolean not null default false;
