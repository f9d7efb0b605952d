#!/usr/bin/env python3
"""Turns the runs of othernodes-bench.sh (runs.jsonl, one JSON object per measured run) into
Markdown tables: wall time medians and ratios, bytes sent, CPU, the targets.

    tests/bench/othernodes-table.py --results DIR/runs.jsonl [DIR2/runs.jsonl ...]
        [--loadavg DIR/loadavg.log] [--cores 2]

Only runs that exited 0 and left every other node installed, active and ready count; the
tables say how many did.
"""
import argparse
import json
import os

NAMES = {
    "ours-share": "ours, `--delivery share`",
    "ours-upload": "ours, `--delivery upload`",
    "openssh": "plain OpenSSH",
    "ansible": "Ansible",
}
ORDER = ["ours-share", "ours-upload", "openssh", "ansible"]


def median(values):
    v = sorted(values)
    if not v:
        return None
    n = len(v)
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2.0


def sec(ms):
    return "n/a" if ms is None else "%.2f s" % (ms / 1000.0)


def x(v, digits=2):
    return "n/a" if v is None else ("%." + str(digits) + "f×") % v


def div(a, b):
    return None if a is None or b is None or b == 0 else a / b


def mib(b):
    return "n/a" if b is None else "%.1f MiB" % (b / 1048576.0)


def verdict(ok):
    return "not measured" if ok is None else ("met" if ok else "**MISSED**")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", required=True, nargs="+",
                    help="runs.jsonl of one or more runs of othernodes-bench.sh (pooled)")
    ap.add_argument("--loadavg", nargs="*")
    ap.add_argument("--cores", type=int, default=0)
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
    ks = sorted({r["others"] for r in rows})
    strategies = [s for s in ORDER if any(r["strategy"] == s for r in rows)]
    if len({(r["packageBytes"], r["bootDelayS"]) for r in rows}) > 1:
        raise SystemExit("othernodes-table: the runs differ in package size or boot delay: not pooled")
    pkg = rows[0]["packageBytes"]
    boot_ms = rows[0]["bootDelayS"] * 1000.0

    def runs(k, s, ok=True):
        return [r for r in rows if r["others"] == k and r["strategy"] == s and (r["rc"] == 0 or not ok)]

    def med(k, s, field):
        vals = [r[field] for r in runs(k, s) if r.get(field) is not None]
        return median(vals)

    out = []
    p = out.append
    p("Package %s (%d bytes); lab boot delay %.1f s; medians of the successful runs "
      "(successful/all), min–max in brackets." % (mib(pkg), pkg, boot_ms / 1000.0))
    p("")
    head = "| Other nodes (lab) | " + " | ".join(NAMES[s] for s in strategies)
    ratios = []
    if "openssh" in strategies:
        ratios += [("ours-share", "openssh", "ours share ÷ OpenSSH"), ("ours-upload", "openssh", "ours upload ÷ OpenSSH")]
    if "ansible" in strategies:
        ratios += [("ansible", "ours-share", "Ansible ÷ ours share"), ("ansible", "ours-upload", "Ansible ÷ ours upload")]
    ratios = [t for t in ratios if t[0] in strategies and t[1] in strategies]
    p(head + "".join(" | " + t[2] for t in ratios) + " |")
    p("|---" * (1 + len(strategies) + len(ratios)) + "|")
    for k in ks:
        cells = []
        for s in strategies:
            ok, all_ = runs(k, s), runs(k, s, ok=False)
            walls = [r["wallMs"] for r in ok]
            if walls:
                cells.append("%s (%s–%s, %d/%d)" % (sec(median(walls)), "%.2f" % (min(walls) / 1000.0),
                                                   "%.2f" % (max(walls) / 1000.0), len(ok), len(all_)))
            else:
                cells.append("failed (0/%d)" % len(all_))
        for num, den, _ in ratios:
            cells.append(x(div(med(k, num, "wallMs"), med(k, den, "wallMs"))))
        p("| %d (%d nodes) | " % (k, k + 1) + " | ".join(cells) + " |")
    p("")

    # Beyond the boot delay: the largest count against 1 other node.
    kmin, kmax = ks[0], ks[-1]
    scaling = {}
    if kmin != kmax:
        p("Wall time beyond the %.1f s boot delay, (T%d − boot) ÷ (T%d − boot):" % (boot_ms / 1000.0, kmax, kmin))
        p("")
        p("| | " + " | ".join(NAMES[s] for s in strategies) + " |")
        p("|---" * (1 + len(strategies)) + "|")
        for k in ks:
            p("| T%d − boot | " % k + " | ".join(
                sec(None if med(k, s, "wallMs") is None else med(k, s, "wallMs") - boot_ms) for s in strategies) + " |")
        cells = []
        for s in strategies:
            tmax, tmin = med(kmax, s, "wallMs"), med(kmin, s, "wallMs")
            scaling[s] = div(None if tmax is None else tmax - boot_ms, None if tmin is None else tmin - boot_ms)
            cells.append(x(scaling[s]))
        p("| ratio %d ÷ %d | " % (kmax, kmin) + " | ".join(cells) + " |")
        p("")

    # Bytes.
    p("Bytes sent from this machine (JSON: sum of `bytesSent` of the product's results; wire: "
      "every packet to a lab node's port 22, nft counter, SSH framing included), ÷ package size:")
    p("")
    p("| Other nodes | " + " | ".join(NAMES[s] for s in strategies) + " |")
    p("|---" * (1 + len(strategies)) + "|")
    for k in ks:
        cells = []
        for s in strategies:
            j, w = med(k, s, "bytesSentJson"), med(k, s, "wireBytes")
            parts = []
            if j is not None:
                parts.append("JSON %s (%s)" % (mib(j), x(div(j, pkg))))
            if w is not None:
                parts.append("wire %s (%s)" % (mib(w), x(div(w, pkg))))
            cells.append(", ".join(parts) or "n/a")
        p("| %d | " % k + " | ".join(cells) + " |")
    p("")

    # CPU.
    p("CPU per run, medians (lab nodes: their cgroups; machine: /proc/stat, all cores; the "
      "rest ≈ the client side and the machine's other work):")
    p("")
    p("| Other nodes | " + " | ".join(NAMES[s] + ": nodes / machine" for s in strategies) + " |")
    p("|---" * (1 + len(strategies)) + "|")
    for k in ks:
        cells = []
        for s in strategies:
            cells.append("%s / %s" % (sec(med(k, s, "nodesCpuMs")), sec(med(k, s, "machineCpuMs"))))
        p("| %d | " % k + " | ".join(cells) + " |")
    p("")
    loads = [r["load1"] for r in rows]
    note = "1-minute load average at the start of each run: min %.2f, median %.2f, max %.2f" % (
        min(loads), median(loads), max(loads))
    if a.loadavg:
        try:
            samples = [float(l.split()[1]) for f in a.loadavg for l in open(f) if l.strip()]
            if samples:
                note += "; sampled every 5 s over the whole benchmark: median %.2f, max %.2f" % (
                    median(samples), max(samples))
        except (OSError, ValueError, IndexError):
            pass
    busy = [r["preBusy"] for r in rows if r.get("preBusy") is not None]
    if busy:
        note += "; machine busy in the second before a run: median %.0f %%, max %.0f %%" % (
            100 * median(busy), 100 * max(busy))
        waited = [r.get("quietWaitS", 0) for r in rows]
        if any(w > 1 for w in waited):
            note += "; %d run(s) waited for a quiet machine (longest %d s)" % (
                sum(1 for w in waited if w > 1), max(waited))
    if a.cores:
        note += " (%d cores)" % a.cores
    p(note + ".")
    p("")

    # Where ours spends its time: per step the slowest node's duration (the steps of one node
    # run one after the other, the nodes in parallel), from the product's JSON report.
    for s in ("ours-share", "ours-upload"):
        if s not in strategies:
            continue
        steps, per_k = [], {}
        for k in ks:
            acc = {}
            for r in runs(k, s):
                try:
                    rep = json.load(open(os.path.join(r["_dir"], "k%d-r%d-%s.json" % (k, r["run"], s))))
                except (OSError, ValueError):
                    continue
                worst = {}
                for res in rep.get("results", []):
                    c = res.get("check", "")
                    worst[c] = max(worst.get(c, 0), res.get("durationMs", 0))
                    if c not in steps:
                        steps.append(c)
                worst["(process start and exit: wall − report)"] = r["wallMs"] - rep.get("durationMs", r["wallMs"])
                for c, v in worst.items():
                    acc.setdefault(c, []).append(v)
            per_k[k] = acc
        steps.append("(process start and exit: wall − report)")
        if not any(per_k.values()):
            continue
        p("Where %s spends its time: per step, the slowest node's duration (ms, median over runs; "
          "the nodes run in parallel, each node's steps in order):" % NAMES[s])
        p("")
        p("| Step | " + " | ".join("%d other node(s)" % k for k in ks) + " |")
        p("|---" * (1 + len(ks)) + "|")
        for c in steps:
            cells = []
            for k in ks:
                v = per_k.get(k, {}).get(c)
                cells.append("—" if not v else "%.0f" % median(v))
            p("| %s | " % c + " | ".join(cells) + " |")
        p("")

    # Targets.
    def beyond(k, s):
        m = med(k, s, "wallMs")
        return None if m is None else m - boot_ms

    p("| Target | Figure | Verdict |")
    p("|---|---|---|")
    for k in ks:
        for s in ("ours-share", "ours-upload"):
            if s in strategies and "openssh" in strategies:
                r = div(med(k, s, "wallMs"), med(k, "openssh", "wallMs"))
                rb = div(beyond(k, s), beyond(k, "openssh"))
                p("| %s ÷ OpenSSH ≤ 1.2×, %d other node(s) | %s (beyond the boot delay %s) | %s |" % (
                    NAMES[s], k, x(r, 3), x(rb), verdict(None if r is None else r <= 1.2)))
    for k in ks:
        for s in ("ours-share", "ours-upload"):
            if s in strategies and "ansible" in strategies:
                r = div(med(k, "ansible", "wallMs"), med(k, s, "wallMs"))
                rb = div(beyond(k, "ansible"), beyond(k, s))
                p("| Ansible ÷ %s ≥ 3×, %d other node(s) | %s (beyond the boot delay %s) | %s |" % (
                    NAMES[s], k, x(r, 3), x(rb), verdict(None if r is None else r >= 3.0)))
    for s in ("ours-share", "ours-upload"):
        if s in scaling:
            r = scaling[s]
            p("| %s: (T%d − boot) ÷ (T%d − boot) ≤ 2× | %s | %s |" % (
                NAMES[s], kmax, kmin, x(r, 3), verdict(None if r is None else r <= 2.0)))
    if "ours-share" in strategies:
        worst = max((med(k, "ours-share", "bytesSentJson") or 0 for k in ks), default=None)
        worst_wire = max((med(k, "ours-share", "wireBytes") or 0 for k in ks), default=None)
        r = div(worst, pkg)
        p("| share: bytes sent ≤ 1.1× the package, any N (JSON; wire) | %s; %s | %s |" % (
            x(r, 3), x(div(worst_wire, pkg), 3), verdict(None if r is None else r <= 1.1)))
    print("\n".join(out))


if __name__ == "__main__":
    main()
