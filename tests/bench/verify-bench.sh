#!/bin/bash
# Benchmark of `octane-cluster-wizard verify` (step 8: is the cluster formed and served) against
# its plain-shell peer, tests/bench/ssh-verify-peer.sh (tests/bench/README.md, "Verify"). For
# each node count N of --nodes (default 3,8) it brings up a lab of N nodes, installs the cluster
# once (`install --phase all`, not measured), then --runs times, the order alternating (ours
# first in odd runs, the peer first in even ones):
#   ours   octane-cluster-wizard verify --profile P --secrets-stdin --json FILE [--samples N]
#   peer   ssh-verify-peer.sh --profile P --secrets S --window W --readings R
# both over the same readiness window W (the profile's verify.healthWindow, default 10 s) and
# the same number of readings R (the profile's verify.healthReadings, default 3, or --samples).
# Each must exit 0 (a healthy cluster). Wall time of the whole process; "beyond the window" =
# wall − W. CPU of the process with its children (ssh, curl), of the lab's nodes and of the
# whole machine, load. Prints a Markdown table of
# medians and ratios (verify-table.py), takes the lab down on every exit path.
#
#   tests/bench/verify-bench.sh [--nodes 3,8] [--runs 3] [--cli PATH] [--samples N]
#       [--state /tmp/ocwbench] [--json-dir DIR] [--out FILE.md] [--wait-lab SECONDS]
#       [--max-load L] [--quiet-wait SECONDS]
#
# --cli defaults to $BUILD_DIR/app/octane-cluster-wizard (BUILD_DIR default /work/main/build);
# builds nothing. Needs root (the lab), ssh, curl, python3. Only one lab can run on a machine:
# while another one is up (labctl status of /tmp/ocwlab or of $BUILD_DIR/lab-state, or anything
# listening on 127.0.0.11:22) this waits up to --wait-lab seconds (default 1800). --max-load L
# also waits (within the same time) until the 1-minute load average is below L. Before every
# measured run it waits up to --quiet-wait seconds (default 30) until this machine's CPU was
# less than 25 % busy for a second; each run records that share (preBusy in runs.jsonl).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-/work/main/build}
LABCTL=$src/tests/lab/labctl
CLI=$BUILD_DIR/app/octane-cluster-wizard
nodes_csv=3,8 runs=3 samples= state=/tmp/ocwbench json_dir= out= wait_lab=1800 max_load= quiet_wait=30 ready_timeout=120
while [ $# -gt 0 ]; do
    case $1 in
        --nodes) nodes_csv=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --cli) CLI=$2; shift 2 ;;
        --samples) samples=$2; shift 2 ;;
        --state) state=$2; shift 2 ;;
        --json-dir) json_dir=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --wait-lab) wait_lab=$2; shift 2 ;;
        --max-load) max_load=$2; shift 2 ;;
        --quiet-wait) quiet_wait=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
        *) echo "verify-bench: unknown argument $1" >&2; exit 2 ;;
    esac
done
IFS=, read -r -a NODECOUNTS <<<"$nodes_csv"
for n in "${NODECOUNTS[@]}"; do
    case $n in *[!0-9]*|''|0|1) echo "verify-bench: --nodes takes numbers from 2 to 16" >&2; exit 2 ;; esac
    [ "$n" -le 16 ] || { echo "verify-bench: --nodes takes numbers from 2 to 16" >&2; exit 2; }
done
case $runs in *[!0-9]*|''|0) echo "verify-bench: --runs takes a number ≥ 1" >&2; exit 2 ;; esac
case $samples in *[!0-9]*) echo "verify-bench: --samples takes a number" >&2; exit 2 ;; esac
[ -x "$CLI" ] || { echo "verify-bench: $CLI is missing: build it first (cmake --build \$BUILD_DIR --target octane-cluster-wizard) or pass --cli PATH" >&2; exit 2; }
for t in ssh curl python3; do
    command -v "$t" >/dev/null || { echo "verify-bench: $t is not installed" >&2; exit 2; }
done

[ -n "$json_dir" ] || json_dir=$(mktemp -d /tmp/ocw-verify-bench.XXXXXX)
mkdir -p "$json_dir"
results=$json_dir/runs.jsonl
: >"$results"
log() { printf '[verify-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- clean-up on every exit path ------------------------------------------------------------
lab_up=0 sampler=
teardown() {
    local rc=$?
    if [ "$lab_up" = 1 ]; then
        log "lab down ($state)"
        "$LABCTL" down --state "$state" >&2 || true
        lab_up=0
    fi
    [ -z "$sampler" ] || kill "$sampler" 2>/dev/null || true
    exit $rc
}
trap teardown EXIT
trap 'exit 130' INT TERM
pause() { sleep "$1" & wait $!; }
load_ok() { [ -z "$max_load" ] || awk -v m="$max_load" '{ exit !($1 < m) }' /proc/loadavg; }
other_lab() { # the lead's lab, ctest's lab, or any lab on the fixed addresses
    "$LABCTL" status >/dev/null 2>&1 && return 0
    [ -d "$BUILD_DIR/lab-state" ] && "$LABCTL" status --state "$BUILD_DIR/lab-state" >/dev/null 2>&1 && return 0
    ss -Hltn 2>/dev/null | awk '{print $4}' | grep -qE '^127\.0\.0\.(1[1-9]|2[0-6]):22$|^127\.0\.0\.4:8080$'
}

cpu_busy_ms() { # the whole machine, all cores: user+nice+system+irq+softirq+steal
    awk '/^cpu /{ printf "%d\n", ($2+$3+$4+$7+$8+$9) * 1000 / '"$(getconf CLK_TCK)"' }' /proc/stat
}
cgroot=
nodes_cpu_ms() { # sum over the lab's node cgroups (ocwlab/octane<i>)
    [ -n "$cgroot" ] || { echo 0; return; }
    cat "$cgroot"/octane*/cpu.stat 2>/dev/null | awk '/^usage_usec/{ s += $2 } END { printf "%d\n", s / 1000 }'
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
cores=$(nproc)
quiet_gate() { # sets PRE_BUSY (share of all cores busy over the last second) and QUIET_WAITED
    local start b0 b1
    start=$(date +%s)
    while :; do
        b0=$(cpu_busy_ms); pause 1; b1=$(cpu_busy_ms)
        PRE_BUSY=$(awk -v d=$((b1 - b0)) -v c="$cores" 'BEGIN { printf "%.2f", d / (1000 * c) }')
        QUIET_WAITED=$(( $(date +%s) - start ))
        awk -v b="$PRE_BUSY" 'BEGIN { exit !(b < 0.25) }' && return 0
        if [ "$QUIET_WAITED" -ge "$quiet_wait" ]; then
            log "WARNING: the machine is still ${PRE_BUSY} busy after ${QUIET_WAITED} s: measuring anyway"
            return 0
        fi
        [ $((QUIET_WAITED % 10)) -ne 1 ] || log "machine ${PRE_BUSY} busy: waiting"
    done
}

# --- the package (no lab needed), the load sampler ------------------------------------------
log "package: labctl package"
package=$("$LABCTL" package --out "$json_dir/")
log "package $package"
( while :; do echo "$(date +%s) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 5; done ) >"$json_dir/loadavg.log" &
sampler=$!

run_one() { # who n run position -> one line in runs.jsonl
    local who=$1 n=$2 r=$3 pos=$4 base=$json_dir/n$2-r$3-$1 rc=0 t0 t1 c0 c1 n0 n1 load1
    quiet_gate
    load1=$(cut -d' ' -f1 /proc/loadavg)
    c0=$(cpu_busy_ms) n0=$(nodes_cpu_ms) t0=$(now_ms)
    # bash's `time`: user + system CPU of the process and all its children (ssh, curl, ...).
    local TIMEFORMAT='%3U %3S'
    case $who in
        ours)
            { time "$CLI" verify --profile "$PROFILE" --secrets-stdin --json "$base.json" ${samples:+--samples "$samples"} \
                <"$state/secrets.env" >"$base.out" 2>&1 || rc=$?; } 2>"$base.cpu" ;;
        peer)
            { time "$here/ssh-verify-peer.sh" --profile "$PROFILE" --secrets "$state/secrets.env" \
                --window "$WINDOW" --readings "$READINGS" --out "$base.d" >"$base.out" 2>&1 || rc=$?; } 2>"$base.cpu" ;;
    esac
    t1=$(now_ms) c1=$(cpu_busy_ms) n1=$(nodes_cpu_ms)
    local client_ms
    client_ms=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$base.cpu" 2>/dev/null) || true
    printf '{"nodes": %d, "run": %d, "position": %d, "who": "%s", "wallMs": %d, "rc": %d, "windowS": %s, "readings": %d, "machineCpuMs": %d, "nodesCpuMs": %d, "clientCpuMs": %d, "load1": %s, "preBusy": %s, "quietWaitS": %d, "cores": %d}\n' \
        "$n" "$r" "$pos" "$who" $((t1 - t0)) "$rc" "$WINDOW" "$READINGS" $((c1 - c0)) $((n1 - n0)) "${client_ms:-0}" "$load1" "$PRE_BUSY" "$QUIET_WAITED" "$cores" >>"$results"
    log "n=$n run $r: $who $((t1 - t0)) ms, exit $rc, its CPU ${client_ms:-?} ms, nodes CPU $((n1 - n0)) ms, machine CPU $((c1 - c0)) ms"
    [ "$rc" = 0 ] || { log "$who FAILED (see $base.out)"; tail -8 "$base.out" >&2 || true; }
}

for n in "${NODECOUNTS[@]}"; do
    deadline=$(( $(date +%s) + wait_lab ))
    while other_lab || ! load_ok; do
        [ "$(date +%s)" -lt "$deadline" ] || {
            other_lab && { echo "verify-bench: another lab is still running after ${wait_lab} s" >&2; exit 1; }
            log "WARNING: load average $(cut -d' ' -f1 /proc/loadavg) is still not below $max_load: measuring anyway"; break; }
        if other_lab; then log "waiting: another lab runs"; else log "waiting: load $(cut -d' ' -f1 /proc/loadavg) ≥ $max_load"; fi
        pause 15
    done
    log "lab up: $n nodes in $state"
    lab_up=1
    "$LABCTL" up --nodes "$n" --state "$state" >&2
    PROFILE=$state/profile.json
    eval "$(python3 - "$PROFILE" <<'EOF'
import json, sys
v = json.load(open(sys.argv[1])).get("verify", {})
print("WINDOW=%d READINGS=%d" % (v.get("healthWindow", 10), v.get("healthReadings", 3)))
EOF
)"
    [ -z "$samples" ] || READINGS=$samples
    cgroot=
    for c in /sys/fs/cgroup/unified/ocwlab /sys/fs/cgroup/ocwlab; do [ -d "$c" ] && { cgroot=$c; break; }; done
    cat /proc/loadavg >"$json_dir/n$n-loadavg-before"
    log "install --phase all on $n nodes (not measured); window $WINDOW s, $READINGS readings"
    "$CLI" install --profile "$PROFILE" --package "$package" --phase all --secrets-stdin \
        --set-repository-env --ready-timeout "$ready_timeout" --json "$json_dir/n$n-install.json" \
        <"$state/secrets.env" >"$json_dir/n$n-install.out" 2>&1 \
        || { log "the cluster did not install (see $json_dir/n$n-install.out)"; tail -8 "$json_dir/n$n-install.out" >&2; exit 1; }
    for ((r = 1; r <= runs; r++)); do
        if [ $((r % 2)) = 1 ]; then order=(ours peer); else order=(peer ours); fi
        run_one "${order[0]}" "$n" "$r" 1 || true
        run_one "${order[1]}" "$n" "$r" 2 || true
    done
    cat /proc/loadavg >"$json_dir/n$n-loadavg-after"
    log "lab down ($state)"
    "$LABCTL" down --state "$state" >&2 || true
    lab_up=0
done

kill "$sampler" 2>/dev/null || true
sampler=
table=$("$here/verify-table.py" --results "$results" --loadavg "$json_dir/loadavg.log")
echo "$table"
if [ -n "$out" ]; then
    printf '%s\n' "$table" >"$out"
    log "table written to $out"
fi
log "raw figures in $json_dir"
