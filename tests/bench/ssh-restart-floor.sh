#!/bin/bash
# The floor of a rolling restart (tests/bench/README.md, "Rolling restart"): the least a roll can
# take, measured with OpenSSH on the same lab in the same run. Node after node, in the product's
# order (the other nodes first, the first node last), over one ControlMaster connection per node:
#   stop   ssh `sudo -n systemctl stop octane` (returns once the service is stopped)
#   start  ssh `sudo -n systemctl start octane`
#   ready  ssh `sudo -n grep -c 'Server is ready' wrapper.log` every 0.25 s until the count grows
# and nothing else: no check of the cluster before a stop, no rejoin, no load balancer. That is
# "the sum over nodes of stop, boot delay and ready" the issue compares against; a real roll
# must also wait for the node to be back in the cluster, which this one does not (unsafe).
# Prints one line per node (stop/start/ready ms) and "floorMs=N" last. Exit 1 when a node does
# not log its ready line within --ready-timeout seconds (default 120).
#
#   tests/bench/ssh-restart-floor.sh --profile DIR/profile.json [--ready-timeout S]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
profile= ready_timeout=120
while [ $# -gt 0 ]; do
    case $1 in
        --profile) profile=$2; shift 2 ;;
        --ready-timeout) ready_timeout=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
        *) echo "ssh-restart-floor: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -f "$profile" ] || { echo "ssh-restart-floor: --profile FILE is required" >&2; exit 2; }
case $ready_timeout in *[!0-9]*|'') echo "ssh-restart-floor: --ready-timeout takes seconds" >&2; exit 2 ;; esac
eval "$("$here/profile-env.py" --profile "$profile")"
first=$(python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); print(p.get("firstNode") or p["nodes"][0]["host"])' "$profile")
read -r -a ALL <<<"$P_NODES"
ORDER=()
for n in "${ALL[@]}"; do [ "$n" = "$first" ] || ORDER+=("$n"); done
ORDER+=("$first")

work=$(mktemp -d /tmp/ocw-restart-floor.XXXXXX)
OPTS=(-F /dev/null -o Port="$P_PORT" -o User="$P_USER" -o IdentityFile="$P_KEY"
      -o BatchMode=yes -o IdentitiesOnly=yes
      -o UserKnownHostsFile="$P_KNOWN_HOSTS" -o GlobalKnownHostsFile=/dev/null
      -o StrictHostKeyChecking=yes -o ConnectTimeout=10 -o LogLevel=ERROR
      -o ControlMaster=auto -o ControlPersist=120)
cleanup() {
    local i
    for i in "${!ORDER[@]}"; do
        [ -S "$work/cm-$i" ] && ssh -o ControlPath="$work/cm-$i" -O exit "${ORDER[$i]}" >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
logfile=$P_INSTALL_DIR/log/wrapper.log

# The connections first (not part of the floor: the product also keeps one session per node).
for i in "${!ORDER[@]}"; do
    ssh "${OPTS[@]}" -o ControlPath="$work/cm-$i" "${ORDER[$i]}" true
done
total=0
for i in "${!ORDER[@]}"; do
    node=${ORDER[$i]}
    s() { ssh "${OPTS[@]}" -o ControlPath="$work/cm-$i" "$node" "$@"; }
    before=$(s "sudo -n grep -c 'Server is ready' $logfile || true")
    t0=$(now_ms)
    s "sudo -n systemctl stop octane"
    t1=$(now_ms)
    s "sudo -n systemctl start octane"
    t2=$(now_ms)
    deadline=$(( t2 + ready_timeout * 1000 ))
    while :; do
        count=$(s "sudo -n grep -c 'Server is ready' $logfile || true")
        [ "$count" -gt "$before" ] && break
        [ "$(now_ms)" -lt "$deadline" ] || { echo "ssh-restart-floor: $node: no ready line within ${ready_timeout} s" >&2; exit 1; }
        sleep 0.25
    done
    t3=$(now_ms)
    echo "$node stopMs=$((t1 - t0)) startMs=$((t2 - t1)) readyMs=$((t3 - t2))"
    total=$(( total + t3 - t0 ))
done
echo "floorMs=$total"
