#!/usr/bin/env bash
# infra/keycloak/check.sh — checks the local Keycloak as ./chatdong runs it (issue 21), standalone:
#
#   flock /tmp/chatdong-mvn.lock infra/keycloak/check.sh
#
# It starts a Keycloak of its own with the functions of infra/lib/keycloak.sh (process
# "keycloak-check", ports 18190/19190, database chatdong_keycloak_check dropped and made afresh, so
# the realm is imported by --import-realm as on a first ./chatdong up) beside any Keycloak that
# ./chatdong up runs, then checks:
#   1. the realm chatdong was imported (roles, clients, the declared user attribute district) and
#      the development part applied (users per role, chatdong-dev-cli);
#   2. ./chatdong token --keycloak district-officer 11290: iss, aud ∋ chatdong-api,
#      realm_access.roles ∋ district-officer, district = 11290, preferred_username; --sub in capitals
#      gives a lower-case account;
#   3. a client-credentials token of city-welfare-system: aud ∋ chatdong-api, roles ∋ monitor only
#      among the platform's roles;
#   4. a changed realm file (a temporary copy with another access-token lifespan) reaches the
#      running database (delete and import again), and so does the original afterwards;
#   5. a development user can sign in with the password chatdong; a clear error without Keycloak.
# Stops its Keycloak and drops its database at the end. Prints "N passed, N failed".
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export KEYCLOAK_NAME=keycloak-check
export KEYCLOAK_PORT="${CHECK_KEYCLOAK_PORT:-18190}"
export KEYCLOAK_MANAGEMENT_PORT="${CHECK_KEYCLOAK_MANAGEMENT_PORT:-19190}"
export KEYCLOAK_DB=chatdong_keycloak_check
export OIDC_ISSUER="http://127.0.0.1:$KEYCLOAK_PORT/realms/chatdong"
unset KEYCLOAK_REALM_FILE KEYCLOAK_DEV_FILE KEYCLOAK_INSTANCE
# shellcheck source=../../chatdong
source "$ROOT/chatdong"
set +e

passed=0
failed=0
ok() { passed=$((passed + 1)); printf 'ok   %s\n' "$*"; }
nok() { failed=$((failed + 1)); printf 'FAIL %s\n' "$*"; }
check() { # check DESCRIPTION COMMAND...
  local d=$1
  shift
  if "$@" >/dev/null; then ok "$d"; else nok "$d"; fi
}
# The payload of a JWT (base64url, padded for base64 -d).
claims() {
  local p
  p=$(cut -d. -f2 <<<"$1" | tr '_-' '/+')
  while ((${#p} % 4)); do p+="="; done
  base64 -d <<<"$p"
}

TMP=$(mktemp -d)
cleanup() {
  stop "$KEYCLOAK_NAME" >/dev/null 2>&1
  psql_admin -c "DROP DATABASE IF EXISTS $KEYCLOAK_DB" >/dev/null 2>&1
  rm -rf "$TMP" "$KEYCLOAK_DIR"
}
trap cleanup EXIT

t0=$(now_ms)
running_pid "$KEYCLOAK_NAME" >/dev/null && stop "$KEYCLOAK_NAME"
rm -rf "$KEYCLOAK_DIR"
ensure_postgres >/dev/null || exit 1
psql_admin -c "DROP DATABASE IF EXISTS $KEYCLOAK_DB" || exit 1
psql_admin -c "CREATE DATABASE $KEYCLOAK_DB OWNER $DB_USER ENCODING 'UTF8' TEMPLATE template0" || exit 1

# A clear one-line error while no Keycloak runs.
err=$( (keycloak_token monitor) 2>&1 >/dev/null)
check "token without Keycloak: one line ($err)" test "$(wc -l <<<"$err")" = 1 -a -n "$(grep -F 'not running' <<<"$err")"

( ensure_keycloak ) || { nok "Keycloak started and ready"; echo "$passed passed, $failed failed"; exit 1; }
ok "Keycloak started, ready and realm synchronised in $(since "$t0") s"

# 1. The realm as imported.
check "--import-realm imported the realm at the first start" grep -q "Realm 'chatdong' imported" "$(log_file "$KEYCLOAK_NAME")"
KC_ADMIN_TOKEN=$(keycloak_admin_token)
realm=$(kc_api GET /chatdong)
check "realm: Korean default, English, brute force, 300/1800/28800 s" \
  jq -e '.defaultLocale == "ko" and (.supportedLocales | sort) == ["en", "ko"] and .internationalizationEnabled
         and .bruteForceProtected and .accessTokenLifespan == 300 and .ssoSessionIdleTimeout == 1800
         and .ssoSessionMaxLifespan == 28800' <<<"$realm"
roles=$(kc_api GET /chatdong/roles | jq -r '[.[].name] | sort | join(" ")')
check "realm roles ($roles)" jq -e -n --arg r "$roles" '["city-admin","district-officer","monitor","consultant","trainer","editor","trainee"] | all(. as $x | $r | split(" ") | index($x))'
check "user profile declares district" jq -e 'any(.attributes[]; .name == "district")' < <(kc_api GET /chatdong/users/profile)
console=$(kc_api GET "/chatdong/clients?clientId=chatdong-console" | jq '.[0]')
check "chatdong-console: public, code flow only, PKCE S256, redirect URIs" jq -e '.publicClient and .standardFlowEnabled
  and (.directAccessGrantsEnabled | not) and (.implicitFlowEnabled | not) and .attributes["pkce.code.challenge.method"] == "S256"
  and (.redirectUris | index("http://127.0.0.1:18080/*"))' <<<"$console"
check "development users, one per role" test "$(kc_api GET "/chatdong/users?briefRepresentation=true&max=100" | jq '[.[].username | select(IN("city-admin","district-officer","monitor","consultant","trainer","editor","trainee"))] | length')" = 7
officer_attrs=$(kc_api GET "/chatdong/users?username=district-officer&exact=true" | jq -c '.[0].attributes')
check "district-officer of the development part has district 11290 ($officer_attrs)" jq -e '.district == ["11290"]' <<<"$officer_attrs"
check "chatdong-dev-cli is absent from the production realm file" test -z "$(grep -F chatdong-dev-cli "$KEYCLOAK_REALM_FILE")"

# 2. ./chatdong token --keycloak district-officer 11290.
t1=$(now_ms)
token=$(keycloak_token district-officer 11290)
c=$(claims "$token")
log "     token --keycloak district-officer 11290 in $(since "$t1") s: $(jq -c '{iss, aud, azp, preferred_username, district, roles: .realm_access.roles}' <<<"$c")"
check "iss = $OIDC_ISSUER" jq -e --arg i "$OIDC_ISSUER" '.iss == $i' <<<"$c"
check "aud contains chatdong-api" jq -e '[.aud] | flatten | index("chatdong-api")' <<<"$c"
check "realm_access.roles contains district-officer" jq -e '.realm_access.roles | index("district-officer")' <<<"$c"
check "district = 11290" jq -e '.district == "11290"' <<<"$c"
check "preferred_username = dev-district-officer" jq -e '.preferred_username == "dev-district-officer"' <<<"$c"
token=$(keycloak_token consultant --sub Consultant-Kim)
c=$(claims "$token")
check "--sub Consultant-Kim: account consultant-kim, role consultant, no district" \
  jq -e '.preferred_username == "consultant-kim" and (.realm_access.roles | index("consultant")) and (.realm_access.roles | index("district-officer") | not) and .district == null' <<<"$c"
token=$(keycloak_token district-officer 11680 --sub consultant-kim)
c=$(claims "$token")
check "the same account made district-officer 11680: role and district follow" \
  jq -e '.district == "11680" and (.realm_access.roles | index("district-officer")) and (.realm_access.roles | index("consultant") | not)' <<<"$c"
body=$(curl -s "$OIDC_ISSUER/protocol/openid-connect/token" -d grant_type=password -d client_id=chatdong-dev-cli -d username=district-officer -d password=chatdong)
c=$(claims "$(jq -r .access_token <<<"$body")")
check "development user district-officer / chatdong signs in (district 11290)" jq -e '.district == "11290" and .preferred_username == "district-officer"' <<<"$c"
check "chatdong-console refuses the password grant" test "$(curl -s "$OIDC_ISSUER/protocol/openid-connect/token" -d grant_type=password -d client_id=chatdong-console -d username=district-officer -d password=chatdong | jq -r .error)" = unauthorized_client

# 3. Client credentials of the example city system.
secret=$(keycloak_client_secret city-welfare-system)
body=$(curl -s "$OIDC_ISSUER/protocol/openid-connect/token" -u "city-welfare-system:$secret" -d grant_type=client_credentials)
c=$(claims "$(jq -r .access_token <<<"$body")")
log "     city-welfare-system: $(jq -c '{aud, azp, preferred_username, roles: .realm_access.roles}' <<<"$c")"
check "city-welfare-system: aud contains chatdong-api, monitor and no other platform role" \
  jq -e '([.aud] | flatten | index("chatdong-api")) and ([.realm_access.roles[] | select(IN("city-admin","district-officer","monitor","consultant","trainer","editor","trainee"))] == ["monitor"])' <<<"$c"

# 4. A changed realm file reaches the running database.
jq '.accessTokenLifespan = 420' "$ROOT/infra/keycloak/realm-chatdong.json" >"$TMP/realm-chatdong.json"
t1=$(now_ms)
(KEYCLOAK_REALM_FILE="$TMP/realm-chatdong.json" keycloak_wait_ready) >"$TMP/sync.log" 2>&1
sed 's/^/     /' "$TMP/sync.log"
KC_ADMIN_TOKEN=$(keycloak_admin_token)
check "changed realm file (accessTokenLifespan 420) reached the running Keycloak in $(since "$t1") s" \
  test "$(kc_api GET /chatdong | jq .accessTokenLifespan)" = 420
token=$(keycloak_token district-officer 11290)
c=$(claims "$token")
check "tokens after the re-import: district 11290, the dev client's 1 h lifespan" jq -e '.district == "11290" and (.exp - .iat) == 3600' <<<"$c"
body=$(curl -s "$OIDC_ISSUER/protocol/openid-connect/token" -d grant_type=password -d client_id=chatdong-dev-cli -d username=monitor -d password=chatdong)
check "development users are back after the re-import" test -n "$(jq -r '.access_token // empty' <<<"$body")"
(keycloak_wait_ready) >/dev/null 2>&1
KC_ADMIN_TOKEN=$(keycloak_admin_token)
check "the original file again: 300 s" test "$(kc_api GET /chatdong | jq .accessTokenLifespan)" = 300
(keycloak_wait_ready) >"$TMP/sync2.log" 2>&1
check "unchanged files: nothing re-imported" test -z "$(grep -E 'import|applied' "$TMP/sync2.log")"

log "     $(since "$t0") s in all"
echo "$passed passed, $failed failed"
((failed == 0))
