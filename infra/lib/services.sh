# shellcheck shell=bash
# The services and the web console: start, readiness, the table up prints.
# Sourced by ./chatdong after its configuration and small helpers (log, warn, die, start_bg, stop, ...);
# the bench scripts get it by sourcing ./chatdong.

start_services() {
  local instances=${1:-1} svc pid port jar t0 failed
  local -a pending=() names=()
  local -A started_at=() ready_after=()
  t0=$(now_ms)
  # Connection budget: every instance's pool within PostgreSQL's 100 connections minus a reserve of
  # 20 (psql, migrations, tests): 20 each for one instance of the four, 10 for two, 6 for three.
  if [[ -z ${DB_POOL_MAX:-} ]] && ((instances > 1)); then
    export DB_POOL_MAX=$((80 / (${#SERVICES[@]} * instances)))
    log "connection budget: DB_POOL_MAX=$DB_POOL_MAX for $instances instances of each service"
  fi
  mapfile -t names < <(instance_names "$instances")
  # instance_names ran in a subshell: register the extra instances' ports here too.
  instance_names "$instances" >/dev/null
  for svc in "${names[@]}"; do
    port=${SERVICE_PORT[$svc]}
    jar="$ROOT/${svc%#*}/target/quarkus-app/quarkus-run.jar"
    if pid=$(running_pid "$svc"); then
      log "$svc: already running (pid $pid)"
      ready_after[$svc]="already running"
      pending+=("$svc")
      continue
    fi
    if port_open 127.0.0.1 "$port"; then
      warn "$svc: port $port is taken by a process chatdong did not start — not starting $svc"
      ready_after[$svc]="not started (port taken)"
      pending+=("$svc")
      continue
    fi
    [[ -f $jar ]] || die "$svc: ${jar#"$ROOT"/} is missing (build failed?)"
    # HTTP_PORT or DB_NAME would give all four the same port or database: each uses its own default.
    # Each runs in its quarkus-app folder, with its AOT cache (app.aot) when it fits this build.
    mapfile -t jvm < <(service_jvm_options "${svc%#*}")
    if [[ $svc == *#* ]]; then
      start_bg "$svc" env -C "${jar%/*}" -u DB_NAME HTTP_PORT="$port" java "${jvm[@]}" -jar "$jar"
    else
      start_bg "$svc" env -C "${jar%/*}" -u HTTP_PORT -u DB_NAME java "${jvm[@]}" -jar "$jar"
    fi
    started_at[$svc]=$(now_ms)
    pid=$(<"$(pid_file "$svc")")
    log "$svc: starting (pid $pid, port $port)"
    pending+=("$svc")
  done

  # Wait until every service answers /q/health/ready with 200.
  log "waiting (up to ${SERVICES_READY_TIMEOUT} s) for /q/health/ready of every service"
  while ((${#pending[@]})); do
    local -a still=()
    failed=""
    for svc in "${pending[@]}"; do
      if service_ready "$svc"; then
        [[ -n ${started_at[$svc]:-} ]] && ready_after[$svc]="$(since "${started_at[$svc]}") s"
        continue
      fi
      still+=("$svc")
      if [[ -n ${started_at[$svc]:-} ]] && ! running_pid "$svc" >/dev/null; then
        failed+=" $svc"
      fi
    done
    pending=("${still[@]+"${still[@]}"}")
    if [[ -n $failed ]]; then
      for svc in $failed; do log_tail "$svc"; done
      die "exited during start-up:$failed (./chatdong logs <name>; ./chatdong down stops the rest)"
    fi
    ((${#pending[@]})) || break
    if (($(now_ms) - t0 >= SERVICES_READY_TIMEOUT * 1000)); then
      for svc in "${pending[@]}"; do log_tail "$svc"; done
      die "not ready after ${SERVICES_READY_TIMEOUT} s: ${pending[*]} (./chatdong down stops everything)"
    fi
    sleep 0.1
  done

  echo
  printf '%-22s %-24s %-36s %-32s %s\n' SERVICE URL "SWAGGER UI" OPENAPI "READY AFTER"
  for svc in "${names[@]}"; do
    port=${SERVICE_PORT[$svc]}
    printf '%-22s %-24s %-36s %-32s %s\n' "$svc" "http://127.0.0.1:$port" \
      "http://127.0.0.1:$port/q/swagger-ui" "http://127.0.0.1:$port/q/openapi" "${ready_after[$svc]}"
  done
  echo
  log "all services ready ($(since "$t0") s) — ./chatdong status | logs <name> | down"
}

# The web console: the SPA and /config.json (the services at their default ports and the issuer
# people sign in with, OIDC_ISSUER).
start_console() {
  local pid t0 jar="$ROOT/$CONSOLE/target/quarkus-app/quarkus-run.jar"
  if pid=$(running_pid "$CONSOLE"); then
    log "$CONSOLE: already running (pid $pid) — http://127.0.0.1:$CONSOLE_PORT"
    return 0
  fi
  if port_open 127.0.0.1 "$CONSOLE_PORT"; then
    warn "$CONSOLE: port $CONSOLE_PORT is taken by a process chatdong did not start — console not started"
    return 0
  fi
  [[ -f $jar ]] || die "$CONSOLE: ${jar#"$ROOT"/} is missing (build failed?)"
  t0=$(now_ms)
  # Vert.x unpacks the bundled files into a cache folder: one of its own, emptied at each start
  # (a folder under the shared /tmp/vertx-cache can be removed under a running console).
  rm -rf "$STATE/cache/$CONSOLE"
  local -a jvm=()
  mapfile -t jvm < <(service_jvm_options "$CONSOLE")
  start_bg "$CONSOLE" env -C "${jar%/*}" HTTP_PORT="$CONSOLE_PORT" OIDC_ISSUER="$OIDC_ISSUER" \
    QUARKUS_VERTX_CACHE_DIRECTORY="$STATE/cache/$CONSOLE" java "${jvm[@]}" -jar "$jar"
  pid=$(<"$(pid_file "$CONSOLE")")
  until service_ready "$CONSOLE"; do
    if ! running_pid "$CONSOLE" >/dev/null; then
      log_tail "$CONSOLE"
      die "$CONSOLE: exited during start-up"
    fi
    if (($(now_ms) - t0 >= CONSOLE_READY_TIMEOUT * 1000)); then
      log_tail "$CONSOLE"
      die "$CONSOLE: not ready after ${CONSOLE_READY_TIMEOUT} s (pid $pid; ./chatdong down stops it)"
    fi
    sleep 0.5
  done
  echo
  log "web console: http://127.0.0.1:$CONSOLE_PORT   (ready after $(since "$t0") s; sign in at Keycloak, e.g. as"
  log "             district-officer / chatdong: development users, one per role, README \"Sign-in\")"
}
