# shellcheck shell=bash
# The build: which services are stale, building them, the Node tools and Chromium of the tests.
# Sourced by ./chatdong after its configuration and small helpers (log, warn, die, start_bg, stop, ...);
# the bench scripts get it by sourcing ./chatdong.

# Prints the services whose runner jar is missing or older than a source of it.
stale_services() {
  local svc jar p newer
  local -a inputs
  for svc in "${SERVICES[@]}"; do
    jar="$svc/target/quarkus-app/quarkus-run.jar"
    if [[ ! -f $jar ]]; then echo "$svc"; continue; fi
    inputs=()
    for p in pom.xml platform-commons/pom.xml platform-commons/src "$svc/pom.xml" "$svc/src"; do
      [[ -e $p ]] && inputs+=("$p")
    done
    ((${#inputs[@]})) || continue
    newer=$(find "${inputs[@]}" -type f -newer "$jar" -print -quit)
    [[ -n $newer ]] && echo "$svc"
  done
  jar="$CONSOLE/target/quarkus-app/quarkus-run.jar"
  if [[ ! -f $jar ]] ||
    [[ -n $(find pom.xml "$CONSOLE/pom.xml" "$CONSOLE/src" -path '*/node_modules' -prune -o -type f -newer "$jar" -print -quit) ]]; then
    echo "$CONSOLE"
  fi
  return 0
}

build_if_stale() {
  local stale t0 svc
  stale=$(stale_services)
  if [[ -z $stale ]]; then
    log "build: up to date"
    return 0
  fi
  log "build: stale: ${stale//$'\n'/ } — ./mvnw -B -q -DskipTests install"
  t0=$(now_ms)
  ./mvnw -B -q -DskipTests install || die "build failed"
  log "build: done in $(since "$t0") s"
  for svc in "${SERVICES[@]}"; do
    if running_pid "$svc" >/dev/null; then
      warn "$svc keeps running its previous build: ./chatdong down && ./chatdong up restarts it"
    fi
  done
}

# ----------------------------------------------------------------------------------------------
# Node tools of the build (tools/api-lint: Spectral and the AsyncAPI parser, pinned by its lockfile)

NODE_TOOLS="$ROOT/tools/api-lint"

ensure_node_tools() {
  local t0
  [[ -f $NODE_TOOLS/package-lock.json ]] || return 0
  if ! command -v npm >/dev/null 2>&1; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
      log "node: installing nodejs and npm (apt)"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null ||
        die "node: could not install nodejs and npm"
    else
      die "node: npm is needed to lint the API documents (install Node.js 20 with npm)"
    fi
  fi
  if [[ -f $NODE_TOOLS/node_modules/.package-lock.json &&
        ! $NODE_TOOLS/package-lock.json -nt $NODE_TOOLS/node_modules/.package-lock.json ]]; then
    return 0
  fi
  t0=$(now_ms)
  log "node: npm ci in ${NODE_TOOLS#"$ROOT"/}"
  (cd "$NODE_TOOLS" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "node: npm ci failed in $NODE_TOOLS"
  log "node: tools installed in $(since "$t0") s"
}

# The browser tests (platform-tests' ConsoleBrowserTest) drive Debian's chromium with playwright-core:
# no browser download, so the package must be there.
ensure_chromium() {
  # Keycloak's sign-in page brings no Korean font of its own (the console bundles Noto Sans KR):
  # without one on the machine, its screenshots show boxes.
  [[ -x ${CHROMIUM:-/usr/bin/chromium} ]] && { ! command -v fc-list >/dev/null 2>&1 || [[ -n $(fc-list :lang=ko 2>/dev/null) ]]; } && return 0
  if is_root && command -v apt-get >/dev/null 2>&1; then
    log "chromium: installing Debian's chromium and a Korean font (fonts-nanum) for the browser tests (apt)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-nanum >/dev/null; } ||
      die "chromium: could not install it"
  else
    warn "chromium: ${CHROMIUM:-/usr/bin/chromium} is missing (not root, so not installed): the browser tests will fail"
  fi
}
