#!/bin/bash
# Runs once, when the postgres container starts on an empty data volume
# (mounted into /docker-entrypoint-initdb.d by docker-compose.yml).
# One database and one login role per service; each role owns only its own database.
# Passwords come from the postgres container's environment (see docker-compose.yml).
set -euo pipefail

create_service_db() {  # <name: database and role> <password>
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v name="$1" -v password="$2" <<'SQL'
CREATE ROLE :"name" WITH LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
GRANT ALL ON DATABASE :"name" TO :"name";
SQL
}

create_service_db incident   "${INCIDENT_DB_PASSWORD:?INCIDENT_DB_PASSWORD is not set}"
create_service_db postmortem "${POSTMORTEM_DB_PASSWORD:?POSTMORTEM_DB_PASSWORD is not set}"
