#!/bin/bash
# Runs the whole benchmark (tests/bench/README.md): brings up an N-node lab in its own state
# dir, measures the product (ocw_bench, and the `check` command as a whole process), the
# plain-OpenSSH peer and the Ansible peer on the same lab in the same run, then the first-node
# phase (a 512 MiB upload against OpenSSH sftp, start to ready against an ssh + grep loop),
# prints a Markdown table and tears the lab down again (also on error or Ctrl-C).
#
#   BUILD_DIR=/work/main/build tests/bench/run-bench.sh [--nodes 8] [--runs 5]
#       [--ansible-runs 3] [--upload-runs 5] [--upload-mib 512] [--first-node-runs 5]
#       [--only all|checks|first-node] [--out FILE.md] [--json-dir DIR]
#       [--state /tmp/ocwbench] [--wait-lab SECONDS] [--max-load L] [--lab-profile FILE]
#
# Builds nothing: $BUILD_DIR must hold tests/bench/ocw_bench, tests/bench/ocw_firstnode_bench,
# tests/upload/ocw_upload_bench and app/octane-cluster-wizard. --only first-node measures the
# upload and start to ready only (no catalogue, no Ansible; any --nodes ≥ 1).
# Only one lab can run on a machine: when another one is up (e.g. /tmp/ocwlab), this waits up
# to --wait-lab seconds (default 1800) for it to go away. --max-load L also waits (within the
# same time, then goes on with a warning) until the 1-minute load average is below L, so that
# builds of others do not skew the figures. --lab-profile FILE uses a lab that is already
# running instead (no up/down; it must have --nodes nodes).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-/work/main/build}
LABCTL=$src/tests/lab/labctl
nodes=8 runs=5 ansible_runs=3 out= json_dir= state=/tmp/ocwbench wait_lab=1800 lab_profile= max_load=
upload_runs=5 upload_mib=512 first_node_runs=5 only=all
while [ $# -gt 0 ]; do
    case $1 in
        --nodes) nodes=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --ansible-runs) ansible_runs=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --json-dir) json_dir=$2; shift 2 ;;
        --state) state=$2; shift 2 ;;
        --wait-lab) wait_lab=$2; shift 2 ;;
        --lab-profile) lab_profile=$2; shift 2 ;;
        --max-load) max_load=$2; shift 2 ;;
        --upload-runs) upload_runs=$2; shift 2 ;;
        --upload-mib) upload_mib=$2; shift 2 ;;
        --first-node-runs) first_node_runs=$2; shift 2 ;;
        --only) only=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
        *) echo "run-bench: unknown argument $1" >&2; exit 2 ;;
    esac
done
case $nodes$runs$ansible_runs$upload_runs$upload_mib$first_node_runs in
    *[!0-9]*|'') echo "run-bench: --nodes, --runs, --ansible-runs, --upload-runs, --upload-mib, --first-node-runs take numbers" >&2; exit 2 ;;
esac
[ "$nodes" -ge 1 ] && [ "$runs" -ge 1 ] && [ "$ansible_runs" -ge 1 ] && [ "$upload_runs" -ge 1 ] \
    && [ "$upload_mib" -ge 1 ] && [ "$first_node_runs" -ge 1 ] || { echo "run-bench: numbers must be ≥ 1" >&2; exit 2; }
case $only in all|checks|first-node) ;; *) echo "run-bench: --only takes all, checks or first-node" >&2; exit 2 ;; esac

BENCH=$BUILD_DIR/tests/bench/ocw_bench
CLI=$BUILD_DIR/app/octane-cluster-wizard
UPLOAD_BENCH=$BUILD_DIR/tests/upload/ocw_upload_bench
FIRST_NODE_BENCH=$BUILD_DIR/tests/bench/ocw_firstnode_bench
need=() tools=(ssh python3)
[ "$only" = first-node ] || { need+=("$BENCH" "$CLI"); tools+=(hyperfine ansible-playbook); }
[ "$only" = checks ] || { need+=("$UPLOAD_BENCH" "$FIRST_NODE_BENCH"); tools+=(sftp); }
for f in "${need[@]}"; do
    [ -x "$f" ] || { echo "run-bench: $f is missing: build it first (cmake --build \$BUILD_DIR --target ocw_bench ocw_firstnode_bench ocw_upload_bench octane-cluster-wizard)" >&2; exit 2; }
done
for t in "${tools[@]}"; do
    command -v "$t" >/dev/null || { echo "run-bench: $t is not installed" >&2; exit 2; }
done

if [ -z "$json_dir" ]; then
    json_dir=$(mktemp -d /tmp/ocw-bench-results.XXXXXX)
fi
mkdir -p "$json_dir"
log() { printf '[run-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- the lab ------------------------------------------------------------------------------
lab_up=0
teardown() {
    local rc=$?
    if [ "$lab_up" = 1 ]; then
        log "lab down ($state)"
        "$LABCTL" down --state "$state" >&2 || true
        lab_up=0
    fi
    exit $rc
}
trap teardown EXIT
trap 'exit 130' INT TERM

pause() { sleep "$1" & wait $!; } # a trapped signal ends the wait at once

load_ok() { # the 1-minute load average is below --max-load (always true without it)
    [ -z "$max_load" ] || awk -v m="$max_load" '{ exit !($1 < m) }' /proc/loadavg
}

other_lab() { # a lab in the default state dir, or anything on the lab's first node address
    "$LABCTL" status >/dev/null 2>&1 && return 0
    ss -Hltn 2>/dev/null | awk '{print $4}' | grep -qx '127.0.0.11:22'
}

if [ -n "$lab_profile" ]; then
    profile=$lab_profile
    log "using the running lab of $profile"
else
    deadline=$(( $(date +%s) + wait_lab ))
    while true; do
        if other_lab; then
            if [ "$(date +%s)" -ge "$deadline" ]; then
                echo "run-bench: another lab is still running after ${wait_lab} s (tests/lab/labctl status); only one lab can run at a time" >&2
                exit 1
            fi
            log "another lab is running (only one can run at a time): waiting for it to go down"
            pause 15
            continue
        fi
        if ! load_ok; then
            if [ "$(date +%s)" -lt "$deadline" ]; then
                log "load average $(cut -d' ' -f1 /proc/loadavg) is not below $max_load: waiting"
                pause 15
                continue
            fi
            log "WARNING: load average $(cut -d' ' -f1 /proc/loadavg) is still not below $max_load: measuring anyway"
        fi
        log "lab up: $nodes nodes in $state"
        lab_up=1
        if "$LABCTL" up --nodes "$nodes" --state "$state" 2>"$json_dir/labctl-up.err"; then
            break
        fi
        lab_up=0
        if grep -q "already in use" "$json_dir/labctl-up.err"; then
            cat "$json_dir/labctl-up.err" >&2
            pause 15
            continue
        fi
        cat "$json_dir/labctl-up.err" >&2
        exit 1
    done
    profile=$state/profile.json
fi
have=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["nodes"]))' "$profile")
[ "$have" -ge "$nodes" ] || { echo "run-bench: $profile has $have nodes, --nodes $nodes asked" >&2; exit 1; }

cat /proc/loadavg >"$json_dir/loadavg-before"
log "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

counts=()
counts_csv=
run_checks() {
    for n in 1 3 8; do [ "$n" -le "$nodes" ] && counts+=("$n"); done
    [[ " ${counts[*]} " == *" $nodes "* ]] || counts+=("$nodes")
    counts_csv=$(IFS=,; echo "${counts[*]}")

    # Profiles with the first k nodes, for the `check` command as a whole process.
    for k in "${counts[@]}"; do
        python3 - "$profile" "$k" "$json_dir/profile-$k.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); k = int(sys.argv[2])
p["nodes"] = p["nodes"][:k]
if p.get("firstNode") not in [n["host"] for n in p["nodes"]]:
    p["firstNode"] = p["nodes"][0]["host"]
json.dump(p, open(sys.argv[3], "w"), indent=2)
PY
    done

    # --- ours -------------------------------------------------------------------------------
    log "ocw_bench: catalogue ($counts_csv nodes, $runs runs each), round trip, connect, peak memory"
    "$BENCH" --profile "$profile" --nodes "$nodes" --counts "$counts_csv" --runs "$runs" \
        --json "$json_dir/ours.json" | tee "$json_dir/ours.txt" >&2

    hf() { # name runs warmup command...
        local name=$1 r=$2 w=$3; shift 3
        hyperfine --style basic -N --runs "$r" --warmup "$w" --export-json "$json_dir/$name.json" \
            --command-name "$name" "$*" >"$json_dir/$name.txt" 2>&1 \
            || { log "$name FAILED (see $json_dir/$name.txt)"; tail -5 "$json_dir/$name.txt" >&2; return 0; }
        log "$name: $(grep -m1 'Time (' "$json_dir/$name.txt" | sed 's/^ *//')"
    }

    for k in "${counts[@]}"; do
        hf "cli-$k" "$runs" 1 "$CLI" check --profile "$json_dir/profile-$k.json" --quiet
    done

    # --- plain OpenSSH ----------------------------------------------------------------------
    eval "$("$here/profile-env.py" --profile "$profile" --nodes 1)"
    SSHOPTS="-F /dev/null -o KexAlgorithms=curve25519-sha256 -p $P_PORT -l $P_USER -i $P_KEY -o BatchMode=yes -o IdentitiesOnly=yes -o UserKnownHostsFile=$P_KNOWN_HOSTS -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes -o LogLevel=ERROR"
    for k in "${counts[@]}"; do
        hf "ssh-$k" "$runs" 1 "$here/ssh-peer.sh" --profile "$profile" --nodes "$k"
    done
    # OpenSSH's own round trip on an open connection (a ControlMaster) and a cold `ssh host true`.
    ctl=$(mktemp -u /tmp/ocw-bench-ctl.XXXXXX)
    # shellcheck disable=SC2086
    ssh $SSHOPTS -o ControlMaster=yes -o ControlPath="$ctl" -o ControlPersist=no -fN "$P_NODES"
    hf "ssh-roundtrip" 200 5 ssh $SSHOPTS -o ControlPath="$ctl" "$P_NODES" true
    # shellcheck disable=SC2086
    ssh $SSHOPTS -o ControlPath="$ctl" -O exit "$P_NODES" 2>/dev/null || true
    hf "ssh-connect" 20 1 ssh $SSHOPTS -o ControlMaster=no -o ControlPath=none "$P_NODES" true

    # --- Ansible ----------------------------------------------------------------------------
    for k in "${counts[@]}"; do
        log "ansible on $k node(s), $ansible_runs run(s)…"
        hf "ansible-$k" "$ansible_runs" 0 "$here/ansible-peer.sh" --profile "$profile" --nodes "$k" --log "$json_dir/ansible-$k.log"
    done
}

# --- the first-node phase -------------------------------------------------------------------
# After the checks: the installed server listens on 5701, which the checks' listener probe
# would find taken. The first node is the profile's first node (octane1.lab on the lab).
run_first_node() {
    local state_dir first
    state_dir=$(dirname "$profile")
    first=$(python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); print(p.get("firstNode") or p["nodes"][0]["host"])' "$profile")
    log "upload: ${upload_mib} MiB to $first, ours against sftp, $upload_runs run(s)"
    OCW_LAB_STATE=$state_dir "$UPLOAD_BENCH" --state "$state_dir" --node "$first" \
        --size-mib "$upload_mib" --runs "$upload_runs" --json "$json_dir/upload.json" \
        | tee "$json_dir/upload.txt" >&2
    log "first node: start to ready, ours against ssh + grep, $first_node_runs run(s)"
    "$LABCTL" package --out "$json_dir/" >"$json_dir/package.txt"
    "$FIRST_NODE_BENCH" --profile "$profile" --package "$(cat "$json_dir/package.txt")" \
        --runs "$first_node_runs" --json "$json_dir/firstnode.json" | tee "$json_dir/firstnode.txt" >&2
}

[ "$only" = first-node ] || run_checks
[ "$only" = checks ] || run_first_node

cat /proc/loadavg >"$json_dir/loadavg-after"
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- the table ------------------------------------------------------------------------------
if [ "$lab_up" = 1 ]; then
    log "lab down ($state)"
    "$LABCTL" down --state "$state" >&2 || true
    lab_up=0
fi
table=$("$here/make-table.py" --dir "$json_dir" --nodes "$nodes" --counts "$counts_csv" --only "$only")
echo "$table"
if [ -n "$out" ]; then
    printf '%s\n' "$table" >"$out"
    log "table written to $out"
fi
log "raw figures in $json_dir"
