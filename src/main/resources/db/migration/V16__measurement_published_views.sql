-- The measurement module's published views: instruments with their scales and domains, rounds,
-- and the scores (without the free-text note) for the programme's measurement results.
create view v_instrument as
select id, code, kind, name_nl, name_en, sort_order, enabled
from instrument;

create view v_instrument_level as
select instrument_id, score, label_nl, label_en
from instrument_level;

create view v_instrument_domain as
select id, instrument_id, name_nl, name_en, sort_order
from instrument_domain;

create view v_monitoring_round as
select id, name, opens_on, closes_on
from monitoring_round;

create view v_measurement as
select id, client_id, instrument_id, round_id, measured_on, score
from measurement;

create view v_measurement_score as
select measurement_id, domain_id, score
from measurement_score;
