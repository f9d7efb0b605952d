#!/usr/bin/env python3
"""Turns the raw figures of one run-bench.sh run (ocw_bench JSON, hyperfine JSON,
ocw_upload_bench and ocw_firstnode_bench JSON) into the Markdown table:
measurement | ours | peer | ratio | target.

    tests/bench/make-table.py --dir RESULTS_DIR --nodes 8 --counts 1,3,8 [--only all|checks|first-node]
"""
import argparse
import json
import os
import platform


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def hf_median_ms(d, name):
    """Median wall time (ms) of a hyperfine export, None when missing or failed."""
    h = load(os.path.join(d, name + ".json"))
    if not h or not h.get("results"):
        return None
    r = h["results"][0]
    if any(c != 0 for c in r.get("exit_codes", [])):
        return None
    return r["median"] * 1000.0


def hf_p95_ms(d, name):
    h = load(os.path.join(d, name + ".json"))
    if not h or not h.get("results"):
        return None
    times = sorted(h["results"][0]["times"])
    if not times:
        return None
    rank = max(1, -(-95 * len(times) // 100))
    return times[rank - 1] * 1000.0


def ms(v):
    if v is None:
        return "n/a"
    if v >= 1000:
        return "%.2f s" % (v / 1000.0)
    if v >= 100:
        return "%.0f ms" % v
    if v >= 10:
        return "%.1f ms" % v
    return "%.2f ms" % v


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "n/a"
    return "%.1f×" % (a / b)


def verdict(ok, text):
    if ok is None:
        return text + ": not measured"
    return text + (": met" if ok else ": **MISSED**")


def median(values):
    v = sorted(values or [])
    if not v:
        return None
    n = len(v)
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2.0


def mibs(v):
    return "n/a" if v is None else "%.0f MiB/s" % v


def rate_ratio(ours, peer):
    """Ours ÷ peer of a throughput: the peer's time ÷ ours, like the other rows."""
    if ours is None or peer is None or peer == 0:
        return "n/a"
    return "%.2f×" % (ours / peer)


def first_node_rows(d, add, notes):
    up = load(os.path.join(d, "upload.json"))
    if up:
        n, size = up.get("runs", "?"), up.get("sizeMib", "?")
        send, e2e, conn = median(up.get("oursSend")), median(up.get("oursEndToEnd")), median(up.get("oursWithConnect"))
        back_send, back = median(up.get("readBackSend")), median(up.get("readBackEndToEnd"))
        net, wall = median(up.get("sftpNet")), median(up.get("sftpWall"))
        ok = lambda o, p: None if o is None or p is None else o / p >= 0.9
        add("Upload %s MiB, aes128-ctr, streaming only (median of %s)" % (size, n), mibs(send),
            "OpenSSH `sftp` transfer (its login subtracted) %s" % mibs(net), rate_ratio(send, net), "—")
        add("Upload %s MiB, end to end: prepare, send, SHA-256 on the node, rename" % size, mibs(e2e),
            "OpenSSH `sftp` transfer (its login subtracted, no verification) %s" % mibs(net),
            rate_ratio(e2e, net), verdict(ok(e2e, net), "≥ 0.9× of sftp"))
        add("Upload %s MiB, end to end with connect + auth" % size, mibs(conn),
            "OpenSSH `sftp` whole process (connect, login, transfer) %s" % mibs(wall),
            rate_ratio(conn, wall), verdict(ok(conn, wall), "≥ 0.9× of sftp"))
        add("Upload %s MiB, the node reading the file back after sending (as before; still after a resume)" % size,
            "%s (streaming %s)" % (mibs(back), mibs(back_send)),
            "OpenSSH `sftp` transfer %s" % mibs(net), rate_ratio(back, net), "—")
        notes.append("Upload: %s runs, ours and sftp alternating first, into the node's tmpfs; the node hashed "
                     "while receiving in %s of %s runs. CPU per 100 MiB, this machine's side: ours %.0f ms "
                     "(libssh2 and the local SHA-256 thread), sftp %.0f ms; the node's side: ours %.0f ms "
                     "(reading back: %.0f ms), sftp %.0f ms. sftp with MACs=hmac-sha2-256 (what libssh2 "
                     "negotiates): %s; `ssh host 'cat > f'`: %s." % (
                         n, up.get("hashedWhileSending", "?"), n, up.get("oursCpuMsPer100Mib", 0.0),
                         up.get("sftpCpuMsPer100Mib", 0.0), up.get("oursNodeCpuMsPer100Mib", 0.0),
                         up.get("readBackNodeCpuMsPer100Mib", 0.0), up.get("sftpNodeCpuMsPer100Mib", 0.0),
                         mibs(median(up.get("sftpSameMacNet"))), mibs(median(up.get("sshCatNet")))))
    fn = load(os.path.join(d, "firstnode.json"))
    if fn:
        boot = fn.get("bootDelayMs", 0.0)
        o, p = fn.get("oursMedianMs"), fn.get("peerMedianMs")
        ob = None if o is None else o - boot
        pb = None if p is None else p - boot
        add("First node: `systemctl start` to ready, beyond the %.1f s boot delay (median of %s)" % (
                boot / 1000.0, fn.get("runs", "?")),
            ms(ob), "OpenSSH `ssh` (ControlMaster) start, then `tail` and `grep` every 0.1 s %s" % ms(pb),
            ratio(pb, ob), verdict(None if ob is None else ob < 1000.0, "< 1 s"))
        notes.append("Start to ready: FirstNodeJob on one session (start command issued → its ready result), "
                     "%s start cycles after a `systemctl stop`, alternating with the OpenSSH peer; whole "
                     "times ours %s (single runs %s), peer %s (%s). What is beyond the boot delay is mostly the "
                     "simulated server's own start (python, its checks), the same for both." % (
                         fn.get("runs", "?"), ms(o), ", ".join("%.0f" % x for x in fn.get("oursStartToReadyMs", [])),
                         ms(p), ", ".join("%.0f" % x for x in fn.get("peerStartToReadyMs", []))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--nodes", type=int, required=True)
    ap.add_argument("--counts", required=True)
    ap.add_argument("--only", default="all", choices=["all", "checks", "first-node"])
    a = ap.parse_args()
    d = a.dir
    counts = [int(c) for c in a.counts.split(",") if c]
    big = a.nodes
    ours = load(os.path.join(d, "ours.json")) or {}
    cat = ours.get("catalogue", {})
    rows = []
    add = lambda *cells: rows.append(cells)
    notes = []
    if a.only != "first-node":
        check_rows(d, counts, big, ours, cat, add, notes)
    if a.only != "checks":
        first_node_rows(d, add, notes)

    out = ["| Measurement | Ours | Peer | Ratio (peer ÷ ours) | Target |", "|---|---|---|---|---|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    la_b = open(os.path.join(d, "loadavg-before")).read().split()[:3] if os.path.exists(os.path.join(d, "loadavg-before")) else []
    la_a = open(os.path.join(d, "loadavg-after")).read().split()[:3] if os.path.exists(os.path.join(d, "loadavg-after")) else []
    notes.insert(0, "Machine: %d cores, %s; load average before %s, after %s." % (
        os.cpu_count(), platform.platform(), " ".join(la_b) or "?", " ".join(la_a) or "?"))
    print("\n".join(out))
    print()
    for n in notes:
        print("- " + n)


def check_rows(d, counts, big, ours, cat, add, notes):

    def cat_ms(k):
        c = cat.get(str(k))
        return c.get("medianMs") if c else None

    runs = ours.get("runs", "?")
    for k in counts:
        o = cat_ms(k)
        s = hf_median_ms(d, "ssh-%d" % k)
        an = hf_median_ms(d, "ansible-%d" % k)
        target = "—"
        if k == 3:
            target = verdict(None if o is None else o < 1000.0, "< 1.0 s")
        add("Catalogue, %d node%s (median of %s)" % (k, "" if k == 1 else "s", runs), ms(o),
            "plain OpenSSH %s" % ms(s), ratio(s, o), target)
        add("Catalogue, %d node%s" % (k, "" if k == 1 else "s"), ms(o), "Ansible %s" % ms(an), ratio(an, o),
            verdict(None if an is None or o is None else an / o >= 5.0, "≥ 5× faster than Ansible"))
    o1, ob = cat_ms(1), cat_ms(big)
    s1, sb = hf_median_ms(d, "ssh-1"), hf_median_ms(d, "ssh-%d" % big)
    a1, ab = hf_median_ms(d, "ansible-1"), hf_median_ms(d, "ansible-%d" % big)
    add("%d vs 1 node (time ratio)" % big, ratio(ob, o1),
        "plain OpenSSH %s, Ansible %s" % (ratio(sb, s1), ratio(ab, a1)), "—",
        verdict(None if ob is None or o1 is None else ob / o1 <= 2.0, "≤ 2×"))
    add("Speed-up over Ansible, %d nodes" % big, ms(ob), "Ansible %s" % ms(ab), ratio(ab, ob),
        verdict(None if ab is None or ob is None else ab / ob >= 5.0, "≥ 5×"))

    rt = ours.get("roundtrip", {})
    srt, srt95 = hf_median_ms(d, "ssh-roundtrip"), hf_p95_ms(d, "ssh-roundtrip")
    add("Round trip `true`, open session, median (p95) of %s" % rt.get("count", "?"),
        "%s (%s)" % (ms(rt.get("medianMs")), ms(rt.get("p95Ms"))),
        "OpenSSH `ssh host true` over a ControlMaster %s (%s)" % (ms(srt), ms(srt95)),
        ratio(srt, rt.get("medianMs")),
        verdict(None if "medianMs" not in rt else rt["medianMs"] < 5.0, "< 5 ms"))
    cn = ours.get("connect", {})
    scn = hf_median_ms(d, "ssh-connect")
    add("Connect + key auth, median of %s" % cn.get("count", "?"),
        "%s (handshake %s ms, auth %s ms)" % (ms(cn.get("medianMs")), cn.get("handshakeMedianMs", "?"), cn.get("authMedianMs", "?")),
        "cold `ssh host true` (process, connect, auth, exec) %s" % ms(scn), ratio(scn, cn.get("medianMs")), "—")

    pk = ours.get("peak", {})
    hwm = pk.get("vmhwmKiB")
    hwm_mb = hwm * 1024 / 1e6 if hwm else None
    add("Peak memory, %d-node run in a fresh process (VmHWM)" % pk.get("nodes", big),
        "n/a" if hwm_mb is None else "%.1f MB" % hwm_mb, "—", "—",
        verdict(None if hwm_mb is None else hwm_mb < 100.0, "< 100 MB"))

    lat = [x for x in (cat.get(str(big), {}).get("lateness"), pk.get("lateness")) if x]
    lmax = max((x["maxMs"] for x in lat), default=None)
    lp99 = max((x["p99Ms"] for x in lat), default=None)
    add("Main (GUI) thread: longest block during the %d-node runs (p99 lateness of a 5 ms timer)" % big,
        "%s (p99 %s)" % (ms(lmax), ms(lp99)), "—", "—",
        verdict(None if lmax is None else lmax < 50.0, "< 50 ms"))
    for k in counts:
        c = hf_median_ms(d, "cli-%d" % k)
        s = hf_median_ms(d, "ssh-%d" % k)
        add("`octane-cluster-wizard check`, whole process, %d node%s" % (k, "" if k == 1 else "s"),
            ms(c), "plain OpenSSH %s" % ms(s), ratio(s, c), "—")

    notes.append("Ours: CheckController in process as `check` drives it (median of %s runs after %s warm-up); "
                 "peers: hyperfine medians of whole processes (%s runs OpenSSH, Ansible as given)." % (
                     runs, ours.get("warmup", "?"), runs))
    for k in counts:
        c = cat.get(str(k), {})
        if c.get("labCpuMedianMs") is not None:
            total = c["labCpuMedianMs"] + c.get("selfCpuMedianMs", 0.0)
            notes.append("CPU per run, %d node%s: the lab's nodes %.0f ms, ocw_bench %.0f ms; on %d cores the run cannot take "
                         "less than %.0f ms (measured %.0f ms)." % (
                             k, "" if k == 1 else "s", c["labCpuMedianMs"], c.get("selfCpuMedianMs", 0.0),
                             os.cpu_count(), total / os.cpu_count(), c.get("medianMs", 0.0)))
    fails = sorted({f for c in cat.values() for f in c.get("failures", [])})
    if fails:
        notes.append("Checks that FAILED during our runs (the lab was not clean; figures suspect): " + "; ".join(fails[:10]))
    for k in counts:
        t = cat.get(str(k), {}).get("trace")
        if not t:
            continue
        stages = ", ".join("stage %s %.0f ms" % (s["stage"], s["durationMs"]) for s in t["stages"])
        steps = ", ".join("%s %.0f/%.0f/%s" % (s["step"], s["medianMs"], s["maxMs"],
                                               "?" if s.get("nodeCpuMedianMs") is None else "%.0f" % s["nodeCpuMedianMs"])
                          for s in t["steps"])
        notes.append("Trace, %d node%s (%.0f ms): %s; after the last step %.0f ms. Steps (median/max wall ms, median node CPU ms, per node): %s." % (
            k, "" if k == 1 else "s", t["wallMs"], stages, t["afterLastStepMs"], steps))


if __name__ == "__main__":
    main()
