# shellcheck shell=bash
# PostgreSQL: the local server, the role and the databases.
# Sourced by ./chatdong after its configuration and small helpers (log, warn, die, start_bg, stop, ...);
# the bench scripts get it by sourcing ./chatdong.

pg_answers() { command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$1" -p "$2" -t 3; }

# Runs psql as the PostgreSQL superuser (SQL on stdin).
psql_admin() {
  if is_root && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$DB_PORT" -d postgres "$@"
  else
    psql -X -q -w -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres "$@"
  fi
}

start_postgres() {
  local line ver cluster
  if ! command -v pg_lsclusters >/dev/null 2>&1 || [[ -z $(pg_lsclusters -h 2>/dev/null) ]]; then
    if ! is_root; then
      die "PostgreSQL is not installed. As root: apt-get update && apt-get install -y postgresql
           (then run this command again)"
    fi
    log "postgres: not installed — apt-get install -y postgresql"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
    pg_answers 127.0.0.1 "$DB_PORT" && return 0
  fi
  # The cluster on DB_PORT, else the first one.
  line=$(pg_lsclusters -h | awk -v p="$DB_PORT" '$3 == p { print; exit }')
  [[ -n $line ]] || line=$(pg_lsclusters -h | head -n 1)
  read -r ver cluster _ <<<"$line"
  if ! is_root; then
    die "PostgreSQL does not answer on 127.0.0.1:$DB_PORT. Start it as root:
           pg_ctlcluster --skip-systemctl-redirect $ver $cluster start
           (then run this command again)"
  fi
  log "postgres: starting cluster $ver/$cluster"
  pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" start
}

ensure_postgres() {
  local t0 i dbs
  if ! is_local_host "$DB_HOST"; then
    log "postgres: DB_HOST=$DB_HOST is managed by the operator — nothing started or created"
    if command -v pg_isready >/dev/null 2>&1; then
      pg_isready -q -h "$DB_HOST" -p "$DB_PORT" -t 5 || die "PostgreSQL at $DB_HOST:$DB_PORT does not answer"
    fi
    return 0
  fi
  t0=$(now_ms)
  if ! pg_answers 127.0.0.1 "$DB_PORT"; then
    start_postgres
    for ((i = 0; i < 30; i++)); do
      pg_answers 127.0.0.1 "$DB_PORT" && break
      sleep 1
    done
    pg_answers 127.0.0.1 "$DB_PORT" || die "PostgreSQL still does not answer on 127.0.0.1:$DB_PORT after 30 s"
  fi
  # Role and databases, idempotently (also fixes the owner of databases that already exist).
  dbs=""
  for i in "${DATABASES[@]}"; do dbs+="${dbs:+,}$i,${i}_test,${i}_e2e,${i}_aot"; done
  if ! psql_admin -v user="$DB_USER" -v password="$DB_PASSWORD" -v dbs="$dbs" <<'SQL'; then
SELECT format('CREATE ROLE %I', :'user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'user', :'password') \gexec
-- A role with the same rights and a CONNECTION LIMIT of 3, for the test that makes the server refuse
-- a service's connections (platform-tests ConnectionBudgetTest); nothing else uses it.
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L CONNECTION LIMIT 3 IN ROLE %I', :'user' || '_limited', :'password', :'user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user' || '_limited') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', d, :'user', 'UTF8')
  FROM unnest(string_to_array(:'dbs', ',')) AS d
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d) \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', datname, :'user')
  FROM pg_database
 WHERE datname = ANY (string_to_array(:'dbs', ','))
   AND pg_get_userbyid(datdba) <> :'user' \gexec
SQL
    die "postgres: could not create role $DB_USER and the databases (see above; as non-root this needs
           psql -h 127.0.0.1 -U postgres to work, e.g. with PGPASSWORD set, or run as root)"
  fi
  log "postgres: 127.0.0.1:$DB_PORT ready, role $DB_USER, databases ${DATABASES[*]} (+ _test, _e2e, _aot) ($(since "$t0") s)"
}
