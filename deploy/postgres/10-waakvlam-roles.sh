#!/bin/sh
# Runs once, when the PostgreSQL volume is created. Two roles, as in production:
#   waakvlam_owner owns the database and its schema; Flyway migrates as this role.
#   waakvlam_app   is what the application signs in as: it reads and writes rows, never changes the schema.
# Tables the owner creates later are open to the runtime role through default privileges.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_password="$WAAKVLAM_OWNER_PASSWORD" -v app_password="$WAAKVLAM_APP_PASSWORD" <<'SQL'
create role waakvlam_owner login password :'owner_password';
create role waakvlam_app login password :'app_password';
create database waakvlam owner waakvlam_owner encoding 'UTF8' template template0;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname waakvlam <<'SQL'
revoke create on schema public from public;
grant usage on schema public to waakvlam_app;
alter default privileges for role waakvlam_owner in schema public
    grant select, insert, update, delete on tables to waakvlam_app;
alter default privileges for role waakvlam_owner in schema public
    grant usage, select on sequences to waakvlam_app;
SQL
