#!/bin/bash
# The plain-OpenSSH peer of the check catalogue: the same probes as NodeCheckJob (login user,
# install user through sudo, clock, shared-repository token, port 5701 listener and full mesh,
# clean-up), written the way an administrator would with bash + ssh: ONE batched script per
# node and round, all nodes in parallel, every round a new cold connection (ControlMaster off),
# like the product, which also opens one fresh connection per node and run. The key exchange
# is the one the product negotiates (curve25519-sha256): OpenSSH 9.2 would pick sntrup761x25519,
# ~0.1 s more CPU per connection here, which would flatter the product.
#
#   tests/bench/ssh-peer.sh --profile DIR/profile.json [--nodes N] [--out DIR] [--keep]
#
# Rounds (each waits for every node of the previous one, as the cross-node checks need):
#   1. all per-node checks, write the token, start the 5701 listener
#   2. read every other node's token, connect to every other node's listener
#   3. stop the listener, remove the token
# Exit 0 when every node answered every round and the mesh and tokens came out complete.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
profile= nodes=0 out= keep=0
while [ $# -gt 0 ]; do
    case $1 in
        --profile) profile=$2; shift 2 ;;
        --nodes) nodes=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
        *) echo "ssh-peer: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -n "$profile" ] || { echo "ssh-peer: --profile FILE is required" >&2; exit 2; }
eval "$("$here/profile-env.py" --profile "$profile" --nodes "$nodes")"
read -r -a NODES <<<"$P_NODES"
N=${#NODES[@]}

if [ -z "$out" ]; then
    out=$(mktemp -d /tmp/ocw-ssh-peer.XXXXXX)
    [ "$keep" = 1 ] || trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"
run=$(date +%s%N | tail -c 10)$$
q() { printf '%q' "$1"; }

SSH=(ssh -F /dev/null -p "$P_PORT" -l "$P_USER" -i "$P_KEY"
     -o BatchMode=yes -o IdentitiesOnly=yes -o ControlMaster=no -o ControlPath=none
     -o KexAlgorithms=curve25519-sha256
     -o UserKnownHostsFile="$P_KNOWN_HOSTS" -o GlobalKnownHostsFile=/dev/null
     -o StrictHostKeyChecking=yes -o ConnectTimeout=10 -o LogLevel=ERROR)

token_path() { echo "$P_REPO/.ocw-peer-shared-$run-$1"; }
pid_path() { echo "/tmp/.ocw-peer-listen-$run-$1.pid"; }

# The listener: binds, then forks, so LISTENING means connectable; answers every connection
# with the token; exits by itself after its lifetime (the same program as the product's).
read -r -d '' LISTENER <<'PY' || true
import os, socket, sys, time
a, p, t, ttl, pidfile = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]), sys.argv[5]
s = socket.socket(socket.AF_INET6 if ':' in a else socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    s.bind((a, p)); s.listen(64)
except (OSError, IOError, socket.error) as e:
    sys.stdout.write('BIND_FAILED %s %s\n' % (e.errno, e)); sys.exit(3)
pid = os.fork()
if pid:
    open(pidfile, 'w').write(str(pid)); sys.stdout.write('LISTENING %d\n' % pid); sys.exit(0)
os.setsid()
fd = os.open(os.devnull, os.O_RDWR)
for i in (0, 1, 2):
    os.dup2(fd, i)
end = time.time() + ttl
s.settimeout(0.5)
while time.time() < end:
    try:
        c, _ = s.accept()
    except socket.timeout:
        continue
    except (OSError, IOError, socket.error):
        break
    try:
        c.sendall((t + '\n').encode())
    except (OSError, IOError, socket.error):
        pass
    c.close()
PY

round1() { # $1 node index
    local i=$1 node=${NODES[$1]} names=""
    for n in "${NODES[@]}"; do names+=" $(q "$n")"; done
    cat <<EOF
exec 2>&1
export LC_ALL=C
echo '== privilege'; id -un; id -u; sudo -n true 2>&1; echo "sudo_rc=\$?"
echo '== os'; cat /etc/os-release
echo '== cpu'; nproc
echo '== mem'; grep -E '^MemTotal:' /proc/meminfo
echo '== disk'; d=$(q "$P_INSTALL_DIR"); while [ ! -e "\$d" ]; do d=\$(dirname "\$d"); done; df -Pk "\$d"
echo '== repomount'; if [ -d $(q "$P_REPO") ]; then echo exists; else echo missing; fi; findmnt -n -o TARGET,SOURCE,FSTYPE -T $(q "$P_REPO") 2>/dev/null || df -P $(q "$P_REPO")
echo '== db'; printf 'resolved=%s\n' "\$(getent ahosts $(q "$P_DB_HOST") | awk '{print \$1}' | sort -u | tr '\n' ' ')"; timeout 5 bash -c 'exec 3<>"/dev/tcp/\$1/\$2"' _ $(q "$P_DB_HOST") $P_DB_PORT; echo "connect_rc=\$?"
echo '== ports'; ss -Hltn 2>/dev/null || netstat -ltn
echo '== timesync'; printf 'timedatectl=%s\n' "\$(timedatectl show -p NTPSynchronized --value 2>/dev/null)"; printf 'chrony=%s\n' "\$(chronyc -n tracking 2>/dev/null | sed -n 's/^Leap status *: *//p')"; printf 'ntpstat=%s\n' "\$(ntpstat >/dev/null 2>&1; echo \$?)"
echo '== dns'; for n in$names; do printf '%s ' "\$n"; getent ahosts "\$n" | awk '{print \$1}' | sort -u | tr '\n' ' '; echo; done
echo '== install-user'
sudo -n -u $(q "$P_INSTALL_USER") bash --noprofile --norc -s <<'OCW_INSTALL'
exec 2>&1
printf 'etc_environment=%s\n' "\$(grep -E '^[[:space:]]*(export[[:space:]]+)?OCTANE_REPOSITORY_DIR=' /etc/environment 2>/dev/null | tail -n 1 | sed 's/^[[:space:]]*export[[:space:]]*//')"
printf 'login_shell=%s\n' "\$(bash -lc 'printf %s "\${OCTANE_REPOSITORY_DIR-}"' 2>/dev/null)"
f=\$(mktemp $(q "$P_REPO")/.ocw-write-XXXXXX) && printf ok > "\$f" && [ "\$(cat "\$f")" = ok ] && rm -f "\$f" && echo write_ok
printf '%s' token-$run-$i > $(q "$(token_path "$i")") && echo token_ok
ulimit -Hn; ulimit -Sn
OCW_INSTALL
echo '== clock'; date +%s%3N
echo '== listener'
addr=\$(getent ahostsv4 $(q "$node") | awk 'NR==1{print \$1}')
python3 - "\$addr" 5701 listen-$run-$i 120 $(q "$(pid_path "$i")") <<'OCW_PY'
$LISTENER
OCW_PY
EOF
}

round2() {
    local i=$1 j
    echo "exec 2>&1"
    echo "echo '== tokens'"
    echo "sudo -n -u $(q "$P_INSTALL_USER") sh -s <<'OCW_TOKENS'"
    for j in "${!NODES[@]}"; do
        [ "$j" = "$i" ] && continue
        echo "printf '%s %s\n' $j \"\$(cat $(q "$(token_path "$j")") 2>/dev/null || echo MISSING)\""
    done
    echo "OCW_TOKENS"
    echo "echo '== mesh'"
    for j in "${!NODES[@]}"; do
        [ "$j" = "$i" ] && continue
        echo "( r=\$(timeout 3 bash -c 'exec 3<>\"/dev/tcp/\$1/\$2\" || exit 1; IFS= read -r -t 2 line <&3; printf \"%s\" \"\$line\"' _ $(q "${NODES[$j]}") 5701 2>&1); printf 'MESH $j rc=%s %s\n' \"\$?\" \"\$r\" ) &"
    done
    echo "wait"
}

round3() {
    local i=$1
    echo "p=$(q "$(pid_path "$i")"); [ -f \"\$p\" ] && kill \"\$(cat \"\$p\")\" 2>/dev/null; rm -f \"\$p\""
    echo "sudo -n -u $(q "$P_INSTALL_USER") rm -f $(q "$(token_path "$i")")"
    echo "true"
}

failed=0
for r in 1 2 3; do
    pids=()
    for i in "${!NODES[@]}"; do
        "round$r" "$i" | "${SSH[@]}" "${NODES[$i]}" 'bash --noprofile --norc -s' >"$out/$i.round$r" 2>&1 &
        pids+=($!)
    done
    for i in "${!pids[@]}"; do
        wait "${pids[$i]}" || { echo "ssh-peer: ${NODES[$i]}: round $r failed (exit $?), see $out/$i.round$r" >&2; failed=1; }
    done
    [ "$failed" = 0 ] || exit 1
done

# Did it do the work? Every node listened, read every other token, reached every listener.
bad=0
for i in "${!NODES[@]}"; do
    grep -q '^LISTENING' "$out/$i.round1" || { echo "ssh-peer: ${NODES[$i]}: no listener" >&2; bad=1; }
    grep -q '^token_ok' "$out/$i.round1" || { echo "ssh-peer: ${NODES[$i]}: token not written" >&2; bad=1; }
    for j in "${!NODES[@]}"; do
        [ "$j" = "$i" ] && continue
        grep -q "^$j token-$run-$j\$" "$out/$i.round2" || { echo "ssh-peer: ${NODES[$i]}: token of ${NODES[$j]} not read" >&2; bad=1; }
        grep -q "^MESH $j rc=0 listen-$run-$j\$" "$out/$i.round2" || { echo "ssh-peer: ${NODES[$i]} -> ${NODES[$j]}:5701 failed" >&2; bad=1; }
    done
done
exit $bad
