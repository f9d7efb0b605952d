#!/bin/bash
# The plain-OpenSSH peer of `install --phase other-nodes`: what an administrator writes with
# bash + OpenSSH to install the package on every other node at once, the first node already
# installed and running. For each node but the profile's first, in the background:
#   1. scp the rpm into the login user's home (its connection stays open as a ControlMaster,
#      ControlPersist, so 2 and 3 reuse it, as Ansible does)
#   2. ssh: sudo -n rpm -ivh, note the size of the server's log, sudo -n systemctl start octane
#   3. ssh: a loop on the node, every 0.1 s, until the log shows `Server is ready!` after that
#      offset (at most --ready-timeout seconds)
# then waits for every node. Key exchange and cipher as the product negotiates them
# (curve25519-sha256, aes128-ctr). No checksum, no checksig, no privilege or repository check.
#
#   tests/bench/ssh-othernodes-peer.sh --profile DIR/profile.json --package PKG.rpm
#       [--ready-timeout 120] [--out DIR]
#
# Leaves the package at ~LOGIN_USER/ocw-bench-ssh-<node>.rpm (the lab's homes are the host's,
# shared by the nodes: hence the node's name). Exit 0 when every node reached its ready line.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
profile= package= timeout=120 out=
while [ $# -gt 0 ]; do
    case $1 in
        --profile) profile=$2; shift 2 ;;
        --package) package=$2; shift 2 ;;
        --ready-timeout) timeout=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
        *) echo "ssh-othernodes-peer: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -n "$profile" ] && [ -f "$package" ] || { echo "ssh-othernodes-peer: --profile FILE and --package FILE are required" >&2; exit 2; }
eval "$("$here/profile-env.py" --profile "$profile")"
first=$(python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); print(p.get("firstNode") or p["nodes"][0]["host"])' "$profile")
others=()
for n in $P_NODES; do [ "$n" = "$first" ] || others+=("$n"); done
[ ${#others[@]} -gt 0 ] || { echo "ssh-othernodes-peer: the profile has no node but the first" >&2; exit 2; }

work=$(mktemp -d /tmp/ocw-ssh-othernodes.XXXXXX)
[ -n "$out" ] || out=$work
mkdir -p "$out"
OPTS=(-F /dev/null -o Port="$P_PORT" -o User="$P_USER" -o IdentityFile="$P_KEY"
      -o BatchMode=yes -o IdentitiesOnly=yes
      -o KexAlgorithms=curve25519-sha256 -o Ciphers=aes128-ctr
      -o UserKnownHostsFile="$P_KNOWN_HOSTS" -o GlobalKnownHostsFile=/dev/null
      -o StrictHostKeyChecking=yes -o ConnectTimeout=10 -o LogLevel=ERROR
      -o ControlMaster=auto -o ControlPersist=120)
cleanup() {
    for i in "${!others[@]}"; do
        [ -S "$work/cm-$i" ] && ssh -o ControlPath="$work/cm-$i" -O exit "${others[$i]}" >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

log=$P_INSTALL_DIR/log/wrapper.log
node_job() { # index node
    local i=$1 node=$2 dest off
    local o=("${OPTS[@]}" -o ControlPath="$work/cm-$i")
    dest=ocw-bench-ssh-$node.rpm
    scp -q "${o[@]}" "$package" "$node:$dest" || { echo "scp failed"; return 1; }
    off=$(ssh "${o[@]}" "$node" "sudo -n rpm -ivh $dest >&2 || exit 1; stat -c %s $log 2>/dev/null || echo 0; sudo -n systemctl start octane >&2") \
        || { echo "rpm -ivh or systemctl start failed"; return 1; }
    ssh "${o[@]}" "$node" "end=\$((\$(date +%s) + $timeout)); until tail -c +$((off + 1)) $log 2>/dev/null | grep -q 'Server is ready!'; do [ \$(date +%s) -lt \$end ] || exit 1; sleep 0.1; done" \
        || { echo "no ready line within $timeout s"; return 1; }
    echo ready
}

pids=()
for i in "${!others[@]}"; do
    node_job "$i" "${others[$i]}" >"$out/${others[$i]}.log" 2>&1 &
    pids+=($!)
done
failed=0
for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || { echo "ssh-othernodes-peer: ${others[$i]}: $(tail -1 "$out/${others[$i]}.log")" >&2; failed=1; }
done
exit $failed
