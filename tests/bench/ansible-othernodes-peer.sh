#!/bin/bash
# The Ansible peer of `install --phase other-nodes`: runs tests/bench/ansible/othernodes.yml on
# every node of a profile but its first node (which must already run the server), tuned the
# usual way (forks = other nodes, pipelining, no facts, interpreter named, Ansible's default
# ssh_args with ControlPersist), with the product's key exchange and cipher (curve25519-sha256,
# aes128-ctr). Every run starts cold: its own control-socket dir, closed afterwards.
#
#   tests/bench/ansible-othernodes-peer.sh --profile DIR/profile.json --package PKG.rpm
#       [--ready-timeout 120] [--log FILE]
#
# Leaves the package at ~LOGIN_USER/ocw-bench-ansible-<node>.rpm (the lab's homes are the
# host's, shared by the nodes: hence the node's name). Exit status: ansible-playbook's.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
profile= package= timeout=120 log=/dev/null
while [ $# -gt 0 ]; do
    case $1 in
        --profile) profile=$2; shift 2 ;;
        --package) package=$2; shift 2 ;;
        --ready-timeout) timeout=$2; shift 2 ;;
        --log) log=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
        *) echo "ansible-othernodes-peer: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -n "$profile" ] && [ -f "$package" ] || { echo "ansible-othernodes-peer: --profile FILE and --package FILE are required" >&2; exit 2; }
command -v ansible-playbook >/dev/null || { echo "ansible-othernodes-peer: ansible-playbook not found (apt-get install ansible-core)" >&2; exit 2; }
eval "$("$here/profile-env.py" --profile "$profile")"
# The login user's home on the nodes (in the lab: this machine's).
home=$(getent passwd "$P_USER" | cut -d: -f6)
[ -n "$home" ] || home=/home/$P_USER

work=$(mktemp -d /tmp/ocw-ansible.XXXXXX)
cleanup() {
    for s in "$work"/cp/*; do
        [ -S "$s" ] && ssh -o ControlPath="$s" -O exit placeholder >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
"$here/ansible/make-inventory.py" --profile "$profile" --other-nodes \
    --extra-ssh-args "-o Ciphers=aes128-ctr" --out "$work"
extra=$(python3 -c 'import json,sys; print(json.dumps({"ocw_package": sys.argv[1], "ocw_staged": sys.argv[2], "ocw_ready_timeout": int(sys.argv[3])}))' \
    "$(readlink -f "$package")" "$home" "$timeout")
ANSIBLE_CONFIG="$work/ansible.cfg" ansible-playbook "$here/ansible/othernodes.yml" -e "$extra" \
    ${OCW_ANSIBLE_VERBOSE:+-v} >"$log" 2>&1
