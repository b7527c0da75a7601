#!/usr/bin/env bash
# The fault suite: the verifier, through `mvn verify`, against a provider that misbehaves on purpose
# (faults/provider) and under signals. Each case asserts what the user sees: the exit status, the
# message, no stack trace, a time bound, nothing left in Docker. Part of scripts/test-all.sh.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
passed=0
failed=0
failures=()

# project NAME PATHS... : a provider project whose pact has one GET per path, each expecting {"ok": true}
project() {
  local name=$1; shift
  local dir="$work/$name"
  mkdir -p "$dir/pacts"
  local interactions="" i=0
  for p in "$@"; do
    body='{"ok": true}'
    if [ "$p" = /huge ]; then body=$(python3 -c 'import json; print(json.dumps({"s": "x" * (30 * 1024 * 1024)}))'); fi
    interactions="$interactions${interactions:+,}{\"description\":\"get $p $i\",\"request\":{\"method\":\"GET\",\"path\":\"$p\"},\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},\"body\":$body}}"
    i=$((i + 1))
  done
  printf '{"consumer":{"name":"c"},"provider":{"name":"fault-provider"},"interactions":[%s],"metadata":{"pactSpecification":{"version":"3.0.0"}}}' \
    "$interactions" > "$dir/pacts/c-fault-provider.json"
  cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>faults</groupId><artifactId>fault-provider</artifactId><version>1.0.0</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.pactcontainers</groupId><artifactId>pact-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version>
    <configuration>
      <provider><image>pactcontainers/fault-provider:latest</image><port>8000</port><waitFor><httpPath>/health</httpPath></waitFor></provider>
      <stateChangeUrl>/_pact/state</stateChangeUrl>
      <requestTimeout>3</requestTimeout>
    </configuration>
  </plugin></plugins></build>
</project>
POM
  echo "$dir"
}

# run DIR: mvn verify, then sets rc, secs, log
run() {
  local start=$(date +%s%N)
  mvn -B -f "$1/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$1/build.log" 2>&1
  rc=$?
  secs=$(( ($(date +%s%N) - start) / 1000000000 ))
  log="$1/build.log"
}

check() { # NAME CONDITION-DESCRIPTION COMMAND...
  local name=$1 what=$2; shift 2
  if "$@"; then passed=$((passed + 1)); echo "  ok    $name: $what"
  else failed=$((failed + 1)); failures+=("$name: $what"); echo "  FAIL  $name: $what"
    # The log's end without stack frames: the lines that say what happened.
    grep -v '^[[:space:]]*at ' "$log" | tail -25 | sed 's/^/        /'; fi
}
has() { grep -qF -- "$1" "$log"; }
# nowhere SECRET DIR: the secret is in neither the build's output nor any file under DIR
nowhere() { ! grep -qF -- "$1" "$log" && ! grep -rqF -- "$1" "$2" 2>/dev/null; }
# all CONDITION...: every condition holds (each one a test expression in a string), so that one check
# can stand for several: `check n "..." [ a ] && [ b ]` would check only the first.
all() { local c; for c in "$@"; do eval "$c" || return 1; done; }
no_trace() { ! grep -qE '^\s+at [a-z]' "$log" && ! grep -q 'NoClassDefFoundError\|^Exception in thread' "$log"; }
# ours_left: how many containers this suite's projects (all under $work) left; the engine may be shared
# with another build, whose containers are not ours to count.
ours_left() {
  docker ps -a --filter label=io.pactcontainers.tool --format '{{.Label "io.pactcontainers.project"}}' |
    grep -c "^$work/"
}
no_containers() { [ "$(ours_left)" = 0 ]; }

images_before=$(docker images -qa | sort)
# By name: the default bridge network gets a new id when the engine restarts (the engine case).
networks_before=$(docker network ls --format '{{.Name}}' | sort)
echo "== fault suite"
d=$(project ok /ok /gzip /chunked); run "$d"
check ok "a good provider, gzip and chunked answers pass" [ "$rc" = 0 ]

# Air-gapped: no TESTCONTAINERS_RYUK_DISABLED, no registry to pull Testcontainers' Ryuk from (as on
# our machines). Testcontainers alone retried that pull for minutes (400 s and counting, in a trial).
d=$(project airgapped /ok)
# The answer is remembered per engine for a day (~/.pact-testcontainers): start from none.
rm -f "$HOME/.pact-testcontainers/ryuk-unavailable.properties"
start=$(date +%s%N)
env -u TESTCONTAINERS_RYUK_DISABLED mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$d/build.log" 2>&1
rc=$?; secs=$(( ($(date +%s%N) - start) / 1000000000 )); log="$d/build.log"
check airgapped "without Ryuk's image and TESTCONTAINERS_RYUK_DISABLED the run goes on and passes" [ "$rc" = 0 ]
check airgapped "within 60 s, not minutes of pull retries" [ "$secs" -lt 60 ]
check airgapped "one WARN line says so and what to do" [ "$(grep -c 'could not be pulled in 5 s: going on without it' "$log")" = 1 ]
check airgapped "no 'Retrying pull' of Ryuk" bash -c "! grep -q 'Retrying pull for image: testcontainers/ryuk' '$log'"
check airgapped "nothing left" no_containers
first=$secs
start=$(date +%s%N)
env -u TESTCONTAINERS_RYUK_DISABLED mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$d/build-again.log" 2>&1
rc=$?; ms=$(( ($(date +%s%N) - start) / 1000000 ))
check airgapped "the next run, the answer remembered, passes" [ "$rc" = 0 ]
check airgapped "and neither tries the pull nor warns again" bash -c "! grep -q 'clean-up image' '$d/build-again.log'"
echo "   (air-gapped: first run ${first} s, the next ${ms} ms)"

d=$(project huge /huge); run "$d"
check huge "a 30 MB body is read and matched (Jackson alone stops at 20 MB)" [ "$rc" = 0 ]

d=$(project hang /hang /ok); run "$d"
check hang "a hanging provider fails the build" [ "$rc" != 0 ]
check hang "the request was sent once, not again after the 3 s timeout" \
  [ "$(grep -c '^GET /hang ' "$d/target/pact/logs/fault-provider.log")" = 1 ]
check hang "the message says what was awaited and for how long" has "did not answer GET /hang within 3000 ms (the request was not sent again"
check hang "no stack trace" no_trace
check hang "a run that could not judge is a build error, not a broken contract" has "MAVEN/MojoExecutionException"

d=$(project short /short); run "$d"
check short "a body cut short is a protocol error, not an answer" has "broke HTTP: the provider's answer was cut short"
check short "no stack trace" no_trace

d=$(project garbage /garbage); run "$d"
check garbage "garbage is not valid HTTP" has "broke HTTP: the provider's answer is not valid HTTP"
check garbage "no raw NUL or ESC byte from the answer reaches the console" bash -c "! grep -a 'broke HTTP' '$log' | grep -qP '[\\x00\\x1b]'"

# -Dpact.lastFailed with what is not this provider's report: another provider's, then an empty file.
d=$(project last-failed-other /ok)
mkdir -p "$d/target/pact/reports"
echo '{"provider":"another-provider","pacts":[{"consumer":"c","interactions":[{"description":"get /ok 0","providerStates":[],"outcome":"failed"}]}]}' \
  > "$d/target/pact/reports/fault-provider.json"
mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify -Dpact.lastFailed=true > "$d/build.log" 2>&1; rc=$?; log="$d/build.log"
check last-failed-other "another provider's report is a build error naming both providers, the file and what to do" \
  has "-Dpact.lastFailed: the previous run's report is of another provider, \"another-provider\", not \"fault-provider\": $d/target/pact/reports/fault-provider.json; run once without it to write this provider's report"
check last-failed-other "(MojoExecutionException)" has "MAVEN/MojoExecutionException"
check last-failed-other "no stack trace" no_trace
check last-failed-other "nothing started" no_containers
: > "$d/target/pact/reports/fault-provider.json"
mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify -Dpact.lastFailed=true > "$d/build.log" 2>&1; rc=$?; log="$d/build.log"
check last-failed-empty "an empty report is a build error naming the file" \
  has "-Dpact.lastFailed: the previous run's report is empty: $d/target/pact/reports/fault-provider.json; run once without it"

# <provider><memory> that rounds to nothing is refused; 0, and only 0, is no limit, said once.
d=$(project memory-half /ok)
sed -i 's|<port>8000</port>|<port>8000</port><memory>0.5</memory>|' "$d/pom.xml"; run "$d"
check memory-half "0.5 is a configuration error naming the element and the value" \
  has "<provider><memory>: the memory limit is below Docker's least of 6 MB: 0.5 (0 bytes, once rounded); give 6m or more, or 0 for no limit"
check memory-half "(MojoExecutionException)" has "MAVEN/MojoExecutionException"
check memory-half "no stack trace" no_trace
check memory-half "nothing started" no_containers
d=$(project memory-zero /ok)
sed -i 's|<port>8000</port>|<port>8000</port><memory>0</memory>|' "$d/pom.xml"; run "$d"
check memory-zero "0 runs without a limit and passes" [ "$rc" = 0 ]
check memory-zero "said in one INFO line" [ "$(grep -c '<provider><memory> is 0: the provider runs without a memory limit' "$log")" = 1 ]

# ${env.X} as a whole value, X unset: Maven turns it into nothing; never an empty header or env value.
d=$(project unset-header /ok)
sed -i 's|<requestTimeout>3</requestTimeout>|<requestTimeout>3</requestTimeout><requestHeaders><X-Api-Key>${env.PACT_FAULTS_UNSET}</X-Api-Key></requestHeaders>|' "$d/pom.xml"
env -u PACT_FAULTS_UNSET mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$d/build.log" 2>&1; rc=$?; log="$d/build.log"
check unset-header "an unset variable as a whole header value is a build error naming the element and the variable" \
  has "<requestHeaders><X-Api-Key> is \${env.PACT_FAULTS_UNSET}, which is not set; export PACT_FAULTS_UNSET or remove the element"
check unset-header "(MojoExecutionException)" has "MAVEN/MojoExecutionException"
check unset-header "no stack trace" no_trace
check unset-header "nothing started, so no request went out with an empty header" no_containers
d=$(project unset-env /ok)
sed -i 's|<port>8000</port>|<port>8000</port><env><API_KEY>${env.PACT_FAULTS_UNSET}</API_KEY></env>|' "$d/pom.xml"
env -u PACT_FAULTS_UNSET mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$d/build.log" 2>&1; rc=$?; log="$d/build.log"
check unset-env "an unset variable as a whole <provider><env> value is a build error naming it" \
  has "<provider><env><API_KEY> is \${env.PACT_FAULTS_UNSET}, which is not set; export PACT_FAULTS_UNSET or remove the element"
check unset-env "nothing started" no_containers

# A pact nested deeper than the JSON parser reads: said as such, naming the file, not "larger than 200 MB".
d=$(project deep /ok)
python3 - "$d/pacts/c-fault-provider.json" <<'PY'
import json, sys
path = sys.argv[1]
text = json.dumps(json.load(open(path))).replace('{"ok": true}', "[" * 1001 + "]" * 1001)
open(path, "w").write(text)
PY
run "$d"
check deep "a build error saying how deep, naming the file" has "The pact $d/pacts/c-fault-provider.json is nested deeper than 1000 levels"
check deep "not a size limit" bash -c "! grep -q 'larger than' '$log'"
check deep "(MojoExecutionException)" has "MAVEN/MojoExecutionException"
check deep "no stack trace" no_trace

# The Broker: down, echoing the token it was sent, hanging.
broker_port=${FAULTS_BROKER_PORT:-18310}
python3 "$root/faults/broker.py" "$broker_port" "$work" & broker_pid=$!
trap 'kill $broker_pid 2>/dev/null; rm -rf "$work"' EXIT
sleep 0.5
d=$(project broker-down /ok)
start=$(date +%s%N); mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify -Dpact.broker.url=http://127.0.0.1:1 \
  > "$d/build.log" 2>&1; rc=$?; log="$d/build.log"
check broker-down "a Broker that is down is a build error saying so" has "The Pact Broker could not be reached (connection refused)"
check broker-down "no stack trace" no_trace
d=$(project broker-echo /ok)
PACT_BROKER_TOKEN=faults-s3cret-t0ken mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify \
  -Dpact.broker.url="http://127.0.0.1:$broker_port/echo" > "$d/build.log" 2>&1; log="$d/build.log"
check broker-echo "a refusal is reported" has "The Pact Broker refused the credentials (HTTP 401)"
check broker-echo "the token it echoes is masked in the output" bash -c "! grep -q 'faults-s3cret-t0ken' '$log'"
check broker-echo "and in target/" bash -c "! grep -rq 'faults-s3cret-t0ken' '$d/target' 2>/dev/null"
d=$(project broker-hang /ok)
sed -i 's|<requestTimeout>3</requestTimeout>|<requestTimeout>3</requestTimeout><broker><timeout>2</timeout></broker>|' "$d/pom.xml"
start=$(date +%s%N)
mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify -Dpact.broker.url="http://127.0.0.1:$broker_port/hang" \
  > "$d/build.log" 2>&1; log="$d/build.log"; secs=$(( ($(date +%s%N) - start) / 1000000000 ))
check broker-hang "a hanging Broker is given up on after one more try, not four" [ "$(cat "$work/hang-count")" = xx ]
check broker-hang "the message names the setting" has "raise <broker><timeout>"

# Redirects to another origin (the recorder beside the Broker stand-in, on the host): followed by
# default, and nothing secret goes there, neither the configured header nor the pact's credentials.
d=$(project redirect-away /ok)
python3 - "$d/pacts/c-fault-provider.json" "http://127.0.0.1:$broker_port/landed" <<'PY'
import json, sys
path, to = sys.argv[1], sys.argv[2]
pact = json.load(open(path))
sent = {"Authorization": "Bearer faults-pact-t0ken", "Cookie": "session=faults-c00kie", "X-Trace": "t-1"}
ok = {"status": 200, "headers": {"Content-Type": "application/json"}, "body": {"ok": True}}
pact["interactions"] = [
    {"description": "get away", "request": {"method": "GET", "path": "/away", "query": {"to": [to]}, "headers": sent}, "response": ok},
    {"description": "post away", "request": {"method": "POST", "path": "/away", "query": {"to": [to]},
     "headers": dict(sent, **{"Content-Type": "application/json"}), "body": {"name": "ann"}}, "response": ok},
]
json.dump(pact, open(path, "w"))
PY
sed -i 's|<requestTimeout>3</requestTimeout>|<requestTimeout>3</requestTimeout><headers><header><name>X-Team-Token</name><value>faults-team-s3cret</value><replace>always</replace></header></headers>|' "$d/pom.xml"
rm -f "$work/landed.txt"; run "$d"
check redirect-away "a 302 (GET) and a 307 (POST) to another origin are followed by default and pass" [ "$rc" = 0 ]
check redirect-away "the other origin received both, the POST as a POST" all \
  '[ "$(grep -c "^GET /landed" "$work/landed.txt")" = 1 ]' '[ "$(grep -c "^POST /landed" "$work/landed.txt")" = 1 ]'
check redirect-away "the POST kept its body" grep -q '"name":"ann"' "$work/landed.txt"
check redirect-away "no configured header, Authorization or Cookie went there" \
  bash -c "! grep -qiE '^(authorization|cookie|x-team-token):|faults-team-s3cret|faults-pact-t0ken|faults-c00kie' '$work/landed.txt'"
check redirect-away "a header that is no secret did" grep -qi '^x-trace: t-1' "$work/landed.txt"
check redirect-away "the warning says what was left out" has "(another origin: sent without Authorization, Cookie, X-Team-Token, which go only to the provider)"
check redirect-away "the configured secret is in no output or file" nowhere faults-team-s3cret "$d/target"
check redirect-away "while the provider received it (and logged the pact's Authorization, masked or not)" \
  grep -q '^GET /away' "$d/target/pact/logs/fault-provider.log"

# A failing header <command>: what Maven interpolated into it (a vault token from ${env.X}) is masked
# in the command shown and in its error output.
d=$(project command-fails /ok)
sed -i 's|<requestTimeout>3</requestTimeout>|<requestTimeout>3</requestTimeout><headers><header><name>Authorization</name><command>ls /vault/${env.FAULTS_VAULT_TOKEN}</command></header></headers>|' "$d/pom.xml"
FAULTS_VAULT_TOKEN=faults-vault-s3cret run "$d"
check command-fails "a build error naming the header and the status" has "The command for header Authorization (ls /vault/****) exited with status"
check command-fails "its error output is shown, masked" has "its error output ends: ls: cannot access '/vault/****'"
check command-fails "the interpolated value is in no output or file" nowhere faults-vault-s3cret "$d/target"
check command-fails "no stack trace" no_trace

# A <requestFilter> that hangs (a token service that never answers): bounded by the request timeout,
# the interaction errs naming the filter, and the run goes on.
d=$(project filter-hangs /ok)
mkdir -p "$d/src/test/java/faults"
cat > "$d/src/test/java/faults/WaitForever.java" <<'JAVA'
package faults;

import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.verify.RequestFilter;

public class WaitForever implements RequestFilter {
  public HttpRequest apply(HttpRequest request) {
    try {
      Thread.sleep(3_600_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return request;
  }
}
JAVA
sed -i 's|<packaging>pom</packaging>|<packaging>jar</packaging><properties><maven.compiler.source>17</maven.compiler.source><maven.compiler.target>17</maven.compiler.target></properties><dependencies><dependency><groupId>io.pactcontainers</groupId><artifactId>pact-testcontainers</artifactId><version>0.1.0-SNAPSHOT</version><scope>test</scope></dependency></dependencies>|; s|<requestTimeout>3</requestTimeout>|<requestTimeout>3</requestTimeout><requestFilter>faults.WaitForever</requestFilter>|' "$d/pom.xml"
mvn -B -f "$d/pom.xml" test-compile io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$d/build.log" 2>&1; rc=$?; log="$d/build.log"
check filter-hangs "the interaction errs naming the filter and the bound" \
  has "The request filter faults.WaitForever did not return within 3000 ms (the request timeout); the request was not sent"
check filter-hangs "the provider ran, and nothing reached its /ok" all \
  '[ -s "$d/target/pact/logs/fault-provider.log" ]' '! grep -q "^GET /ok " "$d/target/pact/logs/fault-provider.log"'
check filter-hangs "a build error (nothing was judged), not a hang" has "MAVEN/MojoExecutionException"
check filter-hangs "no stack trace" no_trace
check filter-hangs "nothing left" no_containers

# A Broker goal against a Broker (or gateway) that echoes the token into a body Jackson cannot read:
# the error and every cause -e prints are masked.
d=$(project broker-echo-goal /ok)
PACT_BROKER_TOKEN=faultsGoalT0ken mvn -B -e -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:record-undeployment \
  -Dpact.broker.url="http://127.0.0.1:$broker_port/echo-bad" -Dpact.environment=production > "$d/build.log" 2>&1; rc=$?; log="$d/build.log"
check broker-echo-goal "a build error" all '[ "$rc" != 0 ]' 'has "MAVEN/MojoExecutionException"'
check broker-echo-goal "-e prints the causes (Jackson's among them, by its class)" grep -q '^Caused by: .*com.fasterxml.jackson.core.* Unrecognized token' "$log"
check broker-echo-goal "the echoed token is masked in all of it" nowhere faultsGoalT0ken "$d/target"

# Two builds at once: each its own containers and network, both pass, nothing left.
a=$(project twin-a /ok /slow); b=$(project twin-b /ok /slow)
mvn -B -q -f "$a/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$a/build.log" 2>&1 & pa=$!
mvn -B -q -f "$b/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$b/build.log" 2>&1 & pb=$!
wait $pa; ra=$?; wait $pb; rb=$?; log="$b/build.log"
check twins "two builds at once both pass" all '[ "$ra" = 0 ]' '[ "$rb" = 0 ]'
check twins "and leave nothing in Docker" no_containers

# SIGTERM of the Maven process in the middle of a run (what a CI job's cancel sends).
slow=(); for i in $(seq 1 40); do slow+=(/slow); done
d=$(project sigterm "${slow[@]}")
mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$d/build.log" 2>&1 & pm=$!
for _ in $(seq 1 100); do grep -qE 'OK +.* #2 ' "$d/build.log" 2>/dev/null && break; sleep 0.1; done
kill -TERM $pm; wait $pm; rc=$?; log="$d/build.log"
check sigterm "stops and says how far it got" has "Verification interrupted after"
check sigterm "removes its containers" no_containers

# SIGTERM as the provider starts, twice: once as Docker creates the container (the shutdown hook
# finds no container yet: the start's own removal must take it), once while it waits to be ready.
for delay in 0 0.25; do
  d=$(project "sigterm-at-start-$delay" /ok)
  mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$d/build.log" 2>&1 & pm=$!
  for _ in $(seq 1 600); do grep -q 'Starting provider' "$d/build.log" 2>/dev/null && break; sleep 0.02; done
  sleep "$delay"; kill -TERM $pm; wait $pm; rc=$?; log="$d/build.log"
  check "sigterm-at-start-$delay" "says the run was interrupted before its first interaction" \
    has "Verification interrupted after 0 of 1 interactions (Ctrl-C or SIGTERM)"
  check "sigterm-at-start-$delay" "the report says so" \
    grep -q '"interrupted" : "interrupted after 0 of 1 interactions"' "$d/target/pact/reports/fault-provider.json"
  check "sigterm-at-start-$delay" "no stack trace" no_trace
  check "sigterm-at-start-$delay" "removes its container" no_containers
done

# SIGINT of the Maven process (Ctrl-C in a terminal). With job control on, as in a terminal: without
# it, bash starts background jobs with SIGINT ignored, and the JVM would never see it.
d=$(project sigint "${slow[@]}")
set -m
mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$d/build.log" 2>&1 & pm=$!
set +m
for _ in $(seq 1 100); do grep -qE 'OK +.* #2 ' "$d/build.log" 2>/dev/null && break; sleep 0.1; done
kill -INT $pm; wait $pm; rc=$?; log="$d/build.log"
check sigint "stops and says how far it got" has "Verification interrupted after"
check sigint "removes its containers" no_containers

# SIGKILL of the Maven process: nothing can clean up then; the next run removes what was left. Its
# secret header, which the provider echoes into its log, is masked in the log as written.
d=$(project sigkill "${slow[@]}")
sed -i 's|<requestTimeout>3</requestTimeout>|<requestTimeout>3</requestTimeout><headers><header><name>Authorization</name><value>Bearer faults-kill-s3cret</value><replace>always</replace></header></headers>|' "$d/pom.xml"
mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$d/build.log" 2>&1 & pm=$!
for _ in $(seq 1 100); do grep -qE 'OK +.* #2 ' "$d/build.log" 2>/dev/null && break; sleep 0.1; done
pkill -KILL -P $pm java 2>/dev/null; kill -KILL $pm 2>/dev/null; wait $pm 2>/dev/null
left=$(ours_left)
log="$d/build.log"
check sigkill "the provider's log on disk has the requests it logged, the token masked" \
  grep -q '^GET /slow auth=\*\*\*\*$' "$d/target/pact/logs/fault-provider.log"
check sigkill "and no trace of the token anywhere a killed run left files" nowhere faults-kill-s3cret "$d/target"
d=$(project after-kill /ok); run "$d"
check sigkill "a killed run left its provider behind (nothing could remove it)" [ "$left" -ge 1 ]
check sigkill "the next run removes it and says so" has "left by a run that ended without removing them"
check sigkill "and nothing is left after it" no_containers

# A run that starts no container (a bad pact here) still removes what a killed run left.
d=$(project sigkill-again "${slow[@]}")
mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$d/build.log" 2>&1 & pm=$!
for _ in $(seq 1 100); do grep -qE 'OK +.* #1 ' "$d/build.log" 2>/dev/null && break; sleep 0.1; done
pkill -KILL -P $pm java 2>/dev/null; kill -KILL $pm 2>/dev/null; wait $pm 2>/dev/null
left=$(ours_left)
d=$(project bad-pact /ok); echo '{"consumer": {"name": "c"}, "provider": ' > "$d/pacts/c-fault-provider.json"; run "$d"
check sweep-without-start "a killed run left its provider behind" [ "$left" -ge 1 ]
check sweep-without-start "a run that fails on a bad pact is a build error naming the file" has "c-fault-provider.json"
check sweep-without-start "and removes the leftovers all the same, saying so" has "left by a run that ended without removing them"
check sweep-without-start "nothing is left" no_containers

# The provider killed by the kernel for memory: <provider><memory> is its limit, /oom allocates past it.
d=$(project oom /ok /oom /ok /ok)
sed -i 's|<port>8000</port>|<port>8000</port><memory>64m</memory>|' "$d/pom.xml"; run "$d"
check oom "says the provider was killed for lack of memory, the limit and the interaction" \
  has "Pact verification stopped: the provider was killed for lack of memory (OOMKilled, limit 64 MB) during interaction #2"
check oom "the rest are errored as not sent, not failed" has "3 errored (2 of them not sent: the run stopped)"
check oom "a build error, not a broken contract" has "MAVEN/MojoExecutionException"
check oom "no stack trace" no_trace
check oom "the reports of what ran are written" grep -q '"error" : "Not sent: the provider was killed' "$d/target/pact/reports/fault-provider.json"
check oom "nothing left" no_containers

# The provider frozen mid-run (docker pause from outside): two requests in a row with no answer, and
# the run stops asking, instead of 18 more request timeouts (3 s each here).
d=$(project frozen "${slow[@]:0:20}")
start=$(date +%s%N)
mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$d/build.log" 2>&1 & pm=$!
for _ in $(seq 1 100); do grep -qE 'OK +.* #2 ' "$d/build.log" 2>/dev/null && break; sleep 0.1; done
docker pause $(docker ps -q --filter label=io.pactcontainers.tool --filter label=io.pactcontainers.project="$d/target/pact/logs") >/dev/null
wait $pm; rc=$?; secs=$(( ($(date +%s%N) - start) / 1000000000 )); log="$d/build.log"
check frozen "says the provider stopped answering, after two request timeouts" has "Pact verification stopped: the provider stopped answering: interactions #"
check frozen "within 30 s, not 17 x 3 s of timeouts" [ "$secs" -lt 30 ]
check frozen "a build error" has "MAVEN/MojoExecutionException"
check frozen "no stack trace" no_trace
check frozen "the paused provider is removed" no_containers

# matrix SIGTERM: a partial page, no .part, nothing of an earlier run.
docker tag pactcontainers/fault-provider:latest pactcontainers/fault-provider:faults-b
d=$(project matrix-sigterm "${slow[@]}"); m="$d/target/pact/matrix"
mkdir -p "$m/cells/earlier-row"; echo '<td class="passed">passed</td>' > "$m/matrix.html"; : > "$m/.matrix.json.part"
mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:matrix -Dpact.matrix.parallelism=1 \
  -Dpact.matrix.images=pactcontainers/fault-provider:latest,pactcontainers/fault-provider:faults-b > "$d/build.log" 2>&1 & pm=$!
for _ in $(seq 1 600); do grep -qE 'passed +pactcontainers/fault-provider:latest x' "$d/build.log" 2>/dev/null && break; sleep 0.1; done
kill -TERM $pm; wait $pm; rc=$?; log="$d/build.log"
docker rmi pactcontainers/fault-provider:faults-b > /dev/null
check matrix-sigterm "says how far it got" has "Matrix interrupted after 1 of 2 cells (Ctrl-C or SIGTERM)"
check matrix-sigterm "leaves no .part file" bash -c "! find '$m' -name '*.part' | grep -q ."
check matrix-sigterm "the page is marked partial" grep -q 'Partial matrix: interrupted after 1 of 2 cells' "$m/matrix.html"
check matrix-sigterm "the JSON is marked partial" grep -q '"partial" : true' "$m/matrix.json"
check matrix-sigterm "no earlier run's cells are left" [ ! -e "$m/cells/earlier-row" ]
check matrix-sigterm "removes its containers" no_containers

# matrix on a full disk (merge path, no Docker): the verdict is said, no earlier page is left.
d=$(project matrix-full-disk /ok); m="$d/target/pact/matrix"; mkdir -p "$m" "$d/slice"
printf '{"provider":"fault-provider","images":["fault-provider:2"],"columns":[{"id":"c","consumer":"c","version":"","location":"p.json"}],"cells":[{"image":"fault-provider:2","column":"c","outcome":"passed","detail":"1 passed"}]}' > "$d/slice/matrix.json"
if mount -t tmpfs -o size=8k tmpfs "$m" 2>/dev/null; then
  echo '<td class="passed">earlier</td>' > "$m/matrix.html"
  dd if=/dev/zero of="$m/filler" bs=1k 2>/dev/null
  mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:matrix -Dpact.matrix.mergeFrom="$d/slice/matrix.json" > "$d/build.log" 2>&1; rc=$?; log="$d/build.log"
  check matrix-full-disk "a build error" [ "$rc" != 0 ]
  check matrix-full-disk "says the verdict and that the page could not be written" has "Pact matrix passed under <failOn> any, but "
  check matrix-full-disk "no earlier page is left" bash -c "! grep -q earlier '$m/matrix.html' 2>/dev/null"
  check matrix-full-disk "no .part" bash -c "! find '$m' -name '*.part' | grep -q ."
  check matrix-full-disk "no stack trace" no_trace
  umount "$m"
else
  log=/dev/null; check matrix-full-disk "an 8 KB tmpfs can be mounted (the suite runs as root)" false
fi

# can-i-deploy against a down Broker after a passing one: no deployable: true left.
d=$(project cid-down /ok); mkdir -p "$d/target/pact"
echo '{"summary":{"deployable":true}}' > "$d/target/pact/can-i-deploy.json"   # as the passing run left it
mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:can-i-deploy -Dpact.broker.url=http://127.0.0.1:1 \
  -Dpact.environment=production -Dpact.canIDeploy.output=json > "$d/build.log" 2>&1; rc=$?; log="$d/build.log"
check cid-down "a build error" [ "$rc" != 0 ]
check cid-down "no earlier deployable: true" bash -c "! grep -q '\"deployable\" *: *true' '$d/target/pact/can-i-deploy.json'"
check cid-down "the file says it failed and why" grep -q 'can-i-deploy failed: The Pact Broker could not be reached' "$d/target/pact/can-i-deploy.json"
check cid-down "no stack trace" no_trace

# can-i-deploy dryRun against a down Broker: exit 0, the error said with [dry-run].
d=$(project cid-dry-run /ok)
mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:can-i-deploy -Dpact.broker.url=http://127.0.0.1:1 \
  -Dpact.environment=production -Dpact.canIDeploy.dryRun=true > "$d/build.log" 2>&1; rc=$?; log="$d/build.log"
check cid-dry-run "the build succeeds" [ "$rc" = 0 ]
check cid-dry-run "the Broker's error is printed with [dry-run]" has "[dry-run] The Pact Broker could not be reached"
check cid-dry-run "and said not to decide the build" has "[dry-run] Dry run (pact.canIDeploy.dryRun): the Broker's error does not decide the build"
check cid-dry-run "no stack trace" no_trace

# The disk fills while the reports are written: the output folder on a 16 KB tmpfs (logs and two
# reports fit, the HTML and Markdown ones do not).
for verdict in passes fails; do
  if [ $verdict = passes ]; then d=$(project "diskfull-$verdict" /ok /ok); else d=$(project "diskfull-$verdict" /ok /nope); fi
  mkdir -p "$d/out"
  if ! mount -t tmpfs -o size=16k tmpfs "$d/out" 2>/dev/null; then
    log=/dev/null; check "diskfull-$verdict" "a 16 KB tmpfs can be mounted (the suite runs as root)" false; continue
  fi
  sed -i "s|<requestTimeout>3</requestTimeout>|<requestTimeout>3</requestTimeout><outputDirectory>$d/out</outputDirectory>|" "$d/pom.xml"
  run "$d"
  check "diskfull-$verdict" "the verdict is printed" has "Pact verification of \"fault-provider\": "
  check "diskfull-$verdict" "the message names the report and the folder" has "report (No space left on device) could not be written to $d/out/reports"
  if [ $verdict = passes ]; then
    check "diskfull-$verdict" "a passed verdict with a report missing is a build error" has "Pact verification passed, but the "
    check "diskfull-$verdict" "(MojoExecutionException)" has "MAVEN/MojoExecutionException"
  else
    check "diskfull-$verdict" "a broken contract stays a build failure" has "MAVEN/MojoFailureException"
  fi
  check "diskfull-$verdict" "no half-written report is left" bash -c "[ -z \"\$(find '$d/out/reports' -name '*.part')\" ] && [ ! -e '$d/out/reports/fault-provider.html' ]"
  check "diskfull-$verdict" "no stack trace" no_trace
  umount "$d/out"
done

# The Docker engine stops mid-run (dockerd killed, as when it crashes or is restarted under a job),
# then starts again. Requests go through the engine's port proxy (as on most machines), so they fail
# when it goes: the run stops at once; the next run, with the engine back, removes what was left.
if [ "$(id -u)" = 0 ] && pgrep -x dockerd >/dev/null; then
  d=$(project engine "${slow[@]:0:20}")
  TESTCONTAINERS_HOST_OVERRIDE=localhost mvn -B -f "$d/pom.xml" io.pactcontainers:pact-maven-plugin:0.1.0-SNAPSHOT:verify > "$d/build.log" 2>&1 & pm=$!
  for _ in $(seq 1 100); do grep -qE 'OK +.* #2 ' "$d/build.log" 2>/dev/null && break; sleep 0.1; done
  start=$(date +%s%N); pkill -KILL -x dockerd
  wait $pm; rc=$?; secs=$(( ($(date +%s%N) - start) / 1000000000 )); log="$d/build.log"
  bash "$root/scripts/docker-up.sh" 2>/dev/null
  check engine "says the Docker engine stopped answering, and at which interaction" has "Pact verification stopped: the Docker engine stopped answering during interaction #"
  check engine "ends within the 3 s request timeout of the engine going (plus the JVM's exit)" [ "$secs" -lt 8 ]
  check engine "a build error" has "MAVEN/MojoExecutionException"
  check engine "says what is left and that the next run removes it" has "of this run is left. Start the engine again"
  check engine "no stack trace (Testcontainers' exit hook included)" no_trace
  d=$(project after-engine /ok); run "$d"
  check engine "the next run removes what was left and says so" has "left by a run that ended without removing them"
  check engine "nothing is left after it" no_containers
else
  log=/dev/null; check engine "the suite can kill and restart a local dockerd (root, dockerd on this machine)" false
fi

log=/dev/null
check docker "no image left by the suite" [ "$(docker images -qa | sort)" = "$images_before" ]
check docker "no network left by the suite" [ "$(docker network ls --format '{{.Name}}' | sort)" = "$networks_before" ]

echo
echo "faults: $passed passed, $failed failed"
[ "$failed" = 0 ]
