#!/usr/bin/env bash
# Measures how long Waakvlam takes from `java` to the first working sign-in of a demo account
# (coach1 signs in and is sent to a page other than the login page): the moment a user can start.
# Prints every run and the median.
#
#   scripts/measure-startup.sh [warm|first] [runs] [--no-cache]
#
#   warm        (default) the data folder exists already: an ordinary restart
#   first       an empty data folder every run: the first start, which creates the database and
#               loads the demo programme
#   --no-cache  plain `java -jar`, without the class cache below
#
# The application is started the way Spring Boot documents for a fast start: the jar extracted
# (`java -Djarmode=tools -jar … extract`) and run with a class cache made by one training run (a
# start, a sign-in, a page, a stop): an AOT cache on Java 25 and later (JEP 483/514), a class-data
# sharing archive before that. The cache is made again whenever the jar changes.
#
# Environment: JAVA (default: java on the PATH), PORT (default 18181), DATA (default
# target/startup-data), JAVA_OPTS (extra JVM options). The jar is built when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
# decimal points in the times, whatever the machine's language
export LC_ALL=C
for tool in curl bc; do
  command -v "$tool" > /dev/null || { echo "$tool is needed" >&2; exit 2; }
done

MODE=warm
RUNS=5
CACHE=yes
for arg in "$@"; do
  case "$arg" in
    warm|first) MODE=$arg ;;
    --no-cache) CACHE=no ;;
    ''|*[!0-9]*) echo "unknown argument: $arg" >&2; exit 2 ;;
    *) RUNS=$arg ;;
  esac
done
[ "$RUNS" -ge 1 ] || { echo "at least one run" >&2; exit 2; }
JAVA=${JAVA:-java}
PORT=${PORT:-18181}
DATA=${DATA:-target/startup-data}
JAVA_OPTS=${JAVA_OPTS:-}
BASE="http://127.0.0.1:$PORT"
LOG=target/startup-run.log

jar() { ls target/waakvlam-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true; }
JAR=$(jar)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(jar)
fi
mkdir -p target

FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
case "$FEATURE" in
  ''|*[!0-9]*) echo "cannot tell the version of $JAVA" >&2; exit 2 ;;
esac
# a cache belongs to one JVM build: its name carries the build's version
JVM_BUILD=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p' | tr -c 'A-Za-z0-9.\n' '_')
APP=target/app
APP_JAR="$APP/$(basename "$JAR")"
if [ ! -f "$APP_JAR" ] || [ "$JAR" -nt "$APP_JAR" ]; then
  rm -rf "$APP"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" > /dev/null
fi
if [ "$FEATURE" -ge 25 ]; then
  CACHE_FILE="$APP/waakvlam-$JVM_BUILD.aot"
  TRAIN=(-XX:AOTCacheOutput="$CACHE_FILE" -Xlog:aot=off -Xlog:cds=off)
  USE=(-XX:AOTCache="$CACHE_FILE" -Xlog:aot=off -Xlog:cds=off)
  KIND="AOT cache (Java $FEATURE)"
else
  CACHE_FILE="$APP/waakvlam-$JVM_BUILD.jsa"
  TRAIN=(-XX:ArchiveClassesAtExit="$CACHE_FILE" -Xlog:cds=off -Xlog:cds+dynamic=off)
  USE=(-XX:SharedArchiveFile="$CACHE_FILE" -Xlog:cds=off)
  KIND="class-data sharing archive (Java $FEATURE)"
fi

now() { date +%s.%N; }

# coach1's sign-in: the login form's CSRF token, then the post, answered by a redirect away from
# the login page. Prints the session cookie file on success.
sign_in() {
  local cookies token location
  cookies=$(mktemp)
  token=$(curl -s -m 2 -c "$cookies" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  if [ -z "$token" ]; then rm -f "$cookies"; return 1; fi
  location=$(curl -s -m 5 -b "$cookies" -c "$cookies" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "username=coach1" --data-urlencode "password=waakvlam-demo-2026" \
    --data-urlencode "_csrf=$token" "$BASE/login" || true)
  if [ -n "$location" ] && [[ "$location" != *"/login"* ]]; then
    echo "$cookies"
    return 0
  fi
  rm -f "$cookies"
  return 1
}

# starts the application with the given JVM options, waits for the first sign-in, keeps the seconds
# it took in ELAPSED, opens the caseload (for the training run) and stops the application; runs in
# this shell, so that an interruption's trap knows the application's process
PID=
stop_app() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill -TERM "$PID"
    wait "$PID" || true
  fi
  PID=
}
# an interrupted measurement stops the application (and with it its PostgreSQL)
trap 'stop_app; exit 130' INT TERM

run_once() {
  local start elapsed cookies
  if curl -s -m 1 -o /dev/null "$BASE/login"; then
    echo "something already answers on $BASE; stop it or set PORT" >&2
    exit 1
  fi
  start=$(now)
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS "$@" --server.port="$PORT" --server.address=127.0.0.1 \
    --waakvlam.embedded-db.data-dir="$DATA" > "$LOG" 2>&1 &
  PID=$!
  until cookies=$(sign_in); do
    if ! kill -0 "$PID" 2>/dev/null; then
      echo "the application stopped; see $LOG" >&2
      exit 1
    fi
    if [ "$(echo "$(now) - $start > 300" | bc)" = 1 ]; then
      echo "no sign-in after 5 minutes (is $DATA a demo database?); see $LOG" >&2
      stop_app
      exit 1
    fi
    sleep 0.1
  done
  elapsed=$(echo "$(now) - $start" | bc)
  curl -s -o /dev/null -b "$cookies" "$BASE/caseload" || true
  rm -f "$cookies"
  stop_app
  ELAPSED=$(printf '%.2f' "$elapsed")
}

if [ "$CACHE" = yes ]; then
  LAUNCH=("${USE[@]}" -jar "$APP_JAR")
  if [ ! -f "$CACHE_FILE" ] || [ "$APP_JAR" -nt "$CACHE_FILE" ]; then
    echo "making the $KIND: one training run, not measured" >&2
    rm -f "$CACHE_FILE"
    run_once "${TRAIN[@]}" -jar "$APP_JAR"
  fi
else
  LAUNCH=(-jar "$JAR")
  KIND="no class cache (Java $FEATURE)"
fi

if [ "$MODE" = warm ] && [ ! -d "$DATA" ]; then
  echo "preparing the data folder: one first start, not measured" >&2
  run_once "${LAUNCH[@]}"
fi

times=()
for i in $(seq 1 "$RUNS"); do
  if [ "$MODE" = first ]; then rm -rf "$DATA"; fi
  run_once "${LAUNCH[@]}"
  t=$ELAPSED
  echo "run $i: $t s" >&2
  times+=("$t")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "start to first sign-in, $MODE data folder, $KIND: median $median s of $RUNS runs (${times[*]})"
