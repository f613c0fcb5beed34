-- A guardian (mentor, curator, or a parent of a client under 16) can be given the client's own view,
-- with the legal basis recorded; the client sees who has it. Beside the client's own account, any
-- number of guardians' accounts can be open for one client.
alter table client_account add column guardian_name varchar(200);
alter table client_account add column legal_basis varchar(20);
alter table client_account add constraint ck_client_account_guardian
    check ((guardian_name is null) = (legal_basis is null)
           and (legal_basis is null or legal_basis in ('MENTOR', 'CURATOR', 'PARENT')));
drop index uq_client_account_open;
create unique index uq_client_account_open on client_account (client_id) where closed_at is null and guardian_name is null;
