#!/bin/bash
# The Ansible peer: runs tests/bench/ansible/checks.yml against the first N nodes of a profile,
# tuned the usual way (forks = N, pipelining, no facts, interpreter named, ControlPersist as
# Ansible's default). Every run starts cold: its own control-socket dir, closed afterwards.
#
#   tests/bench/ansible-peer.sh --profile DIR/profile.json [--nodes N] [--log FILE]
#
# Exit status: ansible-playbook's (non-zero when a node failed a cross-node check).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
profile= nodes=0 log=/dev/null
while [ $# -gt 0 ]; do
    case $1 in
        --profile) profile=$2; shift 2 ;;
        --nodes) nodes=$2; shift 2 ;;
        --log) log=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
        *) echo "ansible-peer: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -n "$profile" ] || { echo "ansible-peer: --profile FILE is required" >&2; exit 2; }
command -v ansible-playbook >/dev/null || { echo "ansible-peer: ansible-playbook not found (apt-get install ansible-core)" >&2; exit 2; }

work=$(mktemp -d /tmp/ocw-ansible.XXXXXX)
cleanup() {
    # ControlPersist leaves one master per node behind for 60 s: close them.
    for s in "$work"/cp/*; do
        [ -S "$s" ] && ssh -o ControlPath="$s" -O exit placeholder >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
"$here/ansible/make-inventory.py" --profile "$profile" --nodes "$nodes" --out "$work"
run=$(date +%s%N | tail -c 10)$$
ANSIBLE_CONFIG="$work/ansible.cfg" ansible-playbook "$here/ansible/checks.yml" -e "run_id=$run" ${OCW_ANSIBLE_VERBOSE:+-v} >"$log" 2>&1
