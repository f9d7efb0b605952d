#!/usr/bin/python3
"""systemctl stand-in of the lab: labctl copies it to DIR/nodes/octane<i>/bin/systemctl and
bind-mounts it over /usr/bin/systemctl in that node's mount namespace (the lab has no systemd).

Knows one unit, octane(.service), which exists once the package is installed (the package's
/opt/octane/wrapper/octane.service). start/stop/restart need root, as with the real one
without polkit; status and is-active work for everyone. The service runs as user octane,
detached, with /etc/environment as its environment file, pid file
/opt/octane/wrapper/octane.pid; the server writes its state (running, failed, stopped) to
/opt/octane/wrapper/octane.state. Node settings (faults, boot delay) come from NODE_JSON,
which labctl sets when it copies this file.
"""

import json
import os
import pwd
import signal
import socket
import subprocess
import sys
import time

NODE_JSON = None                         # set by labctl
HOME = "/opt/octane"
UNIT = "octane.service"
UNIT_FILE = f"{HOME}/wrapper/octane.service"
SERVER = f"{HOME}/wrapper/octane-sim.py"
PID_FILE = f"{HOME}/wrapper/octane.pid"
STATE_FILE = f"{HOME}/wrapper/octane.state"
LOG_FILE = f"{HOME}/log/wrapper.log"
USER = "octane"
PYTHON = "/usr/bin/python3"


def node():
    try:
        with open(NODE_JSON) as f:
            return json.load(f)
    except (OSError, ValueError, TypeError):
        return {}


def err(msg):
    print(msg, file=sys.stderr)


def unit_name(arg):
    return arg if "." in arg else arg + ".service"


def read(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return ""


def main_pid():
    try:
        pid = int(read(PID_FILE))
    except ValueError:
        return None
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read()
        with open(f"/proc/{pid}/stat") as f:
            st = f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return None
    if st in ("Z", "X") or b"octane-sim.py" not in cmd:
        return None
    return pid


def state():
    if main_pid():
        return "active"
    return "failed" if read(STATE_FILE) == "failed" else "inactive"


def environment_file(path="/etc/environment"):
    env = {}
    for line in read(path).splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        if line.startswith("export "):
            line = line[7:].strip()
        k, v = line.split("=", 1)
        v = v.strip()
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
            v = v[1:-1]
        env[k.strip()] = v
    return env


def held_by_holder(addr, port, timeout=3.0):
    """hz-port-taken: the lab's holder grabs addr:port once the old server has let it go;
    wait for that (up to timeout) so that the new server finds it taken."""
    if not addr:
        return False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((addr, port))
        except OSError:
            return True         # in use: held
        finally:
            s.close()
        time.sleep(0.05)
    return False


def do_start(settings):
    if main_pid():
        return 0
    try:
        pw = pwd.getpwnam(USER)
    except KeyError:
        err(f"Failed to start {UNIT}: user {USER} does not exist")
        return 1
    faults = set(settings.get("faults", []))
    conf = f"{HOME}/conf/octane.conf"
    if "bad-conf-owner" in faults and os.path.exists(conf):
        os.chown(conf, 0, 0)            # the fault: octane.conf belongs to root
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": pw.pw_dir,
           "USER": USER, "LOGNAME": USER, "SHELL": pw.pw_shell}
    env.update(environment_file())
    env["OCTANE_SIM_BOOT_DELAY"] = str(settings.get("boot_delay", 3))
    if "service-fails" in faults:
        env["OCTANE_SIM_FAIL"] = "1"
    if "keystore-wrong-password" in faults:
        env["OCTANE_SIM_KEYSTORE_WRONG_PASSWORD"] = "1"
    if "keystore-unreadable" in faults and os.path.isdir(f"{HOME}/conf"):
        for name in os.listdir(f"{HOME}/conf"):   # the fault: the keystore belongs to root
            if name.startswith("keystore.") and not name.endswith(".bak"):
                path = f"{HOME}/conf/{name}"
                if os.path.isfile(path) and not os.path.islink(path):
                    os.chown(path, 0, 0)
                    os.chmod(path, 0o600)
    if "conf-not-in-repo" in faults:
        env["OCTANE_SIM_CONF_NOT_IN_REPO"] = "1"
    if "node-down-late" in faults:
        env["OCTANE_SIM_DOWN_AFTER_READY"] = str(settings.get("down_after_ready", 6))
    stale = settings.get("stale_hazelcast_xml")
    if "hz-member-mismatch" in faults and stale and os.path.isdir(f"{HOME}/conf"):
        # the fault: a stale hazelcast.xml from another cluster, which the server keeps
        hz = f"{HOME}/conf/hazelcast.xml"
        with open(hz, "w") as f:
            f.write(stale)
        os.chown(hz, pw.pw_uid, pw.pw_gid)
    if "hz-port-taken" in faults:
        held_by_holder(settings.get("holder_address"), 5701)
    for p in (STATE_FILE, PID_FILE):
        try:
            os.unlink(p)
        except OSError:
            pass
    try:
        out = open(f"{HOME}/log/service.out", "ab")     # the server's stdout and stderr
        os.fchown(out.fileno(), pw.pw_uid, pw.pw_gid)
    except OSError:
        out = subprocess.DEVNULL
    try:
        p = subprocess.Popen([PYTHON, SERVER], cwd=HOME, env=env, user=pw.pw_uid, group=pw.pw_gid,
                             extra_groups=[], stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                             start_new_session=True, close_fds=True)
    except OSError as e:
        err(f"Failed to start {UNIT}: {e.strerror}")
        return 1
    finally:
        if out is not subprocess.DEVNULL:
            out.close()
    try:
        with open(PID_FILE, "w") as f:
            f.write(f"{p.pid}\n")
    except OSError:
        pass
    return 0


def do_stop():
    pid = main_pid()
    if pid:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + 10
        while main_pid() and time.monotonic() < deadline:
            time.sleep(0.05)
        if main_pid():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            time.sleep(0.1)
    for p in (PID_FILE,):
        try:
            os.unlink(p)
        except OSError:
            pass
    if read(STATE_FILE) == "failed":
        try:
            os.unlink(STATE_FILE)
        except OSError:
            pass
    return 0


def since(path):
    try:
        t = os.stat(path).st_mtime
    except OSError:
        return ""
    ago = int(time.time() - t)
    return f" since {time.strftime('%a %Y-%m-%d %H:%M:%S %Z', time.localtime(t))}; {ago}s ago"


def do_status():
    st = state()
    pid = main_pid()
    print(f"\u25cf {UNIT} - ALM Octane (lab simulation)")
    print(f"     Loaded: loaded ({UNIT_FILE}; enabled; vendor preset: disabled)")
    if st == "active":
        print(f"     Active: active (running){since(PID_FILE)}")
        print(f"   Main PID: {pid} (python3)")
    elif st == "failed":
        print(f"     Active: failed (Result: exit-code){since(STATE_FILE)}")
    else:
        print("     Active: inactive (dead)")
    try:
        with open(LOG_FILE) as f:
            lines = f.read().splitlines()[-5:]
    except OSError:
        lines = []
    if lines:
        print()
        for line in lines:
            print(line)
    return 0 if st == "active" else 3


USAGE = """systemctl [OPTIONS...] COMMAND UNIT (lab stand-in)
  start|stop|restart|status|is-active|is-enabled|enable|disable|daemon-reload
Only the unit octane.service exists (after the octane package is installed)."""


def main(argv):
    quiet = False
    args = []
    for a in argv:
        if a in ("-q", "--quiet"):
            quiet = True
        elif a in ("--no-pager", "--no-block", "-l", "--full", "--no-ask-password", "--system"):
            continue
        elif a == "--version":
            print("systemd 252 (lab stand-in for Octane Cluster Wizard)")
            return 0
        elif a in ("-h", "--help"):
            print(USAGE)
            return 0
        elif a.startswith("-"):
            err(f"systemctl: unrecognized option '{a}'")
            return 1
        else:
            args.append(a)
    if not args:
        st = state() if os.path.exists(UNIT_FILE) else None
        if st:
            sub = {"active": "running", "failed": "failed", "inactive": "dead"}[st]
            print(f"  {UNIT:<20} loaded {st:<8} {sub:<8} ALM Octane (lab simulation)")
        return 0
    verb, units = args[0], args[1:]
    if verb == "daemon-reload":
        if os.geteuid() != 0:
            err("Failed to reload daemon: Access denied")
            return 1
        return 0
    verbs = ("start", "stop", "restart", "status", "is-active", "is-enabled", "enable", "disable")
    if verb not in verbs:
        err(f"Unknown command verb '{verb}'.")
        return 1
    if not units:
        if verb == "status":
            return 0
        err(f"Too few arguments.")
        return 1
    rc = 0
    settings = node()
    for u in units:
        name = unit_name(u)
        known = name == UNIT and os.path.exists(UNIT_FILE)
        if verb == "is-active":
            st = state() if known else "inactive"
            if not quiet:
                print(st)
            rc = rc or (0 if st == "active" else 3)
            continue
        if verb == "is-enabled":
            if not known:
                err(f"Failed to get unit file state for {name}: No such file or directory")
                rc = rc or 1
            elif not quiet:
                print("enabled")
            continue
        if verb == "status":
            if not known:
                err(f"Unit {name} could not be found.")
                rc = rc or 4
            else:
                rc = rc or do_status()
            continue
        if os.geteuid() != 0:
            word = {"enable": "enable unit", "disable": "disable unit"}.get(verb, verb)
            err(f"Failed to {word}{'' if verb in ('enable', 'disable') else ' ' + name}: Access denied")
            return 1
        if not known:
            if verb in ("enable", "disable"):
                err(f"Failed to {verb} unit: Unit file {name} does not exist.")
                return 1
            err(f"Failed to {verb} {name}: Unit {name} not found.")
            return 5
        if verb in ("enable", "disable"):
            continue
        if verb in ("stop", "restart"):
            rc = rc or do_stop()
        if verb in ("start", "restart"):
            rc = rc or do_start(settings)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
