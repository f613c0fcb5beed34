-- A draft the coach wants to discuss with the client before release: the client reads it on Mijn
-- Waakvlam and answers "klopt" or what is not right; the coach sees the answer before releasing.
alter table progress_report add column client_asked_at timestamptz;
alter table progress_report add column client_agreed boolean;
alter table progress_report add column client_note varchar(1000);
alter table progress_report add column client_answered_at timestamptz;
