#!/usr/bin/env bash
# Proves the "external servers" path: starts Kafka and PostgreSQL as separate processes, points the
# infrastructure smoke tests at them through the EVENTLINGS_* variables, and checks the tests said "external".
# Also validates docker-compose.yml with docker-compose itself, without Docker.
#
# Runs on a fresh Debian machine as root (it installs what it lacks with apt-get), from the repository root,
# with JAVA_HOME pointing at a JDK 21+. Safe to run again: everything it starts lives in a temporary folder
# that is removed, servers stopped, however the script ends.
set -euo pipefail

fail() {
  echo "infra-external: FAILED: $*" >&2
  exit 1
}
step() {
  echo "infra-external: $*"
}

[[ -f pom.xml && -f checkers/pom.xml && -f docker-compose.yml ]] || fail "run me from the repository root"
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] || fail "set JAVA_HOME to a JDK 21 or newer"
JAVA="$JAVA_HOME/bin/java"
export DEBIAN_FRONTEND=noninteractive

work=$(mktemp -d /tmp/eventlings-infra-external.XXXXXX)
chmod 755 "$work" # the postgres user must reach its data folder inside
kafka_pid=""
pg_bin=""

cleanup() {
  local status=$?
  if [[ -n "$kafka_pid" ]]; then
    kill "$kafka_pid" 2>/dev/null || true
    wait "$kafka_pid" 2>/dev/null || true
  fi
  if [[ -n "$pg_bin" && -f "$work/pg/postmaster.pid" ]]; then
    as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  if [[ $status -ne 0 ]]; then
    echo "infra-external: FAILED (exit $status)" >&2
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
as_postgres() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

apt_updated=""
apt_install() {
  [[ $EUID -eq 0 ]] || fail "missing $*, and installing needs root"
  if [[ -z "$apt_updated" ]]; then
    apt-get update -q >/dev/null
    apt_updated=yes
  fi
  apt-get install -y -q "$@" >/dev/null
}

# A port the kernel hands out as free right now: asking it beats guessing, which can hit a port in use as the
# local end of a connection.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# 1. docker-compose.yml, checked by docker-compose 1.29 itself: its Debian package and Python libraries are
#    unpacked into the temporary folder, not installed, so no Docker engine comes along.
step "validating docker-compose.yml"
command -v python3 >/dev/null || apt_install python3
command -v apt-get >/dev/null || fail "apt-get is needed to fetch docker-compose"
compose_pkgs=(docker-compose python3-cached-property python3-distro python3-docker python3-dockerpty
  python3-docopt python3-dotenv python3-jsonschema python3-texttable python3-websocket python3-yaml
  python3-attr python3-pyrsistent python3-requests python3-urllib3 python3-idna python3-certifi
  python3-chardet python3-charset-normalizer python3-six python3-packaging)
mkdir -p "$work/compose/debs"
if ! (cd "$work/compose/debs" && apt-get download -q "${compose_pkgs[@]}" >/dev/null 2>&1); then
  [[ -n "$apt_updated" || $EUID -ne 0 ]] || { apt-get update -q >/dev/null; apt_updated=yes; }
  (cd "$work/compose/debs" && apt-get download -q "${compose_pkgs[@]}" >/dev/null) \
    || fail "cannot download docker-compose and its Python libraries with apt-get download"
fi
for deb in "$work"/compose/debs/*.deb; do
  dpkg -x "$deb" "$work/compose/root"
done
PYTHONPATH="$work/compose/root/usr/lib/python3/dist-packages" \
  python3 "$work/compose/root/usr/bin/docker-compose" -f docker-compose.yml config -q \
  || fail "docker-compose.yml is not a valid compose file (see above)"

# 2a. Kafka from the same jars the tests use, as its own process.
step "starting Kafka"
./mvnw -q -B dependency:build-classpath -pl checkers -Dmdep.outputFile="$work/classpath.txt" >/dev/null \
  || fail "cannot resolve checkers' class path with Maven"
classpath=$(cat "$work/classpath.txt")
# Starts a broker on two fresh ports; returns non-zero if it exits before it listens. The process logs through
# the kit's silent SLF4J binding, so a failed start says nothing: a second try on other ports is the remedy for
# the one failure seen, a port taken between choosing it and binding it.
start_kafka() {
  kafka_port=$(free_port)
  controller_port=$(free_port)
  while [ "$controller_port" = "$kafka_port" ]; do controller_port=$(free_port); done
  rm -rf "$work/kafka-data"
  cat >"$work/server.properties" <<PROPERTIES
node.id=1
process.roles=broker,controller
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$kafka_port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$kafka_port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$work/kafka-data
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=2097152
PROPERTIES
  cluster_id=$("$JAVA" -cp "$classpath" kafka.tools.StorageTool random-uuid)
  "$JAVA" -cp "$classpath" kafka.tools.StorageTool format --config "$work/server.properties" \
    --cluster-id "$cluster_id" --ignore-formatted >"$work/kafka-format.log" 2>&1 \
    || { cat "$work/kafka-format.log" >&2; fail "formatting Kafka's storage failed"; }
  "$JAVA" -Xmx256m -cp "$classpath" kafka.Kafka "$work/server.properties" >"$work/kafka.log" 2>&1 &
  kafka_pid=$!
  local deadline=$((SECONDS + 60))
  until (exec 3<>"/dev/tcp/127.0.0.1/$kafka_port") 2>/dev/null; do
    kill -0 "$kafka_pid" 2>/dev/null || return 1
    ((SECONDS < deadline)) || fail "Kafka did not listen on port $kafka_port within 60 s"
    sleep 0.2
  done
}

for attempt in 1 2 3; do
  start_kafka && break
  ((attempt < 3)) || fail "Kafka exited before listening, three times, on fresh ports each time"
  echo "infra-external: Kafka exited before listening on port $kafka_port; trying other ports"
done

# 2b. A throwaway PostgreSQL cluster from Debian's package.
step "starting PostgreSQL"
if ! compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null; then
  # Only the binaries are wanted: no default cluster running on port 5432.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.d/eventlings.conf
  apt_install postgresql
fi
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_port=$(free_port)
mkdir -p "$work/pg"
[[ $EUID -ne 0 ]] || chown postgres "$work/pg"
as_postgres "$pg_bin/initdb" -D "$work/pg" -U eventlings -A trust >/dev/null \
  || fail "initdb failed"
as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c idle_in_transaction_session_timeout=5s" start >/dev/null \
  || fail "PostgreSQL did not start"

# 3. The smoke tests, against both.
step "running the infrastructure tests against Kafka on $kafka_port and PostgreSQL on $pg_port"
export EVENTLINGS_KAFKA_BOOTSTRAP="127.0.0.1:$kafka_port"
export EVENTLINGS_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres"
export EVENTLINGS_JDBC_USER=eventlings
export EVENTLINGS_JDBC_PASSWORD=eventlings
if ! ./mvnw -B -pl checkers -Deventlings.kitTests.skip=false -Dgroups=infrastructure test >"$work/tests.log" 2>&1; then
  cat "$work/tests.log"
  fail "the infrastructure tests failed against the external servers"
fi
grep -q "eventlings: Kafka = external broker at $EVENTLINGS_KAFKA_BOOTSTRAP" "$work/tests.log" \
  || { cat "$work/tests.log"; fail "the tests did not say they used the external Kafka"; }
grep -q "eventlings: PostgreSQL = external server at $EVENTLINGS_JDBC_URL" "$work/tests.log" \
  || { cat "$work/tests.log"; fail "the tests did not say they used the external PostgreSQL"; }
grep "^eventlings: " "$work/tests.log"
cat checkers/target/surefire-reports/*.txt | grep "^Tests run:" \
  | awk -F'[:,]' '{ run += $2; failed += $4 + $6; skipped += $8 } END { print "infra-external: " run " tests run, " failed " failed, " skipped " skipped" }'

step "OK: docker-compose.yml is valid, and the smoke tests pass against external servers"
