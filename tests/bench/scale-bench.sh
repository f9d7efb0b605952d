#!/bin/bash
# Scale benchmark of `check` (issue 7): wall time and peak memory for 16, 64 and 128 nodes of
# which all but one are unresolvable names (the one real node is a lab node), side by side
# with the plain-OpenSSH peer in the same run: `ssh -o BatchMode=yes NODE true` for every node,
# at the same concurrency (8), which is what an administrator's loop over the list does
# before any check. 128 nodes is the documented maximum, so the largest run is 127
# unresolvable names plus the real node. Medians of --runs runs; prints a Markdown table.
#
#   BUILD_DIR=/work/main/build tests/bench/scale-bench.sh [--runs 3] [--state /tmp/ocwscale]
#       [--out FILE.md]
#
# Only one lab can run on a machine: run it when no other lab is up.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-/work/main/build}
CLI=$BUILD_DIR/app/octane-cluster-wizard
LABCTL=$src/tests/lab/labctl
runs=3 state=/tmp/ocwscale out=
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --state) state=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
        *) echo "scale-bench: unknown argument $1" >&2; exit 2 ;;
    esac
done
case $runs in *[!0-9]*|''|0) echo "scale-bench: --runs takes a number ≥ 1" >&2; exit 2 ;; esac
[ -x "$CLI" ] || { echo "scale-bench: $CLI is missing: build it first" >&2; exit 2; }
for t in ssh python3 /usr/bin/time xargs; do
    command -v "$t" >/dev/null || { echo "scale-bench: $t is not installed" >&2; exit 2; }
done

work=$(mktemp -d /tmp/ocw-scale.XXXXXX)
teardown() {
    "$LABCTL" down --state "$state" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap teardown EXIT INT TERM
"$LABCTL" up --nodes 1 --state "$state" >&2

# profile-N.json: the lab's node first, then N-1 names under .invalid (RFC 6761: never
# resolves), the same names in a plain list for the peer.
for n in 16 64 128; do
    python3 - "$state/profile.json" "$work/profile-$n.json" "$work/hosts-$n.txt" "$n" <<'PY'
import json, sys
src, dst, hosts, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
p = json.load(open(src))
names = [p["nodes"][0]["host"]] + [f"octane{i}.unresolvable.invalid" for i in range(2, n + 1)]
p["nodes"] = [{"host": h} for h in names]
p["concurrency"] = 8
json.dump(p, open(dst, "w"), indent=2)
open(hosts, "w").write("\n".join(names) + "\n")
PY
done

# One measurement: "<wall seconds> <peak RSS KiB>" of the command (GNU time, whole tree's
# largest process for the peer, which is one ssh at a time per slot).
measure() {
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$work/time"  # after "Command exited with non-zero status" when it did
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

key=$state/keys/id_ed25519
kh=$state/known_hosts
rows=()
for n in 16 64 128; do
    ours_t=() ours_m=() peer_t=() peer_m=()
    for ((r = 1; r <= runs; r++)); do
        read -r t m < <(measure env XDG_DATA_HOME="$work/xdg" "$CLI" check --profile "$work/profile-$n.json" --json "$work/out-$n.json")
        ours_t+=("$t") ours_m+=("$m")
        # `|| true`: xargs gives up on the whole list when one command exits 255.
        read -r t m < <(measure bash -c 'xargs -P 8 -I{} sh -c "ssh -n -o BatchMode=yes -o ConnectTimeout=10 \
            -o UserKnownHostsFile=$1 -i $2 ocwadmin@{} true 2>/dev/null || true" < "$3"' _ "$kh" "$key" "$work/hosts-$n.txt")
        peer_t+=("$t") peer_m+=("$m")
    done
    results=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["results"]))' "$work/out-$n.json")
    ot=$(printf '%s\n' "${ours_t[@]}" | median) om=$(printf '%s\n' "${ours_m[@]}" | median)
    pt=$(printf '%s\n' "${peer_t[@]}" | median) pm=$(printf '%s\n' "${peer_m[@]}" | median)
    rows+=("$(python3 -c 'import sys; n,ot,om,pt,pm,res=sys.argv[1:]; print(f"| {n} (1 real + {int(n)-1} unresolvable) | {float(ot):.2f} s | {int(om)/1024:.1f} MiB | {res} | {float(pt):.2f} s | {int(pm)/1024:.1f} MiB | {float(ot)/float(pt):.2f}x |")' "$n" "$ot" "$om" "$pt" "$pm" "$results")")
done

{
    echo "| nodes | check: wall | check: peak memory | results in the JSON | OpenSSH loop: wall | OpenSSH: peak memory (one ssh) | wall ratio (ours / peer) |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} | tee ${out:+"$out"}
