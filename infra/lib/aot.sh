# shellcheck shell=bash
# The JDK's AOT cache of each service and of the console (issue 20; JEP 483, 514, 515), sourced by
# ./chatdong after its own helpers (log, warn, die, ensure_kafka, psql_admin, ensure_keycloak, keycloak_token, ...).
#
# A cache holds the classes a real run loaded and linked (and, with the tiered compiler, the
# methods' profiles), so a start skips that work. It is made by a TRAINING RUN of our own, not
# Quarkus's integration-test route (this project's end-to-end tests start the packaged services
# themselves, and ./chatdong up has to make a cache without running the test suite): the four
# services start together with -XX:AOTCacheOutput against the local PostgreSQL (databases
# chatdong_<service>_aot, wiped at each training) and a broker of the training's own (fresh storage
# on AOT_KAFKA_PORT, so nothing reaches the platform's topics); aot_workload sends what a platform
# sees: the OpenAPI document, health, every list, a monitoring round written, assessed and completed,
# and its round.completed consumed by the three other services. The console is trained on its
# pages. When they stop, each JVM writes target/quarkus-app/app.aot.
#
# A cache fits one build with one JDK and one set of options: app.aot.stamp records a digest of
# them (aot_stamp). A cache whose stamp differs is never used silently: ./chatdong up trains again,
# and anything that only reads the options (aot_options) leaves -XX:AOTCache out and says so in one
# line. The JVM checks too: a cache that does not match its class path is refused with a warning
# (-XX:AOTMode=auto, the default) and the service runs without it; the service's first log line
# says whether a cache is mapped (commons' JvmStartupReport).

AOT_FILE=app.aot
# Below the kernel's ephemeral range (32768-60999): a client's outgoing connection can hold a port there for a moment.
AOT_KAFKA_PORT="${AOT_KAFKA_PORT:-28092}"
AOT_KAFKA_CONTROLLER_PORT="${AOT_KAFKA_CONTROLLER_PORT:-28093}"
AOT_FIRST_PORT="${AOT_FIRST_PORT:-18281}" # services on 18281-18284, the console on 18285
AOT_EXIT_TIMEOUT=300                      # seconds for the JVMs to write their caches

aot_app_dir() { echo "$ROOT/$1/target/quarkus-app"; }

# The options every service and the console run with (infra/jvm/service.options), without a cache.
base_jvm_options() {
  grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$ROOT/infra/jvm/service.options"
}

# aot_stamp NAME: digest of what a cache of NAME depends on: the JDK build, the options, and the
# name, size and modification time of every file of the application (the JVM checks the jars').
aot_stamp() {
  local dir
  dir=$(aot_app_dir "$1")
  {
    cat "$JAVA_HOME/release"
    base_jvm_options
    (cd "$dir" && find . -type f ! -name "$AOT_FILE*" -printf '%p %s %T@\n' | LC_ALL=C sort)
  } | sha256sum | cut -c1-64
}

# aot_fresh NAME: NAME has a cache made for its current build, JDK and options.
aot_fresh() {
  local dir
  dir=$(aot_app_dir "$1")
  [[ -f $dir/$AOT_FILE && -f $dir/$AOT_FILE.stamp ]] || return 1
  [[ $(<"$dir/$AOT_FILE.stamp") == "$(aot_stamp "$1")" ]]
}

# aot_options NAME: the options NAME runs with, in its quarkus-app folder: the base options and its
# cache when it is fresh; a stale cache is left out with one line on stderr.
aot_options() {
  local dir
  dir=$(aot_app_dir "$1")
  base_jvm_options
  if aot_fresh "$1"; then
    echo "-XX:AOTCache=$AOT_FILE"
  elif [[ -f $dir/$AOT_FILE ]]; then
    warn "$1: its AOT cache was made for another build, JDK or options — running without it (./chatdong aot makes it again)"
  fi
  return 0
}

# aot_stale NAME...: prints those without a fresh cache.
aot_stale() {
  local name
  for name in "$@"; do aot_fresh "$name" || echo "$name"; done
}

# aot_workload PORTS...: the training's requests (ports of governance, monitoring, training, cases).
aot_workload() {
  local gov=$1 mon=$2 tra=$3 cas=$4 port path token round i
  token=$(keycloak_token city-admin)
  local -a auth=(-H "Authorization: Bearer $token") json=(-H 'Content-Type: application/json')
  for port in "$gov" "$mon" "$tra" "$cas"; do
    curl -s -o /dev/null "http://127.0.0.1:$port/q/health/live"
    curl -s -o /dev/null "http://127.0.0.1:$port/q/metrics"
    # Every list and read without a path parameter, from the service's own OpenAPI document.
    while read -r path; do
      for i in 1 2 3; do curl -s -o /dev/null "${auth[@]}" "http://127.0.0.1:$port$path"; done
    done < <(curl -s "http://127.0.0.1:$port/q/openapi" | sed -n 's|^  \(/api/v1/[^{:]*\):$|\1|p')
    # A refused request (problem+json) and an unknown one.
    curl -s -o /dev/null -X POST "${auth[@]}" "${json[@]}" -d '{' "http://127.0.0.1:$port/api/v1/events/catalog"
    curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/nothing-here"
  done
  # A round: written, assessed, completed; round.completed consumed by the three other services.
  round=$(curl -s -X POST "${auth[@]}" "${json[@]}" "http://127.0.0.1:$mon/api/v1/rounds" \
    -d '{"name":"AOT 학습 라운드","startsOn":"2016-02-01","endsOn":"2016-03-31","dongCodes":["1129052500","1120059000"]}' |
    sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  [[ -n $round ]] || { warn "aot: the training round could not be created"; return 1; }
  curl -s -o /dev/null -X PUT "${auth[@]}" "${json[@]}" -H 'If-Match: "0"' "http://127.0.0.1:$mon/api/v1/rounds/$round/assessments" -d '[
    {"dongCode":"1129052500","field":"WELFARE","score":95},{"dongCode":"1129052500","field":"VILLAGE","score":72},
    {"dongCode":"1129052500","field":"ADMINISTRATION","score":58},{"dongCode":"1129052500","field":"HEALTH","score":90},
    {"dongCode":"1120059000","field":"WELFARE","score":45},{"dongCode":"1120059000","field":"VILLAGE","score":60},
    {"dongCode":"1120059000","field":"ADMINISTRATION","score":89},{"dongCode":"1120059000","field":"HEALTH","score":59}]'
  curl -s -o /dev/null -X POST "${auth[@]}" "http://127.0.0.1:$mon/api/v1/rounds/$round/complete"
  # Wait (up to 60 s) until each consumer has made its records of the round.
  local -A seen=()
  local -A probe=(
    [governance]="http://127.0.0.1:$gov/api/v1/agenda-items?source=MONITORING&roundId=$round"
    [training]="http://127.0.0.1:$tra/api/v1/training-needs?roundId=$round"
    [cases]="http://127.0.0.1:$cas/api/v1/cases?roundId=$round"
    [monitoring]="http://127.0.0.1:$mon/api/v1/consulting-assignments?roundId=$round"
  )
  for ((i = 0; i < 120 && ${#seen[@]} < ${#probe[@]}; i++)); do
    for port in "${!probe[@]}"; do
      [[ -n ${seen[$port]:-} ]] && continue
      if curl -s "${auth[@]}" "${probe[$port]}" | grep -q '"items":\[{'; then seen[$port]=1; fi
    done
    sleep 0.5
  done
  ((${#seen[@]} == ${#probe[@]})) || warn "aot: round.completed reached only: ${!seen[*]} (the caches hold less)"
  # The reads of a working day, again, once the data is there.
  for port in "${!probe[@]}"; do
    for i in $(seq 20); do curl -s -o /dev/null "${auth[@]}" "${probe[$port]}"; done
  done
  curl -s -o /dev/null "${auth[@]}" "http://127.0.0.1:$mon/api/v1/rounds/$round/results"
  curl -s -o /dev/null "${auth[@]}" -H 'Accept: text/csv' "http://127.0.0.1:$mon/api/v1/rounds/$round/results"
}

# aot_console_workload PORT: the console's pages and scripts.
aot_console_workload() {
  local port=$1 asset i
  for i in 1 2 3; do
    curl -s -o /dev/null "http://127.0.0.1:$port/q/health/ready"
    curl -s -o /dev/null "http://127.0.0.1:$port/config.json"
    for asset in / $(curl -s "http://127.0.0.1:$port/" | grep -o '/assets/[^"]*' | sort -u); do
      curl -s -o /dev/null "http://127.0.0.1:$port$asset"
    done
  done
}

# aot_train NAME...: makes the caches of the named services and/or the console (all four services
# are started whenever one of them is trained: the event flow needs them together).
aot_train() {
  local t0 name db port i pid dir
  local -a names=() services_needed=() pids=() trained=()
  names=("$@")
  t0=$(now_ms)
  for name in "${names[@]}"; do [[ $name != "$CONSOLE" ]] && services_needed=("${SERVICES[@]}"); done
  log "aot: training run for ${names[*]} (JDK $(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release"))"
  (
    # The training's own broker and databases: nothing reaches the platform's topics or data.
    KAFKA_NAME=kafka-aot
    KAFKA_PORT=$AOT_KAFKA_PORT
    KAFKA_CONTROLLER_PORT=$AOT_KAFKA_CONTROLLER_PORT
    KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
    KAFKA_DIR="$STATE/kafka-aot"
    KAFKA_DATA="$KAFKA_DIR/data"
    KAFKA_PROPS="$KAFKA_DIR/server.properties"
    cleanup() {
      local p
      for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
      stop kafka-aot >/dev/null 2>&1 || true
    }
    trap cleanup EXIT
    if ((${#services_needed[@]})); then
      running_pid kafka-aot >/dev/null && stop kafka-aot >/dev/null
      port_open 127.0.0.1 "$KAFKA_PORT" && die "aot: 127.0.0.1:$KAFKA_PORT is taken (AOT_KAFKA_PORT chooses another)"
      rm -rf "$KAFKA_DIR"
      mkdir -p "$KAFKA_DIR"
      ensure_kafka >/dev/null
      # The training's requests carry a token of the Keycloak this command runs with (up's, or the
      # test suite's under KEYCLOAK_INSTANCE=test); the services verify it as they always do.
      ensure_keycloak >/dev/null
    fi
    mkdir -p "$LOG_DIR"
    local -a ports=()
    port=$AOT_FIRST_PORT
    for name in "${services_needed[@]}" $([[ " ${names[*]} " == *" $CONSOLE "* ]] && echo "$CONSOLE"); do
      dir=$(aot_app_dir "$name")
      [[ -f $dir/quarkus-run.jar ]] || die "aot: $name is not built (${dir#"$ROOT"/}/quarkus-run.jar)"
      port_open 127.0.0.1 "$port" && die "aot: port $port is taken (AOT_FIRST_PORT chooses others)"
      rm -f "$dir/$AOT_FILE" "$dir/$AOT_FILE.stamp" "$dir/$AOT_FILE.config"
      mapfile -t jvm < <(base_jvm_options)
      db="chatdong_${name%-service}_aot"
      # shellcheck disable=SC2016
      env -C "$dir" -u DB_NAME HTTP_PORT="$port" DB_NAME="$db" KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$AOT_KAFKA_PORT" \
        OIDC_ISSUER="$OIDC_ISSUER" QUARKUS_FLYWAY_CLEAN_AT_START=true QUARKUS_FLYWAY_CLEAN_DISABLED=false \
        QUARKUS_VERTX_CACHE_DIRECTORY="$STATE/cache/$name-aot" \
        java "${jvm[@]}" -XX:AOTCacheOutput="$AOT_FILE" -jar quarkus-run.jar >"$LOG_DIR/aot-$name.log" 2>&1 &
      pids+=($!)
      ports+=("$port")
      trained+=("$name")
      port=$((port + 1))
    done
    for ((i = 0; i < ${#trained[@]}; i++)); do
      until [[ $(http_status "http://127.0.0.1:${ports[$i]}/q/health/ready") == 200 ]]; do
        kill -0 "${pids[$i]}" 2>/dev/null || { tail -n 30 "$LOG_DIR/aot-${trained[$i]}.log" >&2; die "aot: ${trained[$i]} exited during its training start"; }
        (($(now_ms) - t0 < SERVICES_READY_TIMEOUT * 1000)) || die "aot: ${trained[$i]} not ready after ${SERVICES_READY_TIMEOUT} s"
        sleep 0.5
      done
    done
    log "aot: started for training in $(since "$t0") s; sending a platform's requests"
    if ((${#services_needed[@]})); then aot_workload "${ports[@]:0:4}"; fi
    [[ ${trained[-1]} == "$CONSOLE" ]] && aot_console_workload "${ports[-1]}"
    # On exit each JVM writes its cache (a child JVM assembles it: tens of seconds each).
    local t1
    t1=$(now_ms)
    for pid in "${pids[@]}"; do kill -TERM "$pid"; done
    for ((i = 0; i < ${#pids[@]}; i++)); do
      while kill -0 "${pids[$i]}" 2>/dev/null; do
        if (($(now_ms) - t1 >= AOT_EXIT_TIMEOUT * 1000)); then die "aot: ${trained[$i]} did not write its cache within $AOT_EXIT_TIMEOUT s"; fi
        sleep 0.5
      done
    done
    pids=()
    local failed=""
    for name in "${trained[@]}"; do
      dir=$(aot_app_dir "$name")
      if grep -q 'AOTCache creation is complete' "$LOG_DIR/aot-$name.log" && [[ -f $dir/$AOT_FILE ]]; then
        aot_stamp "$name" >"$dir/$AOT_FILE.stamp"
        log "aot: $name: ${dir#"$ROOT"/}/$AOT_FILE ($(($(stat -c %s "$dir/$AOT_FILE") / 1048576)) MB)"
      else
        grep -v 'Skipping\|Preload Warning' "$LOG_DIR/aot-$name.log" | tail -n 8 >&2
        rm -f "$dir/$AOT_FILE" "$dir/$AOT_FILE.config"
        failed+=" $name"
      fi
    done
    [[ -z $failed ]] || die "aot: no cache written for$failed (see ${LOG_DIR#"$ROOT"/}/aot-<name>.log); they run without one"
    log "aot: caches written in $(since "$t1") s; training run $(since "$t0") s in total"
  )
}

# ensure_aot NAME...: trains those whose cache is missing or stale.
ensure_aot() {
  local -a stale=()
  mapfile -t stale < <(aot_stale "$@")
  if ((${#stale[@]} == 0)); then
    log "aot: caches up to date"
    return 0
  fi
  aot_train "${stale[@]}"
}

# aot_in_use PID: the process has an AOT cache mapped (prints its path).
aot_in_use() {
  grep -m1 -o "/[^ ]*/$AOT_FILE\$" "/proc/$1/maps" 2>/dev/null
}
