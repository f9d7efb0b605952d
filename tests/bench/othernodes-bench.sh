#!/bin/bash
# Benchmark of the other-nodes phase (steps 5/6: `install --phase other-nodes`), side by side
# with its peers in one run (tests/bench/README.md, "Other nodes"). For each count K of other
# nodes (--others, default 1,2,7) it brings up a lab of K+1 nodes, installs the first node
# (`--phase first-node`, not measured), then --runs times, in an order that rotates each run:
#   ours-share   install --phase other-nodes --delivery share   (the package once to the share)
#   ours-upload  install --phase other-nodes --delivery upload  (the package to each node)
#   openssh      tests/bench/ssh-othernodes-peer.sh             (scp, rpm -ivh, start, ready loop)
#   ansible      tests/bench/ansible-othernodes-peer.sh         (ansible/othernodes.yml)
# each after a reset of the other nodes (service stopped, rpm -e, the installed folders and
# every staged copy removed, `sync`); the first node stays installed and running. Wall time of
# the whole process, bytes sent (the product's JSON; and on the wire, an nft counter of the
# traffic to the nodes' port 22), CPU of the lab's nodes and of the whole machine, load.
# Prints a Markdown table of medians and ratios (othernodes-table.py), takes the lab down on
# every exit path.
#
#   BUILD_DIR=/work/main/build tests/bench/othernodes-bench.sh [--others 1,2,7] [--runs 3]
#       [--size-mib 64] [--strategies ours-share,ours-upload,openssh,ansible]
#       [--boot-delay S] [--state /tmp/ocwbench] [--json-dir DIR] [--out FILE.md]
#       [--wait-lab SECONDS] [--max-load L] [--quiet-wait SECONDS] [--no-wire]
#
# Builds nothing: $BUILD_DIR/app/octane-cluster-wizard must exist. Needs root (the lab), ssh,
# scp, ansible-playbook, python3, nft (unless --no-wire). Only one lab can run on a machine:
# when another one is up this waits up to --wait-lab seconds (default 1800) for it to go away.
# --max-load L also waits (within the same time) until the 1-minute load average is below L.
# Before every measured run it waits up to --quiet-wait seconds (default 60) until this
# machine's CPU was less than 25 % busy for a second (others' builds); each run records that
# busy share and the wait (preBusy, quietWaitS in runs.jsonl).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-/work/main/build}
LABCTL=$src/tests/lab/labctl
CLI=$BUILD_DIR/app/octane-cluster-wizard
others_csv=1,2,7 runs=3 size_mib=64 strategies_csv=ours-share,ours-upload,openssh,ansible
boot_delay= state=/tmp/ocwbench json_dir= out= wait_lab=1800 max_load= wire=1 ready_timeout=120 quiet_wait=60
while [ $# -gt 0 ]; do
    case $1 in
        --others) others_csv=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --size-mib) size_mib=$2; shift 2 ;;
        --strategies) strategies_csv=$2; shift 2 ;;
        --boot-delay) boot_delay=$2; shift 2 ;;
        --state) state=$2; shift 2 ;;
        --json-dir) json_dir=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --wait-lab) wait_lab=$2; shift 2 ;;
        --max-load) max_load=$2; shift 2 ;;
        --quiet-wait) quiet_wait=$2; shift 2 ;;
        --no-wire) wire=0; shift ;;
        -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
        *) echo "othernodes-bench: unknown argument $1" >&2; exit 2 ;;
    esac
done
IFS=, read -r -a OTHERS <<<"$others_csv"
IFS=, read -r -a STRATEGIES <<<"$strategies_csv"
for k in "${OTHERS[@]}"; do
    case $k in *[!0-9]*|''|0) echo "othernodes-bench: --others takes numbers from 1 to 15" >&2; exit 2 ;; esac
    [ "$k" -le 15 ] || { echo "othernodes-bench: --others takes numbers from 1 to 15 (labs of at most 16 nodes)" >&2; exit 2; }
done
for s in "${STRATEGIES[@]}"; do
    case $s in ours-share|ours-upload|openssh|ansible) ;; *) echo "othernodes-bench: unknown strategy $s" >&2; exit 2 ;; esac
done
case $runs$size_mib in *[!0-9]*|'') echo "othernodes-bench: --runs and --size-mib take numbers" >&2; exit 2 ;; esac
[ "$runs" -ge 1 ] && [ "$size_mib" -ge 1 ] || { echo "othernodes-bench: --runs and --size-mib must be ≥ 1" >&2; exit 2; }
[ -x "$CLI" ] || { echo "othernodes-bench: $CLI is missing: build it first (cmake --build \$BUILD_DIR --target octane-cluster-wizard)" >&2; exit 2; }
tools=(ssh scp python3 sync)
[[ " ${STRATEGIES[*]} " == *" ansible "* ]] && tools+=(ansible-playbook)
[ "$wire" = 1 ] && tools+=(nft)
for t in "${tools[@]}"; do
    command -v "$t" >/dev/null || { echo "othernodes-bench: $t is not installed" >&2; exit 2; }
done

[ -n "$json_dir" ] || json_dir=$(mktemp -d /tmp/ocw-othernodes-bench.XXXXXX)
mkdir -p "$json_dir"
results=$json_dir/runs.jsonl
: >"$results"
log() { printf '[othernodes-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- clean-up on every exit path ------------------------------------------------------------
lab_up=0 sampler= wire_table=ocwbench
teardown() {
    local rc=$?
    if [ "$lab_up" = 1 ]; then
        log "lab down ($state)"
        "$LABCTL" down --state "$state" >&2 || true
        lab_up=0
    fi
    [ -z "$sampler" ] || kill "$sampler" 2>/dev/null || true
    [ "$wire" = 1 ] && nft delete table inet "$wire_table" 2>/dev/null || true
    exit $rc
}
trap teardown EXIT
trap 'exit 130' INT TERM
pause() { sleep "$1" & wait $!; }
load_ok() { [ -z "$max_load" ] || awk -v m="$max_load" '{ exit !($1 < m) }' /proc/loadavg; }
other_lab() {
    "$LABCTL" status >/dev/null 2>&1 && return 0
    ss -Hltn 2>/dev/null | awk '{print $4}' | grep -qx '127.0.0.11:22'
}

# --- the package, the load sampler, the wire counter ----------------------------------------
log "package: labctl package --size-mib $size_mib"
package=$("$LABCTL" package --out "$json_dir/" --size-mib "$size_mib")
package_bytes=$(stat -c %s "$package")
log "package $package ($package_bytes bytes)"

( while :; do echo "$(date +%s) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 5; done ) >"$json_dir/loadavg.log" &
sampler=$!

if [ "$wire" = 1 ]; then
    # Bytes of every packet from this machine to a lab node's sshd (127.0.0.11-26:22): what
    # the workstation sends, SSH framing and all (IP packet lengths, as nft counts them).
    nft delete table inet "$wire_table" 2>/dev/null || true
    nft -f - <<EOF
table inet $wire_table {
    counter to_nodes_ssh { }
    chain out {
        type filter hook output priority 0; policy accept;
        ip daddr 127.0.0.11-127.0.0.26 tcp dport 22 counter name to_nodes_ssh
    }
}
EOF
fi
wire_reset() { [ "$wire" = 1 ] && nft reset counter inet "$wire_table" to_nodes_ssh >/dev/null || true; }
wire_bytes() {
    if [ "$wire" = 1 ]; then
        nft -j list counter inet "$wire_table" to_nodes_ssh |
            python3 -c 'import json,sys; d=json.load(sys.stdin)["nftables"]; print(next(x["counter"]["bytes"] for x in d if "counter" in x))'
    else
        echo null
    fi
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
        [ $((QUIET_WAITED % 10)) -ne 1 ] || log "machine ${PRE_BUSY} busy (not the lab): waiting"
    done
}

# --- per lab --------------------------------------------------------------------------------
SSHOPTS=()
node_ssh() { # node command: OpenSSH as the login user, with the lab's key and known_hosts
    local n=$1; shift
    ssh "${SSHOPTS[@]}" "$n" "$@"
}

reset_others() { # the other nodes as the lab made them; the first node untouched
    local pids=() i n rc=0
    for i in "${!OTHER_NODES[@]}"; do
        n=${OTHER_NODES[$i]}
        node_ssh "$n" "sudo -n systemctl stop octane >/dev/null 2>&1; sudo -n rpm -e octane >/dev/null 2>&1; \
sudo -n rm -rf /opt/octane/conf /opt/octane/log /opt/octane/install /opt/octane/server /opt/octane/wrapper /opt/octane/webapps \
$HOME_DIR/.octane-cluster-wizard/staging/$n $HOME_DIR/ocw-bench-ssh-$n.rpm $HOME_DIR/ocw-bench-ansible-$n.rpm; \
! rpm -q octane >/dev/null 2>&1 && ! systemctl is-active -q octane" >/dev/null 2>&1 &
        pids+=($!)
    done
    for i in "${!pids[@]}"; do wait "${pids[$i]}" || { log "reset of ${OTHER_NODES[$i]} failed"; rc=1; }; done
    # A share staging left behind by an interrupted run (the product removes its own).
    node_ssh "$FIRST" "sudo -n rm -rf $P_REPO/.octane-cluster-wizard-staging" >/dev/null 2>&1 || rc=1
    return $rc
}

verify_others() { # every other node: package installed, service active, ready line logged
    local pids=() i n rc=0
    for n in "${OTHER_NODES[@]}"; do
        node_ssh "$n" "rpm -q octane >/dev/null 2>&1 && systemctl is-active -q octane && grep -q 'Server is ready!' $P_INSTALL_DIR/log/wrapper.log" >/dev/null 2>&1 &
        pids+=($!)
    done
    for i in "${!pids[@]}"; do wait "${pids[$i]}" || { log "${OTHER_NODES[$i]}: not installed, not active or not ready"; rc=1; }; done
    return $rc
}

run_strategy() { # strategy k run position -> one line in runs.jsonl
    local s=$1 k=$2 r=$3 pos=$4 base=$json_dir/k$2-r$3-$1 rc=0 t0 t1 c0 c1 n0 n1 wire_b json_bytes=null
    reset_others || { log "reset failed before $s (k=$k run $r)"; return 1; }
    sync
    quiet_gate
    local load1
    load1=$(cut -d' ' -f1 /proc/loadavg)
    wire_reset
    c0=$(cpu_busy_ms) n0=$(nodes_cpu_ms) t0=$(now_ms)
    case $s in
        ours-share|ours-upload)
            "$CLI" install --profile "$PROFILE" --package "$package" --phase other-nodes \
                --delivery "${s#ours-}" --secrets-stdin --set-repository-env \
                --ready-timeout "$ready_timeout" --json "$base.json" \
                <"$STATE_DIR/secrets.env" >"$base.out" 2>&1 || rc=$? ;;
        openssh)
            "$here/ssh-othernodes-peer.sh" --profile "$PROFILE" --package "$package" \
                --ready-timeout "$ready_timeout" --out "$base.d" >"$base.out" 2>&1 || rc=$? ;;
        ansible)
            "$here/ansible-othernodes-peer.sh" --profile "$PROFILE" --package "$package" \
                --ready-timeout "$ready_timeout" --log "$base.out" || rc=$? ;;
    esac
    t1=$(now_ms) c1=$(cpu_busy_ms) n1=$(nodes_cpu_ms)
    wire_b=$(wire_bytes)
    if [ "$rc" = 0 ] && ! verify_others; then rc=99; fi
    if [[ $s == ours-* ]] && [ -f "$base.json" ]; then
        json_bytes=$(python3 -c 'import json,sys; print(sum(int(r.get("bytesSent", 0)) for r in json.load(open(sys.argv[1])).get("results", [])))' "$base.json")
    fi
    printf '{"others": %d, "run": %d, "position": %d, "strategy": "%s", "wallMs": %d, "rc": %d, "bytesSentJson": %s, "wireBytes": %s, "machineCpuMs": %d, "nodesCpuMs": %d, "load1": %s, "preBusy": %s, "quietWaitS": %d, "packageBytes": %d, "bootDelayS": %s}\n' \
        "$k" "$r" "$pos" "$s" $((t1 - t0)) "$rc" "$json_bytes" "$wire_b" $((c1 - c0)) $((n1 - n0)) "$load1" "$PRE_BUSY" "$QUIET_WAITED" "$package_bytes" "$BOOT" >>"$results"
    log "k=$k run $r: $s $(( t1 - t0 )) ms, exit $rc, JSON bytes $json_bytes, wire $wire_b, nodes CPU $((n1 - n0)) ms, machine CPU $((c1 - c0)) ms"
    [ "$rc" = 0 ] || { log "$s FAILED (see $base.out)"; tail -5 "$base.out" >&2 || true; }
}

for k in "${OTHERS[@]}"; do
    nodes=$((k + 1))
    deadline=$(( $(date +%s) + wait_lab ))
    while other_lab || ! load_ok; do
        [ "$(date +%s)" -lt "$deadline" ] || {
            other_lab && { echo "othernodes-bench: another lab is still running after ${wait_lab} s" >&2; exit 1; }
            log "WARNING: load average $(cut -d' ' -f1 /proc/loadavg) is still not below $max_load: measuring anyway"; break; }
        log "waiting (another lab runs, or load $(cut -d' ' -f1 /proc/loadavg) ≥ ${max_load:-∞})"
        pause 15
    done
    log "lab up: $nodes nodes in $state"
    lab_up=1
    "$LABCTL" up --nodes "$nodes" --state "$state" ${boot_delay:+--boot-delay "$boot_delay"} >&2
    STATE_DIR=$state PROFILE=$state/profile.json
    BOOT=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("boot_delay", 3.0))' "$state/state.json")
    eval "$("$here/profile-env.py" --profile "$PROFILE")"
    HOME_DIR=$(getent passwd "$P_USER" | cut -d: -f6)
    FIRST=$(python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); print(p.get("firstNode") or p["nodes"][0]["host"])' "$PROFILE")
    OTHER_NODES=()
    for n in $P_NODES; do [ "$n" = "$FIRST" ] || OTHER_NODES+=("$n"); done
    SSHOPTS=(-F /dev/null -o Port="$P_PORT" -o User="$P_USER" -o IdentityFile="$P_KEY" -o BatchMode=yes
             -o IdentitiesOnly=yes -o UserKnownHostsFile="$P_KNOWN_HOSTS" -o GlobalKnownHostsFile=/dev/null
             -o StrictHostKeyChecking=yes -o ConnectTimeout=10 -o LogLevel=ERROR -o ControlMaster=no -o ControlPath=none)
    cgroot=
    for c in /sys/fs/cgroup/unified/ocwlab /sys/fs/cgroup/ocwlab; do [ -d "$c" ] && { cgroot=$c; break; }; done
    cat /proc/loadavg >"$json_dir/k$k-loadavg-before"
    log "first node $FIRST: install --phase first-node (not measured); boot delay $BOOT s"
    "$CLI" install --profile "$PROFILE" --package "$package" --phase first-node --secrets-stdin \
        --set-repository-env --ready-timeout "$ready_timeout" --json "$json_dir/k$k-first-node.json" \
        <"$state/secrets.env" >"$json_dir/k$k-first-node.out" 2>&1 \
        || { log "the first node did not install (see $json_dir/k$k-first-node.out)"; tail -5 "$json_dir/k$k-first-node.out" >&2; exit 1; }
    for ((r = 1; r <= runs; r++)); do
        ns=${#STRATEGIES[@]}
        for ((p = 0; p < ns; p++)); do
            s=${STRATEGIES[$(( (p + r - 1) % ns ))]}
            run_strategy "$s" "$k" "$r" $((p + 1)) || true
        done
    done
    cat /proc/loadavg >"$json_dir/k$k-loadavg-after"
    log "lab down ($state)"
    "$LABCTL" down --state "$state" >&2 || true
    lab_up=0
done

kill "$sampler" 2>/dev/null || true
sampler=
table=$("$here/othernodes-table.py" --results "$results" --loadavg "$json_dir/loadavg.log" --cores "$cores")
echo "$table"
if [ -n "$out" ]; then
    printf '%s\n' "$table" >"$out"
    log "table written to $out"
fi
log "raw figures in $json_dir"
