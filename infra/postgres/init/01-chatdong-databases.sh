#!/usr/bin/env bash
# Run by the postgres image on the first start of an empty data volume
# (mounted at /docker-entrypoint-initdb.d by docker-compose.yml).
#
# Creates the login role CHATDONG_DB_USER / CHATDONG_DB_PASSWORD (from .env) and the four
# service databases, UTF8 and owned by that role:
#   chatdong_governance (governance-service), chatdong_monitoring (monitoring-service),
#   chatdong_training (training-service), chatdong_cases (cases-service).
# The services' Flyway migrations create the schemas inside them.
#
# Keycloak gets a role of its own, KEYCLOAK_DB_USER / KEYCLOAK_DB_PASSWORD, owning the database
# chatdong_keycloak (Keycloak makes its tables at its first start). Its own role because that
# database holds the accounts' password hashes and sessions: the services' role cannot read it.
#
# Safe to run again: existing roles and databases are left alone. A volume made before Keycloak
# was added lacks chatdong_keycloak; run this script once inside the container to add it:
#   docker compose exec postgres bash /docker-entrypoint-initdb.d/01-chatdong-databases.sh
set -euo pipefail

: "${CHATDONG_DB_USER:?CHATDONG_DB_USER is not set (see .env.example)}"
: "${CHATDONG_DB_PASSWORD:?CHATDONG_DB_PASSWORD is not set (see .env.example)}"
: "${KEYCLOAK_DB_USER:?KEYCLOAK_DB_USER is not set (see .env.example)}"
: "${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD is not set (see .env.example)}"

psql -v ON_ERROR_STOP=1 \
     --username "${POSTGRES_USER:-postgres}" --dbname postgres \
     -v app_user="$CHATDONG_DB_USER" -v app_password="$CHATDONG_DB_PASSWORD" \
     -v kc_user="$KEYCLOAK_DB_USER" -v kc_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'app_user', :'app_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_user')
\gexec

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', db, :'app_user', 'UTF8')
  FROM unnest(ARRAY['chatdong_governance', 'chatdong_monitoring',
                    'chatdong_training', 'chatdong_cases']) AS db
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = db)
\gexec

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'kc_user', :'kc_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'kc_user')
\gexec

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', 'chatdong_keycloak', :'kc_user', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'chatdong_keycloak')
\gexec
SQL
