-- The organisation module's published view: names of the organisations on the sociale kaart.
create view v_organisation as
select id, name, type
from organisation;
