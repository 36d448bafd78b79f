#!/usr/bin/env bash
# Login flood benchmark (issue 14): 100 simultaneous logins on a portal with a 256 MB heap, from its
# jar on the embedded default. Prints every answer, the logins' p50/p95/max, OutOfMemoryErrors in
# the log, and how long a public page takes for someone reading the site before and during the flood.
# Not part of ./mvnw verify. Needs a JDK 17, curl and unzip.
#
#   bench/logins/run.sh [LOGINS]        (default 100; HEAP=256m; JAR=/path/to/other.jar to compare)
source "$(dirname "$0")/../lib/common.sh"

LOGINS=${1:-100}
HEAP=${HEAP:-256m}
PORT=28080
trap 'cleanup_started' EXIT

new_run_dir logins
start_portal portal "$PORT" "$HEAP"
wait_healthy "$PORT" || { echo "the portal did not start"; tail -20 "$RUN/portal.log"; exit 1; }
JDBC="jdbc:postgresql://127.0.0.1:$(sed -n 4p "$RUN/data/postgres/postmaster.pid")/postgres"
grep "Password hashing:" "$RUN/portal.log" | sed 's/^.*\] [^ ]* *: /portal: /' || true
load citizens "http://127.0.0.1:$PORT" "$JDBC" "$LOGINS" "$RUN/citizens.txt"
# The demo accounts' and citizens' hashes were made at start; warm the pages up once.
load pages "http://127.0.0.1:$PORT" /procedures 30 "warm-up" >/dev/null
load pages "http://127.0.0.1:$PORT" /procedures 100 "public page before the flood"
load pages "http://127.0.0.1:$PORT" /procedures 200 "public page during the flood" > "$RUN/reader.out" &
READER=$!
echo "== $LOGINS simultaneous logins, -Xmx$HEAP"
load logins "http://127.0.0.1:$PORT" "$RUN/citizens.txt" "$LOGINS" "$LOGINS"
wait "$READER" || true
cat "$RUN/reader.out"
echo "OutOfMemoryError in the portal log: $(grep -c 'OutOfMemoryError' "$RUN/portal.log" || true)"
echo "portal alive after the flood: $(kill -0 "$PORTAL_PID" 2>/dev/null && echo yes || echo no)"
stop_pid "$PORTAL_PID"
