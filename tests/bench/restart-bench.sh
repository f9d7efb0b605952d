#!/bin/bash
# Benchmark of `octane-cluster-wizard restart --rolling` (step 9) against its floor,
# tests/bench/ssh-restart-floor.sh (tests/bench/README.md, "Rolling restart"): the sum over the
# nodes of stop, boot and ready, taken with OpenSSH on the same lab in the same run. It brings
# up a lab of --nodes N (default 3) with --boot-delay S (the simulated server's time from start
# to its ready line; default 3 s, the lab's), installs the cluster once (`install --phase all`,
# not measured), then --runs times, the order alternating (ours first in odd runs):
#   ours   octane-cluster-wizard restart --profile P --rolling --secrets-stdin --json FILE
#   floor  ssh-restart-floor.sh --profile P
# Before each one the cluster is whole again (every node's /admin/server/status 200 twice, 1 s
# apart). Each must exit 0. Prints a Markdown table of the medians and the ratio ours/floor,
# and takes the lab down on every exit path.
#
#   tests/bench/restart-bench.sh [--nodes 3] [--runs 3] [--boot-delay S] [--cli PATH]
#       [--state /tmp/ocwbench] [--json-dir DIR] [--out FILE.md]
#
# Needs root (the lab), ssh, curl, python3, and no other lab running (one lab per machine).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-/work/main/build}
LABCTL=$src/tests/lab/labctl
CLI=$BUILD_DIR/app/octane-cluster-wizard
nodes=3 runs=3 boot_delay=3 state=/tmp/ocwbench json_dir= out=
while [ $# -gt 0 ]; do
    case $1 in
        --nodes) nodes=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --boot-delay) boot_delay=$2; shift 2 ;;
        --cli) CLI=$2; shift 2 ;;
        --state) state=$2; shift 2 ;;
        --json-dir) json_dir=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
        *) echo "restart-bench: unknown argument $1" >&2; exit 2 ;;
    esac
done
case $nodes in *[!0-9]*|''|0|1) echo "restart-bench: --nodes takes a number from 2 to 16" >&2; exit 2 ;; esac
case $runs in *[!0-9]*|''|0) echo "restart-bench: --runs takes a number ≥ 1" >&2; exit 2 ;; esac
case $boot_delay in *[!0-9.]*|'') echo "restart-bench: --boot-delay takes seconds" >&2; exit 2 ;; esac
[ -x "$CLI" ] || { echo "restart-bench: $CLI is missing: build it first or pass --cli PATH" >&2; exit 2; }
for t in ssh curl python3; do
    command -v "$t" >/dev/null || { echo "restart-bench: $t is not installed" >&2; exit 2; }
done
if ss -Hltn 2>/dev/null | awk '{print $4}' | grep -qE '^127\.0\.0\.11:22$'; then
    echo "restart-bench: another lab is running (127.0.0.11:22 listens); take it down first" >&2
    exit 1
fi
[ -n "$json_dir" ] || json_dir=$(mktemp -d /tmp/ocw-restart-bench.XXXXXX)
mkdir -p "$json_dir"
results=$json_dir/runs.jsonl
: >"$results"
log() { printf '[restart-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
lab_up=0
teardown() {
    local rc=$?
    if [ "$lab_up" = 1 ]; then
        log "lab down ($state)"
        "$LABCTL" down --state "$state" >&2 || true
    fi
    exit $rc
}
trap teardown EXIT
trap 'exit 130' INT TERM
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

package=$("$LABCTL" package --out "$json_dir/")
log "lab up: $nodes nodes, boot delay $boot_delay s, in $state"
lab_up=1
"$LABCTL" up --nodes "$nodes" --boot-delay "$boot_delay" --state "$state" >&2
PROFILE=$state/profile.json
mapfile -t STATUS_URLS < <(python3 - "$PROFILE" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
port = p.get("octaneConf", {}).get("server.http-port", 8080)
for n in p["nodes"]:
    print(f"http://{n['host']}:{port}/admin/server/status")
PY
)
whole() { # every node healthy twice, 1 s apart, within 90 s
    local deadline=$(( $(date +%s) + 90 )) ok u
    while [ "$(date +%s)" -lt "$deadline" ]; do
        ok=0
        for round in 1 2; do
            for u in "${STATUS_URLS[@]}"; do
                [ "$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$u")" = 200 ] || continue 3
            done
            [ "$round" = 2 ] || sleep 1
        done
        return 0
    done
    log "the cluster is not whole after 90 s"; return 1
}
log "install --phase all (not measured)"
"$CLI" install --profile "$PROFILE" --package "$package" --phase all --secrets-stdin \
    --set-repository-env --json "$json_dir/install.json" <"$state/secrets.env" \
    >"$json_dir/install.out" 2>&1 \
    || { log "the cluster did not install (see $json_dir/install.out)"; tail -8 "$json_dir/install.out" >&2; exit 1; }

run_one() { # who run position
    local who=$1 r=$2 pos=$3 base=$json_dir/r$2-$1 rc=0 t0 t1
    whole
    t0=$(now_ms)
    case $who in
        ours) "$CLI" restart --profile "$PROFILE" --rolling --secrets-stdin --json "$base.json" \
                  <"$state/secrets.env" >"$base.out" 2>&1 || rc=$? ;;
        floor) "$here/ssh-restart-floor.sh" --profile "$PROFILE" >"$base.out" 2>&1 || rc=$? ;;
    esac
    t1=$(now_ms)
    printf '{"run": %d, "position": %d, "who": "%s", "wallMs": %d, "rc": %d, "nodes": %d, "bootDelayS": %s}\n' \
        "$r" "$pos" "$who" $((t1 - t0)) "$rc" "$nodes" "$boot_delay" >>"$results"
    log "run $r: $who $((t1 - t0)) ms, exit $rc"
    [ "$rc" = 0 ] || { log "$who FAILED (see $base.out)"; tail -8 "$base.out" >&2; return 1; }
}
for ((r = 1; r <= runs; r++)); do
    if [ $((r % 2)) = 1 ]; then order=(ours floor); else order=(floor ours); fi
    run_one "${order[0]}" "$r" 1
    run_one "${order[1]}" "$r" 2
done
"$LABCTL" down --state "$state" >&2 || true
lab_up=0

table=$(python3 - "$results" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
by = {w: [r["wallMs"] for r in rows if r["who"] == w and r["rc"] == 0] for w in ("ours", "floor")}
n, boot = rows[0]["nodes"], rows[0]["bootDelayS"]
ours, floor = statistics.median(by["ours"]), statistics.median(by["floor"])
print(f"| rolling restart, {n} nodes, boot delay {boot} s | median wall (s) | runs |")
print("|---|---:|---:|")
print(f"| ours: `restart --rolling` (gate, stop, start, ready, rejoin, load balancer) | {ours/1000:.2f} | {len(by['ours'])} |")
print(f"| floor: stop + start + ready line, node after node (ssh) | {floor/1000:.2f} | {len(by['floor'])} |")
print(f"| **ratio ours / floor** | **{ours/floor:.2f}×** | |")
print(f"| ours beyond the floor, per node | {(ours-floor)/n/1000:.2f} s | |")
PY
)
echo "$table"
[ -z "$out" ] || printf '%s\n' "$table" >"$out"
log "raw figures in $json_dir"
