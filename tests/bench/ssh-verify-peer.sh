#!/bin/bash
# The plain-shell peer of `octane-cluster-wizard verify` (step 8: is the cluster formed and
# served): the same reads with OpenSSH and curl, every node at once (one background job per
# node), then the same comparisons. Per node:
#   once, over ssh (one ControlMaster connection per node, reused by every later ssh, as the
#   product keeps one session per node): the node list of the repository's octane.conf
#   (`sudo -n cat`, only the list leaves the node) and `getent ahosts` of those names;
#   once, curl: a sign-in on the node (POST /authentication/sign_in, then GET
#   /admin/server/version with the cookie, one connection);
#   --readings times, spaced evenly over --window seconds from the node's first reading: curl
#   GET /admin/server/status on the node, ssh `sudo -n grep` of the server log for the
#   Hazelcast membership lines (the product's pattern), and this node's share of the
#   3 × nodes sign-ins through the load balancer (as the product spreads them: after reading i,
#   up to (i+1)·3/readings in all), each one curl process = a new connection: sign-in, version,
#   status, the cookie in a jar, `-D` for X-Upstream-Addr;
#   at the end, over ssh: `sudo -n cat` of hazelcast.xml (only its members leave the node).
# Then it compares: octane.conf lists the profile's nodes; every node's last Members block has
# as many members as there are nodes (the same count on all, at every reading); every status
# reading 200; every sign-in (node and load balancer) 200 with a version, one version for all;
# hazelcast.xml's members are the octane.conf nodes; every node answered through the load
# balancer (X-Upstream-Addr). Exit 0 when all of that holds, 1 otherwise (the failures on
# stderr), 2 for bad arguments.
#
#   tests/bench/ssh-verify-peer.sh --profile DIR/profile.json --secrets DIR/secrets.env
#       [--window S] [--readings N] [--out DIR] [--lb URL]
#
# --window and --readings default to the profile's verify.healthWindow / healthReadings (10, 3).
# Key exchange and cipher as the product negotiates them (curve25519-sha256, aes128-ctr); the
# profile's key and known_hosts, strict host key checking. The secrets file gives
# conf:site-admin-password (the user is the profile's octaneConf site-admin-user).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
profile= secrets= window= readings= out= lb=
while [ $# -gt 0 ]; do
    case $1 in
        --profile) profile=$2; shift 2 ;;
        --secrets) secrets=$2; shift 2 ;;
        --window) window=$2; shift 2 ;;
        --readings) readings=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --lb) lb=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
        *) echo "ssh-verify-peer: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -f "$profile" ] && [ -f "$secrets" ] || { echo "ssh-verify-peer: --profile FILE and --secrets FILE are required" >&2; exit 2; }
eval "$("$here/profile-env.py" --profile "$profile")"
# The verification's settings and the site admin from the profile.
eval "$(python3 - "$profile" <<'EOF'
import json, shlex, sys
p = json.load(open(sys.argv[1]))
v = p.get("verify", {})
conf = p.get("octaneConf", {})
def q(k, x): print("%s=%s" % (k, shlex.quote(str(x))))
q("PV_WINDOW", v.get("healthWindow", 10))
q("PV_READINGS", v.get("healthReadings", 3))
q("PV_HEADER", v.get("upstreamHeader", "X-Upstream-Addr"))
q("PV_USER", conf.get("site-admin-user", ""))
q("PV_HTTP_PORT", conf.get("server.http-port", 8080))
q("PV_LB", p.get("loadBalancerUrl", ""))
EOF
)"
window=${window:-$PV_WINDOW} readings=${readings:-$PV_READINGS} lb=${lb:-$PV_LB}
case $window$readings in *[!0-9]*|'') echo "ssh-verify-peer: --window and --readings take whole numbers" >&2; exit 2 ;; esac
[ "$readings" -ge 1 ] || { echo "ssh-verify-peer: --readings must be ≥ 1" >&2; exit 2; }
[ -n "$lb" ] || { echo "ssh-verify-peer: the profile names no load balancer" >&2; exit 2; }
password=$(sed -n 's/^conf:site-admin-password=//p' "$secrets" | head -1)
[ -n "$password" ] && [ -n "$PV_USER" ] || { echo "ssh-verify-peer: no site-admin-user in the profile or no conf:site-admin-password in $secrets" >&2; exit 2; }
case $password$PV_USER in *[\"\\]*) echo "ssh-verify-peer: the site admin's name or password has a quote or backslash: not supported" >&2; exit 2 ;; esac
read -r -a NODES <<<"$P_NODES"
nn=${#NODES[@]}
interval_ms=0
[ "$readings" -le 1 ] || interval_ms=$(( window * 1000 / (readings - 1) ))

work=$(mktemp -d /tmp/ocw-ssh-verify.XXXXXX)
[ -n "$out" ] || out=$work
mkdir -p "$out"
umask 077
printf '{"user": "%s", "password": "%s"}' "$PV_USER" "$password" >"$work/body.json"
OPTS=(-F /dev/null -o Port="$P_PORT" -o User="$P_USER" -o IdentityFile="$P_KEY"
      -o BatchMode=yes -o IdentitiesOnly=yes
      -o KexAlgorithms=curve25519-sha256 -o Ciphers=aes128-ctr
      -o UserKnownHostsFile="$P_KNOWN_HOSTS" -o GlobalKnownHostsFile=/dev/null
      -o StrictHostKeyChecking=yes -o ConnectTimeout=10 -o LogLevel=ERROR
      -o ControlMaster=auto -o ControlPersist=60)
cleanup() {
    local i
    for i in "${!NODES[@]}"; do
        [ -S "$work/cm-$i" ] && ssh -o ControlPath="$work/cm-$i" -O exit "${NODES[$i]}" >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

logfile=$P_INSTALL_DIR/log/wrapper.log
hzfile=$P_INSTALL_DIR/conf/hazelcast.xml
conffile=$P_REPO/conf/octane.conf
# The product's pattern (NodeCommands::readClusterLog): membership blocks, picked address,
# connection failures, removals, health lines, FATAL lines.
hzpattern='Members \{size:[0-9]+, ver:[0-9]+\} \[|Members \[[0-9]+\] \{|^[[:space:]]*Member \[|^[[:space:]]*[]}][[:space:]]*$|Picked \[|Could not connect to: |Removing Member \[|Cluster is (un)?healthy| FATAL '
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# One sign-in with curl, on one new connection: POST sign_in, GET version, [GET status].
# Prints "signin=CODE version=CODE:VERSION status=CODE upstreams=A,B,C".
sign_in() { # base-url tag [status]
    local base=$1 tag=$2 st=${3:-} d=$work/$2 codes
    local args=(-sS --max-time 15 -b "$d.jar" -c "$d.jar"
                -H 'Content-Type: application/json' --data-binary @"$work/body.json"
                -D "$d.h1" -o /dev/null -w '%{http_code} ' "$base/authentication/sign_in"
                --next -sS --max-time 15 -b "$d.jar" -D "$d.h2" -o "$d.ver" -w '%{http_code} ' "$base/admin/server/version")
    [ -z "$st" ] || args+=(--next -sS --max-time 15 -b "$d.jar" -D "$d.h3" -o /dev/null -w '%{http_code} ' "$base/admin/server/status")
    : >"$d.h1"; : >"$d.h2"; : >"$d.h3"
    codes=$(curl "${args[@]}" 2>/dev/null) || true
    read -r c1 c2 c3 <<<"$codes"
    local v ups
    v=$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$d.ver" 2>/dev/null | head -1)
    ups=$(cat "$d.h1" "$d.h2" "$d.h3" | tr -d '\r' | awk -v h="$PV_HEADER" 'BEGIN { h = tolower(h) ": " }
        index(tolower($0), h) == 1 { v = substr($0, length(h) + 1); n = split(v, a, /, */); printf "%s%s", s, a[n]; s = "," }')
    echo "signin=${c1:-000} version=${c2:-000}:${v:-?} status=${c3:--} upstreams=${ups:--}"
    rm -f "$d.jar" "$d.ver" "$d.h1" "$d.h2" "$d.h3"
}

node_job() { # index node -> key=value lines on stdout
    local i=$1 node=$2 r nodes_line
    local o=("${OPTS[@]}" -o ControlPath="$work/cm-$i")
    local url="http://$node:$PV_HTTP_PORT"
    # Once: the node list of the repository's octane.conf (awk on the node: the passwords stay
    # there), then how this node resolves those names and the profile's.
    nodes_line=$(ssh "${o[@]}" "$node" "sudo -n test -f $conffile || exit 3; sudo -n cat -- $conffile | awk '
        /^[[:space:]]*cluster[[:space:]]*\\{/ { inc = 1; next }
        inc && /^[[:space:]]*\\}/ { inc = 0 }
        (inc && /^[[:space:]]*nodes[[:space:]]*[=:]/) || /^[[:space:]]*cluster\\.nodes[[:space:]]*[=:]/ {
            sub(/^[^=:]*[=:][[:space:]]*/, \"\"); gsub(/[][\" ]/, \"\"); print; exit }'") \
        || { echo "error=octane.conf not read (exit $?)"; return 1; }
    echo "confnodes=$nodes_line"
    echo "resolved=$(ssh "${o[@]}" "$node" "for h in ${nodes_line//,/ } ${NODES[*]}; do printf '%s' \"\$h\"; getent ahosts -- \"\$h\" | awk '{printf \" %s\", \$1}'; echo; done" | sort -u | tr '\n' ';')"
    # Once: a sign-in directly on the node.
    echo "node=$(sign_in "$url" "n$i")"
    # The readings.
    local t0 left lb_done=0 lb_due k code members
    t0=$(now_ms)
    for ((r = 0; r < readings; r++)); do
        left=$(( t0 + r * interval_ms - $(now_ms) ))   # one sleep to the reading's due time
        [ "$left" -le 0 ] || sleep "$((left / 1000)).$(printf '%03d' $((left % 1000)))"
        code=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' "$url/admin/server/status" 2>/dev/null) || true
        # The last Members block: its size and its member lines.
        members=$(ssh "${o[@]}" "$node" "sudo -n test -f $logfile || exit 3; sudo -n grep -a -E -e '$hzpattern' -- $logfile | tail -n 4000" |
            awk '/Members \{size:[0-9]+/ { match($0, /size:[0-9]+/); size = substr($0, RSTART + 5, RLENGTH - 5); n = 0; inb = 1; next }
                 inb && /^[[:space:]]*Member \[/ { n++; next }
                 inb && /^[[:space:]]*\][[:space:]]*$/ { inb = 0; last = size ":" n }
                 END { print (last == "" ? "0:0" : last) }') || members=err
        echo "reading$r=status:${code:-000} members:$members at:$(( $(now_ms) - t0 ))"
        lb_due=$(( (r + 1) * 3 / readings ))
        while [ "$lb_done" -lt "$lb_due" ]; do
            echo "lb$lb_done=$(sign_in "$lb" "lb$i-$lb_done" status)"
            lb_done=$((lb_done + 1))
        done
    done
    # At the end: hazelcast.xml's members (only they leave the node).
    echo "hzxml=$(ssh "${o[@]}" "$node" "sudo -n test -f $hzfile || exit 3; sudo -n cat -- $hzfile | grep -o '<member>[^<]*</member>' | sed 's/<[^>]*>//g' | paste -sd, -")" \
        || { echo "error=hazelcast.xml not read"; return 1; }
}

t_start=$(now_ms)
pids=()
for i in "${!NODES[@]}"; do
    node_job "$i" "${NODES[$i]}" >"$out/${NODES[$i]}.txt" 2>"$out/${NODES[$i]}.err" &
    pids+=($!)
done
failed=0
fail() { echo "ssh-verify-peer: $*" >&2; failed=1; }
for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || fail "${NODES[$i]}: $(grep '^error=' "$out/${NODES[$i]}.txt" | tail -1) $(tail -1 "$out/${NODES[$i]}.err")"
done

# --- the comparisons ------------------------------------------------------------------------
want_nodes=$(printf '%s\n' "${NODES[@]}" | sort | paste -sd, -)
versions=() seen=()
for n in "${NODES[@]}"; do
    f=$out/$n.txt
    val() { sed -n "s/^$1=//p" "$f" | head -1; }
    conf=$(val confnodes | tr ',' '\n' | sort | paste -sd, -)
    [ "$conf" = "$want_nodes" ] || fail "$n: octane.conf lists [$conf], the profile [$want_nodes]"
    hz=$(val hzxml | tr ',' '\n' | sort | paste -sd, -)
    [ "$hz" = "$conf" ] || fail "$n: hazelcast.xml lists [$hz], octane.conf [$conf]"
    line=$(val node)
    [[ $line == *"signin=200 "* ]] || fail "$n: sign-in on the node: $line"
    v=$(sed -n 's/.*version=200:\([^ ]*\).*/\1/p' <<<"$line")
    [ -n "$v" ] && versions+=("$v") || fail "$n: no version: $line"
    got=$(grep -c '^reading[0-9]*=' "$f" || true)
    [ "$got" -eq "$readings" ] || fail "$n: $got of $readings readings"
    while IFS= read -r rd; do
        [[ $rd == *"status:200 "* ]] || fail "$n: status not 200: $rd"
        [[ $rd == *" members:$nn:$nn "* ]] || fail "$n: the cluster does not have $nn members: $rd"
    done < <(sed -n 's/^reading[0-9]*=//p' "$f")
    while IFS= read -r s; do
        [[ $s == "signin=200 version=200:"*" status=200 "* ]] || fail "$n: sign-in through the load balancer: $s"
        ups=${s##*upstreams=}
        IFS=, read -r -a us <<<"$ups"
        seen+=("${us[@]}")
    done < <(sed -n 's/^lb[0-9]*=//p' "$f")
done
[ "$(printf '%s\n' "${versions[@]}" | sort -u | wc -l)" -le 1 ] || fail "the nodes run different versions: ${versions[*]}"
# Every node answered through the load balancer: its address (as resolved on the nodes) seen.
for n in "${NODES[@]}"; do
    addrs=$(sed -n 's/^resolved=//p' "$out/"*.txt | tr ';' '\n' | awk -v n="$n" '$1 == n { for (i = 2; i <= NF; i++) print $i }' | sort -u)
    hit=0
    for u in "${seen[@]}"; do
        h=${u%:*}
        { [ "$h" = "$n" ] || grep -qxF -- "$h" <<<"$addrs"; } && { [ "${u##*:}" = "$PV_HTTP_PORT" ] && hit=1 && break; }
    done
    [ "$hit" = 1 ] || fail "$n: never answered through the load balancer $lb (answers: ${seen[*]:-none})"
done
echo "ssh-verify-peer: $nn nodes, $readings readings over $window s, $((3 * nn)) sign-ins through $lb; $(( $(now_ms) - t_start )) ms; $([ $failed = 0 ] && echo healthy || echo NOT HEALTHY)"
exit $failed
