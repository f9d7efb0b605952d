#!/usr/bin/env python3
"""Writes an Ansible inventory and ansible.cfg for the first N nodes of a cluster profile, for
the bench's Ansible peer (checks.yml):

    tests/bench/ansible/make-inventory.py --profile DIR/profile.json --nodes 8 --out WORKDIR
    tests/bench/ansible/make-inventory.py --profile DIR/profile.json --other-nodes \
        --extra-ssh-args "-o Ciphers=aes128-ctr" --out WORKDIR      # othernodes.yml

WORKDIR gets inventory.ini (group `nodes`, the profile's login user, key and known_hosts,
host key checking on) and ansible.cfg tuned the usual way: forks = number of nodes,
pipelining on, facts off, the interpreter named (no discovery), and OpenSSH's
ControlMaster/ControlPersist as Ansible sets them by default, with the control sockets in
WORKDIR/cp (so every run starts cold and the wrapper can close them afterwards).
"""
import argparse
import json
import os
import shlex
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", required=True)
    ap.add_argument("--nodes", type=int, default=0)
    ap.add_argument("--other-nodes", action="store_true",
                    help="every node but the profile's first node (for othernodes.yml)")
    ap.add_argument("--extra-ssh-args", default="",
                    help="appended to ansible_ssh_common_args (e.g. -o Ciphers=aes128-ctr)")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    with open(a.profile) as f:
        p = json.load(f)
    nodes = [n["host"] for n in p["nodes"]]
    if a.nodes:
        if a.nodes > len(nodes):
            sys.exit("make-inventory: --nodes %d: the profile has only %d nodes" % (a.nodes, len(nodes)))
        nodes = nodes[: a.nodes]
    if a.other_nodes:
        first = p.get("firstNode") or p["nodes"][0]["host"]
        nodes = [n for n in nodes if n != first]
        if not nodes:
            sys.exit("make-inventory: --other-nodes: the profile has no node but the first")
    ssh = p["ssh"]
    if ssh.get("auth", "key") != "key":
        sys.exit("make-inventory: the Ansible peer needs key authentication")
    os.makedirs(os.path.join(a.out, "cp"), exist_ok=True)

    common = " ".join([
        "-o UserKnownHostsFile=%s" % ssh["knownHostsFile"],
        "-o GlobalKnownHostsFile=/dev/null",
        "-o StrictHostKeyChecking=yes",
        "-o IdentitiesOnly=yes",
        # The key exchange the product negotiates (libssh2 1.10); OpenSSH 9.2 would pick
        # sntrup761x25519, which costs about 0.1 s of CPU per connection on this machine.
        "-o KexAlgorithms=curve25519-sha256",
    ] + ([a.extra_ssh_args] if a.extra_ssh_args else []))
    with open(os.path.join(a.out, "inventory.ini"), "w") as f:
        f.write("[nodes]\n")
        for n in nodes:
            f.write("%s\n" % n)
        f.write("\n[nodes:vars]\n")
        for k, v in [
            ("ansible_user", ssh["user"]),
            ("ansible_port", str(ssh.get("port", 22))),
            ("ansible_ssh_private_key_file", ssh["keyFile"]),
            ("ansible_ssh_common_args", common),
            ("ansible_python_interpreter", "/usr/bin/python3"),
            ("ocw_repo", p["repositoryDir"]),
            ("ocw_install_dir", p.get("installDir", "/opt/octane")),
            ("ocw_install_user", p.get("installUser", "octane")),
            ("ocw_db_host", p["database"]["host"]),
            ("ocw_db_port", str(p["database"].get("port", 1521))),
        ]:
            f.write("%s=%s\n" % (k, shlex.quote(v) if " " in v else v))

    with open(os.path.join(a.out, "ansible.cfg"), "w") as f:
        f.write(
            "[defaults]\n"
            "inventory = %(inv)s\n"
            "forks = %(forks)d\n"
            "gathering = explicit\n"
            "host_key_checking = True\n"
            "retry_files_enabled = False\n"
            "interpreter_python = /usr/bin/python3\n"
            "local_tmp = %(tmp)s\n"
            "\n[ssh_connection]\n"
            "pipelining = True\n"
            "# Ansible's own default ssh_args, written out: ControlMaster/ControlPersist on.\n"
            "ssh_args = -C -o ControlMaster=auto -o ControlPersist=60s\n"
            "control_path_dir = %(cp)s\n"
            % {
                "inv": os.path.join(a.out, "inventory.ini"),
                "forks": len(nodes),
                "tmp": os.path.join(a.out, "tmp"),
                "cp": os.path.join(a.out, "cp"),
            }
        )


if __name__ == "__main__":
    main()
