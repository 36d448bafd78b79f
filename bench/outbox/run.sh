#!/usr/bin/env bash
# Outbox throughput (issue 14): how fast the outbox empties into a real SMTP conversation, on one
# node and then on two nodes sharing the database, and whether any e-mail is sent twice. A small
# SMTP server (bench/lib/smtp_sink.py, Python 3) listens on 127.0.0.1:28089 and counts what it
# receives per recipient. Not part of ./mvnw verify. Needs a JDK 17, Python 3, curl and unzip.
#
#   bench/outbox/run.sh [E-MAILS]      (default 5000; JAR=/path/to/other.jar to compare)
source "$(dirname "$0")/../lib/common.sh"

COUNT=${1:-5000}
SMTP_PORT=28089
trap 'cleanup_started' EXIT

new_run_dir outbox
python3 "$BENCH_DIR/lib/smtp_sink.py" --port "$SMTP_PORT" --counts "$RUN/smtp-counts.json" --seconds 1800 &
STARTED_PIDS+=("$!")
MAIL=(--spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT")
start_portal node1 28080 512m "${MAIL[@]}"
NODE1=$PORTAL_PID
wait_healthy 28080 || { echo "node 1 did not start"; tail -20 "$RUN/node1.log"; exit 1; }
PG="$(sed -n 4p "$RUN/data/postgres/postmaster.pid")"
JDBC="jdbc:postgresql://127.0.0.1:$PG/postgres"
sleep 5
echo "== one node: $COUNT e-mails"
load outbox "$JDBC" "$COUNT"
echo "== two nodes sharing the database and the file store: $COUNT e-mails"
start_portal node2 28081 512m "${MAIL[@]}" --spring.datasource.url="$JDBC" --spring.datasource.username=postgres \
  --dvc.documents.storage-directory="$RUN/data/files"
NODE2=$PORTAL_PID
wait_healthy 28081 "240" "$NODE2" || { echo "node 2 did not start"; tail -20 "$RUN/node2.log"; exit 1; }
load outbox "$JDBC" "$COUNT"
sleep 2
echo "failed attempts logged: node 1 $(grep -c 'not sent' "$RUN/node1.log" || true), node 2 $(grep -c 'not sent' "$RUN/node2.log" || true)"
echo "SMTP server: $(cat "$RUN/smtp-counts.json") (expected $((2 * COUNT)) received, 0 duplicates)"
stop_pid "$NODE2"
stop_pid "$NODE1"
