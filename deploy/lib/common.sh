# shellcheck shell=bash
# Functions shared by deploy/run.sh and deploy/test.sh: messages, package installs, ports, processes.
# Source it; it defines functions only (and the guard below).

[[ -n "${HUIYIN_COMMON_SH:-}" ]] && return 0
HUIYIN_COMMON_SH=1

# --- messages ---------------------------------------------------------------------------------

section() { printf '\n=== %s ===\n' "$*"; }
info() { printf '  - %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# Prints the last lines of a log file, indented, under a short header.
show_log_tail() {
  local file=$1 lines=${2:-40}
  [[ -s "$file" ]] || return 0
  printf -- '--- last %s lines of %s ---\n' "$lines" "$file" >&2
  tail -n "$lines" "$file" | sed 's/^/  | /' >&2
  printf -- '--- end of %s ---\n' "$file" >&2
}

# --- commands and packages --------------------------------------------------------------------

have() { command -v "$1" >/dev/null 2>&1; }

is_root() { [[ "$(id -u)" -eq 0 ]]; }

STEP_PID=""

# Runs one long step in the background and waits for it, so that Ctrl-C or SIGTERM reach the
# script's traps at once (stop_step ends it). The step runs in DIR with a time limit, output to LOG.
# Usage: run_step DIR LIMIT LOG command args...   (LIMIT as for timeout(1): 30m, 90s)
run_step() {
  local dir=$1 limit=$2 log=$3 rc=0
  shift 3
  (cd "$dir" && exec timeout --kill-after=30s "$limit" "$@") >"$log" 2>&1 &
  STEP_PID=$!
  wait "$STEP_PID" || rc=$?
  STEP_PID=""
  ((rc != 124)) || printf 'warning: %s did not finish within %s\n' "$1" "$limit" >>"$log"
  return "$rc"
}

# Ends the running step, if any: timeout(1) passes the signal on to the step's whole process group.
stop_step() {
  [[ -z "$STEP_PID" ]] || stop_pid "$STEP_PID" 40
  STEP_PID=""
}

APT_UPDATED=0

# Installs Debian packages with apt-get (as root, or through sudo when it needs no password).
apt_install() {
  local -a sudo=()
  if ! is_root; then
    { have sudo && sudo -n true 2>/dev/null; } ||
      die "missing packages: $* — install them (apt-get install -y $*) or run as root"
    sudo=(sudo -n)
  fi
  have apt-get || die "missing packages: $* — and apt-get is not available to install them"
  local log
  log=$(mktemp)
  if [[ "$APT_UPDATED" -eq 0 ]]; then
    info "apt-get update"
    "${sudo[@]}" apt-get update -qq >"$log" 2>&1 || {
      show_log_tail "$log" 20
      rm -f "$log"
      die "apt-get update failed"
    }
    APT_UPDATED=1
  fi
  info "apt-get install $*"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "$@" >"$log" 2>&1 || {
    show_log_tail "$log" 20
    rm -f "$log"
    die "apt-get install $* failed"
  }
  rm -f "$log"
}

# Makes sure a command exists, installing the named Debian package when it does not.
ensure_command() {
  local cmd=$1 package=${2:-$1}
  have "$cmd" || apt_install "$package"
  have "$cmd" || die "'$cmd' is still missing after installing $package"
}

ensure_chromium() {
  [[ -x /usr/bin/chromium ]] || apt_install chromium
  [[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is still missing after installing chromium"
}

# The Redis server the two-host push test starts on loopback (Debian's redis-server package).
ensure_redis_server() {
  [[ -x /usr/bin/redis-server ]] || apt_install redis-server
  [[ -x /usr/bin/redis-server ]] || die "/usr/bin/redis-server is still missing after installing redis-server"
}

# The mail server the e-mail tests start on loopback (Debian's python3-aiosmtpd, run by /usr/bin/python3).
ensure_aiosmtpd() {
  [[ -f /usr/lib/python3/dist-packages/aiosmtpd/smtp.py ]] || apt_install python3-aiosmtpd
  [[ -f /usr/lib/python3/dist-packages/aiosmtpd/smtp.py ]] || die "aiosmtpd is still missing after installing python3-aiosmtpd"
}

# A random lowercase hex string of the given number of bytes (default 32).
random_hex() {
  od -An -tx1 -N"${1:-32}" /dev/urandom | tr -d ' \n'
}

# --- ports --------------------------------------------------------------------------------------

# True when something accepts TCP connections on 127.0.0.1:PORT.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Prints a TCP port that is free on 127.0.0.1.
free_port() {
  if have python3; then
    python3 - <<'PY' && return 0
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
  fi
  local port _
  for _ in $(seq 1 50); do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
    if ! port_in_use "$port"; then
      printf '%s\n' "$port"
      return 0
    fi
  done
  die "could not find a free TCP port on 127.0.0.1"
}

# --- processes and HTTP -------------------------------------------------------------------------

# Waits until URL answers 2xx. Fails early when PID (if given) is no longer alive.
# Usage: wait_for_http URL TIMEOUT_SECONDS [PID]
wait_for_http() {
  local url=$1 timeout=$2 pid=${3:-} waited=0
  while ((waited < timeout)); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
      return 0
    fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      return 2
    fi
    sleep 1
    waited=$((waited + 1))
  done
  return 1
}

# Stops a child process by pid: SIGTERM, then SIGKILL after GRACE seconds. Reaps it.
stop_pid() {
  local pid=$1 grace=${2:-20} waited=0
  [[ -n "$pid" ]] || return 0
  kill -0 "$pid" 2>/dev/null || {
    wait "$pid" 2>/dev/null || true
    return 0
  }
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && ((waited < grace * 10)); do
    sleep 0.1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "process $pid did not stop within ${grace}s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

# --- web (SPA) ----------------------------------------------------------------------------------

# Runs `npm ci` in DIR when node_modules is missing or older than package-lock.json.
ensure_web_dependencies() {
  local web_dir=$1 log=$2
  local stamp="$web_dir/node_modules/.package-lock.json"
  [[ -f "$web_dir/package.json" ]] || die "$web_dir/package.json not found"
  if [[ -f "$stamp" && ! "$web_dir/package-lock.json" -nt "$stamp" ]]; then
    info "web dependencies are up to date"
    return 0
  fi
  info "npm ci (log: ${log#"$PWD"/})"
  if ! (cd "$web_dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 \
    npm ci --no-audit --no-fund) >"$log" 2>&1; then
    show_log_tail "$log"
    return 1
  fi
}

# Prints the distinct compiler/MSBuild error lines of a build log (at most 40).
show_build_errors() {
  local log=$1
  { grep -E ': error [A-Z]+[0-9]*:|error MSB|error NU' "$log" || true; } |
    sed 's/^ *//' | sort -u | head -n 40 | sed 's/^/  | /' >&2
}
