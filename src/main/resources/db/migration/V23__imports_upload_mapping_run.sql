-- The import of a programme's own registration (module imports).

-- An uploaded file waits here between the steps (mapping, dry run, commit): never in the HTTP
-- session. Deleted after the commit, or after a day by UploadCleanup.
create table import_upload (
    id              bigserial    primary key,
    uploaded_by     bigint       not null,
    created_at      timestamptz  not null,
    client_table    varchar(20),
    contact_table   varchar(20),
    client_columns  varchar(500),
    contact_columns varchar(500),
    version         bigint       not null default 0,
    constraint fk_import_upload_user foreign key (uploaded_by) references user_account (id)
);

create index ix_import_upload_created_at on import_upload (created_at);

create table import_upload_file (
    id        bigserial    primary key,
    upload_id bigint       not null,
    position  integer      not null,
    file_name varchar(255) not null,
    sha256    varchar(64)  not null,
    content   bytea        not null,
    constraint fk_import_upload_file_upload foreign key (upload_id) references import_upload (id) on delete cascade,
    constraint uq_import_upload_file_position unique (upload_id, position)
);

-- The column mapping last saved for a set of column headers, so the next file with the same
-- columns is mapped already.
create table import_mapping (
    id         bigserial    primary key,
    kind       varchar(10)  not null,
    header_key varchar(64)  not null,
    columns    varchar(500) not null,
    saved_by   bigint       not null,
    saved_at   timestamptz  not null,
    version    bigint       not null default 0,
    constraint uq_import_mapping_headers unique (kind, header_key),
    constraint ck_import_mapping_kind check (kind in ('CLIENTS', 'CONTACTS')),
    constraint fk_import_mapping_saved_by foreign key (saved_by) references user_account (id)
);

-- A committed import: who, when, what it created. Its files are kept by their SHA-256 only (not
-- their content), so that the same file is refused the second time.
create table import_run (
    id               bigserial   primary key,
    committed_by     bigint      not null,
    committed_at     timestamptz not null,
    clients_created  integer     not null,
    contacts_created integer     not null,
    duration_ms      bigint      not null,
    constraint fk_import_run_committed_by foreign key (committed_by) references user_account (id)
);

create table import_run_file (
    id        bigserial    primary key,
    run_id    bigint       not null,
    file_name varchar(255) not null,
    sha256    varchar(64)  not null,
    constraint fk_import_run_file_run foreign key (run_id) references import_run (id),
    constraint uq_import_run_file_sha256 unique (sha256)
);

-- Which clients an import created and for which coach (the result page's links to the caseloads).
create table import_run_client (
    run_id    bigint not null,
    client_id bigint not null,
    coach_id  bigint not null,
    constraint pk_import_run_client primary key (run_id, client_id),
    constraint fk_import_run_client_run foreign key (run_id) references import_run (id)
);
