# shellcheck shell=bash
# Keycloak, the platform's identity provider (issue 21), run like Kafka: sourced by ./chatdong after
# its own helpers (log, warn, die, start_bg, stop, running_pid, is_ours, psql_admin, http_status, ...).
#
# The server is the keycloak-quarkus-dist zip of Maven Central (infra/keycloak/pom.xml), unpacked
# into .chatdong/keycloak/dist and run on the platform's JDK (infra/lib/jdk.sh) as the process
# "keycloak": http://127.0.0.1:$KEYCLOAK_PORT, health on the management port
# http://127.0.0.1:$KEYCLOAK_MANAGEMENT_PORT/health/ready, data in the PostgreSQL database
# chatdong_keycloak (made by ensure_postgres).
#
# Production mode, not start-dev: "kc.sh build" runs once (again only when its build options
# change, .chatdong/keycloak/dist/chatdong-build), then every start is "start --optimized". start-dev
# re-augments the server at every start (tens of seconds more on two cores) and turns on dev-only
# defaults (no theme cache, any hostname); "start" is what compose and Kubernetes run.
# The issuer is fixed (--hostname=http://127.0.0.1:$KEYCLOAK_PORT): the same "iss" whatever host
# name a request used (localhost or 127.0.0.1), the one OIDC_ISSUER names.
#
# The realm is code: infra/keycloak/realm-chatdong.json, copied to dist/data/import and read by
# --import-realm at start. Keycloak imports a realm only when it does not exist yet, so a changed
# file must reach an existing database by other means: .chatdong/keycloak/realm.sha256 holds the
# digest of the file the database has; when the file differs, the realm is DELETED and IMPORTED
# again through the admin REST API (not a partial import: that reaches only users, clients, roles,
# groups and identity providers, never the realm's settings, user profile or client scopes). What
# was made by hand in the local realm (users, sessions) goes with it; the development users come
# back from the development part, and ./chatdong token --keycloak makes its users again.
# The development part, infra/keycloak/realm-chatdong-dev.json (one user per role, password
# "chatdong"; the client chatdong-dev-cli allowed the password grant), is applied to the local
# realm only, by the admin API's partial import with ifResourceExists OVERWRITE, after each import
# and whenever it changes (.chatdong/keycloak/dev.sha256). It is never part of the production realm.
#
# The local administrator is "admin" (master realm); its random password is made once and kept in
# .chatdong/keycloak/admin-password (Keycloak creates the account at its first start, from
# KC_BOOTSTRAP_ADMIN_USERNAME/KC_BOOTSTRAP_ADMIN_PASSWORD).
#
# A Keycloak already answering at OIDC_ISSUER (or an OIDC_ISSUER on another host) is used instead
# of starting one; its realm is then the operator's and is never changed.

# KEYCLOAK_INSTANCE=test selects the test suite's own Keycloak (use_test_keycloak), as ./chatdong
# test and the end-to-end tests run it: never the one ./chatdong up runs.
if [[ ${KEYCLOAK_INSTANCE:-} == test ]]; then
  KEYCLOAK_NAME=keycloak-test KEYCLOAK_PORT=18180 KEYCLOAK_MANAGEMENT_PORT=19180 KEYCLOAK_DB=chatdong_keycloak_test
  OIDC_ISSUER="http://127.0.0.1:18180/realms/chatdong"
fi
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
KEYCLOAK_REALM=chatdong
export OIDC_ISSUER="${OIDC_ISSUER:-http://127.0.0.1:$KEYCLOAK_PORT/realms/$KEYCLOAK_REALM}"
KEYCLOAK_DB="${KEYCLOAK_DB:-chatdong_keycloak}"
# PostgreSQL allows 100 connections; the four services take 20 each (start_services).
KEYCLOAK_DB_POOL_MAX="${KEYCLOAK_DB_POOL_MAX:-8}"
KEYCLOAK_READY_TIMEOUT="${KEYCLOAK_READY_TIMEOUT:-180}" # seconds (the first start makes the schema)
KEYCLOAK_VERSION=26.7.3
# The process name; infra/keycloak/check.sh runs one of its own (keycloak-check) beside it.
KEYCLOAK_NAME="${KEYCLOAK_NAME:-keycloak}"
KEYCLOAK_DIST="$STATE/keycloak/dist"
# The instance's own files: admin-password, realm.sha256, dev.sha256, import.sha256.
KEYCLOAK_DIR="$STATE/$KEYCLOAK_NAME"
KEYCLOAK_INFRA="$ROOT/infra/keycloak"
KEYCLOAK_REALM_FILE="${KEYCLOAK_REALM_FILE:-$KEYCLOAK_INFRA/realm-chatdong.json}"
KEYCLOAK_DEV_FILE="${KEYCLOAK_DEV_FILE:-$KEYCLOAK_INFRA/realm-chatdong-dev.json}"
KEYCLOAK_ADMIN_USER=admin
KEYCLOAK_ADMIN_PASSWORD_FILE="$KEYCLOAK_DIR/admin-password"
KEYCLOAK_BUILD_OPTIONS=(--db=postgres --health-enabled=true --cache=local)
KEYCLOAK_ROLES=(city-admin district-officer monitor consultant trainer editor trainee)
KEYCLOAK_DEV_CLIENT=chatdong-dev-cli
KEYCLOAK_DEV_PASSWORD=chatdong
KEYCLOAK_STARTED_HERE=0
# The JVM of the server: what bin/kc.sh of 26.7.3 runs (its default JAVA_OPTS, heap 64-512 MB). The
# java process is started here rather than through kc.sh, which keeps a shell as the parent of java
# (./chatdong's pid files name the java process itself); kc.sh still runs "build".
KEYCLOAK_JVM=(
  -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Xms64m -Xmx512m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError
  -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.err.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8
  -Djava.security.egd=file:/dev/urandom -Djdk.tls.rejectClientInitiatedRenegotiation=true
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.security=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED
  -Duser.language=en -Duser.country=US
  -Djava.util.concurrent.ForkJoinPool.common.threadFactory=io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory
  "-Dkc.home.dir=$KEYCLOAK_DIST" "-Djboss.server.config.dir=$KEYCLOAK_DIST/conf"
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dpicocli.disable.closures=true
  -Dquarkus-log-max-startup-records=10000
)

# The origin of the issuer (http://host:port) and whether it is this machine's KEYCLOAK_PORT.
keycloak_url() { local rest=${OIDC_ISSUER#*://}; echo "${OIDC_ISSUER%%://*}://${rest%%/*}"; }
keycloak_is_local() {
  case "$(keycloak_url)" in
    "http://127.0.0.1:$KEYCLOAK_PORT" | "http://localhost:$KEYCLOAK_PORT") return 0 ;;
    *) return 1 ;;
  esac
}
keycloak_cmdline_marker() { echo "-cp $KEYCLOAK_DIST/lib/quarkus-run.jar io.quarkus.bootstrap.runner.QuarkusEntryPoint"; }
keycloak_ready() { [[ $(http_status "http://127.0.0.1:$KEYCLOAK_MANAGEMENT_PORT/health/ready") == 200 ]]; }
keycloak_answers() { [[ $(http_status "$OIDC_ISSUER/.well-known/openid-configuration") == 200 ]]; }
keycloak_sha() { sha256sum "$1" | cut -c1-64; }

keycloak_fetch() {
  local t0
  [[ -f $KEYCLOAK_DIST/lib/quarkus-run.jar && -f $KEYCLOAK_DIST/version.txt ]] &&
    grep -q "$KEYCLOAK_VERSION" "$KEYCLOAK_DIST/version.txt" && return 0
  log "keycloak: fetching keycloak-quarkus-dist $KEYCLOAK_VERSION (infra/keycloak/pom.xml) into ${KEYCLOAK_DIST#"$ROOT"/}"
  t0=$(now_ms)
  rm -rf "$KEYCLOAK_DIST" "$STATE/keycloak/dist-markers"
  mkdir -p "$STATE/keycloak"
  if ! "$ROOT/mvnw" -B -q -f "$KEYCLOAK_INFRA/pom.xml" dependency:unpack@keycloak-dist -Dkeycloak.dist.dir="$KEYCLOAK_DIST" ||
    [[ ! -f $KEYCLOAK_DIST/lib/quarkus-run.jar ]]; then
    rm -rf "$KEYCLOAK_DIST" "$STATE/keycloak/dist-markers"
    die "keycloak: could not fetch the distribution"
  fi
  log "keycloak: fetched in $(since "$t0") s"
}

# The build-time options (database kind, health, local cache) are baked in once by kc.sh build.
keycloak_build() {
  local t0 stamp="$KEYCLOAK_DIST/chatdong-build" want
  want="$KEYCLOAK_VERSION ${KEYCLOAK_BUILD_OPTIONS[*]} $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release")"
  [[ -f $stamp && $(<"$stamp") == "$want" ]] && return 0
  log "keycloak: kc.sh build ${KEYCLOAK_BUILD_OPTIONS[*]} (once; every start is then start --optimized)"
  t0=$(now_ms)
  mkdir -p "$LOG_DIR"
  if ! sh "$KEYCLOAK_DIST/bin/kc.sh" build "${KEYCLOAK_BUILD_OPTIONS[@]}" >"$LOG_DIR/keycloak-build.log" 2>&1; then
    tail -n 20 "$LOG_DIR/keycloak-build.log" >&2
    die "keycloak: kc.sh build failed (${LOG_DIR#"$ROOT"/}/keycloak-build.log)"
  fi
  echo "$want" >"$stamp"
  log "keycloak: built in $(since "$t0") s"
}

keycloak_admin_password() {
  if [[ ! -s $KEYCLOAK_ADMIN_PASSWORD_FILE ]]; then
    mkdir -p "$KEYCLOAK_DIR"
    (umask 077 && openssl rand -base64 24 | tr -d '/+=\n' >"$KEYCLOAK_ADMIN_PASSWORD_FILE")
  fi
  cat "$KEYCLOAK_ADMIN_PASSWORD_FILE"
}

# keycloak_database: makes the instance's database when missing. Keycloak creates its admin
# account only in an empty database, from this checkout's password (.chatdong/<instance>/
# admin-password): a database made from another checkout's password (another clone of the
# repository, or before .chatdong was removed) cannot be administered from here. The database's
# comment records the digest of the password it was made with; a database without it, or with
# another, is dropped and made afresh (the realm comes back from the realm file and its
# development part; accounts made by hand in that local realm go with it).
keycloak_database() {
  local want have exists
  want="chatdong admin $(keycloak_admin_password | sha256sum | cut -c1-16)"
  exists=$(psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = '$KEYCLOAK_DB'") || die "keycloak: PostgreSQL does not answer"
  if [[ $exists == 1 ]]; then
    have=$(psql_admin -tA -c "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = '$KEYCLOAK_DB'")
    if [[ $have != "$want" ]]; then
      log "keycloak: database $KEYCLOAK_DB was made with another admin password than this checkout's — making it afresh"
      psql_admin -c "DROP DATABASE $KEYCLOAK_DB WITH (FORCE)" >/dev/null || die "keycloak: could not drop $KEYCLOAK_DB"
      exists=""
    fi
  fi
  if [[ $exists != 1 ]]; then
    # What the digests said of the realm and its development part was said of the old database.
    rm -f "$KEYCLOAK_DIR/realm.sha256" "$KEYCLOAK_DIR/dev.sha256"
    psql_admin -c "CREATE DATABASE $KEYCLOAK_DB OWNER $DB_USER ENCODING 'UTF8' TEMPLATE template0" >/dev/null ||
      die "keycloak: could not create the database $KEYCLOAK_DB"
    psql_admin -c "COMMENT ON DATABASE $KEYCLOAK_DB IS '$want'" >/dev/null || die "keycloak: could not mark the database $KEYCLOAK_DB"
  fi
}

# keycloak_start: starts Keycloak unless one answers already; does not wait (keycloak_wait_ready).
keycloak_start() {
  local pid password
  KEYCLOAK_STARTED_HERE=0
  if ! keycloak_is_local; then
    log "keycloak: OIDC_ISSUER=$OIDC_ISSUER is managed by the operator — no Keycloak started"
    return 0
  fi
  if pid=$(running_pid "$KEYCLOAK_NAME"); then
    log "keycloak: already running (pid $pid) on 127.0.0.1:$KEYCLOAK_PORT"
    return 0
  fi
  if keycloak_answers; then
    log "keycloak: $OIDC_ISSUER answers — using it (not started by chatdong)"
    return 0
  fi
  port_open 127.0.0.1 "$KEYCLOAK_PORT" && die "keycloak: 127.0.0.1:$KEYCLOAK_PORT is taken by a process that is not a Keycloak with realm $KEYCLOAK_REALM (KEYCLOAK_PORT chooses another)"
  port_open 127.0.0.1 "$KEYCLOAK_MANAGEMENT_PORT" && die "keycloak: management port 127.0.0.1:$KEYCLOAK_MANAGEMENT_PORT is taken (KEYCLOAK_MANAGEMENT_PORT chooses another)"
  keycloak_fetch
  keycloak_build
  keycloak_database
  password=$(keycloak_admin_password)
  # --import-realm reads dist/data/import: the production realm only (the development part is
  # applied through the admin API, keycloak_sync_realm).
  rm -rf "$KEYCLOAK_DIST/data/import"
  mkdir -p "$KEYCLOAK_DIST/data/import"
  cp "$KEYCLOAK_REALM_FILE" "$KEYCLOAK_DIST/data/import/realm-$KEYCLOAK_REALM.json"
  keycloak_sha "$KEYCLOAK_REALM_FILE" >"$KEYCLOAK_DIR/import.sha256"
  start_bg "$KEYCLOAK_NAME" env KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$password" \
    KC_DB_PASSWORD="$DB_PASSWORD" \
    java "${KEYCLOAK_JVM[@]}" -cp "$KEYCLOAK_DIST/lib/quarkus-run.jar" io.quarkus.bootstrap.runner.QuarkusEntryPoint \
    start --optimized --import-realm \
    --http-enabled=true --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
    --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
    --hostname="http://127.0.0.1:$KEYCLOAK_PORT" \
    --db-url="jdbc:postgresql://$DB_HOST:$DB_PORT/$KEYCLOAK_DB" --db-username="$DB_USER" \
    --db-pool-initial-size=1 --db-pool-min-size=1 --db-pool-max-size="$KEYCLOAK_DB_POOL_MAX"
  KEYCLOAK_STARTED_HERE=1
  KEYCLOAK_T0=$(now_ms)
  pid=$(<"$(pid_file "$KEYCLOAK_NAME")")
  log "keycloak: starting (pid $pid, http://127.0.0.1:$KEYCLOAK_PORT, health on port $KEYCLOAK_MANAGEMENT_PORT)"
}

# keycloak_wait_ready: waits for the health of the Keycloak keycloak_start started (or found), then
# brings the local realm up to date (keycloak_sync_realm).
keycloak_wait_ready() {
  local pid t0=${KEYCLOAK_T0:-$(now_ms)}
  if ! keycloak_is_local; then
    keycloak_answers || warn "keycloak: $OIDC_ISSUER does not answer"
    return 0
  fi
  if ! pid=$(running_pid "$KEYCLOAK_NAME"); then
    keycloak_answers || die "keycloak: $OIDC_ISSUER does not answer"
    return 0 # not ours: its realm is left alone
  fi
  until keycloak_ready; do
    if ! running_pid "$KEYCLOAK_NAME" >/dev/null; then
      log_tail "$KEYCLOAK_NAME"
      die "keycloak: exited during start-up (./chatdong logs keycloak)"
    fi
    if (($(now_ms) - t0 >= KEYCLOAK_READY_TIMEOUT * 1000)); then
      log_tail "$KEYCLOAK_NAME"
      die "keycloak: not ready after ${KEYCLOAK_READY_TIMEOUT} s (pid $pid; ./chatdong down stops it)"
    fi
    sleep 0.5
  done
  ((KEYCLOAK_STARTED_HERE)) && log "keycloak: ready (pid $pid) in $(since "$t0") s"
  # The services trust only this realm: one that cannot be brought up to date is fatal.
  (keycloak_sync_realm) || die "keycloak: the realm $KEYCLOAK_REALM could not be brought up to date (see the line above)"
  log "keycloak: realm $KEYCLOAK_REALM at $OIDC_ISSUER (admin console http://127.0.0.1:$KEYCLOAK_PORT/admin, user $KEYCLOAK_ADMIN_USER, password in ${KEYCLOAK_ADMIN_PASSWORD_FILE#"$ROOT"/})"
}

# use_test_keycloak: from now on (and in every child process) the test suite's Keycloak.
use_test_keycloak() {
  export KEYCLOAK_INSTANCE=test
  # shellcheck source=keycloak.sh
  source "$ROOT/infra/lib/keycloak.sh"
}

# ensure_keycloak: starts Keycloak when needed and waits until it is ready with an up-to-date realm.
ensure_keycloak() {
  keycloak_start
  keycloak_wait_ready
}

# ----------------------------------------------------------------------------------------------
# Admin REST API

# jq reads and writes the admin API's JSON: installed from Debian's packages when missing (as root).
ensure_jq() {
  command -v jq >/dev/null 2>&1 && return 0
  if is_root && command -v apt-get >/dev/null 2>&1; then
    log "jq: installing it (apt) for the Keycloak admin API" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null; } || die "jq: could not install it"
  else
    die "keycloak: jq is needed (apt-get install jq)"
  fi
}

# The master realm's admin token (admin-cli, the local admin's password); prints it.
keycloak_admin_token() {
  local body token
  ensure_jq
  [[ -s $KEYCLOAK_ADMIN_PASSWORD_FILE ]] || die "keycloak: no admin password (${KEYCLOAK_ADMIN_PASSWORD_FILE#"$ROOT"/}); was this Keycloak started by ./chatdong?"
  body=$(curl -sS --max-time 30 "$(keycloak_url)/realms/master/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=admin-cli -d "username=$KEYCLOAK_ADMIN_USER" \
    --data-urlencode "password=$(<"$KEYCLOAK_ADMIN_PASSWORD_FILE")") || die "keycloak: $(keycloak_url) does not answer"
  token=$(jq -r '.access_token // empty' <<<"$body")
  [[ -n $token ]] || die "keycloak: the admin password in ${KEYCLOAK_ADMIN_PASSWORD_FILE#"$ROOT"/} is refused ($(jq -r '.error_description // .error // .' <<<"$body" | head -c 200)); the database $KEYCLOAK_DB was made with another one: drop it (./chatdong down, then dropdb) to start afresh"
  echo "$token"
}

# kc_api METHOD PATH [curl args...]: calls $KEYCLOAK_URL/admin/realms$PATH with KC_ADMIN_TOKEN;
# prints the body; fails (status 1, body on stderr) unless the answer is 2xx.
kc_api() {
  local method=$1 path=$2 out code
  shift 2
  out=$(curl -sS --max-time 120 -X "$method" -H "Authorization: Bearer $KC_ADMIN_TOKEN" \
    -w '\n%{http_code}' "$@" "$(keycloak_url)/admin/realms$path") || return 1
  code=${out##*$'\n'}
  out=${out%$'\n'*}
  if [[ $code != 2* ]]; then
    printf 'keycloak: %s %s: HTTP %s %s\n' "$method" "$path" "$code" "$(head -c 300 <<<"$out")" >&2
    return 1
  fi
  printf '%s' "$out"
}
kc_json() { kc_api "$@" -H 'Content-Type: application/json'; }

# keycloak_sync_realm: the local realm as infra/keycloak says (see the top of this file).
keycloak_sync_realm() {
  local want have imported_now=0 code
  ensure_jq
  KC_ADMIN_TOKEN=$(keycloak_admin_token)
  # What this start imported (--import-realm logs "Realm 'chatdong' imported"; it skips an existing one).
  if ((KEYCLOAK_STARTED_HERE)) && grep -q "Realm '$KEYCLOAK_REALM' imported" "$(log_file "$KEYCLOAK_NAME")" 2>/dev/null; then
    cp "$KEYCLOAK_DIR/import.sha256" "$KEYCLOAK_DIR/realm.sha256"
    rm -f "$KEYCLOAK_DIR/dev.sha256"
    imported_now=1
  fi
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KC_ADMIN_TOKEN" "$(keycloak_url)/admin/realms/$KEYCLOAK_REALM")
  want=$(keycloak_sha "$KEYCLOAK_REALM_FILE")
  have=$(cat "$KEYCLOAK_DIR/realm.sha256" 2>/dev/null || true)
  if [[ $code == 404 ]]; then
    log "keycloak: realm $KEYCLOAK_REALM missing — importing ${KEYCLOAK_REALM_FILE#"$ROOT"/}"
    keycloak_import_realm
  elif [[ $code != 200 ]]; then
    die "keycloak: reading realm $KEYCLOAK_REALM answered HTTP $code"
  elif [[ $have != "$want" ]]; then
    ((imported_now)) && log "keycloak: ${KEYCLOAK_REALM_FILE#"$ROOT"/} changed during the start"
    log "keycloak: ${KEYCLOAK_REALM_FILE#"$ROOT"/} differs from the realm in the database — deleting realm $KEYCLOAK_REALM and importing it again"
    kc_api DELETE "/$KEYCLOAK_REALM" >/dev/null || die "keycloak: could not delete realm $KEYCLOAK_REALM"
    keycloak_import_realm
  fi
  # The development part (local realm only).
  if [[ -f $KEYCLOAK_DEV_FILE ]] && [[ $(cat "$KEYCLOAK_DIR/dev.sha256" 2>/dev/null) != "$(keycloak_sha "$KEYCLOAK_DEV_FILE")" ]]; then
    jq 'del(._comment) | .ifResourceExists = "OVERWRITE"' "$KEYCLOAK_DEV_FILE" |
      kc_json POST "/$KEYCLOAK_REALM/partialImport" --data-binary @- >/dev/null ||
      die "keycloak: the development part ${KEYCLOAK_DEV_FILE#"$ROOT"/} could not be applied"
    keycloak_sha "$KEYCLOAK_DEV_FILE" >"$KEYCLOAK_DIR/dev.sha256"
    log "keycloak: development users and client applied (${KEYCLOAK_DEV_FILE#"$ROOT"/}; password $KEYCLOAK_DEV_PASSWORD — development only)"
  fi
}

keycloak_import_realm() {
  local t0
  t0=$(now_ms)
  kc_json POST "" --data-binary @"$KEYCLOAK_REALM_FILE" >/dev/null || die "keycloak: importing ${KEYCLOAK_REALM_FILE#"$ROOT"/} failed"
  keycloak_sha "$KEYCLOAK_REALM_FILE" >"$KEYCLOAK_DIR/realm.sha256"
  rm -f "$KEYCLOAK_DIR/dev.sha256"
  log "keycloak: realm $KEYCLOAK_REALM imported in $(since "$t0") s"
}

# keycloak_client_secret CLIENT_ID: the secret of a confidential client of the local realm.
keycloak_client_secret() {
  local id
  KC_ADMIN_TOKEN=${KC_ADMIN_TOKEN:-$(keycloak_admin_token)}
  id=$(kc_api GET "/$KEYCLOAK_REALM/clients?clientId=$1" | jq -r '.[0].id // empty')
  [[ -n $id ]] || die "keycloak: no client $1 in realm $KEYCLOAK_REALM"
  kc_api GET "/$KEYCLOAK_REALM/clients/$id/client-secret" | jq -r '.value'
}

# ----------------------------------------------------------------------------------------------
# ./chatdong token --keycloak <role> [district] [--sub <name>]

# Makes sure the development user NAME exists with ROLE (the only platform role it holds),
# DISTRICT (or none), the e-mail and names the user profile requires, and the password "chatdong".
keycloak_dev_user() {
  local name=$1 role=$2 district=$3 id rep current r
  rep=$(jq -n --arg u "$name" --arg r "$role" --arg d "$district" '{
    username: $u, enabled: true, emailVerified: true, email: ($u + "@dev.chatdong.local"),
    firstName: $u, lastName: $r, requiredActions: [],
    attributes: (if $d == "" then {} else {district: [$d]} end)}')
  id=$(kc_api GET "/$KEYCLOAK_REALM/users?username=$name&exact=true" | jq -r '.[0].id // empty') || return 1
  if [[ -z $id ]]; then
    kc_json POST "/$KEYCLOAK_REALM/users" --data-binary "$rep" >/dev/null || return 1
    id=$(kc_api GET "/$KEYCLOAK_REALM/users?username=$name&exact=true" | jq -r '.[0].id // empty')
    [[ -n $id ]] || return 1
  else
    kc_json PUT "/$KEYCLOAK_REALM/users/$id" --data-binary "$rep" >/dev/null || return 1
  fi
  kc_json PUT "/$KEYCLOAK_REALM/users/$id/reset-password" \
    --data-binary "{\"type\":\"password\",\"value\":\"$KEYCLOAK_DEV_PASSWORD\",\"temporary\":false}" >/dev/null || return 1
  # Exactly one platform role: ROLE.
  current=$(kc_api GET "/$KEYCLOAK_REALM/users/$id/role-mappings/realm") || return 1
  r=$(jq -c --arg r "$role" --args '[.[] | select(.name != $r and (.name | IN($ARGS.positional[])))]' "${KEYCLOAK_ROLES[@]}" <<<"$current")
  [[ $r == "[]" ]] || kc_json DELETE "/$KEYCLOAK_REALM/users/$id/role-mappings/realm" --data-binary "$r" >/dev/null || return 1
  if ! jq -e --arg r "$role" 'any(.[]; .name == $r)' <<<"$current" >/dev/null; then
    r=$(kc_api GET "/$KEYCLOAK_REALM/roles/$role") || return 1
    kc_json POST "/$KEYCLOAK_REALM/users/$id/role-mappings/realm" --data-binary "[$r]" >/dev/null || return 1
  fi
}

keycloak_token() {
  local role="" district="" name="" body token
  while (($#)); do
    case "$1" in
      --sub) name=${2:-} && shift ;;
      --sub=*) name=${1#--sub=} ;;
      -*) die "token --keycloak: unknown option $1" ;;
      *) if [[ -z $role ]]; then role=$1; else district=$1; fi ;;
    esac
    shift
  done
  ensure_jq
  [[ " ${KEYCLOAK_ROLES[*]} " == *" $role "* && -n $role ]] ||
    die "usage: ./chatdong token --keycloak <$(IFS="|" && echo "${KEYCLOAK_ROLES[*]}")> [district-code] [--sub <account name>]"
  if [[ $role == district-officer && ! $district =~ ^[0-9]{5}$ ]]; then
    die "a district-officer token needs the 5-digit district code, e.g. ./chatdong token --keycloak district-officer 11290"
  fi
  if [[ $role != district-officer && -n $district ]]; then
    # A trainee (or another role) named by a second word: it is the account name.
    [[ -z $name ]] || die "token --keycloak: $role takes no district (the account name goes in --sub)"
    name=$district
    district=""
  fi
  # Keycloak keeps account names in lower case.
  name=$(tr '[:upper:]' '[:lower:]' <<<"${name:-dev-$role}")
  [[ $name =~ ^[a-z0-9._@-]{3,200}$ ]] || die "--sub takes an account name of 3 or more letters, digits and . _ @ - (e.g. --sub consultant-kim)"
  keycloak_answers || die "keycloak: not running at $(keycloak_url) (./chatdong up starts it)"
  keycloak_is_local && [[ -s $KEYCLOAK_ADMIN_PASSWORD_FILE ]] ||
    die "keycloak: $(keycloak_url) is not the local development Keycloak: development users are made only there"
  KC_ADMIN_TOKEN=$(keycloak_admin_token)
  keycloak_dev_user "$name" "$role" "$district" || die "keycloak: could not make the development user $name (see above)"
  body=$(curl -sS --max-time 30 "$OIDC_ISSUER/protocol/openid-connect/token" -d grant_type=password \
    -d "client_id=$KEYCLOAK_DEV_CLIENT" -d "username=$name" -d "password=$KEYCLOAK_DEV_PASSWORD") ||
    die "keycloak: not running at $(keycloak_url) (./chatdong up starts it)"
  token=$(jq -r '.access_token // empty' <<<"$body")
  [[ -n $token ]] || die "keycloak: no token for $name: $(jq -r '.error_description // .error // .' <<<"$body" | head -c 200)"
  printf '%s\n' "$token"
}

# ----------------------------------------------------------------------------------------------
# status

# One row of ./chatdong status's table.
keycloak_status_row() {
  local pid state ready
  if pid=$(running_pid "$KEYCLOAK_NAME"); then state="running (pid $pid)"; else state="not running"; fi
  if running_pid "$KEYCLOAK_NAME" >/dev/null; then
    if keycloak_ready; then ready="yes"; else ready="no"; fi
  elif keycloak_answers; then
    state="external process"
    ready="yes"
  else
    ready="no"
  fi
  printf '%-22s %-22s %-6s %-18s %s\n' "$KEYCLOAK_NAME" "$state" "$KEYCLOAK_PORT" "$ready" "-"
}
