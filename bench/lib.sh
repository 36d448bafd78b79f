# Shared functions of the benchmark and fault scripts: a standalone PostgreSQL from Debian's
# packages, the portal started from its jar, nginx, and the tools they need.
# Sourced, not run: `. bench/lib.sh`.

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

say() { printf '\n== %s\n' "$*"; }

# Installs the Debian packages a script needs when they are missing (as root), or says which.
need_packages() {
  local missing=()
  for spec in "$@"; do
    local command=${spec%%:*} package=${spec#*:}
    command -v "$command" >/dev/null 2>&1 || [ -x "$PG_BIN/$command" ] || missing+=("$package")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages: ${missing[*]} (install them with apt-get as root)" >&2
    exit 1
  fi
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
}

# The portal's jar: $BENCH_JAR if set, else target/*.jar, built when missing.
# Absolute, as given where the script was started: some steps start the portal from another directory.
[ -n "${BENCH_JAR:-}" ] && BENCH_JAR=$(realpath "$BENCH_JAR")

portal_jar() {
  if [ -n "${BENCH_JAR:-}" ]; then
    echo "$BENCH_JAR"
    return
  fi
  local jar
  jar=$(ls "$BENCH_ROOT"/target/dvc-portal-*.jar 2>/dev/null | grep -v original | head -n 1)
  if [ -z "$jar" ]; then
    (cd "$BENCH_ROOT" && ./mvnw -q -B -DskipTests package >&2)
    jar=$(ls "$BENCH_ROOT"/target/dvc-portal-*.jar | grep -v original | head -n 1)
  fi
  echo "$jar"
}

# start_postgres DIR PORT: a fresh cluster (as the postgres user when run as root), durable defaults.
start_postgres() {
  local dir=$1 port=$2
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir"
    PG_RUN=(runuser -u postgres --)
  else
    PG_RUN=()
  fi
  "${PG_RUN[@]}" "$PG_BIN/initdb" -D "$dir/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$dir/pg" -l "$dir/pg.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB" start >/dev/null
  PG_DIR=$dir
  PG_PORT=$port
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] && "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/pg" -m fast -w stop >/dev/null 2>&1 || true
}

# remove_work DIR [NAME...]: what a run wrote (a database, thousands of uploaded files: gigabytes
# after the submissions) goes when it ends, but the named files; BENCH_KEEP_WORK=1 keeps it all.
remove_work() {
  local dir=$1 keep
  shift
  if [ "${BENCH_KEEP_WORK:-0}" = 1 ] || [ ! -d "$dir" ]; then
    return 0
  fi
  local find_args=(-mindepth 1 -maxdepth 1)
  for keep in "$@"; do
    find_args+=(! -name "$keep")
  done
  find "$dir" "${find_args[@]}" -exec rm -rf {} + 2>/dev/null || true
  [ $# -eq 0 ] && rmdir "$dir" 2>/dev/null || true
}

psql_portal() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

# start_portal NAME PORT [java options...]: the jar on the standalone PostgreSQL, demo data, no captcha.
# Waits until the health endpoint answers; PORTAL_PID_<NAME> holds the process id.
start_portal() {
  local name=$1 port=$2
  shift 2
  local log="$WORK/portal-$name.log"
  local started=$(date +%s%N)
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" SPRING_DATASOURCE_USERNAME=postgres \
  DVC_DOCUMENTS_STORAGE_DIRECTORY="${PORTAL_FILES:-$WORK/files}" \
    java "$@" -jar "$(portal_jar)" --server.port="$port" --dvc.captcha.enabled=false \
      ${PORTAL_ARGS:-} >"$log" 2>&1 &
  local pid=$!
  eval "PORTAL_PID_$name=$pid"
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null; then
      PORTAL_START_MS=$(( ($(date +%s%N) - started) / 1000000 ))
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "portal $name died; see $log" >&2; tail -n 30 "$log" >&2; return 1; }
    sleep 0.1
  done
  echo "portal $name did not start; see $log" >&2
  return 1
}

stop_portal() {
  local name=$1 pid
  eval "pid=\${PORTAL_PID_$name:-}"
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  eval "PORTAL_PID_$name="
}

# cpu_ticks PID: CPU ticks (1/100 s) the process has used so far.
cpu_ticks() {
  awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0
}

# postgres_ticks: CPU ticks of all the processes of the postgres user's servers so far.
postgres_ticks() {
  local pid sum=0
  for pid in $(pgrep -u postgres postgres); do
    sum=$((sum + $(cpu_ticks "$pid")))
  done
  echo $sum
}

# compiler_ticks PID: CPU ticks (1/100 s) the JIT compiler threads of the process have used so far.
compiler_ticks() {
  local task sum=0
  for task in /proc/"$1"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ Compiler*|C2\ Compiler*) sum=$((sum + $(awk '{print $14 + $15}' "$task/stat" 2>/dev/null || echo 0))) ;;
    esac
  done
  echo $sum
}

# warm_until_compiled PID MAX_SECONDS WRK_ARGS...: load in rounds of 5 s until the JIT compilers used
# less than a tenth of a core in the last round, or MAX_SECONDS have passed. On two cores the
# optimising compiler takes minutes to compile what a page runs (a method of Java deserialisation
# took it 5 s), and a page measured while it works is measured on one core out of two.
warm_until_compiled() {
  local pid=$1 max=$2 spent=0 before after used=0
  shift 2
  while [ $spent -lt "$max" ]; do
    before=$(compiler_ticks "$pid")
    wrk -t2 -c32 -d5s "$@" >/dev/null 2>&1 || true
    after=$(compiler_ticks "$pid")
    spent=$((spent + 5))
    used=$(( after > before ? after - before : 0 ))
    [ $used -lt 50 ] && break
  done
  echo "  warm-up: ${spent} s, the JIT compilers at $((used / 5))% of a core in the last 5 s"
}

# warm_submissions_until_compiled PID MAX_SECONDS BASE LOGINS_FILE PROCEDURE_ID: 8 citizens filing
# dossiers with a 1 MB PDF per mandatory document, in rounds of 20 s, for at least 200 s and then
# until the JIT compilers used less than a twentieth of a core in the last round, or MAX_SECONDS
# have passed. The submit path is code of its own (the multipart parser, the file store, Tika's
# magic patterns, the dossier's transaction), and on two loaded cores the optimising compiler takes
# minutes with it. Filing in rounds of 20 s on this machine: 40, 64, 64, 64, 74, 78, 79, 91, then
# 108 dossiers a second from the ninth round on (the portal's CPU per dossier from 24 ms to 11 ms),
# while the compilers were already below a tenth of a core by the sixth. Smaller files do not warm
# the same code: warmed with 256 KB PDFs, the portal filed 80 a second when the files became 1 MB,
# and needed another minute to reach 100. So the warm-up writes tens of gigabytes to the file store
# (2 MB a dossier); bench/pages checks the space first.
warm_submissions_until_compiled() {
  local pid=$1 max=$2 base=$3 logins=$4 procedure=$5 spent=0 before after used=0 line filed=0
  while [ $spent -lt "$max" ]; do
    before=$(compiler_ticks "$pid")
    line=$(java "$BENCH_ROOT/bench/Load.java" submit "$base" "$logins" demo12345 8 20 "$procedure" 1048576)
    after=$(compiler_ticks "$pid")
    spent=$((spent + 20))
    filed=$((filed + $(sed 's/.*confirmed=\([0-9]*\).*/\1/' <<<"$line")))
    used=$(( after > before ? after - before : 0 ))
    echo "  warm-up round $((spent / 20)): $(cut -d' ' -f1,4 <<<"$line"), the JIT compilers at $((used / 20))% of a core"
    [ $spent -ge 200 ] && [ $used -lt 100 ] && break
  done
  echo "  warm-up: ${spent} s, ${filed} dossiers"
}

# need_free_space DIR GIGABYTES: stops the script when DIR's file system has less free space.
need_free_space() {
  local free
  free=$(df -Pk "$1" | awk 'NR == 2 {print int($4 / 1048576)}')
  if [ "$free" -lt "$2" ]; then
    echo "$1 has ${free} GB free; this benchmark writes up to $2 GB there (set TMPDIR to another disk)" >&2
    exit 1
  fi
}

# login_cookies PORT LOGIN PASSWORD: logs in through the form and prints the cookies a browser then
# sends with each page, as a Cookie header's value: the session and the CSRF cookie (renewed at login,
# so read from the first page after it; without it every page would make a new token).
login_cookies() {
  local port=$1 login=$2 password=$3 jar token
  jar=$(mktemp)
  token=$(curl -fsS -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//')
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=$login" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
  curl -fsS -o /dev/null -c "$jar" -b "$jar" "http://127.0.0.1:$port/my/dossiers"
  awk 'NF == 7 && ($6 == "SESSION" || $6 == "DVC-XSRF") { printf "%s%s=%s", sep, $6, $7; sep = "; " } END { print "" }' "$jar"
  rm -f "$jar"
}

# form_procedure: the id of the procedure whose form the submission benchmarks file (two mandatory
# documents), a demo procedure of Sở Ngoại vụ.
form_procedure() {
  local id
  id=$(psql_portal -c "select id from procedure where code = 'H27.SNGV.01'")
  [ -n "$id" ] || id=$(psql_portal -c "select p.id from procedure p join agency a on a.id = p.agency_id where a.code = '000.00.20.H27' and p.code not like 'BENCH.%' order by p.code limit 1")
  echo "$id"
}

# prepare_catalogue PG_PORT PORTAL_PORT COUNT: a standalone PostgreSQL holding the demo data, COUNT
# generated procedures and 64 active citizens (logins in $WORK/citizens.txt, password demo12345),
# and the portal "main" started on it. Rate limits are off: the scripts log many citizens in from
# one address, over the per-address limit; no measured page is rate-limited.
prepare_catalogue() {
  local pg=$1 port=$2 count=$3
  start_postgres "$WORK/db" "$pg"
  start_portal main "$port" -Xmx1g
  stop_portal main
  psql_portal -v count="$count" -f "$BENCH_ROOT/bench/procedures.sql"
  psql_portal <<'SQL'
insert into account (id, login, id_type, full_name, date_of_birth, address, email, phone, password_hash, role,
                     status, created_at, activated_at, version)
select gen_random_uuid(), '0019' || lpad(i::text, 8, '0'), 'CCCD', 'Công Dân Thử ' || i, date '1990-01-01',
       'Số ' || i || ' đường Phan Đình Phùng, Hà Tĩnh', null, '0912' || lpad(i::text, 6, '0'),
       (select password_hash from account where login = 'admin'), 'CITIZEN', 'ACTIVE', now(), now(), 0
from generate_series(1, 64) as i;
SQL
  psql_portal -c "select '0019' || lpad(i::text, 8, '0') from generate_series(1, 64) as i" >"$WORK/citizens.txt"
  PORTAL_ARGS="--dvc.rate-limit.enabled=false ${PORTAL_ARGS:-}" start_portal main "$port" -Xmx1g ${PORTAL_JAVA_OPTS:-}
}
