-- The large demo programme (WAAKVLAM_DEMO_SCALE=large): the size of a large provider, for load
-- tests and profiling. Runs once, after the small demo has been loaded through the services, on the
-- same connection. Set-based: every table is filled by one INSERT … SELECT over generate_series, so
-- the whole programme loads in well under two minutes on a 2-core machine.
--
-- What it adds: 56 coaches (coach5 … coach60; 25–60 clients each, coach2, coach5 and coach6 with 250,
-- coach1 with about 50; the three with 250 are over their maximum of 200, as happens), 15,000
-- clients over every phase and both tracks, about a million contact
-- moments over three years with a realistic mix of outcomes and kinds (two of coach1's clients with
-- 2,000 each), about 100,000 events, agreements, consents, goals, measurements and reports.
--
-- Counts depend only on the row numbers, so every load has the same shape; the attributes come from
-- random() after setseed().

select setseed(0.2026);

-- The size: 1 for the full programme; a test loads a fiftieth of it (waakvlam.large_factor, set by
-- LargeProgramme for this transaction).
create temporary table large_size on commit drop as
select f, round(15000 * f)::int as clients, round(10400 * f)::int as ended, round(10900 * f)::int as declined,
       round(11250 * f)::int as waiting, greatest(1, round(250 * f))::int as big_caseload,
       greatest(1, round(50 * f))::int as coach1_caseload, greatest(3, round(2000 * f))::int as long_file
from (select coalesce(nullif(current_setting('waakvlam.large_factor', true), ''), '1')::numeric as f) setting;

-- Coaches ----------------------------------------------------------------------------------------

insert into user_account (username, password_hash, display_name, email, role, created_at)
select 'coach' || g,
       (select password_hash from user_account where username = 'coach1'),
       (array['Anouk','Bas','Chantal','Daan','Esra','Femke','Gijs','Hanneke','Ilse','Joost','Karim','Lieke',
              'Mila','Niels','Özlem','Pim','Roos','Sem','Tess','Youssef'])[1 + g % 20] || ' '
           || (array['de Vries','Jansen','van den Berg','Bakker','Visser','Smit','Meijer','de Boer','Mulder',
              'de Groot','Bos','Vos','Peters','Hendriks','van Leeuwen','Dekker','Brouwer','de Wit','Dijkstra',
              'Smits'])[1 + (g * 7) % 20],
       'coach' || g || '@waakvlam.example', 'COACH', now() - interval '3 years'
from generate_series(5, 60) g;

insert into coach_profile (user_id, gender, languages, interests, experience, contract_hours, max_caseload)
select u.id, case when u.id % 2 = 0 then 'FEMALE' else 'MALE' end, 'Nederlands', 'sport, koken',
       'Ambulante begeleiding', 24, case when u.username in ('coach2', 'coach5', 'coach6') then 200 else 60 end
from user_account u
where u.role = 'COACH' and not exists (select 1 from coach_profile p where p.user_id = u.id);

update coach_profile set max_caseload = 200
where user_id = (select id from user_account where username = 'coach2');

-- How many coached clients each coach gets (on top of what the small demo gave them).
create temporary table large_coach on commit drop as
select u.id as coach_id,
       row_number() over (order by u.id)::int as coach_no,
       greatest(0, case when u.username in ('coach2', 'coach5', 'coach6') then (select big_caseload from large_size)
                        when u.username = 'coach1' then (select coach1_caseload from large_size)
                        else round((25 + (u.id * 37) % 36) * (select f from large_size))::int end
                   - (select count(*) from client c where c.coach_id = u.id and c.phase not in ('ENDED', 'DECLINED')))::int
           as extra
from user_account u
where u.role = 'COACH';

-- Clients ----------------------------------------------------------------------------------------

-- Every new client with the phase, coach and dates it gets. Active clients fill the caseloads above,
-- spread over the coached phases, with a start date that fits the phase; the rest are ended
-- (history), declined, or waiting for a decision. n runs from 1 to 15,000 without gaps.
create temporary table large_client on commit drop as
with active as (
    select lc.coach_id, g as n_in_caseload
    from large_coach lc, generate_series(1, lc.extra) g
), numbered_active as (
    select coach_id, row_number() over (order by coach_id, n_in_caseload) as n from active
), active_total as (
    select count(*) as total from numbered_active
)
select n, coach_id,
       case when n % 12 = 0 then 'INTAKE'
            when n % 12 in (1, 2, 3) then 'INTENSIVE'
            when n % 12 in (4, 5) then 'SCALING_DOWN'
            else 'WAAKVLAM' end as phase
from numbered_active
union all
select (select total from active_total) + g,
       case when g <= (select ended from large_size) then (select coach_id from large_coach where coach_no = 1 + g % 60) end,
       case when g <= (select ended from large_size) then 'ENDED'
            when g <= (select declined from large_size) then 'DECLINED'
            when g <= (select waiting from large_size) then 'REFERRED'
            else 'ACCEPTED' end
from generate_series(1, (select clients from large_size) - (select total from active_total)) g;

alter table large_client alter column n type int, add column client_id bigint, add column referrer_slot int, add column started_on date,
    add column ended_on date, add column referred_on date;
update large_client set
    client_id = nextval('client_id_seq'),
    -- slots 0 and 1 are the schools' referrers (youth track), 2 and 3 the social service's (adults)
    referrer_slot = n % 4,
    started_on = current_date - case phase
        when 'INTAKE' then 3 + n % 26
        when 'INTENSIVE' then 31 + n % 118
        when 'SCALING_DOWN' then 151 + n % 88
        when 'WAAKVLAM' then 241 + (n * 97) % 850
        when 'ENDED' then 150 + (n * 97) % 940 end;
update large_client set ended_on = least(current_date - 1, started_on + 120 + (n * 31) % 600) where phase = 'ENDED';
update large_client set referred_on = coalesce(started_on - (20 + n % 40), current_date - (1 + n % 28));
create index on large_client (client_id);
analyze large_client;

create temporary table large_referrer on commit drop as
select slot, referrer_id, organisation_id, department_id,
       (select t.id from track t where t.code = case when slot < 2 then 'YOUTH' else 'ADULTS' end) as track_id
from (select row_number() over (order by u.id) - 1 as slot, u.id as referrer_id, u.organisation_id, u.department_id
      from user_account u
      where u.username in ('verwijzer1', 'verwijzer2', 'verwijzer3', 'verwijzer4')) r;

insert into client (id, first_name, last_name, date_of_birth, phone, address, preferred_channel,
                    living_situation, track_id, intake_category, phase, phase_since,
                    referring_organisation_id, referring_department_id, referrer_id, coach_id, own_question,
                    created_at, started_on, ended_on, end_reason, version)
select lc.client_id,
       (array['Noah','Emma','Liam','Julia','Lucas','Mila','Finn','Sara','Daan','Tess','Sem','Zoë','Levi',
              'Nora','Milan','Yara','Bram','Lina','Mohammed','Fenna','Jesse','Sophie','Thijs','Eva','Adam',
              'Lotte','Ryan','Anna','Ayoub','Isa','Luuk','Fleur','Sven','Amira','Ruben','Iris','Stijn',
              'Noor','Kevin','Sanne'])[1 + lc.n % 40],
       (array['de Jong','Jansen','de Vries','van den Berg','van Dijk','Bakker','Janssen','Visser','Smit',
              'Meijer','de Boer','Mulder','de Groot','Bos','Vos','Peters','Hendriks','van Leeuwen','Dekker',
              'Brouwer','de Wit','Dijkstra','Smits','de Graaf','van der Meer','van der Linden','Kok',
              'Jacobs','de Haan','Vermeulen','van den Heuvel','van der Veen','van den Broek','de Bruijn',
              'de Bruin','van der Heijden','Schouten','van Beek','Willems','van Vliet'])[1 + (lc.n / 40) % 40],
       (current_date - case when lr.slot < 2 then 17 * 365 + (lc.n * 53) % 1800
                            else 22 * 365 + (lc.n * 53) % 13000 end)::date,
       '06 ' || (10000000 + (lc.n * 7919) % 89999999),
       'Dorpsstraat ' || (1 + lc.n % 180) || ', Zwijndrecht',
       (array['PHONE', 'APP', 'EMAIL', 'VISIT'])[1 + lc.n % 4],
       (array['bij ouders', 'zelfstandig', 'begeleid wonen', 'met partner'])[1 + lc.n % 4],
       lr.track_id, case when lr.slot < 2 then 1 + lc.n % 3 end,
       lc.phase,
       -- corrected below to the date of the last phase change
       coalesce(lc.started_on, lc.referred_on),
       lr.organisation_id, lr.department_id, lr.referrer_id, lc.coach_id,
       (array['Ik wil een baan die bij me past.', 'Ik wil mijn post en geld op orde.',
              'Ik wil zelfstandig wonen.', 'Ik wil meer mensen om me heen.'])[1 + lc.n % 4],
       lc.referred_on::timestamptz, lc.started_on, lc.ended_on,
       case when lc.phase = 'ENDED' then (array['GOAL_REACHED', 'CLIENT_STOPPED', 'MOVED', 'SCALED_UP_HANDED_OVER',
                                               'PROGRAMME_ENDED'])[1 + lc.n % 5] end,
       0
from large_client lc
join large_referrer lr on lr.slot = lc.referrer_slot;

insert into referral (client_id, referrer_id, submitted_by, submitted_at, reason, known_issues, urgency, consent_on,
                      decided_by, decided_at, decline_reason, decline_reason_code, matched_at)
select lc.client_id, c.referrer_id, c.referrer_id, lc.referred_on::timestamptz,
       (array['Laatste schooljaar; na de zomer stopt de nazorg van school.',
              'Schulden lopen op en er is weinig steun thuis.',
              'Woont sinds kort zelfstandig en mist overzicht.',
              'Is vaak alleen en raakt daardoor uit balans.'])[1 + lc.n % 4],
       'Ongeopende post.', case when lc.n % 7 = 0 then 'SOON' else 'NORMAL' end, lc.referred_on - 2,
       case when lc.phase <> 'REFERRED' then (select id from user_account where username = 'projectleider') end,
       case when lc.phase <> 'REFERRED' then (lc.referred_on + 5)::timestamptz end,
       case when lc.phase = 'DECLINED' then 'Te complex voor een waakvlamtraject.' end,
       case when lc.phase = 'DECLINED' then 'TOO_COMPLEX' end,
       case when lc.coach_id is not null then (lc.referred_on + 8)::timestamptz end
from large_client lc
join client c on c.id = lc.client_id;

-- The way through the phases: referred, then accepted or declined, then each coached phase.
insert into phase_change (client_id, from_phase, to_phase, changed_on, reason, changed_by, recorded_at)
select lc.client_id, step.from_phase, step.to_phase, step.changed_on, step.reason,
       (select id from user_account where username = 'projectleider'), step.changed_on::timestamptz
from large_client lc
cross join lateral (values
    (1, null, 'REFERRED', lc.referred_on, 'referral.submitted'),
    (2, 'REFERRED', case when lc.phase = 'DECLINED' then 'DECLINED' else 'ACCEPTED' end, lc.referred_on + 5,
        case when lc.phase = 'DECLINED' then 'Te complex voor een waakvlamtraject.' else 'referral.accepted' end),
    (3, 'ACCEPTED', 'INTAKE', lc.started_on, 'import.history'),
    (4, 'INTAKE', 'INTENSIVE', lc.started_on + 30, 'import.history'),
    (5, 'INTENSIVE', 'SCALING_DOWN', lc.started_on + 150, 'import.history'),
    (6, 'SCALING_DOWN', 'WAAKVLAM', lc.started_on + 240, 'import.history'),
    (7, case when lc.started_on + 240 < lc.ended_on then 'WAAKVLAM'
             when lc.started_on + 150 < lc.ended_on then 'SCALING_DOWN'
             when lc.started_on + 30 < lc.ended_on then 'INTENSIVE' else 'INTAKE' end,
        'ENDED', lc.ended_on, 'endReason.GOAL_REACHED')
) as step(step_no, from_phase, to_phase, changed_on, reason)
where (step.step_no = 1)
   or (step.step_no = 2 and lc.phase <> 'REFERRED')
   or (step.step_no = 3 and lc.started_on is not null)
   or (step.step_no = 4 and lc.started_on is not null and lc.phase <> 'INTAKE'
       and lc.started_on + 30 < coalesce(lc.ended_on, current_date))
   or (step.step_no = 5 and lc.phase in ('SCALING_DOWN', 'WAAKVLAM', 'ENDED')
       and lc.started_on + 150 < coalesce(lc.ended_on, current_date))
   or (step.step_no = 6 and lc.phase in ('WAAKVLAM', 'ENDED') and lc.started_on + 240 < coalesce(lc.ended_on, current_date))
   or (step.step_no = 7 and lc.phase = 'ENDED');

update client c set phase_since = latest.changed_on
from (select p.client_id, max(p.changed_on) as changed_on
      from phase_change p join large_client lc on lc.client_id = p.client_id
      group by p.client_id) latest
where latest.client_id = c.id;

insert into assignment (client_id, coach_id, role, started_on, ended_on, created_by, created_at)
select lc.client_id, lc.coach_id, 'PRIMARY', lc.started_on, lc.ended_on,
       (select id from user_account where username = 'projectleider'), lc.started_on::timestamptz
from large_client lc
where lc.coach_id is not null;

-- Contact moments ----------------------------------------------------------------------------------

-- About one every five days while coached; more often in the first months. Two of coach1's clients
-- have 2,000 each: a long file for the client-file benchmark.
create temporary table large_contact_plan on commit drop as
with long_files as (
    -- coach1's, unless a small test programme gives coach1 no new clients
    select l2.client_id from large_client l2
    where l2.phase = 'WAAKVLAM'
    order by l2.coach_id = (select id from user_account where username = 'coach1') desc, l2.client_id limit 2
)
select lc.client_id, lc.coach_id, lc.started_on,
       coalesce(lc.ended_on, current_date) as until,
       lc.client_id in (select client_id from long_files) as long_file,
       case when lc.client_id in (select client_id from long_files) then (select long_file from large_size)
            else greatest(3, (coalesce(lc.ended_on, current_date) - lc.started_on) / 5) end as how_many
from large_client lc
where lc.coach_id is not null and lc.started_on is not null;

insert into contact_moment (client_id, coach_id, occurred_at, outcome, type, initiated_by, duration_minutes,
                            life_domain_ids, working_elements, private_note, shared_note, follow_up_action,
                            follow_up_due, follow_up_done_at, time_kind, created_at)
select p.client_id, p.coach_id, moment.at,
       case when r.o < 0.76 then 'REACHED' when r.o < 0.88 then 'NO_ANSWER' when r.o < 0.94 then 'NOT_HOME'
            when r.o < 0.98 then 'CANCELLED_BY_CLIENT' else 'CANCELLED_BY_COACH' end,
       (array['PHONE', 'PHONE', 'MESSAGE', 'FACE_TO_FACE', 'HOME_VISIT', 'WALK_ACTIVITY', 'ACCOMPANYING',
              'VIDEO', 'THREE_WAY', 'PROFESSIONAL_CONSULT'])[1 + floor(r.t * 10)::int],
       case when r.i < 0.75 then 'COACH' when r.i < 0.95 then 'CLIENT' else 'REFERRER' end,
       15 + floor(r.d * 76)::int,
       array[1 + floor(r.d * 17)::bigint],
       '{}'::varchar[],
       case when r.o < 0.76 then (array['Samen de post doorgenomen; twee rekeningen betaald.',
              'Gesprek over werk; ze wil een proefplaats bij de bakker.',
              'Wat moe; slaapt slecht sinds de ruzie met zijn broer.',
              'Boodschappen gedaan en het weekrooster gemaakt.',
              'Afspraak bij het wijkteam voorbereid.'])[1 + floor(r.t * 5)::int] end,
       case when r.o < 0.76 and r.s < 0.3 then 'Het gaat goed; de afspraken lopen.' end,
       case when r.f < 0.04 then 'Nabellen over de afspraak bij de schuldhulp.' end,
       case when r.f < 0.04 then (moment.at + interval '7 days')::date end,
       case when r.f < 0.04 and moment.at < now() - interval '14 days' then moment.at + interval '5 days' end,
       case when r.t < 0.85 then 'DIRECT' else 'INDIRECT' end,
       moment.at
from large_contact_plan p
cross join lateral generate_series(1, p.how_many) k
cross join lateral (select least(now() - interval '1 hour',
                                 p.started_on::timestamptz
                                 + ((p.until - p.started_on) * (k - 0.5) / p.how_many)::float8 * interval '1 day'
                                 + interval '9 hours' + (k % 8) * interval '1 hour') as at) moment
cross join lateral (select random() as o, random() as t, random() as i, random() as d, random() as s,
                           random() as f) r;

-- The two long files are easy to find by name (search "Langdossier").
update client c set first_name = case when c.id = (select min(client_id) from large_contact_plan where long_file)
                                      then 'Bo' else 'Jip' end,
                    last_name = 'Langdossier'
where c.id in (select client_id from large_contact_plan where long_file);

-- Events, agreements, consents, goals, measurements, reports -------------------------------------

-- About seven events per coached client; scale-ups are closed except a few percent.
insert into client_event (client_id, type, occurred_on, life_domain_ids, source, what_happened, action_taken,
                          severity, significant, target_organisation_id, care_kind, referral_form_status,
                          scale_up_outcome, closed_on, recorded_by, created_at)
select p.client_id, kind.type,
       least(p.until, p.started_on + ((p.until - p.started_on) * k / 8)),
       array[1 + (p.client_id + k) % 17]::bigint[],
       case when kind.type = 'SIGNAL' then (array['COACH', 'CLIENT', 'REFERRER', 'FAMILY', 'SCHOOL'])[1 + k % 5] end,
       (array['Huur twee maanden niet betaald.', 'Ruzie thuis; tijdelijk bij een vriend geslapen.',
              'Niet op het werk verschenen.', 'Somber en trekt zich terug.', 'Aanmaning van het CJIB.'])[1 + k % 5],
       'Samen gebeld en een afspraak gemaakt.',
       (array['LOW', 'MEDIUM', 'MEDIUM', 'HIGH'])[1 + (p.client_id + k) % 4],
       k % 9 = 0,
       case when kind.type = 'SCALE_UP' then (select id from organisation where name = 'GGZ Drechtland') end,
       case when kind.type = 'SCALE_UP' then 'GGZ-behandeling' end,
       case when kind.type = 'SCALE_UP' then 'SENT' end,
       case when kind.type = 'SCALE_UP' then case when p.client_id % 30 = 0 then 'STILL_WAITING' else 'STARTED' end end,
       case when kind.type = 'SCALE_UP' and p.client_id % 30 <> 0
            then least(p.until, p.started_on + ((p.until - p.started_on) * k / 8) + 40) end,
       p.coach_id, (p.started_on + ((p.until - p.started_on) * k / 8))::timestamptz
from large_contact_plan p
cross join lateral generate_series(1, 7) k
cross join lateral (select (array['SIGNAL', 'SIGNAL', 'SIGNAL', 'ESCALATION_PREVENTED', 'RELAPSE', 'TRANSITION',
                                  'INCIDENT', 'SCALE_UP', 'CRISIS', 'SIGNAL'])[1 + (p.client_id * 3 + k) % 10] as type) kind;

insert into feedback_agreement (client_id, referrer_id, frequency, topics, channel, made_on, next_due, updated_at)
select lc.client_id, c.referrer_id, (array['MONTHLY', 'BIWEEKLY', 'QUARTERLY', 'SIGNIFICANT_EVENTS_ONLY'])[1 + lc.n % 4],
       'Werk en geld', (array['PHONE', 'EMAIL', 'PORTAL'])[1 + lc.n % 3], lc.started_on,
       case when lc.phase <> 'ENDED' and lc.n % 4 <> 3 then current_date + (lc.n % 40) - 10 end, now()
from large_client lc
join client c on c.id = lc.client_id
where lc.started_on is not null and lc.n % 2 = 0;

insert into consent (client_id, recipient_type, recipient_user_id, scope_reports, scope_events, scope_goals,
                     obtained_how, given_on, recorded_by, created_at)
select lc.client_id, 'REFERRER', c.referrer_id, true, lc.n % 3 = 0, lc.n % 2 = 0, 'CONVERSATION', lc.started_on,
       lc.coach_id, lc.started_on::timestamptz
from large_client lc
join client c on c.id = lc.client_id
where lc.started_on is not null and lc.n % 5 <> 0;

insert into goal (client_id, description, life_domain_id, owner, status, target_date, created_by, created_at, updated_at)
select p.client_id,
       (array['Ik wil elke week mijn post openen.', 'Ik wil een vaste dagbesteding.', 'Ik wil mijn schulden in beeld.',
              'Ik wil een vriend om mee te sporten.'])[1 + (p.client_id + k) % 4],
       (array[3, 1, 3, 11])[1 + (p.client_id + k) % 4]::bigint, 'CLIENT',
       case when (p.client_id + k) % 3 = 0 then 'ACHIEVED' else 'OPEN' end,
       p.until + 90, p.coach_id, p.started_on::timestamptz, p.started_on::timestamptz
from large_contact_plan p
cross join generate_series(1, 2) k;

-- The general scale at the start and then twice a year while coached.
insert into measurement (client_id, instrument_id, moment, measured_on, score, recorded_by, created_at)
select p.client_id, (select id from instrument where code = 'SCALE'),
       case when k = 0 then 'START' else 'PERIODIC' end,
       p.started_on + k * 182,
       least(10, 3 + k + (p.client_id % 3)), p.coach_id, (p.started_on + k * 182)::timestamptz
from large_contact_plan p
cross join lateral generate_series(0, (p.until - p.started_on) / 182) k;

insert into progress_report (client_id, period_from, period_to, body, status, discussed_on, released_at, released_by,
                             version_no, created_by, created_at)
select p.client_id, p.started_on + (k - 1) * 91, p.started_on + k * 91 - 1,
       'Hoe het gaat' || chr(10) || 'Het gaat goed met werken. Soms is het druk in het hoofd, dan bellen we even.',
       'RELEASED', p.started_on + k * 91, (p.started_on + k * 91)::timestamptz, p.coach_id, 1, p.coach_id, (p.started_on + k * 91)::timestamptz
from large_contact_plan p
cross join lateral generate_series(1, (p.until - p.started_on) / 91) k
where p.client_id % 3 = 0;

analyze;
