#!/usr/bin/env bash
# Self-test of the lab (tests/lab/labctl): brings up 3 nodes with faults, checks them with
# plain OpenSSH (ssh, sftp), toggles faults on the running lab, takes it down and checks that
# the machine is as before; then the same quickly for 8 nodes. Run as root, on a machine
# where no other lab runs. Ends with "N passed, M failed"; exit 0 only if nothing failed.
#
#   tests/lab/selftest.sh            # state dir /tmp/ocwlab-selftest
#   OCWLAB_SELFTEST_STATE=/tmp/x tests/lab/selftest.sh
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
L="$HERE/labctl"
D=${OCWLAB_SELFTEST_STATE:-/tmp/ocwlab-selftest}
WORK=$(mktemp -d /tmp/ocwlab-selftest-work.XXXXXX)
pass=0
fail=0
LISTENER_PID=

ok() { pass=$((pass + 1)); echo "ok   - $1"; }
ko() { fail=$((fail + 1)); echo "FAIL - $1${2:+ :: $2}"; }
info() { echo "info - $1"; }
# check DESC CMD...: passes if CMD exits 0
check() {
    local desc=$1 out
    shift
    if out=$("$@" 2>&1); then ok "$desc"; else ko "$desc" "$(printf '%s' "$out" | tail -n 3 | tr '\n' ' ')"; fi
}
# expect DESC WANT GOT
expect() {
    if [ "$2" = "$3" ]; then ok "$1"; else ko "$1" "want '$2', got '$3'"; fi
}

cleanup() {
    [ -n "$LISTENER_PID" ] && kill "$LISTENER_PID" 2>/dev/null
    "$L" down --state "$D" >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ "$(id -u)" != 0 ]; then echo "selftest.sh: run as root" >&2; exit 2; fi

SSH_OPTS=(-F /dev/null -o BatchMode=yes -o UserKnownHostsFile="$D/known_hosts"
          -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes
          -o ConnectTimeout=5 -o LogLevel=ERROR)
KEY_OPTS=(-o IdentitiesOnly=yes -i "$D/keys/id_ed25519")
# nsh N CMD: run CMD as ocwadmin on octaneN.lab with the lab's ed25519 key
nsh() { local n=$1; shift; ssh "${SSH_OPTS[@]}" "${KEY_OPTS[@]}" "ocwadmin@octane$n.lab" "$@"; }

# askpass helper: ssh reads a password or passphrase from $OCW_SECRET through it
cat >"$WORK/askpass" <<'EOF'
#!/bin/sh
printf '%s\n' "$OCW_SECRET"
EOF
chmod 700 "$WORK/askpass"
# asksh SECRET SSH-ARGS...: ssh that answers the password/passphrase prompt with SECRET
asksh() {
    local secret=$1; shift
    OCW_SECRET=$secret SSH_ASKPASS="$WORK/askpass" SSH_ASKPASS_REQUIRE=force \
        setsid ssh -F /dev/null -o UserKnownHostsFile="$D/known_hosts" -o GlobalKnownHostsFile=/dev/null \
        -o StrictHostKeyChecking=yes -o ConnectTimeout=5 -o LogLevel=ERROR "$@" </dev/null
}

# what the machine looks like where the lab touches it, to compare before and after (scoped
# to the lab's names and addresses: other work may run on the same machine meanwhile)
snapshot() {
    echo "## /etc/hosts lab lines"; grep -E 'ocwlab|\.lab([[:space:]]|$)' /etc/hosts
    echo "## lab users and groups"
    getent passwd | grep -E '^(octane|ocwadmin|ocwpass):|:ocwlab' | sort
    getent group | grep -E '^(octane|ocwadmin|ocwpass):' | sort
    echo "## nft table inet ocwlab"; nft list table inet ocwlab 2>/dev/null
    echo "## lab processes (live)"
    ps -eo stat=,args= | awk '$1 !~ /^Z/' | grep -E "$D|dbstub|/nodes/octane" | grep -v grep | sed 's/^[^ ]* //' | sort
    echo "## lab TCP listeners"
    ss -ltnH | awk '{print $4}' | grep -E '^(127\.0\.0\.(5|6|1[1-9]|2[0-6]|99)|0\.0\.0\.0|\[::\]|\*):(22|1521|5701)$' | sort
    echo "## paths"
    for p in /opt/octane /srv/octane-repo /srv/octane-repo2 /run/sshd /run/sudo \
             /sys/fs/cgroup/unified/ocwlab /sys/fs/cgroup/ocwlab /home/ocwadmin /home/ocwpass /home/octane; do
        [ -e "$p" ] && echo "$p"
    done
    echo "## /etc/environment"; cat /etc/environment
    echo "## mounts"; findmnt -rn -o TARGET | grep -E '^/(opt|srv|etc|run/sshd|sys/fs/cgroup)' | sort
}

# tcp_from N ADDR PORT: can octaneN connect to ADDR:PORT? prints open/closed
tcp_from() { nsh "$1" "timeout 3 bash -c 'exec 3<>/dev/tcp/$2/$3' 2>/dev/null && echo open || echo closed"; }
# first IPv4 address a name resolves to on node N (::ffff:a.b.c.d shown as a.b.c.d)
resolve_on() { nsh "$1" "getent hosts $2" | awk '{print $1; exit}' | sed 's/^::ffff://'; }

snapshot >"$WORK/before"

# ------------------------------------------------------------------ usage and errors
check "labctl faults lists the faults" bash -c "'$L' faults | grep -q '^repo-not-shared ' && [ \$('$L' faults | wc -l) -ge 9 ]"
"$L" up --nodes 3 --fault bogus@2 --state "$D" >/dev/null 2>"$WORK/err"
rc=$?
expect "unknown fault: exit 2" 2 "$rc"
expect "unknown fault: one stderr line" 1 "$(wc -l <"$WORK/err")"
"$L" up --nodes 3 --fault sshd-down@octane7.lab --state "$D" >/dev/null 2>"$WORK/err"
expect "unknown node: exit 2" 2 "$?"
"$L" status --state "$D" >/dev/null 2>&1
expect "status without a lab: exit 1" 1 "$?"

# ------------------------------------------------------------------ up, 3 nodes
t0=$(date +%s.%N)
if ! "$L" up --nodes 3 --state "$D" --fault no-sudo@3 --fault repo-not-shared@octane3.lab \
        --fault db-unreachable@octane2 --fault os-unsupported@3; then
    ko "up --nodes 3"
    echo "$pass passed, $fail failed"
    exit 1
fi
t1=$(date +%s.%N)
UP3=$(python3 -c "print(round($t1-$t0,2))")
ok "up --nodes 3 with 4 faults (${UP3} s)"
check "status: exit 0 while up" "$L" status --state "$D"

check "profile.json has the contract's fields" python3 - "$D" <<'EOF'
import json, sys
d = sys.argv[1]
p = json.load(open(f"{d}/profile.json"))
assert p["version"] == 1 and p["name"] == "lab" and p["release"] == "octane-current", p
assert p["ssh"] == {"user": "ocwadmin", "port": 22, "auth": "key", "keyFile": f"{d}/keys/id_ed25519",
                    "knownHostsFile": f"{d}/known_hosts"}, p["ssh"]
assert p["nodes"] == [{"host": f"octane{i}.lab"} for i in (1, 2, 3)], p["nodes"]
assert p["firstNode"] == "octane1.lab" and p["database"] == {"host": "db.lab", "port": 1521}
assert p["repositoryDir"] == "/srv/octane-repo" and p["installUser"] == "octane"
assert p["installDir"] == "/opt/octane" and p["loadBalancerUrl"] == "http://lb.lab:8080"
assert p["concurrency"] == 8
EOF
check "secrets.env is 0600 with ssh-password and key-passphrase" bash -c \
    "[ \$(stat -c %a '$D/secrets.env') = 600 ] && grep -q '^ssh-password=.' '$D/secrets.env' && grep -q '^key-passphrase=.' '$D/secrets.env'"
check "known_hosts has ed25519 and ecdsa keys of every node" bash -c \
    "[ \$(grep -c '^octane[123].lab,127.0.0.1[123] ssh-ed25519 ' '$D/known_hosts') = 3 ] && [ \$(grep -c '^octane[123].lab,127.0.0.1[123] ecdsa-sha2-nistp256 ' '$D/known_hosts') = 3 ]"
check "host /etc/hosts has IPv4 and IPv6 lab lines" bash -c \
    "grep -Eq '^127.0.0.11\s+octane1.lab' /etc/hosts && grep -Eq '^::ffff:127.0.0.11\s+octane1.lab' /etc/hosts && grep -Eq '^::ffff:127.0.0.5\s+db.lab' /etc/hosts"

# ------------------------------------------------------------------ per node
for n in 1 2 3; do
    expect "octane$n: key login (hostname)" "octane$n.lab" "$(nsh $n hostname 2>&1)"
done
for n in 1 2; do
    check "octane$n: sudo -n true works for ocwadmin" nsh $n "sudo -n true"
done
if nsh 3 "sudo -n true" >/dev/null 2>&1; then ko "octane3 (no-sudo): sudo -n true fails"; else ok "octane3 (no-sudo): sudo -n true fails"; fi
for n in 1 2; do
    expect "octane$n: /etc/os-release is RHEL 8.8" 'PRETTY_NAME="Red Hat Enterprise Linux 8.8 (Ootpa)"' \
        "$(nsh $n 'cat /etc/os-release' | grep '^PRETTY_NAME=')"
done
expect "octane3 (os-unsupported): /etc/os-release is Debian 12" 'ID=debian VERSION_ID="12"' \
    "$(nsh 3 'cat /etc/os-release' | grep -E '^(ID|VERSION_ID)=' | sort | tr '\n' ' ' | sed 's/ $//')"
for n in 1 2 3; do
    expect "octane$n: OCTANE_REPOSITORY_DIR in /etc/environment" "OCTANE_REPOSITORY_DIR=/srv/octane-repo" \
        "$(nsh $n 'grep OCTANE /etc/environment')"
done
for n in 1 2 3; do
    expect "octane$n: /opt/octane is an empty dir owned by octane" "octane 0" \
        "$(nsh $n 'echo $(stat -c %U /opt/octane) $(ls -A /opt/octane | wc -l)')"
done

# shared repository: a token written on node 1 (as the install user) is read on node 2 and
# not on node 3 (repo-not-shared); and back from node 2 to node 1
TOKEN=tok-$RANDOM$RANDOM
nsh 1 "sudo -n -u octane sh -c 'echo $TOKEN > /srv/octane-repo/.ocw-token'" 2>/dev/null
expect "octane2: reads the token octane1 wrote in /srv/octane-repo" "$TOKEN" "$(nsh 2 'cat /srv/octane-repo/.ocw-token' 2>/dev/null)"
expect "octane3 (repo-not-shared): does not see it" "absent" \
    "$(nsh 3 'test -e /srv/octane-repo/.ocw-token && echo present || echo absent')"
expect "octane3 (repo-not-shared): its /srv/octane-repo is owned by octane" "octane" "$(nsh 3 'stat -c %U /srv/octane-repo')"
nsh 2 "sudo -n -u octane sh -c 'echo back-$TOKEN > /srv/octane-repo/.ocw-token2'" 2>/dev/null
expect "octane1: reads the token octane2 wrote" "back-$TOKEN" "$(nsh 1 'cat /srv/octane-repo/.ocw-token2' 2>/dev/null)"

for n in 1 2 3; do
    expect "octane$n: getent hosts octane2.lab -> 127.0.0.12" "127.0.0.12" "$(resolve_on $n octane2.lab)"
done
expect "db.lab:1521 from the host" "open" "$(timeout 3 bash -c 'exec 3<>/dev/tcp/db.lab/1521' 2>/dev/null && echo open || echo closed)"
expect "octane1: db.lab:1521 open" "open" "$(tcp_from 1 db.lab 1521)"
expect "octane2 (db-unreachable): db.lab:1521 refused" "closed" "$(tcp_from 2 db.lab 1521)"
expect "octane3: db.lab:1521 open" "open" "$(tcp_from 3 db.lab 1521)"
expect "octane2 (db-unreachable): also refused through sudo -u octane" "closed" \
    "$(nsh 2 "sudo -n -u octane timeout 3 bash -c 'exec 3<>/dev/tcp/db.lab/1521' 2>/dev/null && echo open || echo closed")"

# port 5701: a listener on octane2's address, reached from nodes 1 and 3 unless blocked
python3 -c '
import socket, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.12", 5701)); s.listen(16); s.settimeout(0.5)
end = time.time() + 120
while time.time() < end:
    try: c, _ = s.accept(); c.close()
    except OSError: pass
' &
LISTENER_PID=$!
for _ in $(seq 50); do ss -ltnH | grep -q '127.0.0.12:5701' && break; sleep 0.05; done
expect "octane1 -> 127.0.0.12:5701 open" "open" "$(tcp_from 1 127.0.0.12 5701)"
expect "octane3 -> octane2.lab:5701 open" "open" "$(tcp_from 3 octane2.lab 5701)"
check "fault on port-5701-blocked@2" "$L" fault on port-5701-blocked@2 --state "$D"
expect "octane1 -> 127.0.0.12:5701 refused (blocked)" "closed" "$(tcp_from 1 127.0.0.12 5701)"
expect "octane3 -> octane2.lab:5701 refused (blocked)" "closed" "$(tcp_from 3 octane2.lab 5701)"
check "fault off port-5701-blocked@2" "$L" fault off port-5701-blocked@2 --state "$D"
expect "octane1 -> 127.0.0.12:5701 open again" "open" "$(tcp_from 1 127.0.0.12 5701)"
kill "$LISTENER_PID" 2>/dev/null; wait "$LISTENER_PID" 2>/dev/null; LISTENER_PID=

# the other logins: password (ocwpass, sudo with password), ecdsa key with passphrase, sftp
PW=$(sed -n 's/^ssh-password=//p' "$D/secrets.env")
PP=$(sed -n 's/^key-passphrase=//p' "$D/secrets.env")
expect "octane1: ocwpass password login" "ocwpass" \
    "$(asksh "$PW" -o PreferredAuthentications=password -o PubkeyAuthentication=no ocwpass@octane1.lab 'id -un' 2>&1)"
expect "octane1: ocwpass sudo -n fails, sudo -S with password works" "nopw-refused pw-ok" \
    "$(asksh "$PW" -o PreferredAuthentications=password -o PubkeyAuthentication=no ocwpass@octane1.lab \
        "sudo -K; sudo -n true 2>/dev/null && echo nopw-ok || echo nopw-refused; echo '$PW' | sudo -S -p '' true && echo pw-ok" 2>&1 | tr '\n' ' ' | sed 's/ $//')"
expect "octane2: ocwadmin login with the ecdsa key and its passphrase" "ecdsa-ok" \
    "$(asksh "$PP" -o IdentitiesOnly=yes -i "$D/keys/id_ecdsa" -o PreferredAuthentications=publickey ocwadmin@octane2.lab 'echo ecdsa-ok' 2>&1)"
check "octane1: sftp put and get" bash -c "echo hello >'$WORK/up.txt' && printf 'put %s /tmp/ocw-sftp.txt\nget /tmp/ocw-sftp.txt %s\nrm /tmp/ocw-sftp.txt\n' '$WORK/up.txt' '$WORK/down.txt' | sftp -b - ${SSH_OPTS[*]} ${KEY_OPTS[*]} ocwadmin@octane1.lab >/dev/null && cmp '$WORK/up.txt' '$WORK/down.txt'"
if ssh "${SSH_OPTS[@]}" "${KEY_OPTS[@]}" octane@octane1.lab true >/dev/null 2>&1; then
    ko "octane (install user) cannot log in"; else ok "octane (install user) cannot log in"; fi

# what the lead wanted to know (not tests)
info "octane1: OCTANE_REPOSITORY_DIR in the ssh session env: '$(nsh 1 'echo $OCTANE_REPOSITORY_DIR')'"
info "octane1: ... via sudo -u octane: '$(nsh 1 'sudo -n -u octane sh -c "echo \$OCTANE_REPOSITORY_DIR"')'"
info "octane1: ... via sudo -i -u octane: '$(nsh 1 'sudo -n -i -u octane sh -c "echo \$OCTANE_REPOSITORY_DIR"')'"
info "octane1: ulimit -Hn/-Sn of octane via sudo: $(nsh 1 "sudo -n -u octane sh -c 'echo \$(ulimit -Hn)/\$(ulimit -Sn)'")"
info "octane1: getent hosts octane2.lab prints: $(nsh 1 'getent hosts octane2.lab')"

# ------------------------------------------------------------------ faults on a running lab
check "fault on dns-mismatch@octane2.lab" "$L" fault on dns-mismatch@octane2.lab --state "$D"
expect "octane2 (dns-mismatch): octane3.lab -> 127.0.0.99" "127.0.0.99" "$(resolve_on 2 octane3.lab)"
expect "octane1: octane3.lab -> 127.0.0.13" "127.0.0.13" "$(resolve_on 1 octane3.lab)"
check "fault off dns-mismatch@2" "$L" fault off dns-mismatch@2 --state "$D"
expect "octane2: octane3.lab -> 127.0.0.13 again" "127.0.0.13" "$(resolve_on 2 octane3.lab)"

check "fault on env-missing@1" "$L" fault on env-missing@1 --state "$D"
expect "octane1 (env-missing): no OCTANE_REPOSITORY_DIR" "0" "$(nsh 1 'grep -c OCTANE /etc/environment')"
check "fault off env-missing@1" "$L" fault off env-missing@1 --state "$D"

check "fault on repo-other-path@2" "$L" fault on repo-other-path@2 --state "$D"
expect "octane2 (repo-other-path): environment says /srv/octane-repo2" "OCTANE_REPOSITORY_DIR=/srv/octane-repo2" \
    "$(nsh 2 'grep OCTANE /etc/environment')"
expect "octane2 (repo-other-path): shared token at /srv/octane-repo2, not at /srv/octane-repo" "$TOKEN absent" \
    "$(nsh 2 'echo $(cat /srv/octane-repo2/.ocw-token) $(test -e /srv/octane-repo/.ocw-token && echo present || echo absent)')"
check "fault off repo-other-path@2" "$L" fault off repo-other-path@2 --state "$D"
expect "octane2: token back at /srv/octane-repo" "$TOKEN" "$(nsh 2 'cat /srv/octane-repo/.ocw-token')"

check "fault on sshd-down@2" "$L" fault on sshd-down@2 --state "$D"
expect "octane2 (sshd-down): TCP 22 refused" "closed" \
    "$(timeout 3 bash -c 'exec 3<>/dev/tcp/127.0.0.12/22' 2>/dev/null && echo open || echo closed)"
check "status shows octane2 stopped" bash -c "'$L' status --state '$D' | grep -Eq '^octane2.lab +127.0.0.12 +- +stopped'"
check "fault off sshd-down@2" "$L" fault off sshd-down@2 --state "$D"
expect "octane2: login works again" "octane2.lab" "$(nsh 2 hostname 2>&1)"
expect "octane2: db-unreachable still holds after the restart" "closed" "$(tcp_from 2 db.lab 1521)"

check "fault off db-unreachable@2" "$L" fault off db-unreachable@2 --state "$D"
expect "octane2: db.lab:1521 open again" "open" "$(tcp_from 2 db.lab 1521)"
check "fault on no-sudo@3 when already on: exit 0" "$L" fault on no-sudo@3 --state "$D"
"$L" fault on nosuch@1 --state "$D" >/dev/null 2>&1
expect "fault on an unknown fault: exit 2" 2 "$?"

# a second lab in another state dir must fail and leave the running one alone
"$L" up --nodes 1 --state "$D-other" >/dev/null 2>"$WORK/err"
expect "up in another state dir while a lab runs: exit 1 naming the running lab" "1 1" \
    "$? $(grep -c "a lab with state dir $D is running" "$WORK/err")"
"$L" down --state "$D-other" >/dev/null 2>&1
expect "down of the other (empty) state dir: exit 0" 0 "$?"
rm -rf "$D-other"
expect "the running lab is untouched (login, /etc/hosts lines)" "octane1.lab 8" \
    "$(nsh 1 hostname 2>&1) $(grep -c '# ocwlab' /etc/hosts)"

# a session left running on a node must not keep down from finishing
nsh 1 'nohup sleep 300 >/dev/null 2>&1 &' 2>/dev/null

# ------------------------------------------------------------------ up again, then down
"$L" up --nodes 3 --state "$D" >/dev/null 2>"$WORK/err"
expect "up on a running lab restarts it (exit 0)" "0" "$?"
expect "only 3 lab sshd listeners after the second up" "3" \
    "$(ps -eo stat=,args= | awk '$1 !~ /^Z/' | grep -c "[s]shd: /usr/sbin/sshd -D -e -f $D/nodes/")"
expect "a process left running in a node was stopped by the restart" "0" "$(pgrep -c -f '^sleep 300$')"

t0=$(date +%s.%N)
check "down" "$L" down --state "$D"
t1=$(date +%s.%N)
DOWN3=$(python3 -c "print(round($t1-$t0,2))")
info "down (3 nodes): ${DOWN3} s"
check "down again (nothing runs): exit 0" "$L" down --state "$D"
"$L" status --state "$D" >/dev/null 2>&1
expect "status after down: exit 1" 1 "$?"
snapshot >"$WORK/after"
if diff -u "$WORK/before" "$WORK/after" >"$WORK/diff"; then
    ok "the machine is as before (hosts, users, groups, nft, processes, listeners, paths, mounts)"
else
    ko "the machine is as before" "$(head -c 600 "$WORK/diff")"
fi

# ------------------------------------------------------------------ failures and lost state
python3 -c '
import socket, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.13", 22)); s.listen(1); time.sleep(60)' &
LISTENER_PID=$!
for _ in $(seq 50); do ss -ltnH | grep -q '127.0.0.13:22 ' && break; sleep 0.05; done
"$L" up --nodes 3 --state "$D" >/dev/null 2>"$WORK/err"
rc=$?
expect "up with 127.0.0.13:22 taken: exit 1" 1 "$rc"
expect "up with 127.0.0.13:22 taken: one stderr line naming it" "1 1" \
    "$(wc -l <"$WORK/err") $(grep -c '127.0.0.13:22 is already in use' "$WORK/err")"
kill "$LISTENER_PID" 2>/dev/null; wait "$LISTENER_PID" 2>/dev/null; LISTENER_PID=
snapshot >"$WORK/after-fail"
if diff -u "$WORK/before" "$WORK/after-fail" >"$WORK/diff"; then
    ok "after the failed up, the machine is as before"
else
    ko "after the failed up, the machine is as before" "$(head -c 600 "$WORK/diff")"
fi

check "up --nodes 2, db-unreachable by the /etc/hosts fallback (OCWLAB_DB_MODE=hosts)" \
    env OCWLAB_DB_MODE=hosts "$L" up --nodes 2 --state "$D" --fault port-5701-blocked@1 --fault db-unreachable@2
expect "fallback: octane1 db.lab:1521 open" "open" "$(tcp_from 1 db.lab 1521)"
expect "fallback: octane2 (db-unreachable) db.lab:1521 refused" "closed" "$(tcp_from 2 db.lab 1521)"
rm -f "$D/state.json"
check "down with state.json lost (by pattern and marks)" "$L" down --state "$D"
snapshot >"$WORK/after-lost"
if diff -u "$WORK/before" "$WORK/after-lost" >"$WORK/diff"; then
    ok "after a down without state.json, the machine is as before"
else
    ko "after a down without state.json, the machine is as before" "$(head -c 600 "$WORK/diff")"
fi

# ------------------------------------------------------------------ 8 nodes
t0=$(date +%s.%N)
check "up --nodes 8" "$L" up --nodes 8 --state "$D" --fault port-5701-blocked@8 --fault sshd-down@5
t1=$(date +%s.%N)
UP8=$(python3 -c "print(round($t1-$t0,2))")
res=""
for n in 1 2 3 4 6 7 8; do nsh $n hostname >"$WORK/h$n" 2>&1 & done
wait
for n in 1 2 3 4 6 7 8; do res="$res $(cat "$WORK/h$n")"; done
expect "8 nodes: login on all running nodes in parallel" \
    " octane1.lab octane2.lab octane3.lab octane4.lab octane6.lab octane7.lab octane8.lab" "$res"
t0=$(date +%s.%N)
check "down (8 nodes)" "$L" down --state "$D"
t1=$(date +%s.%N)
DOWN8=$(python3 -c "print(round($t1-$t0,2))")
snapshot >"$WORK/after8"
if diff -u "$WORK/before" "$WORK/after8" >"$WORK/diff8"; then
    ok "after 8 nodes, the machine is as before"
else
    ko "after 8 nodes, the machine is as before" "$(head -c 600 "$WORK/diff8")"
fi
info "timing: up 3 nodes ${UP3} s, down ${DOWN3} s; up 8 nodes ${UP8} s, down ${DOWN8} s"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
