# shellcheck shell=bash
# Kafka: the broker run from its Maven Central jars in KRaft mode.
# Sourced by ./chatdong after its configuration and small helpers (log, warn, die, start_bg, stop, ...);
# the bench scripts get it by sourcing ./chatdong.

KAFKA_STARTED_HERE=0
KAFKA_NAME=kafka

kafka_is_local() {
  [[ $KAFKA_BOOTSTRAP_SERVERS == "127.0.0.1:$KAFKA_PORT" || $KAFKA_BOOTSTRAP_SERVERS == "localhost:$KAFKA_PORT" ]]
}

# Runs a Kafka tool class from the broker's classpath; its logging goes to stderr.
kafka_tool() {
  timeout "${KAFKA_TOOL_TIMEOUT:-120}" java -Xmx256m -XX:TieredStopAtLevel=1 \
    -Dlog4j2.configurationFile="$KAFKA_LOG4J" \
    -Dchatdong.kafka.log.target=SYSTEM_ERR -Dchatdong.kafka.log.level=WARN \
    -cp "$KAFKA_LIB/*" "$@"
}

kafka_fetch_jars() {
  local t0
  if compgen -G "$KAFKA_LIB/*.jar" >/dev/null; then return 0; fi
  log "kafka: fetching the broker jars (infra/kafka/pom.xml) into ${KAFKA_LIB#"$ROOT"/}"
  t0=$(now_ms)
  mkdir -p "$KAFKA_LIB"
  if ! ./mvnw -B -q -f infra/kafka/pom.xml dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIB"; then
    rm -rf "$KAFKA_LIB"
    die "kafka: could not fetch the broker jars"
  fi
  log "kafka: $(find "$KAFKA_LIB" -name '*.jar' | wc -l) jars fetched in $(since "$t0") s"
}

kafka_configure() {
  local id
  mkdir -p "$KAFKA_DATA"
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
      -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
      -e "s|@LOG_DIRS@|$KAFKA_DATA|g" \
      "$KAFKA_INFRA/server.properties.template" >"$KAFKA_PROPS"
  [[ -f $KAFKA_DATA/meta.properties ]] && return 0
  if [[ ! -s $KAFKA_DIR/cluster-id ]]; then
    id=$(kafka_tool kafka.tools.StorageTool random-uuid | tr -d '[:space:]')
    [[ -n $id ]] || die "kafka: could not generate a cluster id"
    echo "$id" >"$KAFKA_DIR/cluster-id"
  fi
  id=$(<"$KAFKA_DIR/cluster-id")
  log "kafka: formatting the storage (cluster id $id)"
  kafka_tool kafka.tools.StorageTool format --standalone -t "$id" -c "$KAFKA_PROPS" >/dev/null ||
    die "kafka: could not format the storage in ${KAFKA_DATA#"$ROOT"/}"
}

kafka_wait_ready() {
  local pid=$1 t0=$2
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log_tail "$KAFKA_NAME"
      die "kafka: the broker exited during start-up"
    fi
    # Ready when the port accepts and the broker answers a metadata request (list topics).
    if port_open 127.0.0.1 "$KAFKA_PORT" &&
      KAFKA_TOOL_TIMEOUT=30 kafka_tool org.apache.kafka.tools.TopicCommand \
        --bootstrap-server "127.0.0.1:$KAFKA_PORT" --list >/dev/null 2>&1; then
      return 0
    fi
    if (($(now_ms) - t0 >= KAFKA_READY_TIMEOUT * 1000)); then
      log_tail "$KAFKA_NAME"
      die "kafka: not ready after ${KAFKA_READY_TIMEOUT} s (pid $pid still running; ./chatdong down stops it)"
    fi
    sleep 1
  done
}

ensure_kafka() {
  local pid t0
  KAFKA_STARTED_HERE=0
  if ! kafka_is_local; then
    log "kafka: KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP_SERVERS is managed by the operator — no broker started"
    return 0
  fi
  if pid=$(running_pid "$KAFKA_NAME"); then
    port_open 127.0.0.1 "$KAFKA_PORT" || kafka_wait_ready "$pid" "$(now_ms)"
    log "$KAFKA_NAME: already running (pid $pid) on 127.0.0.1:$KAFKA_PORT"
    return 0
  fi
  if port_open 127.0.0.1 "$KAFKA_PORT"; then
    log "kafka: something already listens on 127.0.0.1:$KAFKA_PORT — reusing it (not started by chatdong)"
    return 0
  fi
  kafka_fetch_jars
  kafka_configure
  t0=$(now_ms)
  start_bg "$KAFKA_NAME" java -Xms256m -Xmx512m \
    -Dlog4j2.configurationFile="$KAFKA_LOG4J" \
    -cp "$KAFKA_LIB/*" kafka.Kafka "$KAFKA_PROPS"
  pid=$(<"$(pid_file "$KAFKA_NAME")")
  KAFKA_STARTED_HERE=1
  kafka_wait_ready "$pid" "$t0"
  log "$KAFKA_NAME: started (pid $pid) on 127.0.0.1:$KAFKA_PORT, ready in $(since "$t0") s"
}
