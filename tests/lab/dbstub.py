#!/usr/bin/env python3
"""Database stand-in for the lab: listens on db.lab:1521 and accepts and closes every
connection, so a TCP reachability check sees an open port. Started (daemonized) and stopped
by labctl; --state only tags the command line so `labctl down` can find it by pattern."""

import argparse
import os
import selectors
import signal
import socket
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--addr", default="127.0.0.5")
    ap.add_argument("--port", type=int, default=1521)
    ap.add_argument("--state", default="", help="the lab's state dir (tag only)")
    args = ap.parse_args()

    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        srv.bind((args.addr, args.port))
    except OSError as e:
        print(f"dbstub: cannot listen on {args.addr}:{args.port}: {e.strerror}", file=sys.stderr)
        return 1
    srv.listen(256)
    srv.setblocking(False)

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.signal(signal.SIGINT, lambda *_: sys.exit(0))
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    os.chdir("/")
    print(f"dbstub: listening on {args.addr}:{args.port} (pid {os.getpid()})", flush=True)

    sel = selectors.DefaultSelector()
    sel.register(srv, selectors.EVENT_READ)
    while True:
        for _key, _ in sel.select():
            while True:
                try:
                    conn, _peer = srv.accept()
                except (BlockingIOError, InterruptedError):
                    break
                except OSError:
                    break
                conn.close()


if __name__ == "__main__":
    sys.exit(main())
