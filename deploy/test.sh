#!/usr/bin/env bash
# Builds Huiyin once and runs every test: the backend test projects (xunit, against one throwaway
# PostgreSQL cluster), the SPA's unit tests (vitest) and the browser end-to-end tests against the
# built host. Prints each suite's counts and, as the very last line, "N passed, N failed".
# Exits non-zero when a test failed or a suite could not run. Full logs: .build/logs/.
#
# Usage: deploy/test.sh [--backend-only | --web-only | --no-e2e]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deploy/lib/postgres.sh
source "$ROOT/deploy/lib/postgres.sh"

SOLUTION=$ROOT/Backend.sln
HOST_BIN=$ROOT/src/Host/Huiyin.Host/bin/Release/net10.0
WEB_DIR=$ROOT/web
BUILD_DIR=$ROOT/.build
LOG_DIR=$BUILD_DIR/logs
RESULTS_DIR=$BUILD_DIR/test-results
E2E_DATABASE=huiyin_e2e
HOST_READY_SECONDS=90

RUN_BACKEND=1
RUN_WEB=1
RUN_E2E=1

PG_DIR=""
PG_TEMP_PARENT=""
PG_PORT=""
PG_PASSWORD=""
PG_OK=0
BACKEND_BUILT=0
WEB_DEPS_OK=0
WEB_BUILT=0
CHROMIUM_OK=0
HOST_PID=""
CLEANED_UP=0
SUMMARY_PRINTED=0

SUITE_NAMES=()
SUITE_PASSED=()
SUITE_FAILED=()
SUITE_NOTES=()

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1 NO_COLOR=1

usage() {
  cat <<'EOF'
Usage: deploy/test.sh [--backend-only | --web-only | --no-e2e]

  (no option)     backend tests, web unit tests and browser end-to-end tests
  --backend-only  build the backend and run its test projects only
  --web-only      build the SPA and run its unit tests only
  --no-e2e        everything except the browser end-to-end tests
EOF
}

parse_args() {
  while (($#)); do
    case "$1" in
      --backend-only) RUN_WEB=0 RUN_E2E=0 ;;
      --web-only) RUN_BACKEND=0 RUN_E2E=0 ;;
      --no-e2e) RUN_E2E=0 ;;
      -h | --help)
        usage
        exit 0
        ;;
      *)
        usage >&2
        die "unknown option: $1"
        ;;
    esac
    shift
  done
}

# --- bookkeeping ------------------------------------------------------------------------------

# record SUITE PASSED FAILED [NOTE]
record() {
  SUITE_NAMES+=("$1")
  SUITE_PASSED+=("$2")
  SUITE_FAILED+=("$3")
  SUITE_NOTES+=("${4:-}")
  printf '  %s: passed %s, failed %s%s\n' "$1" "$2" "$3" "${4:+ — $4}"
}

# A suite that could not run counts as one failure.
record_not_run() {
  record "$1" 0 1 "did not run: $2"
}

# Adjusts counts from a runner's exit code: a failing runner with no failed test still failed.
record_counts() {
  local suite=$1 passed=$2 failed=$3 rc=$4 log=$5 note=""
  if ((rc != 0 && failed == 0)); then
    failed=1
    note="exit code $rc without a failed test (see $log)"
  elif ((rc == 0 && passed == 0 && failed == 0)); then
    failed=1
    note="no test ran (see $log)"
  fi
  record "$suite" "$passed" "$failed" "$note"
}

print_summary() {
  local i line total_passed=0 total_failed=0
  section "Summary"
  for i in "${!SUITE_NAMES[@]}"; do
    line=$(printf '  %-22s passed %-6s failed %-6s %s' "${SUITE_NAMES[$i]}" "${SUITE_PASSED[$i]}" \
      "${SUITE_FAILED[$i]}" "${SUITE_NOTES[$i]}")
    printf '%s\n' "${line%"${line##*[! ]}"}"
    total_passed=$((total_passed + SUITE_PASSED[i]))
    total_failed=$((total_failed + SUITE_FAILED[i]))
  done
  printf '  logs: %s\n' "${LOG_DIR#"$ROOT"/}"
  SUMMARY_PRINTED=1
  printf '%s passed, %s failed\n' "$total_passed" "$total_failed"
  ((total_failed == 0))
}

# --- clean-up -----------------------------------------------------------------------------------

cleanup() {
  ((CLEANED_UP == 0)) || return 0
  CLEANED_UP=1
  stop_step
  if [[ -n "$HOST_PID" ]]; then
    stop_pid "$HOST_PID"
    HOST_PID=""
  fi
  if [[ -n "$PG_DIR" ]]; then
    pg_stop_cluster "$PG_DIR"
    rm -rf "$PG_DIR"
    [[ -z "$PG_TEMP_PARENT" ]] || rm -rf "$PG_TEMP_PARENT"
  fi
}

on_exit() {
  local rc=$?
  cleanup
  if ((SUMMARY_PRINTED == 0)); then
    record "test run" 0 1 "aborted (exit code $rc)"
    print_summary || true
    ((rc != 0)) || rc=1
  fi
  exit "$rc"
}

# --- tools --------------------------------------------------------------------------------------

ensure_tools() {
  section "Tools"
  ensure_command curl
  if ((RUN_BACKEND || RUN_E2E)); then
    have dotnet || die "the .NET SDK (dotnet) is required: install .NET SDK 10"
    info "dotnet $(dotnet --version)"
    [[ -f "$SOLUTION" ]] || die "Backend.sln not found in $ROOT"
    pg_ensure_binaries
    ensure_redis_server
    info "$(/usr/bin/redis-server --version)"
    ensure_aiosmtpd
  fi
  if ((RUN_E2E)); then
    ensure_chromium
    # Without a CJK font the screenshots show Chinese as boxes.
    [[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]] || apt_install fonts-noto-cjk
    CHROMIUM_OK=1
    info "$(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  fi
  if ((RUN_WEB || RUN_E2E)); then
    { have node && have npm; } || die "Node.js 20 and npm are required"
    info "node $(node --version), npm $(npm --version)"
    if [[ ! -f "$WEB_DIR/package.json" ]]; then
      warn "web/package.json not found"
    elif ensure_web_dependencies "$WEB_DIR" "$LOG_DIR/web-npm-ci.log"; then
      WEB_DEPS_OK=1
    else
      warn "npm ci failed"
    fi
  fi
}

# --- PostgreSQL ---------------------------------------------------------------------------------

start_test_cluster() {
  section "PostgreSQL (throwaway cluster)"
  PG_DIR=$BUILD_DIR/test-pg
  if ! pg_dir_usable "$PG_DIR"; then
    PG_TEMP_PARENT=$(mktemp -d /tmp/huiyin-test-pg.XXXXXX)
    chmod 755 "$PG_TEMP_PARENT"
    PG_DIR=$PG_TEMP_PARENT/pg
    info "the '$PG_OS_USER' user cannot reach $BUILD_DIR; using $PG_DIR"
  fi
  if [[ -e "$PG_DIR" ]]; then
    info "removing a leftover cluster in $PG_DIR"
    pg_stop_cluster "$PG_DIR"
    rm -rf "$PG_DIR"
  fi
  PG_PASSWORD=$(random_hex 16)
  PG_PORT=$(free_port)
  pg_init_cluster "$PG_DIR" "$PG_PASSWORD" "fsync = off" "synchronous_commit = off" \
    "full_page_writes = off"
  pg_start_cluster "$PG_DIR" "$PG_PORT"
  HUIYIN_TEST_DB=$(pg_connection_string "$PG_PORT" postgres "$PG_SUPERUSER" "$PG_PASSWORD")
  export HUIYIN_TEST_DB
  PG_OK=1
  info "HUIYIN_TEST_DB points at 127.0.0.1:$PG_PORT (superuser $PG_SUPERUSER)"
}

# --- backend ------------------------------------------------------------------------------------

build_backend() {
  section "Backend build"
  local log=$LOG_DIR/backend-build.log
  info "dotnet build Backend.sln -c Release (log: ${log#"$ROOT"/})"
  if run_step "$ROOT" 30m "$log" dotnet build "$SOLUTION" -c Release -nologo -tl:off -v minimal; then
    BACKEND_BUILT=1
    info "build succeeded"
  else
    warn "the backend build failed"
    show_build_errors "$log"
    show_log_tail "$log" 15
  fi
}

xml_attr() {
  sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2" | head -n 1
}

# Prints "PASSED FAILED FILES" summed over the TRX files of a directory.
trx_counts() {
  local dir=$1 file counters name value passed=0 failed=0 files=0
  while IFS= read -r -d '' file; do
    counters=$(tr -d '\r\n' <"$file" | grep -o '<Counters [^>]*>' | head -n 1 || true)
    [[ -n "$counters" ]] || continue
    files=$((files + 1))
    value=$(xml_attr passed "$counters")
    passed=$((passed + ${value:-0}))
    for name in failed error timeout aborted; do
      value=$(xml_attr "$name" "$counters")
      failed=$((failed + ${value:-0}))
    done
  done < <(find "$dir" -name '*.trx' -print0 2>/dev/null)
  printf '%s %s %s\n' "$passed" "$failed" "$files"
}

# Prints what xUnit said about failures (a failed test's or a fixture's clean-up's exception and stack, the first 60
# lines), which the TRX files keep in their output and the console log does not.
show_xunit_failures() {
  local dir=$1
  find "$dir" -name '*.trx' -exec grep -h -E '^\[xUnit\.net [0-9:.]+\] {4,}' {} + 2>/dev/null | head -n 60 |
    sed -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g' -e 's/^/  | /' >&2 || true
}

test_backend() {
  section "Backend tests"
  local suite="backend tests"
  ((BACKEND_BUILT)) || {
    record_not_run "$suite" "the backend did not build"
    return 0
  }
  ((PG_OK)) || {
    record_not_run "$suite" "no PostgreSQL"
    return 0
  }
  local log=$LOG_DIR/backend-test.log rc=0 passed failed files
  info "dotnet test Backend.sln -c Release --no-build (log: ${log#"$ROOT"/})"
  run_step "$ROOT" 60m "$log" dotnet test "$SOLUTION" -c Release --no-build --logger trx \
    --results-directory "$RESULTS_DIR" --blame-hang-timeout 10m --blame-hang-dump-type none ||
    rc=$?
  { grep -E '^[[:space:]]*(Passed|Failed|Skipped)! |^[[:space:]]+Failed [^ ]|: error |Cleanup Failure' "$log" || true; } |
    head -n 60 | sed 's/^[[:space:]]*/  | /'
  read -r passed failed files < <(trx_counts "$RESULTS_DIR")
  if ((files == 0)); then
    show_log_tail "$log" 20
    record "$suite" "$passed" 1 "no TRX results (dotnet test exit code $rc)"
    return 0
  fi
  info "TRX result files: $files"
  ((rc == 0)) || show_xunit_failures "$RESULTS_DIR"
  record_counts "$suite" "$passed" "$failed" "$rc" "${log#"$ROOT"/}"
}

# --- web ----------------------------------------------------------------------------------------

build_web() {
  section "SPA build"
  ((WEB_DEPS_OK)) || {
    warn "skipped: web dependencies are not installed"
    return 0
  }
  local log=$LOG_DIR/web-build.log
  info "npm run build (log: ${log#"$ROOT"/})"
  if run_step "$WEB_DIR" 15m "$log" npm run build; then
    WEB_BUILT=1
    info "web/dist built"
  else
    warn "the SPA build failed"
    show_log_tail "$log" 30
  fi
}

test_web_unit() {
  section "Web unit tests"
  local suite="web unit tests"
  ((WEB_DEPS_OK)) || {
    record_not_run "$suite" "web dependencies are not installed"
    return 0
  }
  local log=$LOG_DIR/web-unit.log json=$RESULTS_DIR/vitest.json rc=0 counts
  rm -f "$json"
  info "npm run test (log: ${log#"$ROOT"/})"
  run_step "$WEB_DIR" 20m "$log" npm run test -- --reporter=default --reporter=json \
    --outputFile.json="$json" || rc=$?
  { grep -E '^[[:space:]]*(Test Files|Tests)[[:space:]]' "$log" || true; } | sed 's/^[[:space:]]*/  | /'
  if [[ ! -s "$json" ]]; then
    show_log_tail "$log" 30
    record "$suite" 0 1 "no JSON report (npm run test exit code $rc)"
    return 0
  fi
  counts=$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log((r.numPassedTests || 0) + " " + (r.numFailedTests || 0));' "$json")
  ((rc == 0)) || show_log_tail "$log" 30
  record_counts "$suite" "${counts% *}" "${counts#* }" "$rc" "${log#"$ROOT"/}"
}

# --- browser end-to-end -------------------------------------------------------------------------

start_e2e_host() {
  local port=$1 log=$2 connection signing_key
  pg_sql "$PG_PORT" "$PG_PASSWORD" "DROP DATABASE IF EXISTS \"$E2E_DATABASE\" WITH (FORCE)" >/dev/null
  pg_ensure_database "$PG_PORT" "$PG_PASSWORD" "$E2E_DATABASE"
  connection=$(pg_connection_string "$PG_PORT" "$E2E_DATABASE" "$PG_SUPERUSER" "$PG_PASSWORD")
  signing_key=$(random_hex 32)
  info "starting the host on http://127.0.0.1:$port (log: ${log#"$ROOT"/})"
  (
    cd "$HOST_BIN"
    # Every scenario signs in from 127.0.0.1, several files at once: the per-address sign-in limit (tested in the
    # API tests) would refuse the suite itself.
    export RateLimiting__SignInPermitsPerMinute=1000 \
      ConnectionStrings__Huiyin="$connection" Database__Migrate=true Seed__Demo=true \
      Spa__RootPath="$WEB_DIR/dist" Auth__SigningKey="$signing_key" \
      Customers__EncryptionKey="$(head -c 32 /dev/urandom | base64)" \
      ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port"
    exec dotnet Huiyin.Host.dll
  ) >"$log" 2>&1 &
  HOST_PID=$!
}

# Prints each failed scenario's TAP block (its error and stack, at most 40 lines each), so that a CI log says why.
show_tap_failures() {
  local log=$1
  awk '/^not ok / { block = 1; lines = 0 } block && lines++ < 40 { print "  | " $0 } /^  \.\.\.$/ { block = 0 }' "$log" >&2
}

# Prints the host's error and fatal log events (the last 20), which a failed scenario's cause is usually among.
show_host_errors() {
  local log=$1
  { grep -E '"@l":"(Error|Fatal)"' "$log" || true; } | tail -n 20 | cut -c1-1500 | sed 's/^/  | /' >&2
}

# Prints "PASSED FAILED" from the last TAP summary lines of a log ("# pass N", "# fail N").
tap_counts() {
  local log=$1 passed failed cancelled
  passed=$(sed -n 's/^# pass \([0-9][0-9]*\)$/\1/p' "$log" | tail -n 1)
  failed=$(sed -n 's/^# fail \([0-9][0-9]*\)$/\1/p' "$log" | tail -n 1)
  cancelled=$(sed -n 's/^# cancelled \([0-9][0-9]*\)$/\1/p' "$log" | tail -n 1)
  [[ -n "$passed" ]] || return 1
  printf '%s %s\n' "$passed" "$((${failed:-0} + ${cancelled:-0}))"
}

test_e2e() {
  section "Browser end-to-end tests"
  local suite="browser e2e tests"
  local reason=""
  ((PG_OK)) || reason="no PostgreSQL"
  ((BACKEND_BUILT)) || reason="the backend did not build"
  ((WEB_BUILT)) || reason="the SPA did not build"
  ((CHROMIUM_OK)) || reason="no /usr/bin/chromium"
  [[ -z "$reason" ]] || {
    record_not_run "$suite" "$reason"
    return 0
  }
  [[ -f "$HOST_BIN/Huiyin.Host.dll" ]] || {
    record_not_run "$suite" "$HOST_BIN/Huiyin.Host.dll not found"
    return 0
  }
  local port host_log=$LOG_DIR/e2e-host.log log=$LOG_DIR/web-e2e.log rc=0 ready=0 counts
  port=$(free_port)
  start_e2e_host "$port" "$host_log"
  wait_for_http "http://127.0.0.1:$port/health/ready" "$HOST_READY_SECONDS" "$HOST_PID" || ready=$?
  if ((ready != 0)); then
    show_log_tail "$host_log" 40
    stop_pid "$HOST_PID"
    HOST_PID=""
    if ((ready == 2)); then
      record_not_run "$suite" "the host exited during start-up"
    else
      record_not_run "$suite" "/health/ready did not answer within ${HOST_READY_SECONDS}s"
    fi
    return 0
  fi
  info "host ready; npm run test:e2e (log: ${log#"$ROOT"/})"
  run_step "$WEB_DIR" 20m "$log" env HUIYIN_BASE_URL="http://127.0.0.1:$port" npm run test:e2e ||
    rc=$?
  { grep -E '^not ok |^# (tests|pass|fail|cancelled|skipped) ' "$log" || true; } | sed 's/^/  | /'
  stop_pid "$HOST_PID"
  HOST_PID=""
  if ! counts=$(tap_counts "$log"); then
    show_log_tail "$log" 30
    record "$suite" 0 1 "no TAP summary (npm run test:e2e exit code $rc)"
    return 0
  fi
  if ((rc != 0)); then
    show_tap_failures "$log"
    show_host_errors "$host_log"
  fi
  record_counts "$suite" "${counts% *}" "${counts#* }" "$rc" "${log#"$ROOT"/}"
}

# --- main ---------------------------------------------------------------------------------------

main() {
  parse_args "$@"
  cd "$ROOT"
  trap on_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  mkdir -p "$LOG_DIR"
  rm -rf "$RESULTS_DIR"
  mkdir -p "$RESULTS_DIR"

  ensure_tools
  if ((RUN_BACKEND || RUN_E2E)); then
    start_test_cluster
    build_backend
  fi
  ((RUN_BACKEND == 0)) || test_backend
  ((RUN_WEB == 0 && RUN_E2E == 0)) || build_web
  ((RUN_WEB == 0)) || test_web_unit
  ((RUN_E2E == 0)) || test_e2e

  section "Clean-up"
  cleanup
  print_summary
}

main "$@"
