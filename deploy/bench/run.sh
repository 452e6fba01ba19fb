#!/usr/bin/env bash
# Measures Huiyin as its users run it: load from this separate process (wrk) against a running host
# (deploy/run.sh, or any URL), next to the raw one-row INSERT limit of the same PostgreSQL (pgbench) in
# the same run. Prints Markdown tables for docs/benchmarks.md.
#
#   deploy/bench/run.sh [intake] [mixed] [complaints] [soak]     (default: intake mixed)
#
#   intake  POST /api/v1/tickets at 1, 8 and 32 clients; the raw limit at the same counts; the host's
#           resident memory and how long the outbox takes to drain once the load stops
#   mixed   an agent's reads (ticket list with filters, a ticket and its timeline, customer search)
#           while intake runs at 32 clients
#   complaints  POST /api/v1/complaints next to POST /api/v1/tickets at 8 and 32 clients
#   soak    5 minutes of 32-client intake, then the host's resident memory
#
# Environment:
#   HUIYIN_URL            the host (default http://127.0.0.1:${HUIYIN_PORT:-8080})
#   HUIYIN_BENCH_USER     an agent's sign-in (default agent / the demo password)
#   HUIYIN_BENCH_PASSWORD
#   HUIYIN_BENCH_SECONDS  length of each step (default 20)
#   HUIYIN_BENCH_WARMUP   seconds of 8-client intake before the first figure of intake, complaints or mixed
#                         (default 60): a freshly started host needs about a minute to compile its hot paths
#   HUIYIN_BENCH_CLIENTS  client counts of the intake step (default "1 8 32")
#   HUIYIN_BENCH_PG       psql/pgbench connection string of a superuser on the host's cluster, for the raw
#                         limit, the outbox and the counters; by default the cluster deploy/run.sh keeps in
#                         .data/ (its port from postmaster.pid, its password from .data/pg-password)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_DIR=$ROOT/deploy/bench
# shellcheck source=deploy/lib/postgres.sh
source "$ROOT/deploy/lib/postgres.sh"

URL=${HUIYIN_URL:-http://127.0.0.1:${HUIYIN_PORT:-8080}}
USER_NAME=${HUIYIN_BENCH_USER:-agent}
PASSWORD=${HUIYIN_BENCH_PASSWORD:-Huiyin-demo-2026}
SECONDS_PER_STEP=${HUIYIN_BENCH_SECONDS:-20}
WARMUP_SECONDS=${HUIYIN_BENCH_WARMUP:-120}
CLIENTS=${HUIYIN_BENCH_CLIENTS:-1 8 32}
COMPLAINT_CLIENTS="8 32"
RAW_DATABASE=huiyin_bench_raw
export PGOPTIONS='-c client_min_messages=warning'

# shellcheck source=deploy/bench/measure.sh
source "$BENCH_DIR/measure.sh"

main() {
  local steps=("$@")
  ((${#steps[@]})) || steps=(intake mixed)
  ensure_command wrk
  ensure_command jq
  pg_ensure_binaries
  database_url
  sign_in
  host_pid >/dev/null || die "nothing listens on $URL from this machine; start it with deploy/run.sh"
  prepare_raw_insert
  for step in "${steps[@]}"; do
    case "$step" in
      intake) intake_step ;;
      mixed) mixed_step ;;
      complaints) complaints_step ;;
      soak) soak_step ;;
      *) die "unknown step '$step' (intake, mixed, complaints or soak)" ;;
    esac
  done
}

main "$@"
