-- The handover from the record: a change of primary coach remembers who handed the client over, when
-- the new coach read the handover summary, and the warm handover visit planned with both coaches.
-- A coach can mark a contact's private note "voor de overdracht"; the visit itself is a contact of
-- its own kind.
alter table assignment add column previous_coach_id bigint references user_account (id);
alter table assignment add column handover_read_at timestamptz;
alter table assignment add column warm_visit_at timestamp;
alter table assignment add column warm_visit_place varchar(200);
alter table assignment add column version bigint not null default 0;
-- the project leader's list of handovers not yet read, and the coach's own on Vandaag
create index ix_assignment_unread_handover on assignment (coach_id)
    where previous_coach_id is not null and handover_read_at is null and ended_on is null;

alter table contact_moment add column for_handover boolean not null default false;

alter table contact_moment drop constraint ck_contact_moment_type;
alter table contact_moment add constraint ck_contact_moment_type check (type in ('FACE_TO_FACE', 'HOME_VISIT',
    'WALK_ACTIVITY', 'PHONE', 'VIDEO', 'MESSAGE', 'EMAIL', 'ACCOMPANYING', 'THREE_WAY', 'PROFESSIONAL_CONSULT',
    'CRISIS', 'WARM_HANDOVER'));
