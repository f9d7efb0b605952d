#!/usr/bin/env python3
"""Prints the settings of a cluster profile (profile.json) as shell assignments, for the bench's
peers (ssh-peer.sh, ansible/make-inventory.py reads the profile itself):

    eval "$(tests/bench/profile-env.py --profile DIR/profile.json --nodes 3)"

sets P_USER P_PORT P_KEY P_KNOWN_HOSTS P_DB_HOST P_DB_PORT P_REPO P_INSTALL_USER P_INSTALL_DIR
and P_NODES (space-separated hosts, the first N of the profile).
"""
import argparse
import json
import shlex
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", required=True)
    ap.add_argument("--nodes", type=int, default=0, help="first N nodes (default: all)")
    a = ap.parse_args()
    with open(a.profile) as f:
        p = json.load(f)
    nodes = [n["host"] for n in p["nodes"]]
    if a.nodes:
        if a.nodes > len(nodes):
            sys.exit("profile-env: --nodes %d: the profile has only %d nodes" % (a.nodes, len(nodes)))
        nodes = nodes[: a.nodes]
    ssh = p.get("ssh", {})
    if ssh.get("auth", "key") != "key":
        sys.exit("profile-env: the peers need key authentication (ssh.auth \"key\")")
    values = {
        "P_USER": ssh["user"],
        "P_PORT": str(ssh.get("port", 22)),
        "P_KEY": ssh["keyFile"],
        "P_KNOWN_HOSTS": ssh.get("knownHostsFile", ""),
        "P_DB_HOST": p["database"]["host"],
        "P_DB_PORT": str(p["database"].get("port", 1521)),
        "P_REPO": p["repositoryDir"],
        "P_INSTALL_USER": p.get("installUser", "octane"),
        "P_INSTALL_DIR": p.get("installDir", "/opt/octane"),
        "P_NODES": " ".join(nodes),
    }
    for k, v in values.items():
        print("%s=%s" % (k, shlex.quote(v)))


if __name__ == "__main__":
    main()
