-- The reference module's published view: tracks by name, for filters.
create view v_track as
select id, code, name_nl, name_en, youth, active
from track;
