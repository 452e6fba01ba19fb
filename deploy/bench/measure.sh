# shellcheck shell=bash
# The measuring steps of deploy/bench/run.sh (sourced by it; uses its settings).

PG_URL=""
CLOCK_TICKS=$(getconf CLK_TCK)
TOKEN=""
CUSTOMER_IDS=""

# The superuser's connection string of the host's cluster (HUIYIN_BENCH_PG or deploy/run.sh's .data/).
database_url() {
  if [[ -n "${HUIYIN_BENCH_PG:-}" ]]; then
    PG_URL=$HUIYIN_BENCH_PG
    return 0
  fi
  local dir=$ROOT/.data/pg password_file=$ROOT/.data/pg-password
  pg_is_running "$dir" && [[ -s "$password_file" ]] ||
    die "no PostgreSQL started by deploy/run.sh in .data/; set HUIYIN_BENCH_PG to the host's cluster"
  PG_URL="postgresql://postgres:$(tr -d '\n' <"$password_file")@127.0.0.1:$(pg_running_port "$dir")"
}

psql_on() {
  local database=$1
  shift
  "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 "$PG_URL/$database" "$@"
}

sign_in() {
  TOKEN=$(curl -fsS -H 'Content-Type: application/json' \
    -d "$(jq -n --arg u "$USER_NAME" --arg p "$PASSWORD" '{username: $u, password: $p}')" \
    "$URL/api/v1/auth/login" | jq -r .accessToken) || die "could not sign in to $URL as $USER_NAME"
  CUSTOMER_IDS=$(api_get "/api/v1/customers?limit=50" | jq -r '[.items[].id] | join(",")')
  [[ -n "$CUSTOMER_IDS" ]] || die "$URL has no customers to take tickets for (run deploy/run.sh, which seeds the demo)"
  export HUIYIN_TOKEN=$TOKEN HUIYIN_CUSTOMER_IDS=$CUSTOMER_IDS
}

api_get() {
  curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Accept-Language: en' "$URL$1"
}

# The pid of the process listening on the URL's port on this machine.
host_pid() {
  local port=${URL##*:}
  port=${port%%/*}
  ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2 | grep .
}

# The cluster's server processes, when it runs on this machine: the one listening on PG_URL's port and its children.
database_pids() {
  local port=${PG_URL##*:} postmaster
  port=${port%%/*}
  postmaster=$(ss -Hltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2) || return 0
  [[ -n "$postmaster" ]] && { echo "$postmaster"; pgrep -P "$postmaster"; } | paste -sd ' '
  return 0
}

# Milliseconds of CPU (user and system) the given processes have used so far.
cpu_ms() {
  local ticks=0 pid
  for pid in "$@"; do
    # Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
    [[ -r /proc/$pid/stat ]] && ticks=$((ticks + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }')))
  done
  echo $((ticks * 1000 / CLOCK_TICKS))
}

# CPU milliseconds per request between two cpu_ms readings, or "–" when the processes are not on this machine.
per_request() {
  local before=$1 after=$2 requests=$3
  [[ -n "$before" && "$requests" -gt 0 ]] || { echo "–"; return 0; }
  awk -v d="$((after - before))" -v n="$requests" 'BEGIN { printf "%.2f", d / n }'
}

host_rss_mb() {
  awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$(host_pid)/status"
}

prepare_raw_insert() {
  psql_on postgres -c "SELECT 1 FROM pg_database WHERE datname = '$RAW_DATABASE'" | grep -q 1 ||
    psql_on postgres -c "CREATE DATABASE $RAW_DATABASE"
  psql_on "$RAW_DATABASE" -c "CREATE TABLE IF NOT EXISTS raw_insert (id bigserial PRIMARY KEY, body text NOT NULL, at timestamptz NOT NULL DEFAULT now())"
}

# wrk with CLIENTS connections for SECONDS running SCRIPT; prints its RESULT line.
wrk_run() {
  local clients=$1 seconds=$2 script=$3
  local threads=$((clients < 2 ? clients : 2))
  (cd "$BENCH_DIR" && wrk -t "$threads" -c "$clients" -d "${seconds}s" --timeout 10s -s "$script" "$URL") |
    grep '^RESULT' || die "wrk printed no result for $script"
}

# The raw limit: one-row durable INSERTs from CLIENTS pgbench clients for SECONDS; prints transactions/s.
raw_insert_tps() {
  local clients=$1 seconds=$2
  local threads=$((clients < 2 ? clients : 2))
  "$PG_BIN/pgbench" -n -c "$clients" -j "$threads" -T "$seconds" \
    -f <(echo "INSERT INTO raw_insert (body) VALUES (md5(random()::text));") "$PG_URL/$RAW_DATABASE" 2>/dev/null |
    awk '/^tps/ { printf "%d", $3 }'
}

field() { grep -o "$1=[0-9.]*" <<<"$2" | cut -d= -f2; }

# Messages committed to any module's outbox and not yet delivered or parked.
outbox_backlog() {
  local schemas sql
  schemas=$(psql_on huiyin -c "SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox_messages'")
  sql=$(for schema in $schemas; do
    echo "SELECT count(*) FROM \"$schema\".outbox_messages WHERE processed_at IS NULL AND parked_at IS NULL"
  done | paste -sd '|' | sed 's/|/ UNION ALL /g')
  psql_on huiyin -c "SELECT sum(count) FROM ($sql) backlog"
}

# Seconds until the outbox is empty (polled every 0.2 s, at most 60 s).
outbox_drain_seconds() {
  local started=$EPOCHREALTIME
  while (($(outbox_backlog) > 0)); do
    (($(awk -v s="$started" -v n="$EPOCHREALTIME" 'BEGIN { print (n - s > 60) }'))) && { echo ">60"; return 0; }
    sleep 0.2
  done
  awk -v s="$started" -v n="$EPOCHREALTIME" 'BEGIN { printf "%.1f", n - s }'
}

# A freshly started host runs on quickly compiled code at first and spends CPU compiling its hot paths again
# (.NET's tiered JIT): on two shared cores its intake rate climbs for a minute or two. Once per run, before the
# first figure, 8-client intake for WARMUP_SECONDS brings it to the steady state a host that has been up for a
# while is in.
WARMED_UP=0
warm_up() {
  ((WARMED_UP)) && return 0
  info "warming the host up: ${WARMUP_SECONDS} s of intake at 8 clients"
  wrk_run 8 "$WARMUP_SECONDS" intake.lua >/dev/null
  outbox_drain_seconds >/dev/null
  WARMED_UP=1
}

# Each step's cost in CPU: the host's and PostgreSQL's milliseconds per intake over the step and its outbox drain (the
# events' handling included), when both run on this machine. It is what caps the rate on cores they share.
intake_step() {
  section "Ticket intake (POST /api/v1/tickets), ${SECONDS_PER_STEP} s per step, against $URL"
  warm_up
  local rows=() clients result raw drain="" host database=() host_before="" db_before="" host_after="" db_after=""
  host=$(host_pid || true)
  read -ra database <<<"$(database_pids)"
  for clients in $CLIENTS; do
    if [[ -n "$host" && ${#database[@]} -gt 0 ]]; then
      host_before=$(cpu_ms "$host")
      db_before=$(cpu_ms "${database[@]}")
    fi
    result=$(wrk_run "$clients" "$SECONDS_PER_STEP" intake.lua)
    drain=$(outbox_drain_seconds)
    if [[ -n "$host_before" ]]; then
      host_after=$(cpu_ms "$host")
      db_after=$(cpu_ms "${database[@]}")
    fi
    raw=$(raw_insert_tps "$clients" "$SECONDS_PER_STEP")
    rows+=("$(printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s %% |' "$clients" "$(field rps "$result")" \
      "$(field p50 "$result")" "$(field p95 "$result")" "$(field p99 "$result")" "$(field failed "$result")" "$drain" \
      "$(per_request "$host_before" "$host_after" "$(field requests "$result")")" \
      "$(per_request "$db_before" "$db_after" "$(field requests "$result")")" \
      "$raw" "$(awk -v a="$(field rps "$result")" -v b="$raw" 'BEGIN { printf "%.1f", 100 * a / b }')")")
  done
  echo
  echo "| clients | req/s | p50 ms | p95 ms | p99 ms | failed | outbox drained after (s) | host CPU ms / intake | PostgreSQL CPU ms / intake | raw INSERT tx/s | HTTP / raw |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Host resident memory after the runs: $(host_rss_mb) MB"
}

# Complaint intake next to ticket intake, alternating at each client count so that both meet the same cluster.
complaints_step() {
  section "Complaint intake (POST /api/v1/complaints) next to ticket intake, ${SECONDS_PER_STEP} s per step, against $URL"
  warm_up
  wrk_run 2 5 complaint-intake.lua >/dev/null # the complaint path's own first calls
  local rows=() clients script result
  for clients in $COMPLAINT_CLIENTS; do
    for script in intake.lua complaint-intake.lua; do
      result=$(wrk_run "$clients" "$SECONDS_PER_STEP" "$script")
      outbox_drain_seconds >/dev/null
      rows+=("$(printf '| %s | %s | %s | %s | %s | %s | %s |' "${script%.lua}" "$clients" "$(field rps "$result")" \
        "$(field p50 "$result")" "$(field p95 "$result")" "$(field p99 "$result")" "$(field failed "$result")")")
    done
  done
  echo
  echo "| workload | clients | req/s | p50 ms | p95 ms | p99 ms | failed |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
}

mixed_step() {
  section "Mixed: an agent's reads while intake runs at 32 clients, ${SECONDS_PER_STEP} s, against $URL"
  warm_up
  local ticket term
  ticket=$(api_get "/api/v1/tickets?limit=1" | jq -r '.items[0].id')
  term=$(api_get "/api/v1/customers?limit=1" | jq -r '.items[0].name[0:2]' | jq -sRr @uri)
  local -A reads=(
    ["ticket list (status and priority filters)"]="/api/v1/tickets?status=New,Contacted,Assigned&priority=High,Urgent&limit=50|/api/v1/tickets?status=New&limit=50"
    ["a ticket and its timeline"]="/api/v1/tickets/$ticket|/api/v1/tickets/$ticket/timeline"
    ["customer search (a name)"]="/api/v1/customers?search=$term&limit=50"
  )
  local dir name
  dir=$(mktemp -d)
  (wrk_run 32 "$SECONDS_PER_STEP" intake.lua >"$dir/intake") &
  local i=0
  for name in "${!reads[@]}"; do
    i=$((i + 1))
    echo "$name" >"$dir/name$i"
    (HUIYIN_READ_PATHS=${reads[$name]} wrk_run 1 "$SECONDS_PER_STEP" reads.lua >"$dir/read$i") &
  done
  wait
  echo
  echo "| workload | clients | req/s | p50 ms | p95 ms | p99 ms | failed |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  mixed_row "intake (POST /api/v1/tickets)" 32 "$(cat "$dir/intake")"
  for ((i = 1; i <= ${#reads[@]}; i++)); do
    mixed_row "$(cat "$dir/name$i")" 1 "$(cat "$dir/read$i")"
  done
  rm -rf "$dir"
}

mixed_row() {
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$(field rps "$3")" "$(field p50 "$3")" \
    "$(field p95 "$3")" "$(field p99 "$3")" "$(field failed "$3")"
}

soak_step() {
  section "Soak: 5 minutes of intake at 32 clients against $URL"
  local result
  result=$(wrk_run 32 300 intake.lua)
  printf '\n%s req/s, p99 %s ms; outbox drained %s s after the load stopped; host resident memory %s MB\n' \
    "$(field rps "$result")" "$(field p99 "$result")" "$(outbox_drain_seconds)" "$(host_rss_mb)"
}
