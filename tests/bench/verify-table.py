#!/usr/bin/env python3
"""Turns the runs of verify-bench.sh (runs.jsonl, one JSON object per measured run) into
Markdown tables: wall time medians, ratio ours/peer, time beyond the readiness window, the
targets, CPU, load, and where ours spends its time (from its JSON reports).

    tests/bench/verify-table.py --results DIR/runs.jsonl [DIR2/runs.jsonl ...]
        [--loadavg DIR/loadavg.log ...]

Only runs that exited 0 (a healthy verdict) count; the tables say how many did. The JSON
reports of ours are read from next to runs.jsonl (n<N>-r<R>-ours.json).
"""
import argparse
import json
import os

NAMES = {"ours": "ours (`verify`)", "peer": "shell peer (`ssh-verify-peer.sh`)"}
BEYOND_TARGET_S = 1.5   # at most this much beyond the readiness window (8 nodes)
RATIO_TARGET = 1.5      # within this factor of the peer


def median(values):
    v = sorted(values)
    if not v:
        return None
    n = len(v)
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2.0


def sec(ms):
    return "n/a" if ms is None else "%.2f s" % (ms / 1000.0)


def x(v):
    return "n/a" if v is None else "%.2f×" % v


def verdict(ok):
    return "not measured" if ok is None else ("met" if ok else "**MISSED**")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", required=True, nargs="+")
    ap.add_argument("--loadavg", nargs="*", default=[])
    a = ap.parse_args()
    rows = []
    for path in a.results:
        for line in open(path):
            if line.strip():
                row = json.loads(line)
                row["_dir"] = os.path.dirname(os.path.abspath(path))
                rows.append(row)
    if not rows:
        print("No runs.")
        return
    counts = sorted({r["nodes"] for r in rows})

    def runs(n, who, ok=True):
        return [r for r in rows if r["nodes"] == n and r["who"] == who and (r["rc"] == 0 or not ok)]

    def med(n, who, field):
        return median([r[field] for r in runs(n, who)])

    print("### Verify: wall time of the whole process (median of the runs that exited 0)\n")
    print("| Nodes | Window, readings | Ours | Peer | Ours ÷ peer | Ours beyond the window | Peer beyond the window | Runs ok (ours, peer) |")
    print("|---|---|---|---|---|---|---|---|")
    targets = {}
    for n in counts:
        win_s = rows[[r["nodes"] for r in rows].index(n)]["windowS"]
        readings = rows[[r["nodes"] for r in rows].index(n)]["readings"]
        o, p = med(n, "ours", "wallMs"), med(n, "peer", "wallMs")
        ratio = None if o is None or not p else o / p
        ob = None if o is None else o - win_s * 1000.0
        pb = None if p is None else p - win_s * 1000.0
        rng = lambda who: ("%s–%s" % (sec(min(r["wallMs"] for r in runs(n, who))),
                                       sec(max(r["wallMs"] for r in runs(n, who))))
                           if runs(n, who) else "")
        print("| %d | %d s, %d | %s (%s) | %s (%s) | %s | %s | %s | %d/%d, %d/%d |" % (
            n, win_s, readings, sec(o), rng("ours"), sec(p), rng("peer"), x(ratio), sec(ob), sec(pb),
            len(runs(n, "ours")), len(runs(n, "ours", False)),
            len(runs(n, "peer")), len(runs(n, "peer", False))))
        targets[n] = (ob, ratio)
    print()
    print("| Target (issue) | Figure | |")
    print("|---|---|---|")
    big = max(counts)
    ob, ratio = targets[big]
    print("| at most %.1f s beyond the readiness window, %d nodes | %s | %s |" % (
        BEYOND_TARGET_S, big, sec(ob), verdict(None if ob is None else ob <= BEYOND_TARGET_S * 1000)))
    for n in counts:
        ob, ratio = targets[n]
        print("| within %.1f× of the peer, %d nodes | %s | %s |" % (
            RATIO_TARGET, n, x(ratio), verdict(None if ratio is None else ratio <= RATIO_TARGET)))
    print()

    print("### CPU per run (median) and load\n")
    print("| Nodes | Who | Its CPU (process + children) | Lab nodes' CPU | Whole machine CPU | Load (1 min) at start | Busy share before |")
    print("|---|---|---|---|---|---|---|")
    for n in counts:
        for who in ("ours", "peer"):
            rs = runs(n, who)
            if not rs:
                continue
            client = median([r["clientCpuMs"] for r in rs if r.get("clientCpuMs")])
            print("| %d | %s | %s | %s | %s | %s | %s |" % (
                n, NAMES[who], sec(client), sec(med(n, who, "nodesCpuMs")), sec(med(n, who, "machineCpuMs")),
                "%.2f–%.2f" % (min(r["load1"] for r in rs), max(r["load1"] for r in rs)),
                "%.2f–%.2f" % (min(r["preBusy"] for r in rs), max(r["preBusy"] for r in rs))))
    loads = []
    for path in a.loadavg:
        for line in open(path):
            f = line.split()
            if len(f) >= 2:
                loads.append(float(f[1]))
    if loads:
        print("\nLoad average (1 min) over the benchmark, sampled every 5 s: median %.2f, max %.2f; %d cores."
              % (median(loads), max(loads), rows[0].get("cores", 0)))
    print()

    # Where ours spends its time: per step, the slowest node's durationMs (median over runs),
    # and the process around the report (wall - report durationMs).
    print("### Where ours spends its time (median over its runs)\n")
    print("| Nodes | Wall | Report `durationMs` | Outside the report (start, secrets, exit) | Slowest `ssh.connect` | Slowest `verify.readings` | Readings beyond the window |")
    print("|---|---|---|---|---|---|---|")
    for n in counts:
        rep, outside, conn, read = [], [], [], []
        for r in runs(n, "ours"):
            path = os.path.join(r["_dir"], "n%d-r%d-ours.json" % (n, r["run"]))
            if not os.path.exists(path):
                continue
            d = json.load(open(path))
            rep.append(d.get("durationMs", 0))
            outside.append(r["wallMs"] - d.get("durationMs", 0))
            res = d.get("results", [])
            conn.append(max([x.get("durationMs", 0) for x in res if x.get("check") == "ssh.connect"] or [0]))
            read.append(max([x.get("durationMs", 0) for x in res if x.get("check") == "verify.readings"] or [0]))
        if not rep:
            continue
        win_ms = runs(n, "ours")[0]["windowS"] * 1000.0
        print("| %d | %s | %s | %s | %s | %s | %s |" % (
            n, sec(med(n, "ours", "wallMs")), sec(median(rep)), sec(median(outside)),
            sec(median(conn)), sec(median(read)), sec(median(read) - win_ms)))


if __name__ == "__main__":
    main()
