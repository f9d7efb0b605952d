#!/usr/bin/env bash
# Self-test of the lab (tests/lab/labctl): brings up 3 nodes with faults, checks them with
# plain OpenSSH (ssh, sftp), toggles faults on the running lab, takes it down and checks that
# the machine is as before; then builds the simulated Octane package, installs and runs it
# (rpm, systemctl, sign-in on a node and through the load balancer, the server's faults);
# then HTTPS with the nodes' self-signed certificates (labctl cert, fault tls-cert-changed),
# the faults staging-planted, repo-full, conf-not-in-repo and slow-start;
# then a cluster of 3 servers (Hazelcast members, health, the load balancer) and its faults
# port-5701-blocked, hz-member-mismatch, hz-port-taken, node-down-late and lb-misrouted;
# then the same quickly for 8 nodes. Run as root, on a machine where no other lab runs.
# Ends with "N passed, M failed"; exit 0 only if nothing failed.
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
    ps -eo stat=,args= | awk '$1 !~ /^Z/' | grep -E "$D|dbstub|/nodes/octane|octane-sim" | grep -v grep | sed 's/^[^ ]* //' | sort
    echo "## lab TCP listeners"
    ss -ltnH | awk '{print $4}' | grep -E '^(127\.0\.0\.(4|5|6|1[1-9]|2[0-6]|99)|0\.0\.0\.0|\[::\]|\*):(22|1521|5701|8080|8443)$' | sort
    echo "## paths"
    for p in /opt/octane /srv/octane-repo /srv/octane-repo2 /run/sshd /run/sudo /etc/rpm /etc/octane-sim \
             /sys/fs/cgroup/unified/ocwlab /sys/fs/cgroup/ocwlab /home/ocwadmin /home/ocwpass /home/octane; do
        [ -e "$p" ] && echo "$p"
    done
    echo "## systemctl"; ls -l /usr/bin/systemctl 2>&1
    # (rpm -qa would create root's ~/.rpmdb: only list it when it exists)
    echo "## rpm: the host's databases"; ls -A /var/lib/rpm ~/.rpmdb 2>&1
    [ -e ~/.rpmdb ] && rpm -qa 2>/dev/null | sort
    echo "## tc qdisc on lo"; tc qdisc show dev lo
    echo "## /etc/environment"; cat /etc/environment
    echo "## mounts"; findmnt -rn -o TARGET | grep -E '^/(opt|srv|etc|run/sshd|sys/fs/cgroup)' | sort
    echo "## mounts in the state dir"; findmnt -rn -o TARGET | grep -F "$D" | sort
}

# tcp_from N ADDR PORT: can octaneN connect to ADDR:PORT? prints open/closed
tcp_from() { nsh "$1" "timeout 3 bash -c 'exec 3<>/dev/tcp/$2/$3' 2>/dev/null && echo open || echo closed"; }
# first IPv4 address a name resolves to on node N (::ffff:a.b.c.d shown as a.b.c.d)
resolve_on() { nsh "$1" "getent hosts $2" | awk '{print $1; exit}' | sed 's/^::ffff://'; }

snapshot >"$WORK/before"

# ------------------------------------------------------------------ usage and errors
check "labctl faults lists the faults" bash -c "'$L' faults | grep -q '^repo-not-shared ' && [ \$('$L' faults | wc -l) -ge 9 ]"
check "labctl faults lists the cluster faults" bash -c "for f in hz-member-mismatch node-down-late lb-misrouted hz-port-taken port-5701-blocked; do '$L' faults | grep -q \"^\$f \" || exit 1; done"
"$L" up --nodes 3 --fault bogus@2 --state "$D" >/dev/null 2>"$WORK/err"
rc=$?
expect "unknown fault: exit 2" 2 "$rc"
expect "unknown fault: one stderr line" 1 "$(wc -l <"$WORK/err")"
"$L" up --nodes 3 --fault sshd-down@octane7.lab --state "$D" >/dev/null 2>"$WORK/err"
expect "unknown node: exit 2" 2 "$?"
"$L" status --state "$D" >/dev/null 2>&1
expect "status without a lab: exit 1" 1 "$?"
"$L" cert --node 1 --state "$D" >/dev/null 2>"$WORK/err"
expect "cert without a lab: exit 2, one stderr line" "2 1" "$? $(wc -l <"$WORK/err")"

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

# HTTPS certificates: one per node, self-signed, its fingerprint from labctl cert
FP1=$("$L" cert --node 1 --state "$D" 2>&1)
expect "cert --node 1: the SHA-256 fingerprint openssl prints for DIR/tls/octane1.crt" \
    "$(openssl x509 -in "$D/tls/octane1.crt" -noout -fingerprint -sha256 | cut -d= -f2)" "$FP1"
check "cert: AB:CD:... form (32 upper-case hex bytes)" bash -c "[[ '$FP1' =~ ^([0-9A-F]{2}:){31}[0-9A-F]{2}\$ ]]"
expect "cert --node octane3.lab / 127.0.0.13 / --pem: the same certificate" "yes yes" \
    "$([ "$("$L" cert --node octane3.lab --state "$D")" = "$("$L" cert --node 127.0.0.13 --state "$D")" ] && echo yes) $("$L" cert --node 3 --pem --state "$D" | cmp -s - "$D/tls/octane3.crt" && echo yes)"
expect "certificates differ between nodes" "yes" "$([ "$FP1" != "$("$L" cert --node 2 --state "$D")" ] && echo yes)"
"$L" cert --node 4 --state "$D" >/dev/null 2>"$WORK/err"
expect "cert --node 4 (3 nodes): exit 2, one stderr line" "2 1" "$? $(wc -l <"$WORK/err")"
check "status shows every node's certificate fingerprint" bash -c \
    "'$L' status --state '$D' | grep -qx 'https certificate octane1.lab: SHA-256 $FP1' && [ \$('$L' status --state '$D' | grep -c '^https certificate octane[123].lab: SHA-256 ') = 3 ]"
expect "octane1.lab certificate: subject, SAN, 1 year" \
    "subject=O = Octane Lab, CN = octane1.lab|DNS:octane1.lab, IP Address:127.0.0.11|365" \
    "$(openssl x509 -in "$D/tls/octane1.crt" -noout -subject)|$(openssl x509 -in "$D/tls/octane1.crt" -noout -ext subjectAltName | tail -n 1 | sed 's/^ *//')|$(( ($(date -d "$(openssl x509 -in "$D/tls/octane1.crt" -noout -enddate | cut -d= -f2)" +%s) - $(date -d "$(openssl x509 -in "$D/tls/octane1.crt" -noout -startdate | cut -d= -f2)" +%s)) / 86400 ))"

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
assert p["octaneConf"] == {"db-type": "ORACLE", "connection-string": "jdbc:oracle:thin:@//db.lab:1521/OCTANE",
                           "db-admin-user": "system", "schema-name": "octane_site",
                           "site-admin-user": "admin@example.com", "elastic.host": "es.lab",
                           "elastic.cluster-name": "octane-es"}, p["octaneConf"]
EOF
check "secrets.env is 0600 with ssh-password and key-passphrase" bash -c \
    "[ \$(stat -c %a '$D/secrets.env') = 600 ] && grep -q '^ssh-password=.' '$D/secrets.env' && grep -q '^key-passphrase=.' '$D/secrets.env'"
check "secrets.env has the four secret octane.conf settings as conf:<key>=...; the site admin password passes the server's rule" python3 - "$D" <<'EOF'
import re, sys
lines = dict(l.split("=", 1) for l in open(f"{sys.argv[1]}/secrets.env").read().splitlines())
keys = sorted(k for k in lines if k.startswith("conf:"))
assert keys == ["conf:cluster.distributed-password", "conf:db-admin-password", "conf:schema-password",
                "conf:site-admin-password"], keys
assert all(re.fullmatch(r"[A-Za-z0-9-]{8,}", lines[k]) for k in keys), "values: letters, digits, -"
pw = lines["conf:site-admin-password"]
assert re.search("[A-Z]", pw) and re.search("[a-z]", pw) and re.search("[^A-Za-z]", pw)
EOF
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

# staging-planted@2: a folder planted by nobody where the product stages for octane2.lab, in the
# (shared) homes of both login users; nothing for the other nodes
planted() { # planted USER NODE: owner, mode and link target of the planted folder, or "absent"
    nsh 2 "sudo -n sh -c 'd=/home/$1/.octane-cluster-wizard/staging/$2; if test -d \$d; then echo \$(stat -c \"%U %a\" \$d) \$(readlink \$d/planted-link); else echo absent; fi'"
}
check "fault on staging-planted@2" "$L" fault on staging-planted@2 --state "$D"
expect "staging-planted@2: ocwadmin's ~/.octane-cluster-wizard/staging/octane2.lab: nobody, 0777, planted-link -> /etc/passwd" \
    "nobody 777 /etc/passwd" "$(planted ocwadmin octane2.lab)"
expect "staging-planted@2: the same for ocwpass" "nobody 777 /etc/passwd" "$(planted ocwpass octane2.lab)"
expect "staging-planted@2: its parents belong to ocwadmin, 0700" "ocwadmin 700 ocwadmin 700" \
    "$(stat -c '%U %a' /home/ocwadmin/.octane-cluster-wizard /home/ocwadmin/.octane-cluster-wizard/staging | tr '\n' ' ' | sed 's/ $//')"
expect "staging-planted@2: ocwadmin on octane2 sees it in ~ (its login user's home)" "nobody 777" \
    "$(nsh 2 'stat -c "%U %a" ~/.octane-cluster-wizard/staging/octane2.lab')"
expect "staging-planted@2: nothing planted for octane1.lab or octane3.lab" "absent absent" \
    "$(planted ocwadmin octane1.lab) $(planted ocwpass octane3.lab)"
check "fault off staging-planted@2" "$L" fault off staging-planted@2 --state "$D"
expect "staging-planted off: the folders and their parents are gone" "absent absent" \
    "$(for u in ocwadmin ocwpass; do test -e /home/$u/.octane-cluster-wizard && echo present || echo absent; done | tr '\n' ' ' | sed 's/ $//')"

# repo-full (lab-wide): the shared repository has ~16 KiB free on every node that shares it
repo_avail() { nsh "$1" 'df -P -B1 /srv/octane-repo | awk "NR==2 {print \$4}"'; }
"$L" fault on repo-full@1 --state "$D" >/dev/null 2>"$WORK/err"
expect "fault on repo-full@1: exit 2 (lab-wide: no @NODE), one stderr line" "2 1" "$? $(wc -l <"$WORK/err")"
expect "octane1: the repository has more than 1 GiB free" "yes" "$([ "$(repo_avail 1)" -gt 1073741824 ] && echo yes)"
check "fault on repo-full" "$L" fault on repo-full --state "$D"
for n in 1 2; do
    expect "octane$n (repo-full): df shows at most 16 KiB free in /srv/octane-repo" "yes" \
        "$(a=$(repo_avail $n); [ "$a" -le 16384 ] && echo yes || echo "no ($a)")"
done
expect "octane2 (repo-full): a 64 KiB file does not fit (No space left on device); the token is still there" "full $TOKEN" \
    "$(nsh 2 "sudo -n -u octane sh -c 'head -c 65536 /dev/zero > /srv/octane-repo/.ocw-big' 2>&1 | grep -q 'No space left' && printf 'full '; cat /srv/octane-repo/.ocw-token")"
nsh 2 'sudo -n -u octane rm -f /srv/octane-repo/.ocw-big' 2>/dev/null
expect "octane3 (repo-not-shared): its own repository is not full" "yes" "$([ "$(repo_avail 3)" -gt 1073741824 ] && echo yes)"
check "status: faults line and repository line show repo-full" bash -c \
    "'$L' status --state '$D' | grep -q '^faults: .*repo-full' && '$L' status --state '$D' | grep -Eq '^repository: $D/repo \(tmpfs, [0-9]+ KiB free, repo-full\)'"
check "fault off repo-full" "$L" fault off repo-full --state "$D"
expect "octane1, octane2 (repo-full off): more than 1 GiB free again, the token still there" "yes yes $TOKEN" \
    "$([ "$(repo_avail 1)" -gt 1073741824 ] && echo yes) $([ "$(repo_avail 2)" -gt 1073741824 ] && echo yes) $(nsh 1 'cat /srv/octane-repo/.ocw-token')"
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
expect "the running lab is untouched (login, /etc/hosts lines)" "octane1.lab 10" \
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
    env OCWLAB_DB_MODE=hosts "$L" up --nodes 2 --state "$D" --fault port-5701-blocked@1 --fault db-unreachable@2 \
    --fault repo-full --fault staging-planted@1
expect "up --fault repo-full --fault staging-planted@1: both in effect" "yes nobody" \
    "$([ "$(nsh 1 'df -P -B1 /srv/octane-repo | awk "NR==2 {print \$4}"')" -le 16384 ] && echo yes) $(stat -c %U /home/ocwpass/.octane-cluster-wizard/staging/octane1.lab 2>&1)"
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

# ------------------------------------------------------------------ the simulated Octane server
# package, install with rpm on a node, systemctl, the log lines, sign-in on a node and through
# the load balancer, a second node joining the cluster, and the server's faults
PKG="$WORK/pkg"
mkdir -p "$PKG" "$WORK/rpmdb"
# queries of package files on the host use a scratch rpm database, not root's ~/.rpmdb
qrpm() { rpm --dbpath "$WORK/rpmdb" "$@"; }
t0=$(date +%s.%N)
RPM=$("$L" package --out "$PKG/" 2>"$WORK/err")
t1=$(date +%s.%N)
PKGT=$(python3 -c "print(round($t1-$t0,2))")
expect "package: the rpm is octane-onprem-16.2.100-1.x86_64.rpm (${PKGT} s)" "$PKG/octane-onprem-16.2.100-1.x86_64.rpm" "$RPM"
expect "package: rpm name, version, release, arch" "octane 16.2.100 1 x86_64" \
    "$(qrpm -qp --qf '%{NAME} %{VERSION} %{RELEASE} %{ARCH}' "$RPM" 2>/dev/null)"
expect "package: no requires beyond rpmlib (installs into an empty rpm database)" "0" \
    "$(qrpm -qp --requires "$RPM" 2>/dev/null | grep -vc '^rpmlib(')"
check "package: every file under /opt/octane, owned by octane; the six dirs; a template, no octane.conf" bash -c "
    l=\$(rpm --dbpath '$WORK/rpmdb' -qplv '$RPM' 2>/dev/null)
    [ -z \"\$(printf '%s\n' \"\$l\" | awk '\$3 != \"octane\" || \$4 != \"octane\"')\" ] &&
    [ -z \"\$(printf '%s\n' \"\$l\" | awk '{print \$NF}' | grep -v '^/opt/octane')\" ] &&
    for d in conf log install wrapper webapps server; do printf '%s\n' \"\$l\" | grep -q \" /opt/octane/\$d\$\" || exit 1; done &&
    printf '%s\n' \"\$l\" | grep -q ' /opt/octane/conf/octane.conf.template\$' &&
    ! printf '%s\n' \"\$l\" | grep -q ' /opt/octane/conf/octane.conf\$' &&
    printf '%s\n' \"\$l\" | grep -q '^-rwxr-xr-x .* /opt/octane/wrapper/octane-sim.py\$'"
TGZ=$("$L" package --out "$PKG/" --kind tar.gz --version 16.2.101 2>/dev/null)
expect "package --kind tar.gz: octane-onprem-16.2.101.tar.gz" "$PKG/octane-onprem-16.2.101.tar.gz" "$TGZ"
check "package tar.gz: relative paths (tar -xzf FILE -C /opt/octane), owner octane, no octane.conf" bash -c "
    l=\$(tar -tvzf '$TGZ') && printf '%s\n' \"\$l\" | grep -q ' conf/octane.conf.template\$' &&
    printf '%s\n' \"\$l\" | grep -q ' wrapper/octane-sim.py\$' && ! printf '%s\n' \"\$l\" | grep -q ' conf/octane.conf\$' &&
    [ -z \"\$(printf '%s\n' \"\$l\" | awk '\$2 != \"octane/octane\"')\" ] && ! printf '%s\n' \"\$l\" | awk '{print \$NF}' | grep -q '^/'"
BIG=$("$L" package --out "$PKG/big.rpm" --size-mib 3 2>/dev/null)
expect "package --size-mib 3: 3..4 MiB (incompressible)" "yes" \
    "$(s=$(stat -c %s "$BIG" 2>/dev/null || echo 0); [ "$s" -ge 3145728 ] && [ "$s" -lt 4194304 ] && echo yes || echo "no ($s)")"
"$L" package --out "$PKG/" --kind zip >/dev/null 2>&1
expect "package --kind zip: exit 2" 2 "$?"

t0=$(date +%s.%N)
if ! "$L" up --nodes 3 --boot-delay 1 --fault disk-full@3 --state "$D" >/dev/null; then
    ko "up --nodes 3 --boot-delay 1 --fault disk-full@3"
else
    t1=$(date +%s.%N)
    ok "up --nodes 3 --boot-delay 1 --fault disk-full@3 ($(python3 -c "print(round($t1-$t0,2))") s)"
fi
check "host /etc/hosts has lb.lab lines (IPv4 and IPv6)" bash -c \
    "grep -Eq '^127.0.0.4\s+lb.lab\s+# ocwlab' /etc/hosts && grep -Eq '^::ffff:127.0.0.4\s+lb.lab' /etc/hosts"
check "status shows lb.lab running and the services" bash -c \
    "'$L' status --state '$D' | grep -Eq '^lb.lab +127.0.0.4 +[0-9]+ +running' && '$L' status --state '$D' | grep -q '^octane service: octane1.lab not installed'"
expect "lb.lab:8080 without a running server: 502" "502" \
    "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 http://lb.lab:8080/ui)"
expect "octane1: command -v systemctl" "/usr/bin/systemctl" "$(nsh 1 'command -v systemctl')"
expect "octane1: sudo systemctl start octane before the install: exit 5" \
    "Failed to start octane.service: Unit octane.service not found. rc=5" \
    "$(nsh 1 'sudo -n systemctl start octane 2>&1; echo rc=$?' | tr '\n' ' ' | sed 's/ $//')"
expect "octane1: rpm -q octane before the install" "package octane is not installed" "$(nsh 1 'rpm -q octane' 2>&1)"

# log helpers: the line count now, and waiting for a line after it (the log is appended to)
mark() { nsh "$1" 'cat /opt/octane/log/wrapper.log 2>/dev/null | wc -l'; }
# wait_line N FROM TEXT [SECS]: exit 0 when a line after line FROM of octaneN's wrapper.log has TEXT
wait_line() {
    local n=$1 from=$2 text secs=${4:-15}
    printf -v text '%q' "$3"
    nsh "$n" "for i in \$(seq $((secs * 20))); do tail -n +$((from + 1)) /opt/octane/log/wrapper.log 2>/dev/null | grep -qF -- $text && exit 0; sleep 0.05; done; exit 1"
}
# start_and_wait N TEXT [VERB]: sudo systemctl VERB octane on node N, then wait for TEXT in its log
start_and_wait() {
    local n=$1 text=$2 verb=${3:-start} m
    m=$(mark "$n")
    nsh "$n" "sudo -n systemctl $verb octane" >/dev/null 2>&1
    wait_line "$n" "$m" "$text"
}
# conf PASSWORD DBPORT DBTYPE: an octane.conf for the 3-node lab
conf() {
    cat <<EOF
# octane.conf written by hand by the lab's self-test
db-type = ${3:-ORACLE}
connection-string = "jdbc:oracle:thin:@//db.lab:${2:-1521}/ORCL"
db-admin-user = "system"
db-admin-password = "Adm1n-pw"
schema-name = "octane_site"
schema-password = "Sch3ma-pw"
table-space = "USERS"
temp-table-space = "TEMP"
site-action = CREATE_NEW
repository-folder = "/srv/octane-repo"
site-admin-user = "admin@lab.example"
site-admin-password = "$1"
elastic {
  host = "elastic.lab"
  port = 9300
  cluster-name = "octane-es"
}
cluster {
  nodes = ["octane1.lab", "octane2.lab", "octane3.lab"]
  distributed-password = "hz-Secret1"
}
server {
  http-port = 8080
  https-port = 8443
}
EOF
}
put_conf() { conf "$@" | nsh 1 "sudo -n -u octane sh -c 'umask 077; cat > /opt/octane/conf/octane.conf'"; }

check "fault on env-missing@1" "$L" fault on env-missing@1 --state "$D"
out=$(nsh 1 "sudo -n rpm -ivh '$RPM' 2>&1; echo rc=\$?")
expect "octane1 (env-missing): rpm -ivh fails in %pre, saying why" "rc=1 1" \
    "$(printf '%s\n' "$out" | tail -n 1) $(printf '%s\n' "$out" | grep -c '^octane: OCTANE_REPOSITORY_DIR is not set')"
check "fault off env-missing@1" "$L" fault off env-missing@1 --state "$D"

t0=$(date +%s.%N)
check "octane1: sudo rpm -ivh the package" nsh 1 "sudo -n rpm -ivh '$RPM'"
t1=$(date +%s.%N)
info "rpm -ivh over ssh: $(python3 -c "print(round($t1-$t0,2))") s"
expect "octane1: rpm -q octane (as the login user)" "octane-16.2.100-1.x86_64" "$(nsh 1 'rpm -q octane' 2>&1)"
expect "octane2: its own rpm database does not have it" "package octane is not installed" "$(nsh 2 'rpm -q octane' 2>&1)"
expect "the host's rpm databases do not have it (root's ~/.rpmdb, an empty /var/lib/rpm)" "no 0" \
    "$([ -e ~/.rpmdb ] && rpm -q octane >/dev/null 2>&1 && echo yes || echo no) $(ls -A /var/lib/rpm | wc -l)"
expect "octane1: /opt/octane after the install" "conf install log server webapps wrapper octane octane.conf.template" \
    "$(nsh 1 'echo $(ls /opt/octane) $(stat -c %U /opt/octane/wrapper/octane-sim.py) $(ls /opt/octane/conf)')"
expect "octane1: systemctl start without sudo: Access denied" "Failed to start octane.service: Access denied rc=1" \
    "$(nsh 1 'systemctl start octane 2>&1; echo rc=$?' | tr '\n' ' ' | sed 's/ $//')"

# invalid settings: the server refuses to start
put_conf "welcome1" 1521 MYSQL
m=$(mark 1)
nsh 1 'sudo -n systemctl start octane' >/dev/null 2>&1
check "octane1: FATAL [config] Invalid setting site-admin-password (weak password)" \
    wait_line 1 "$m" "FATAL [config] Invalid setting site-admin-password: must contain an upper-case letter"
check "octane1: FATAL [config] Invalid setting db-type" \
    wait_line 1 "$m" "FATAL [config] Invalid setting db-type: 'MYSQL' is not ORACLE or MSSQL"
expect "octane1: is-active after a failed start: failed (exit 3)" "failed 3" \
    "$(nsh 1 'systemctl is-active octane; echo $?' | tr '\n' ' ' | sed 's/ $//')"
put_conf "Welcome1" 1522
check "octane1: FATAL [database] Cannot connect to the database server db.lab:1522" \
    start_and_wait 1 "FATAL [database] Cannot connect to the database server db.lab:1522"

# a good octane.conf: the first node starts, copies it to the repository, writes hazelcast.xml
put_conf "Welcome1" 1521
t0=$(date +%s.%N)
check "octane1: sudo systemctl start octane -> Server is ready! (Boot time: 1 seconds)" \
    start_and_wait 1 "INFO [server] Server is ready! (Boot time: 1 seconds)"
t1=$(date +%s.%N)
info "start to ready line (boot delay 1 s), seen over ssh: $(python3 -c "print(round($t1-$t0,2))") s"
expect "octane1: is-active: active" "active" "$(nsh 1 'systemctl is-active octane')"
expect "octane1: hazelcast.xml from the node list" \
    '<hazelcast><network><port auto-increment="true">5701</port><join><multicast enabled="false"/><tcp-ip enabled="true"><member>octane1.lab</member><member>octane2.lab</member><member>octane3.lab</member></tcp-ip></join></network></hazelcast>' \
    "$(nsh 1 'cat /opt/octane/conf/hazelcast.xml')"
expect "the first node copied octane.conf to <repository>/conf (owner octane, 0600)" "octane 600" \
    "$(stat -c '%U %a' "$D/repo/conf/octane.conf" 2>&1)"
hdr="$WORK/hdr"
code=$(curl -s -o /dev/null -D "$hdr" -w '%{http_code}' --max-time 5 -H 'Content-Type: application/json' \
    -d '{"user":"admin@lab.example","password":"Welcome1"}' http://octane1.lab:8080/authentication/sign_in)
expect "octane1.lab:8080 sign-in: 200 with LWSSO_COOKIE_KEY" "200 1" "$code $(grep -ci '^Set-Cookie: LWSSO_COOKIE_KEY=.' "$hdr")"
expect "octane1.lab:8080 sign-in with a wrong password: 401" "401" \
    "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H 'Content-Type: application/json' \
        -d '{"user":"admin@lab.example","password":"Wrong123"}' http://octane1.lab:8080/authentication/sign_in)"
check "octane1.lab:8080/admin/server/version: the five fields, version 16.2.100" bash -c \
    "curl -sf --max-time 5 http://octane1.lab:8080/admin/server/version | python3 -c 'import json,sys; v=json.load(sys.stdin); assert sorted(v)==[\"build_date\",\"build_number\",\"build_revision\",\"display_version\",\"version\"] and v[\"version\"]==\"16.2.100\", v'"
expect "octane1.lab:8080/ui: 200 HTML" "200 text/html; charset=utf-8" \
    "$(curl -s -o /dev/null -w '%{http_code} %{content_type}' --max-time 5 http://octane1.lab:8080/ui)"
code=$(curl -s -o /dev/null -D "$hdr" -w '%{http_code}' --max-time 5 -H 'Content-Type: application/json' \
    -d '{"user":"admin@lab.example","password":"Welcome1"}' http://lb.lab:8080/authentication/sign_in)
expect "lb.lab:8080 sign-in: 200 with LWSSO_COOKIE_KEY" "200 1" "$code $(grep -ci '^Set-Cookie: LWSSO_COOKIE_KEY=.' "$hdr")"
expect "lb.lab:8080 passes X-Forwarded-Proto" "http" \
    "$(curl -sf --max-time 5 http://lb.lab:8080/ocwlab/echo | python3 -c 'import json,sys; print(json.load(sys.stdin)["headers"].get("X-Forwarded-Proto"))')"

# HTTPS on 8443 with the node's self-signed certificate, trusted as exactly that certificate
served_fp() { openssl s_client -connect "127.0.0.1$1:8443" -servername "octane$1.lab" </dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256 | cut -d= -f2; }
SFP1=$("$L" cert --node 1 --state "$D")
check "octane1: the log says Listening on https://127.0.0.11:8443 with the fingerprint" \
    wait_line 1 0 "INFO [server] Listening on https://127.0.0.11:8443 (certificate /etc/octane-sim/tls/server.crt, SHA-256 $SFP1)" 1
expect "octane1: the key in the node is octane's, 0600; the certificate 0644" "octane 600 root 644" \
    "$(nsh 1 'stat -c "%U %a" /etc/octane-sim/tls/server.key /etc/octane-sim/tls/server.crt' | tr '\n' ' ' | sed 's/ $//')"
expect "octane1:8443 serves the certificate of labctl cert --node 1" "$SFP1" "$(served_fp 1)"
"$L" cert --node 1 --pem --state "$D" >"$WORK/octane1.pem"
check "octane1.lab:8443/admin/server/version with curl --cacert (that certificate only)" bash -c \
    "curl -sf --max-time 5 --cacert '$WORK/octane1.pem' https://octane1.lab:8443/admin/server/version | grep -q '\"version\": \"16.2.100\"'"
curl -s -o /dev/null --max-time 5 https://octane1.lab:8443/admin/server/version
expect "octane1.lab:8443 without trusting it: curl exit 60 (self-signed)" "60" "$?"
code=$(curl -s -o /dev/null -D "$hdr" -w '%{http_code}' --max-time 5 --cacert "$WORK/octane1.pem" -H 'Content-Type: application/json' \
    -d '{"user":"admin@lab.example","password":"Welcome1"}' https://octane1.lab:8443/authentication/sign_in)
expect "octane1.lab:8443 sign-in: 200 with LWSSO_COOKIE_KEY" "200 1" "$code $(grep -ci '^Set-Cookie: LWSSO_COOKIE_KEY=.' "$hdr")"
expect "octane1:8443 refuses TLS 1.1, speaks TLS 1.2 and 1.3" "no yes yes" \
    "$(for v in -tls1_1 -tls1_2 -tls1_3; do openssl s_client -connect 127.0.0.11:8443 $v -cipher 'DEFAULT:@SECLEVEL=0' </dev/null 2>/dev/null | grep -q '^New, TLS' && echo yes || echo no; done | tr '\n' ' ' | sed 's/ $//')"
check "fault on tls-cert-changed@1" "$L" fault on tls-cert-changed@1 --state "$D"
SFP1B=$("$L" cert --node 1 --state "$D")
expect "tls-cert-changed: cert --node 1 prints another fingerprint" "yes" "$([ -n "$SFP1B" ] && [ "$SFP1B" != "$SFP1" ] && echo yes)"
expect "tls-cert-changed: the running server still serves the old one" "$SFP1" "$(served_fp 1)"
check "octane1 (tls-cert-changed): restart -> ready" start_and_wait 1 "INFO [server] Server is ready! (Boot time:" restart
expect "tls-cert-changed: after the restart octane1:8443 serves the new one" "$SFP1B" "$(served_fp 1)"
curl -s -o /dev/null --max-time 5 --cacert "$WORK/octane1.pem" https://octane1.lab:8443/admin/server/version
expect "tls-cert-changed: the old certificate no longer verifies (curl exit 60)" "60" "$?"
check "fault off tls-cert-changed@1" "$L" fault off tls-cert-changed@1 --state "$D"
expect "tls-cert-changed off: cert --node 1 is the original again" "$SFP1" "$("$L" cert --node 1 --state "$D")"
check "octane1: restart -> ready" start_and_wait 1 "INFO [server] Server is ready! (Boot time:" restart
expect "after the restart octane1:8443 serves the original again" "$SFP1" "$(served_fp 1)"

# conf-not-in-repo (lab-wide): the first node starts from its own octane.conf, but no copy is
# in the repository (the one made before is gone too); off: the next start copies it again
check "fault on conf-not-in-repo" "$L" fault on conf-not-in-repo --state "$D"
m=$(mark 1)
check "octane1 (conf-not-in-repo): restart -> ready" start_and_wait 1 "INFO [server] Server is ready! (Boot time:" restart
expect "octane1 (conf-not-in-repo): read its own octane.conf, copied nothing" "1 0" \
    "$(nsh 1 "tail -n +$((m + 1)) /opt/octane/log/wrapper.log" | grep -c 'INFO \[config\] Reading /opt/octane/conf/octane.conf') $(nsh 1 "tail -n +$((m + 1)) /opt/octane/log/wrapper.log" | grep -c 'Copied octane.conf')"
expect "conf-not-in-repo: no <repository>/conf/octane.conf" "absent" "$(test -e "$D/repo/conf/octane.conf" && echo present || echo absent)"
check "fault off conf-not-in-repo" "$L" fault off conf-not-in-repo --state "$D"
check "octane1: restart -> Copied octane.conf to /srv/octane-repo/conf/octane.conf (first node of the cluster)" \
    start_and_wait 1 "INFO [config] Copied octane.conf to /srv/octane-repo/conf/octane.conf (first node of the cluster)" restart
expect "conf-not-in-repo off: <repository>/conf/octane.conf is there again (octane, 0600)" "octane 600" \
    "$(stat -c '%U %a' "$D/repo/conf/octane.conf" 2>&1)"

# the second node: install, no octane.conf, start: it reads the repository's and joins
check "octane2: rpm -ivh, then systemctl start without an octane.conf of its own" \
    nsh 2 "sudo -n rpm -ivh '$RPM' >/dev/null && ! test -e /opt/octane/conf/octane.conf"
m1=$(mark 1)
check "octane2: ready with the repository's octane.conf" \
    start_and_wait 2 "INFO [server] Server is ready! (Boot time:"
check "octane2: it read <repository>/conf/octane.conf" wait_line 2 0 "INFO [config] Reading /srv/octane-repo/conf/octane.conf"
check "octane1: Hazelcast's Members {size:2, ...} block, with octane2's address" \
    wait_line 1 "$m1" "Members {size:2, ver:" 10
check "octane1: ... and octane2 in it as [127.0.0.12]:5701 - <uuid>" \
    wait_line 1 "$m1" "	Member [127.0.0.12]:5701 - " 2
for _ in $(seq 50); do
    st=$(curl -sf --max-time 5 http://octane2.lab:8080/admin/cluster/status | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["members"], s["healthy"])')
    [ "$st" = "['octane1.lab', 'octane2.lab'] False" ] && break
    sleep 0.1
done
expect "octane2 /admin/cluster/status: members 1, 2 of 3 (not healthy yet)" "['octane1.lab', 'octane2.lab'] False" "$st"
for k in 1 2 3 4; do curl -s -o /dev/null -D "$WORK/rr$k" --max-time 5 http://lb.lab:8080/admin/server/version; done
expect "lb.lab round-robin reaches both running nodes" "octane1.lab octane2.lab" \
    "$(cat "$WORK"/rr[1-4] | sed -n 's/^X-Octane-Node: *//Ip' | tr -d '\r' | sort -u | tr '\n' ' ' | sed 's/ $//')"

# slow-start@2: node 2's server is ready only 20 s after its start; node 1 (no fault) in 1 s
check "fault on slow-start@2" "$L" fault on slow-start@2 --state "$D"
m2=$(mark 2)
nsh 2 'sudo -n systemctl restart octane' >/dev/null 2>&1
t_slow=$(date +%s.%N)
check "octane1 (no fault): restart -> ready in 1 s meanwhile" \
    start_and_wait 1 "INFO [server] Server is ready! (Boot time: 1 seconds)" restart
check "octane3 (disk-full): rpm -ivh of the small package works" nsh 3 "sudo -n rpm -ivh '$RPM'"
check "octane3 (disk-full): FATAL [disk] No space left on device" \
    start_and_wait 3 "FATAL [disk] No space left on device"
expect "octane3 (disk-full): is-active failed" "failed" "$(nsh 3 'systemctl is-active octane')"
head -c $((2 * 1024 * 1024)) /dev/urandom >"$WORK/2m.bin"
if nsh 3 "sudo -n -u octane sh -c 'cat > /opt/octane/install/2m.bin'" <"$WORK/2m.bin" 2>/dev/null; then
    ko "octane3 (disk-full): a 2 MiB upload into /opt/octane fails"
else
    ok "octane3 (disk-full): a 2 MiB upload into /opt/octane fails"
fi
nsh 3 'sudo -n rm -f /opt/octane/install/2m.bin' 2>/dev/null

expect "octane2 (slow-start): no ready line 10 s after the start" "0" \
    "$(sleep "$(python3 -c "print(max(0, 10 - ($(date +%s.%N) - $t_slow)))")"; nsh 2 "tail -n +$((m2 + 1)) /opt/octane/log/wrapper.log" | grep -c 'Server is ready!')"
check "octane2 (slow-start): Server is ready! (Boot time: 20 seconds)" \
    wait_line 2 "$m2" "INFO [server] Server is ready! (Boot time: 20 seconds)" 20
check "fault off slow-start@2" "$L" fault off slow-start@2 --state "$D"
check "octane2 (slow-start off): restart -> ready in 1 s" \
    start_and_wait 2 "INFO [server] Server is ready! (Boot time: 1 seconds)" restart

# the server's faults on node 2
check "fault on service-fails@2" "$L" fault on service-fails@2 --state "$D"
check "octane2 (service-fails): restart -> FATAL [server] Service failed: simulated failure" \
    start_and_wait 2 "FATAL [server] Service failed: simulated failure" restart
expect "octane2 (service-fails): is-active failed" "failed" "$(nsh 2 'systemctl is-active octane')"
check "fault off service-fails@2" "$L" fault off service-fails@2 --state "$D"
check "fault on env-missing@2" "$L" fault on env-missing@2 --state "$D"
check "octane2 (env-missing): FATAL [repository] OCTANE_REPOSITORY_DIR is not set" \
    start_and_wait 2 "FATAL [repository] OCTANE_REPOSITORY_DIR is not set"
check "fault off env-missing@2" "$L" fault off env-missing@2 --state "$D"
check "fault on db-unreachable@2" "$L" fault on db-unreachable@2 --state "$D"
check "octane2 (db-unreachable): FATAL [database] Cannot connect to the database server db.lab:1521" \
    start_and_wait 2 "FATAL [database] Cannot connect to the database server db.lab:1521"
check "fault off db-unreachable@2" "$L" fault off db-unreachable@2 --state "$D"
check "fault on repo-other-path@2" "$L" fault on repo-other-path@2 --state "$D"
check "octane2 (repo-other-path): FATAL [repository] Cannot write to the repository /srv/octane-repo" \
    start_and_wait 2 "FATAL [repository] Cannot write to the repository /srv/octane-repo"
check "fault off repo-other-path@2" "$L" fault off repo-other-path@2 --state "$D"
nsh 2 "sudo -n -u octane sed -i 's|<member>octane3.lab</member>||' /opt/octane/conf/hazelcast.xml" 2>/dev/null
check "octane2 (hazelcast.xml edited, kept): ERROR [com.hpe.octane.cluster] Cluster is unhealthy: hazelcast members [...] differ ..." \
    start_and_wait 2 "ERROR [com.hpe.octane.cluster] Cluster is unhealthy: hazelcast members [127.0.0.11, 127.0.0.12] differ from the octane.conf nodes [octane1.lab, octane2.lab, octane3.lab]"

check "fault on bad-conf-owner@1" "$L" fault on bad-conf-owner@1 --state "$D"
expect "octane1 (bad-conf-owner): octane.conf now belongs to root" "root" "$(nsh 1 'stat -c %U /opt/octane/conf/octane.conf')"
check "octane1 (bad-conf-owner): restart -> FATAL [config] octane.conf must be owned by octane (owner is root)" \
    start_and_wait 1 "FATAL [config] octane.conf must be owned by octane (owner is root)" restart
check "fault off bad-conf-owner@1" "$L" fault off bad-conf-owner@1 --state "$D"
expect "octane1: octane.conf belongs to octane again" "octane" "$(nsh 1 'stat -c %U /opt/octane/conf/octane.conf')"

# slow-link: an upload over SSH to node 2 runs at about 1 MiB/s; off: fast again
sftp_put() { printf 'put %s .ocw-slow.bin\nrm .ocw-slow.bin\n' "$WORK/2m.bin" | sftp -b - "${SSH_OPTS[@]}" "${KEY_OPTS[@]}" "ocwadmin@octane$1.lab" >/dev/null; }
check "fault on slow-link@2" "$L" fault on slow-link@2 --state "$D"
t0=$(date +%s.%N); sftp_put 2; rc=$?; t1=$(date +%s.%N)
SLOW=$(python3 -c "print(round($t1-$t0,2))")
expect "octane2 (slow-link): a 2 MiB sftp upload works and takes 1.5..6 s (${SLOW} s)" "0 yes" \
    "$rc $(python3 -c "print('yes' if 1.5 <= $SLOW <= 6 else 'no')")"
t0=$(date +%s.%N); sftp_put 1; t1=$(date +%s.%N)
FAST1=$(python3 -c "print(round($t1-$t0,2))")
expect "octane1 (no fault): the same upload under 1.2 s (${FAST1} s)" "yes" "$(python3 -c "print('yes' if $FAST1 < 1.2 else 'no')")"
check "fault off slow-link@2" "$L" fault off slow-link@2 --state "$D"
t0=$(date +%s.%N); sftp_put 2; t1=$(date +%s.%N)
FAST2=$(python3 -c "print(round($t1-$t0,2))")
expect "octane2 (slow-link off): the upload under 1.2 s again (${FAST2} s)" "yes" "$(python3 -c "print('yes' if $FAST2 < 1.2 else 'no')")"
check "tc: no qdisc of the lab left on lo" bash -c "! tc qdisc show dev lo | grep -q 'htb 7ab:'"

t0=$(date +%s.%N)
check "down (with servers and nginx running)" "$L" down --state "$D"
t1=$(date +%s.%N)
info "down with the servers running: $(python3 -c "print(round($t1-$t0,2))") s"
expect "down removed the nodes' rpm databases and installed files, kept their logs" "0 0 1" \
    "$(ls -d "$D"/nodes/*/rpmdb 2>/dev/null | wc -l) $(ls "$D"/nodes/octane1/opt-octane | grep -vc '^log$') $(ls "$D"/nodes/octane1/opt-octane/log/wrapper.log 2>/dev/null | wc -l)"
snapshot >"$WORK/after-svc"
if diff -u "$WORK/before" "$WORK/after-svc" >"$WORK/diff"; then
    ok "after the servers, nginx and rpm installs, the machine is as before"
else
    ko "after the servers, nginx and rpm installs, the machine is as before" "$(head -c 600 "$WORK/diff")"
fi

# ------------------------------------------------------------------ the cluster (3 servers)
# all three nodes run the server: Hazelcast forms one cluster of 3 (Members blocks, uuids),
# /admin/server/status is 200 everywhere, the load balancer spreads over all three; then each
# cluster fault shows on its node (and where it should on the others) and goes with off
HZ=/opt/octane/log/wrapper.log
# members N: the size of octaneN's last Members block (0 if none)
members() { nsh "$1" "grep -o 'Members {size:[0-9]*' $HZ | tail -n 1 | sed 's/.*size://'" 2>/dev/null | grep . || echo 0; }
# status N: the HTTP code of octaneN's /admin/server/status
hstatus() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://octane$1.lab:8080/admin/server/status"; }
# wait_cluster WANT SECS N...: every node N's last Members block has size WANT (within SECS)
wait_cluster() {
    local want=$1 secs=$2 n ok; shift 2
    for _ in $(seq $((secs * 4))); do
        ok=1
        for n in "$@"; do [ "$(members "$n")" = "$want" ] || { ok=0; break; }; done
        [ $ok = 1 ] && return 0
        sleep 0.25
    done
    return 1
}
# wait_status CODE SECS N...: /admin/server/status answers CODE on every node N
wait_status() {
    local want=$1 secs=$2 n ok; shift 2
    for _ in $(seq $((secs * 4))); do
        ok=1
        for n in "$@"; do [ "$(hstatus "$n")" = "$want" ] || { ok=0; break; }; done
        [ $ok = 1 ] && return 0
        sleep 0.25
    done
    return 1
}
# sh_eval 'A && B': for check, a condition made of the helpers above
sh_eval() { eval "$1"; }
# lb_addrs K: the distinct X-Upstream-Addr of K requests through the load balancer
lb_addrs() {
    for _ in $(seq "$1"); do
        curl -s -o /dev/null -D - --max-time 5 http://lb.lab:8080/admin/server/version | sed -n 's/^X-Upstream-Addr: *//Ip' | tr -d '\r'
    done | sort -u | tr '\n' ' ' | sed 's/ $//'
}

check "up --nodes 3 --boot-delay 1 (the cluster)" "$L" up --nodes 3 --boot-delay 1 --state "$D"
for n in 1 2 3; do nsh $n "sudo -n rpm -ivh '$RPM'" >/dev/null 2>&1; done
put_conf "Welcome1" 1521
t0=$(date +%s.%N)
check "octane1: the first node starts alone: ready" start_and_wait 1 "INFO [server] Server is ready! (Boot time:"
check "octane1 (alone): Members {size:1, ver:1} and ... this" wait_line 1 0 "Members {size:1, ver:1} [" 2
check "octane1 (alone): ERROR [com.hpe.octane.cluster] Cluster is unhealthy: hazelcast members [127.0.0.11] differ ..." \
    wait_line 1 0 "ERROR [com.hpe.octane.cluster] Cluster is unhealthy: hazelcast members [127.0.0.11] differ from the octane.conf nodes [octane1.lab, octane2.lab, octane3.lab]" 2
expect "octane1 (alone): /admin/server/status 500, the body of the documented API" "Internal server error. The server is not healthy. 500" \
    "$(curl -s -w ' %{http_code}' --max-time 5 http://octane1.lab:8080/admin/server/status)"
t1=$(date +%s.%N)
nsh 2 'sudo -n systemctl start octane' >/dev/null 2>&1 &
nsh 3 'sudo -n systemctl start octane' >/dev/null 2>&1 &
wait
check "every node: Members {size:3, ...}" wait_cluster 3 10 1 2 3
t2=$(date +%s.%N)
info "cluster of 3: first node start to ready $(python3 -c "print(round($t1-$t0,2))") s; other two started at once, all at size 3 after $(python3 -c "print(round($t2-$t1,2))") s"
check "every node: /admin/server/status 200" wait_status 200 5 1 2 3
expect "octane2: /admin/server/status body and type" "The server is healthy|text/plain" \
    "$(curl -s -w '|%{content_type}' --max-time 5 http://octane2.lab:8080/admin/server/status)"
check "octane1: INFO [com.hpe.octane.cluster] Cluster is healthy: ..." \
    wait_line 1 0 "INFO [com.hpe.octane.cluster] Cluster is healthy: hazelcast members [" 2
for n in 1 2 3; do
    check "octane$n: the Picked, Interfaces and Connecting lines of Hazelcast" bash -c "
        l=\$(ssh ${SSH_OPTS[*]} ${KEY_OPTS[*]} ocwadmin@octane$n.lab 'cat $HZ') &&
        printf '%s\n' \"\$l\" | grep -qF 'INFO [com.hazelcast.instance.AddressPicker] [LOCAL] [octane] [3.12.2] Interfaces is disabled, trying to pick one address from TCP-IP config addresses: [127.0.0.11, 127.0.0.12, 127.0.0.13]' &&
        printf '%s\n' \"\$l\" | grep -qF 'INFO [com.hazelcast.instance.AddressPicker] [LOCAL] [octane] [3.12.2] Picked [127.0.0.1$n]:5701, using socket ServerSocket[addr=/127.0.0.1$n,localport=5701], bind any local is false' &&
        printf '%s\n' \"\$l\" | grep -Eq '^[0-9-]+ [0-9:,]+ INFO \[com.hazelcast.internal.cluster.impl.TcpIpJoiner\] \[127.0.0.1$n\]:5701 \[octane\] \[3.12.2\] Connecting to /127.0.0.1[123]:5701, timeout: 10000, bind-any: false\$'"
done
check "the three Members blocks list the same members and uuids, each with one ' this'" python3 - "$D" <<'PYEOF'
import re, sys
views = []
for n in (1, 2, 3):
    log = open(f"{sys.argv[1]}/nodes/octane{n}/opt-octane/log/wrapper.log").read()
    blocks = re.findall(r"\[127\.0\.0\.1\d\]:5701 \[octane\] \[3\.12\.2\] \n\nMembers \{size:(\d+), ver:(\d+)\} \[\n((?:\tMember \[[\d.]+\]:\d+ - [0-9a-f-]{36}(?: this)?\n)+)\]\n\n", log)
    assert blocks, f"octane{n}: no Members block of the exact shape"
    size, ver, body = blocks[-1]
    lines = body.splitlines()
    assert int(size) == 3 == len(lines), lines
    assert sum(l.endswith(" this") for l in lines) == 1, lines
    assert f"[127.0.0.1{n}]:5701" in [l for l in lines if l.endswith(" this")][0], lines
    views.append([l.removesuffix(" this") for l in lines])
assert views[0] == views[1] == views[2], views
assert len({l.split(" - ")[1] for l in views[0]}) == 3, "three distinct uuids"
PYEOF
check "/admin/cluster/status: 3 members with uuids and ports, healthy" bash -c \
    "curl -sf --max-time 5 http://octane3.lab:8080/admin/cluster/status | python3 -c 'import json,sys; s=json.load(sys.stdin); assert s[\"healthy\"] and s[\"size\"] == 3 and sorted(m[\"address\"] for m in s[\"memberList\"]) == [\"127.0.0.11:5701\", \"127.0.0.12:5701\", \"127.0.0.13:5701\"] and s[\"uuid\"] in [m[\"uuid\"] for m in s[\"memberList\"] if m[\"local\"]], s'"
expect "lb.lab: 9 requests reach all three nodes (X-Upstream-Addr)" "127.0.0.11:8080 127.0.0.12:8080 127.0.0.13:8080" "$(lb_addrs 9)"
check "lb.lab: X-Upstream-Status 200; the access log has upstream=, upstream_status=, upstream_time=" bash -c \
    "curl -s -D - -o /dev/null --max-time 5 http://lb.lab:8080/ui | grep -qi '^X-Upstream-Status: 200' && tail -n 1 '$D/lb/access.log' | grep -Eq 'upstream=127\.0\.0\.1[123]:8080 upstream_status=200 upstream_time=[0-9.]+\$'"
check "nginx.conf: zone octane 64k; proxy_next_upstream with http_500" bash -c \
    "grep -q 'zone octane 64k;' '$D/lb/nginx.conf' && grep -q 'proxy_next_upstream error timeout http_500 http_502 http_503' '$D/lb/nginx.conf'"

# port-5701-blocked@2 on the formed cluster: the peers drop octane2 after missed heartbeats,
# octane2 falls to a cluster of one; all unhealthy; off: they join again
m1=$(mark 1); m2=$(mark 2)
check "fault on port-5701-blocked@2 (cluster formed)" "$L" fault on port-5701-blocked@2 --state "$D"
t0=$(date +%s.%N)
check "octane1 (port-5701-blocked@2): Removing Member [127.0.0.12]:5701 - <uuid>" \
    wait_line 1 "$m1" "INFO [com.hazelcast.internal.cluster.impl.MembershipManager] [127.0.0.11]:5701 [octane] [3.12.2] Removing Member [127.0.0.12]:5701 - " 10
t1=$(date +%s.%N)
info "port-5701-blocked: octane2 removed $(python3 -c "print(round($t1-$t0,2))") s after the fault"
check "octane1 (port-5701-blocked@2): Could not connect to: /127.0.0.12:5701 ... Connection refused" \
    wait_line 1 "$m1" "Could not connect to: /127.0.0.12:5701. Reason: IOException[Connection refused to address /127.0.0.12:5701]" 2
check "octane1, octane3: Members {size:2}; octane2: {size:1}" sh_eval 'wait_cluster 2 8 1 3 && wait_cluster 1 8 2'
check "octane2 (port-5701-blocked): ERROR ... Cluster is unhealthy: hazelcast members [127.0.0.12] ..." \
    wait_line 2 "$m2" "Cluster is unhealthy: hazelcast members [127.0.0.12] differ from the octane.conf nodes" 5
check "octane1: ERROR ... Cluster is unhealthy: hazelcast members [127.0.0.11, 127.0.0.13] ..." \
    wait_line 1 "$m1" "Cluster is unhealthy: hazelcast members [127.0.0.11, 127.0.0.13] differ from the octane.conf nodes" 5
check "every node: /admin/server/status 500" wait_status 500 5 1 2 3
check "fault off port-5701-blocked@2" "$L" fault off port-5701-blocked@2 --state "$D"
check "port-5701-blocked off: every node at size 3 again, status 200" sh_eval 'wait_cluster 3 8 1 2 3 && wait_status 200 5 1 2 3'

# hz-member-mismatch@3: a stale hazelcast.xml (itself and 127.0.0.98), kept by the server at
# its next start: octane3 is a cluster of one, octane1 and 2 one of two; off + restart: 3 again
check "fault on hz-member-mismatch@3" "$L" fault on hz-member-mismatch@3 --state "$D"
expect "hz-member-mismatch: the running cluster is untouched (no restart)" "3 200" "$(members 3) $(hstatus 3)"
m1=$(mark 1); m3=$(mark 3)
check "octane3 (hz-member-mismatch): restart -> ready" start_and_wait 3 "INFO [server] Server is ready! (Boot time:" restart
expect "octane3 (hz-member-mismatch): hazelcast.xml lists itself and 127.0.0.98" \
    "<member>octane3.lab</member><member>127.0.0.98</member>" "$(nsh 3 "grep -o '<member>.*</member>' /opt/octane/conf/hazelcast.xml")"
check "octane3 (hz-member-mismatch): Could not connect to: /127.0.0.98:5701" wait_line 3 "$m3" "Could not connect to: /127.0.0.98:5701. Reason:" 5
check "octane3: Members {size:1}; octane1, octane2: {size:2}" sh_eval 'wait_cluster 1 8 3 && wait_cluster 2 8 1 2'
check "octane1: Removing Member [127.0.0.13]:5701 (octane3's old self)" wait_line 1 "$m1" "Removing Member [127.0.0.13]:5701 - " 8
check "octane3: Cluster is unhealthy: hazelcast members [127.0.0.13] ..." \
    wait_line 3 "$m3" "ERROR [com.hpe.octane.cluster] Cluster is unhealthy: hazelcast members [127.0.0.13] differ from the octane.conf nodes [octane1.lab, octane2.lab, octane3.lab]" 5
check "every node: /admin/server/status 500" wait_status 500 5 1 2 3
check "fault off hz-member-mismatch@3" "$L" fault off hz-member-mismatch@3 --state "$D"
expect "hz-member-mismatch off: the stale hazelcast.xml is gone" "absent" "$(nsh 3 'test -e /opt/octane/conf/hazelcast.xml && echo present || echo absent')"
check "octane3: restart -> ready" start_and_wait 3 "INFO [server] Server is ready! (Boot time:" restart
check "hz-member-mismatch off: every node at size 3 again, status 200" sh_eval 'wait_cluster 3 8 1 2 3 && wait_status 200 5 1 2 3'

# hz-port-taken@2: a holder of nobody on 127.0.0.12:5701; octane2's next start binds 5702, and
# the peers still reach it (they probe 5701..5703); off: the holder goes, 5701 again
check "fault on hz-port-taken@2" "$L" fault on hz-port-taken@2 --state "$D"
m2=$(mark 2)
check "octane2 (hz-port-taken): restart -> ready" start_and_wait 2 "INFO [server] Server is ready! (Boot time:" restart
check "octane2 (hz-port-taken): ss -ltnp (root, on the node) shows the holder on 127.0.0.12:5701, the server on 5702" bash -c \
    "o=\$(ssh ${SSH_OPTS[*]} ${KEY_OPTS[*]} ocwadmin@octane2.lab 'sudo -n ss -ltnpH'); printf '%s\n' \"\$o\" | grep -E '127\.0\.0\.12:5701 ' | grep -q ocwlab-holder && printf '%s\n' \"\$o\" | grep -qE '127\.0\.0\.12:5702 '"
expect "hz-port-taken: the holder runs as nobody, named ocwlab-port-holder" "nobody ocwlab-port-holder" \
    "$(ps -eo user=,args= | grep '^nobody *ocwlab-port-holder' | awk '{print $1, $2; exit}')"
check "octane2 (hz-port-taken): Picked [127.0.0.12]:5702, using socket ServerSocket[addr=/127.0.0.12,localport=5702], bind any local is false" \
    wait_line 2 "$m2" "Picked [127.0.0.12]:5702, using socket ServerSocket[addr=/127.0.0.12,localport=5702], bind any local is false" 2
check "hz-port-taken: every node at size 3 (the peers found octane2 on 5702), status 200" sh_eval 'wait_cluster 3 8 1 2 3 && wait_status 200 5 1 2 3'
check "octane1: octane2 in its Members block as [127.0.0.12]:5702" wait_line 1 0 "	Member [127.0.0.12]:5702 - " 2
expect "octane1, octane3: their servers still on 5701" "2" "$(ss -ltnH | grep -cE '127\.0\.0\.1[13]:5701 ')"
check "fault off hz-port-taken@2" "$L" fault off hz-port-taken@2 --state "$D"
expect "hz-port-taken off: no holder left" "0" "$(pgrep -c -f '^ocwlab-port-holder')"
m2=$(mark 2)
check "octane2: restart -> Picked [127.0.0.12]:5701" start_and_wait 2 "Picked [127.0.0.12]:5701, using socket" restart
check "hz-port-taken off: every node at size 3" wait_cluster 3 8 1 2 3

# node-down-late@3: octane3's server is ready, then dies 6 s later; the others remove it
check "fault on node-down-late@3" "$L" fault on node-down-late@3 --state "$D"
m1=$(mark 1); m3=$(mark 3)
check "octane3 (node-down-late): restart -> ready" start_and_wait 3 "INFO [server] Server is ready! (Boot time:" restart
t0=$(date +%s.%N)
expect "octane3 (node-down-late): still active 3 s after the ready line" "active" "$(sleep 3; nsh 3 'systemctl is-active octane')"
check "octane3 (node-down-late): FATAL [server] The server stopped unexpectedly 6 s after it was ready" \
    wait_line 3 "$m3" "FATAL [server] The server stopped unexpectedly 6 s after it was ready (simulated crash)" 8
t1=$(date +%s.%N)
expect "octane3 (node-down-late): is-active failed (within 2 s of the line)" "failed" \
    "$(nsh 3 'for i in $(seq 40); do systemctl is-active -q octane || break; sleep 0.05; done; systemctl is-active octane')"
check "octane1 (node-down-late@3): Removing Member [127.0.0.13]:5701" wait_line 1 "$m1" "Removing Member [127.0.0.13]:5701 - " 8
check "node-down-late: octane1, octane2 at size 2, status 500" sh_eval 'wait_cluster 2 8 1 2 && wait_status 500 5 1 2'
check "fault off node-down-late@3" "$L" fault off node-down-late@3 --state "$D"
check "octane3: start -> ready" start_and_wait 3 "INFO [server] Server is ready! (Boot time:"
expect "octane3 (node-down-late off): still active 8 s after its ready line" "active" "$(sleep 8; nsh 3 'systemctl is-active octane')"
check "node-down-late off: every node at size 3, status 200" sh_eval 'wait_cluster 3 8 1 2 3 && wait_status 200 5 1 2 3'

# lb-misrouted@2: the load balancer's pool leaves octane2 out, at once; off: back in
check "fault on lb-misrouted@2" "$L" fault on lb-misrouted@2 --state "$D"
expect "lb-misrouted@2: 9 requests through lb.lab never reach octane2" "127.0.0.11:8080 127.0.0.13:8080" "$(lb_addrs 9)"
expect "lb-misrouted@2: octane2 itself still serves, the cluster is whole" "200 3" "$(hstatus 2) $(members 2)"
check "fault off lb-misrouted@2" "$L" fault off lb-misrouted@2 --state "$D"
expect "lb-misrouted off: all three nodes again" "127.0.0.11:8080 127.0.0.12:8080 127.0.0.13:8080" "$(lb_addrs 9)"

check "down (the cluster)" "$L" down --state "$D"
snapshot >"$WORK/after-cluster"
if diff -u "$WORK/before" "$WORK/after-cluster" >"$WORK/diff"; then
    ok "after the cluster and its faults, the machine is as before"
else
    ko "after the cluster and its faults, the machine is as before" "$(head -c 600 "$WORK/diff")"
fi

# ------------------------------------------------------------------ 8 nodes
t0=$(date +%s.%N)
check "up --nodes 8 (with --fault hz-port-taken@7 --fault lb-misrouted@6)" "$L" up --nodes 8 --state "$D" --fault port-5701-blocked@8 --fault sshd-down@5 \
    --fault hz-port-taken@7 --fault lb-misrouted@6
expect "up --fault hz-port-taken@7: the holder has 127.0.0.17:5701; --fault lb-misrouted@6: octane6 not in nginx.conf" "1 0 7" \
    "$(ss -ltnpH | grep '127.0.0.17:5701 ' | grep -c ocwlab-holder) $(grep -c '127.0.0.16:' "$D/lb/nginx.conf") $(grep -c '^        server 127.0.0.1' "$D/lb/nginx.conf")"
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
