#!/usr/bin/env bash
# Fault script (issue 14): crashes the portal and its database under load, then counts what was
# left behind. Not part of ./mvnw verify. Needs a JDK 17, curl and unzip; the full-disk part needs
# root (it mounts a small tmpfs) and is skipped otherwise.
#
#   bench/faults/run.sh [kill|pg-restart|full-disk|durability|all]     (default: all)
#
# kill:       the portal from its jar on the embedded default, 100 concurrent submissions, kill -9 of
#             the JVM at a random moment, restart with no manual step, then the counts before and
#             after the file store reconciler has run.
# pg-restart: the portal on a standalone PostgreSQL (the portal's own binaries, port 25432) under 32
#             concurrent submissions; a fast restart, then 10 s down; counts of answers and leftovers.
# full-disk:  the file store on a 3 MB tmpfs; one submission whose files do not fit.
# durability: submissions per second with the embedded PostgreSQL durable (the default) and not
#             (dvc.embedded-db.durable=false), to say what fsync costs. Not part of "all".
# JAR=/path/to/other.jar compares with another build.
source "$(dirname "$0")/../lib/common.sh"

SCENARIO=${1:-all}
PORT=28080
RECONCILE=(--dvc.documents.reconcile-interval=15s --dvc.documents.orphan-age=10s --dvc.documents.reconcile-lock=PT20S)
trap 'cleanup_started' EXIT

kill_scenario() {
  new_run_dir faults-kill
  local store="$RUN/data/files" uploads="$RUN/data/files/tmp/uploads"
  echo "== kill -9 during 100 concurrent submissions (embedded default: PostgreSQL on a port of its choosing)"
  start_portal portal "$PORT" 512m "${RECONCILE[@]}"
  wait_healthy "$PORT" || { echo "the portal did not start"; tail -20 "$RUN/portal.log"; exit 1; }
  local jdbc="jdbc:postgresql://127.0.0.1:$(sed -n 4p "$RUN/data/postgres/postmaster.pid")/postgres"
  load citizens "http://127.0.0.1:$PORT" "$jdbc" 100 "$RUN/citizens.txt"
  load submit "http://127.0.0.1:$PORT" "$jdbc" "$RUN/citizens.txt" 100 100000 "$RUN/confirmed.txt" > "$RUN/submit.out" 2>&1 &
  local client=$!
  while [ ! -f "$RUN/confirmed.txt.started" ]; do sleep 0.2; done
  # A random moment once dossiers are being filed: 0 to 5 s after the tenth confirmation.
  local waited=0
  while [ "$(wc -l < "$RUN/confirmed.txt")" -lt 10 ] && [ "$waited" -lt 600 ]; do sleep 0.1; waited=$((waited + 1)); done
  local delay=$((RANDOM % 50))
  sleep "$((delay / 10)).$((delay % 10))"
  echo "kill -9 of the portal $((delay / 10)).$((delay % 10)) s after the tenth confirmed dossier ($(wc -l < "$RUN/confirmed.txt") dossiers confirmed so far)"
  kill -9 "$PORTAL_PID"
  wait "$client" || true
  cat "$RUN/submit.out"
  echo "Tomcat upload parts of the killed JVM outside the store: $(find "$RUN/jtmp" -name 'upload_*' -type f | wc -l)"
  local began=$SECONDS
  start_portal portal "$PORT" 512m "${RECONCILE[@]}"
  if wait_healthy "$PORT"; then
    echo "restart: up again in $((SECONDS - began)) s with no manual step"
    grep -E "EmbeddedPostgresServer|Upload folder" "$RUN/portal.log" | tail -5 | sed 's/^.*\] [^ ]* *: /  portal: /'
  else
    echo "restart: FAILED after $((SECONDS - began)) s:"
    grep -E "ERROR|Caused by" "$RUN/portal.log" | tail -4 | cut -c1-300
    local orphan
    orphan=$(postmaster_of "$RUN/data/postgres")
    if [ -n "$orphan" ] && kill -0 "$orphan" 2>/dev/null; then
      echo "stopping the orphaned PostgreSQL (process $orphan) by hand to count what was left"
      kill -INT "$orphan"; sleep 3
    else
      echo "starting again (the failed start stopped the orphaned PostgreSQL on its way out)"
    fi
    start_portal portal "$PORT" 512m "${RECONCILE[@]}"
    wait_healthy "$PORT" || { echo "still not starting"; exit 1; }
  fi
  jdbc="jdbc:postgresql://127.0.0.1:$(sed -n 4p "$RUN/data/postgres/postmaster.pid")/postgres"
  echo "-- right after the restart (leftovers the reconciler is about to remove are counted here):"
  load check "$jdbc" "$store" "$uploads" "$RUN/confirmed.txt"
  echo "   plus $(find "$RUN/jtmp" -name 'upload_*' -type f | wc -l) Tomcat upload parts in the JVM temp folders"
  echo "-- after the reconciler ran (orphan age 10 s, every 15 s; a pass the kill cut off holds its lock 20 s):"
  sleep 45
  grep "File store reconciled" "$RUN/portal.log" | sed 's/^.*\] [^ ]* *: /  portal: /' || true
  load check "$jdbc" "$store" "$uploads" "$RUN/confirmed.txt"
  echo "   plus $(find "$RUN/jtmp" -name 'upload_*' -type f | wc -l) Tomcat upload parts in the JVM temp folders"
  grep -c "OutOfMemoryError" "$RUN/portal.log" | sed 's/^/OutOfMemoryError lines in the log: /' || true
  stop_pid "$PORTAL_PID"
}

pg_restart_scenario() {
  new_run_dir faults-pg-restart
  pg_binaries
  local data="$RUN/pgdata" jdbc="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
  pg_as_user "$PG_BIN/initdb" -D "$data" -U postgres -A trust >/dev/null
  pg_as_user "$PG_BIN/pg_ctl" -D "$data" -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c max_connections=200" -l "$RUN/pg.log" -w start >/dev/null
  echo "== PostgreSQL restarts under 32 concurrent submissions (standalone PostgreSQL on $PG_PORT)"
  start_portal portal "$PORT" 512m --spring.datasource.url="$jdbc" --spring.datasource.username=postgres
  wait_healthy "$PORT" || { echo "the portal did not start"; tail -20 "$RUN/portal.log"; exit 1; }
  load citizens "http://127.0.0.1:$PORT" "$jdbc" 32 "$RUN/citizens.txt"
  load submit "http://127.0.0.1:$PORT" "$jdbc" "$RUN/citizens.txt" 32 1500 "$RUN/confirmed.txt" > "$RUN/submit.out" 2>&1 &
  local client=$!
  while [ ! -f "$RUN/confirmed.txt.started" ]; do sleep 0.2; done
  sleep 8
  echo "fast restart of PostgreSQL ($(wc -l < "$RUN/confirmed.txt") confirmed so far)"
  pg_as_user "$PG_BIN/pg_ctl" -D "$data" -m fast -w restart -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c max_connections=200" -l "$RUN/pg.log" >/dev/null
  sleep 8
  echo "PostgreSQL stopped for 10 s ($(wc -l < "$RUN/confirmed.txt") confirmed so far)"
  pg_as_user "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null
  sleep 10
  pg_as_user "$PG_BIN/pg_ctl" -D "$data" -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c max_connections=200" -l "$RUN/pg.log" -w start >/dev/null
  echo "PostgreSQL back"
  wait "$client" || true
  cat "$RUN/submit.out"
  echo "portal log: $(grep -c ' ERROR ' "$RUN/portal.log" || true) ERROR lines, $(grep -c 'Request not done, the database is unreachable' "$RUN/portal.log" || true) requests answered 503"
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; then echo "portal healthy after the restarts"; else echo "portal NOT healthy"; fi
  load check "$jdbc" "$RUN/data/files" "$RUN/data/files/tmp/uploads" "$RUN/confirmed.txt"
  stop_pid "$PORTAL_PID"
  pg_as_user "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null
}

full_disk_scenario() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "== full disk: skipped (mounting a tmpfs needs root)"
    return
  fi
  new_run_dir faults-full-disk
  local store="$RUN/full-store" jdbc
  mkdir -p "$store"
  mount -t tmpfs -o size=3m dvc-full-disk "$store"
  trap 'umount "'"$store"'" 2>/dev/null; cleanup_started' EXIT
  echo "== full disk: the file store on a 3 MB tmpfs"
  # The web server's upload parts stay outside the small disk, so that the store itself runs out.
  start_portal portal "$PORT" 512m \
    --dvc.documents.storage-directory="$store" --dvc.documents.upload-temp-directory="$RUN/uploads"
  wait_healthy "$PORT" || { echo "the portal did not start"; tail -20 "$RUN/portal.log"; exit 1; }
  jdbc="jdbc:postgresql://127.0.0.1:$(sed -n 4p "$RUN/data/postgres/postmaster.pid")/postgres"
  load citizens "http://127.0.0.1:$PORT" "$jdbc" 1 "$RUN/citizens.txt"
  PDF_KB=2048 load full-disk "http://127.0.0.1:$PORT" "$jdbc" "$RUN/citizens.txt" "$store"
  grep "The file store cannot write" "$RUN/portal.log" | tail -1 | sed 's/^.*\] [^ ]* *: /  portal: /' || true
  stop_pid "$PORTAL_PID"
  umount "$store"
}

durability_scenario() {
  echo "== what durability costs: 800 submissions by 32 concurrent citizens, fsync on and off"
  for durable in true false; do
    new_run_dir "faults-durable-$durable"
    start_portal portal "$PORT" 512m --dvc.embedded-db.durable="$durable"
    wait_healthy "$PORT" || { echo "the portal did not start"; tail -20 "$RUN/portal.log"; exit 1; }
    local jdbc="jdbc:postgresql://127.0.0.1:$(sed -n 4p "$RUN/data/postgres/postmaster.pid")/postgres"
    grep "durability:" "$RUN/portal.log" | sed 's/^.*\] [^ ]* *: /portal: /' || true
    load citizens "http://127.0.0.1:$PORT" "$jdbc" 32 "$RUN/citizens.txt" >/dev/null
    load submit "http://127.0.0.1:$PORT" "$jdbc" "$RUN/citizens.txt" 32 100 "$RUN/warm-up.txt" >/dev/null
    load submit "http://127.0.0.1:$PORT" "$jdbc" "$RUN/citizens.txt" 32 800 "$RUN/confirmed.txt"
    stop_pid "$PORTAL_PID"
  done
}

case "$SCENARIO" in
  kill) kill_scenario ;;
  pg-restart) pg_restart_scenario ;;
  full-disk) full_disk_scenario ;;
  durability) durability_scenario ;;
  all) kill_scenario; pg_restart_scenario; full_disk_scenario ;;
  *) echo "usage: $0 [kill|pg-restart|full-disk|durability|all]"; exit 2 ;;
esac
