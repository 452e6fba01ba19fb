# shellcheck shell=bash
# Private PostgreSQL clusters for the local run and the test run.
#
# A cluster lives in one directory: the data directory itself, with its server log
# (server.log) and its unix socket inside. The server listens on 127.0.0.1 only, on the port
# given at start. The superuser is `postgres`; TCP connections need its password, the socket
# (reachable only by the directory's owner) is trusted. PostgreSQL refuses to run as root, so
# when the caller is root the cluster belongs to the `postgres` system user and every server
# command runs as that user.
#
#   pg_ensure_binaries                       find initdb & co (install Debian's postgresql if absent)
#   pg_init_cluster DIR PASSWORD [SETTING..] initdb unless DIR already holds a cluster
#   pg_start_cluster DIR PORT                start it (pg_ctl, waits until it accepts connections)
#   pg_is_running DIR / pg_running_port DIR  state of a cluster started earlier
#   pg_wait_ready PORT [SECONDS]             pg_isready loop
#   pg_ensure_role PORT PASSWORD ROLE ROLE_PASSWORD
#   pg_ensure_database PORT PASSWORD NAME [OWNER]
#   pg_connection_string PORT DATABASE USER PASSWORD
#   pg_stop_cluster DIR                      pg_ctl stop (fast, then immediate)

[[ -n "${HUIYIN_POSTGRES_SH:-}" ]] && return 0
HUIYIN_POSTGRES_SH=1

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_BIN=""
PG_OS_USER=postgres
PG_SUPERUSER=postgres

# --- binaries -----------------------------------------------------------------------------------

pg_find_bin() {
  local candidate
  candidate=$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/initdb' 2>/dev/null |
    sort -V | tail -n 1)
  if [[ -z "$candidate" ]] && have initdb; then
    candidate=$(command -v initdb)
  fi
  [[ -n "$candidate" ]] || return 1
  dirname "$candidate"
}

pg_ensure_binaries() {
  if ! PG_BIN=$(pg_find_bin); then
    info "PostgreSQL server binaries not found; installing Debian's postgresql package"
    apt_install postgresql
    PG_BIN=$(pg_find_bin) || die "initdb not found under /usr/lib/postgresql/*/bin after installing postgresql"
  fi
  local tool
  for tool in initdb pg_ctl pg_isready psql; do
    [[ -x "$PG_BIN/$tool" ]] || die "$PG_BIN/$tool is missing"
  done
  if is_root && ! id -u "$PG_OS_USER" >/dev/null 2>&1; then
    info "creating the '$PG_OS_USER' system user"
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OS_USER"
  fi
  info "PostgreSQL $("$PG_BIN/pg_ctl" --version | awk '{print $3}') in $PG_BIN"
}

# Runs a server command as the cluster's owner: the postgres user when we are root.
pg_as_owner() {
  if is_root; then
    (cd / && runuser -u "$PG_OS_USER" -- "$@")
  else
    "$@"
  fi
}

# --- cluster life cycle -------------------------------------------------------------------------

# True when the cluster's owner can reach DIR's parent (a root-only home directory would not do).
pg_dir_usable() {
  local parent
  parent=$(dirname "$1")
  mkdir -p "$parent"
  is_root || return 0
  runuser -u "$PG_OS_USER" -- test -x "$parent" 2>/dev/null
}

pg_is_initialised() { [[ -f "$1/PG_VERSION" ]]; }

# initdb into DIR unless it already holds a cluster. Extra arguments are postgresql.conf lines.
pg_init_cluster() {
  local dir=$1 password=$2
  shift 2
  if pg_is_initialised "$dir"; then
    info "reusing the cluster in $dir"
    return 0
  fi
  pg_dir_usable "$dir" ||
    die "the '$PG_OS_USER' user cannot reach $(dirname "$dir"); choose a directory it can traverse"
  mkdir -p "$dir"
  [[ -z "$(ls -A "$dir")" ]] || die "$dir is not empty and holds no cluster; remove it first"
  chmod 700 "$dir"
  is_root && chown "$PG_OS_USER:" "$dir"

  local pwfile log="${dir%/}.initdb.log"
  pwfile=$(mktemp)
  printf '%s\n' "$password" >"$pwfile"
  is_root && chown "$PG_OS_USER:" "$pwfile"
  info "initdb $dir"
  if ! pg_as_owner "$PG_BIN/initdb" -D "$dir" -U "$PG_SUPERUSER" --pwfile="$pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
    >"$log" 2>&1; then
    rm -f "$pwfile"
    show_log_tail "$log"
    die "initdb failed in $dir"
  fi
  rm -f "$pwfile" "$log"

  local socket_dir=$dir
  # A unix socket path must stay under ~107 bytes; past that, TCP only.
  ((${#dir} > 90)) && socket_dir=""
  {
    printf '\n# Added by deploy/lib/postgres.sh\n'
    printf "listen_addresses = '127.0.0.1'\n"
    printf "unix_socket_directories = '%s'\n" "$socket_dir"
    printf "max_connections = 300\n"
    local setting
    for setting in "$@"; do printf '%s\n' "$setting"; done
  } | pg_as_owner tee -a "$dir/postgresql.conf" >/dev/null
}

pg_is_running() {
  pg_is_initialised "$1" || return 1
  pg_as_owner "$PG_BIN/pg_ctl" -D "$1" status >/dev/null 2>&1
}

# The port of a running cluster (4th line of postmaster.pid).
pg_running_port() {
  pg_as_owner sed -n '4p' "$1/postmaster.pid"
}

pg_start_cluster() {
  local dir=$1 port=$2
  if port_in_use "$port"; then
    die "port $port on 127.0.0.1 is already in use; choose another one"
  fi
  info "starting PostgreSQL on 127.0.0.1:$port (log: $dir/server.log)"
  if ! pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -o "-p $port" \
    -w -t 60 start >/dev/null 2>&1; then
    pg_as_owner tail -n 30 "$dir/server.log" >&2 || true
    die "PostgreSQL did not start in $dir"
  fi
  pg_wait_ready "$port" 30 || die "PostgreSQL on port $port does not accept connections"
}

pg_wait_ready() {
  local port=$1 timeout=${2:-30} waited=0
  until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2; do
    ((waited++ < timeout)) || return 1
    sleep 1
  done
}

pg_stop_cluster() {
  local dir=$1
  pg_is_running "$dir" || return 0
  info "stopping PostgreSQL in $dir"
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -m fast -w -t 30 stop >/dev/null 2>&1 ||
    pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
    warn "could not stop PostgreSQL in $dir"
}

# --- roles and databases ------------------------------------------------------------------------

pg_check_name() {
  [[ "$1" =~ ^[A-Za-z0-9_-]+$ ]] || die "unsafe PostgreSQL name or password: '$1'"
}

# Runs SQL as the superuser on database postgres; prints unaligned tuples.
pg_sql() {
  local port=$1 password=$2 sql=$3
  PGPASSWORD=$password PGOPTIONS='-c client_min_messages=warning' "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" -d postgres -c "$sql"
}

pg_ensure_role() {
  local port=$1 password=$2 role=$3 role_password=$4
  pg_check_name "$role"
  pg_check_name "$role_password"
  if [[ "$(pg_sql "$port" "$password" "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" == 1 ]]; then
    pg_sql "$port" "$password" "ALTER ROLE \"$role\" LOGIN PASSWORD '$role_password'"
  else
    info "creating role $role"
    pg_sql "$port" "$password" "CREATE ROLE \"$role\" LOGIN PASSWORD '$role_password'"
  fi
}

pg_ensure_database() {
  local port=$1 password=$2 name=$3 owner=${4:-$PG_SUPERUSER}
  pg_check_name "$name"
  pg_check_name "$owner"
  if [[ "$(pg_sql "$port" "$password" "SELECT 1 FROM pg_database WHERE datname = '$name'")" == 1 ]]; then
    return 0
  fi
  info "creating database $name (owner $owner)"
  pg_sql "$port" "$password" "CREATE DATABASE \"$name\" OWNER \"$owner\""
}

pg_connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=%s;Password=%s\n' "$1" "$2" "$3" "$4"
}
