#!/usr/bin/python3
"""octane-sim - the lab's simulated ALM Octane server (Python 3 standard library only).

Installed by the lab's package (tests/lab/labctl package) as /opt/octane/wrapper/octane-sim.py
and started by the lab's systemctl stand-in as user octane. It behaves, where the lab's tests
look, like the documented server: it reads /opt/octane/conf/octane.conf (HOCON, with its own
small parser) or, on a node without one, <OCTANE_REPOSITORY_DIR>/conf/octane.conf; it refuses
to start on invalid settings; the first node copies its octane.conf into the repository; it
writes conf/hazelcast.xml from the node list (and keeps one that exists), forms a cluster
with the members of hazelcast.xml on port 5701 (a simulated Hazelcast 3.12 that logs Hazelcast's
own lines), checks that cluster against octane.conf's nodes (Cluster is unhealthy),
answers the sign-in, version and UI endpoints on http-port (and, when the node has a
certificate in /etc/octane-sim/tls, the same over TLS on https-port) and writes the ready line
to /opt/octane/log/wrapper.log. The log lines it can write are listed in tests/lab/README.md.

Environment (set by the systemctl stand-in):
  OCTANE_REPOSITORY_DIR    the repository (from /etc/environment, as EnvironmentFile=)
  OCTANE_SIM_BOOT_DELAY    seconds from start to "Server is ready!" (default 3)
  OCTANE_SIM_FAIL          "1": crash with "Service failed: simulated failure" (fault service-fails)
  OCTANE_SIM_CONF_NOT_IN_REPO  "1": a node with its own octane.conf neither copies it to the
                           repository nor keeps a copy found there (fault conf-not-in-repo)
  OCTANE_SIM_DOWN_AFTER_READY  seconds: the server dies that long after its ready line
                           (fault node-down-late)
  OCTANE_SIM_HZ_HEARTBEAT  seconds between Hazelcast heartbeats (default 1)
  OCTANE_SIM_HZ_MAX_NO_HEARTBEAT  seconds without a heartbeat before a member is removed (3)
  OCTANE_SIM_HZ_JOIN_WAIT  seconds the joining member waits before its first Members block (1)
  OCTANE_SIM_HOME          install dir (default /opt/octane; for tests outside a node)
  OCTANE_SIM_ADDRESS       address to listen on (default: the address of the host name)
  OCTANE_SIM_TLS_DIR       dir of server.crt and server.key (default /etc/octane-sim/tls), used
                           when octane.conf names no keystore (server.keystore-path)
  OCTANE_SIM_KEYSTORE_WRONG_PASSWORD  "1": the keystore does not open with octane.conf's
                           password (fault keystore-wrong-password)
"""

import base64
import hashlib
import hmac
import json
import os
import pwd
import re
import signal
import socket
import ssl
import sys
import threading
import time
import uuid as uuid_mod
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOME = os.environ.get("OCTANE_SIM_HOME", "/opt/octane")
CONF_DIR = os.path.join(HOME, "conf")
LOCAL_CONF = os.path.join(CONF_DIR, "octane.conf")
HAZELCAST = os.path.join(CONF_DIR, "hazelcast.xml")
LOG_FILE = os.path.join(HOME, "log", "wrapper.log")
STATE_FILE = os.path.join(HOME, "wrapper", "octane.state")
VERSION_FILE = os.path.join(HOME, "server", "version.json")
WORK_DIR = os.path.join(HOME, "server", "work")
WEB_XML = os.path.join(HOME, "webapps", "root", "WEB-INF", "web.xml")
JETTY_XML = os.path.join(HOME, "conf", "jetty.xml")
INSTALL_USER = "octane"
CLUSTER_PORT = 5701        # Hazelcast's first port; the member binds the first free one from here
HZ_PORT_COUNT = 100        # ... among this many (port-count, auto-increment="true")
HZ_PORT_TRY = 3            # a member listed without a port is probed on 5701..5703
HZ_VERSION = "3.12.2"      # the embedded Hazelcast, as its log prefix says
HZ_GROUP = "octane"        # the group (cluster) name in the log prefix and the protocol
OCTANE_CLUSTER_LOGGER = "com.hpe.octane.cluster"


def env_seconds(name, default):
    try:
        return max(0.1, float(os.environ.get(name, default)))
    except ValueError:
        return default


# lab-scaled Hazelcast timings (real defaults: heartbeat 5 s, dropped after 60 s without one,
# 5 s wait before join): a test sees a member leave within seconds
HZ_HEARTBEAT_S = env_seconds("OCTANE_SIM_HZ_HEARTBEAT", 1.0)
HZ_MAX_NO_HEARTBEAT_S = env_seconds("OCTANE_SIM_HZ_MAX_NO_HEARTBEAT", 3.0)
HZ_JOIN_WAIT_S = env_seconds("OCTANE_SIM_HZ_JOIN_WAIT", 1.0)
DISK_PROBE_MIB = 4          # scratch space the server needs at start (unpacking the webapps)
PROTO = "OCTANE-SIM-HZ/2"
TLS_DIR = os.environ.get("OCTANE_SIM_TLS_DIR", "/etc/octane-sim/tls")
TLS_CERT = os.path.join(TLS_DIR, "server.crt")
TLS_KEY = os.path.join(TLS_DIR, "server.key")

# ------------------------------------------------------------------------------- the log

_log_lock = threading.Lock()


def log(level, cat, msg):
    now = time.time()
    ts = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(now))
    line = f"{ts},{int(now * 1000) % 1000:03d} {level} [{cat}] {msg}\n"
    with _log_lock:
        try:
            with open(LOG_FILE, "a") as f:
                f.write(line)
        except OSError as e:
            sys.stderr.write(f"octane-sim: cannot write {LOG_FILE}: {e.strerror}: {line}")


def set_state(state):
    try:
        with open(STATE_FILE, "w") as f:
            f.write(state + "\n")
    except OSError:
        pass


def fatal(cat, msg):
    log("FATAL", cat, msg)
    set_state("failed")
    sys.exit(1)


# ------------------------------------------------------------------------------- HOCON

class HoconError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")


_RESERVED = set('$"{}[]:=,+#`^?!@*&\\')
_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")


class Hocon:
    """A small HOCON reader: objects, arrays, quoted / unquoted / triple-quoted strings,
    comments (# and //), '=' ':' '+=' and implicit '{', dotted paths, object merging,
    value concatenation on one line, ${path} / ${?ENV} substitutions of earlier values and
    environment variables. No include. Scalars are returned as str (null as None)."""

    def __init__(self, text):
        self.s = text
        self.i = 0
        self.line = 1
        self.root = {}

    # --- characters
    def peek(self, k=0):
        j = self.i + k
        return self.s[j] if j < len(self.s) else ""

    def advance(self, n=1):
        for _ in range(n):
            if self.i < len(self.s):
                if self.s[self.i] == "\n":
                    self.line += 1
                self.i += 1

    def err(self, msg):
        raise HoconError(self.line, msg)

    def at_comment(self):
        return self.peek() == "#" or (self.peek() == "/" and self.peek(1) == "/")

    def skip_comment(self):
        while self.peek() not in ("", "\n"):
            self.advance()

    def skip_ws(self, newlines):
        while True:
            c = self.peek()
            if c in (" ", "\t", "\r", "\ufeff"):
                self.advance()
            elif c == "\n" and newlines:
                self.advance()
            elif self.at_comment():
                self.skip_comment()
            else:
                return

    # --- document
    def parse(self):
        self.skip_ws(True)
        if self.peek() == "{":
            self.advance()
            self.fields(self.root, "}")
            self.skip_ws(True)
            if self.peek() != "":
                self.err(f"unexpected '{self.peek()}' after the closing '}}'")
        else:
            self.fields(self.root, "")
        return self.root

    def fields(self, obj, close):
        while True:
            self.skip_ws(True)
            c = self.peek()
            if c == close:
                if close:
                    self.advance()
                return
            if c == "":
                self.err(f"missing '{close}' at the end of the file")
            if c == ",":
                self.err("unexpected ','")
            self.field(obj)
            self.skip_ws(False)
            c = self.peek()
            if c == ",":
                self.advance()
            elif c == "\n":
                pass
            elif c == close:
                continue
            elif c == "":
                continue
            else:
                self.err(f"unexpected '{c}' after a value (one setting per line, or separate with ',')")

    def key(self):
        parts = []
        while True:
            c = self.peek()
            if c == '"':
                parts.append(self.quoted())
            else:
                start = self.i
                while True:
                    c = self.peek()
                    if c == "" or c in " \t\r\n." or c in _RESERVED or self.at_comment():
                        break
                    self.advance()
                if self.i == start:
                    if c in _RESERVED and c not in "\"{=:+":
                        self.err(f"reserved character '{c}' is not allowed outside quotes")
                    self.err("a setting name is missing")
                parts.append(self.s[start:self.i])
            if self.peek() == ".":
                self.advance()
                continue
            return parts

    def field(self, obj):
        if self.s.startswith("include", self.i) and self.peek(7) in (" ", "\t", '"'):
            self.err("include is not supported")
        path = self.key()
        self.skip_ws(False)
        c = self.peek()
        append = False
        if c == "{":
            pass
        elif c in ("=", ":"):
            self.advance()
        elif c == "+" and self.peek(1) == "=":
            self.advance(2)
            append = True
        else:
            self.err(f"expected '=', ':' or '{{' after '{'.'.join(path)}'")
        self.skip_ws(False)
        value = self.value()
        target = obj
        for p in path[:-1]:
            if not isinstance(target.get(p), dict):
                target[p] = {}
            target = target[p]
        last = path[-1]
        if append:
            cur = target.get(last)
            if cur is None:
                cur = []
            if not isinstance(cur, list):
                self.err(f"'+=' on '{'.'.join(path)}', which is not a list")
            target[last] = cur + [value]
        elif isinstance(value, dict) and isinstance(target.get(last), dict):
            merge(target[last], value)
        else:
            target[last] = value

    def value(self):
        c = self.peek()
        if c == "{":
            self.advance()
            obj = {}
            self.fields(obj, "}")
            return obj
        if c == "[":
            self.advance()
            return self.array()
        if c in ("", "\n", ",", "}", "]") or self.at_comment():
            self.err("a value is missing")
        # a concatenation of simple values up to the end of the line
        pieces = []       # (text, kind) kind: q (quoted), u (unquoted), s (substitution)
        while True:
            c = self.peek()
            if c == '"':
                if self.s.startswith('"""', self.i):
                    pieces.append((self.triple(), "q"))
                else:
                    pieces.append((self.quoted(), "q"))
            elif c == "$" and self.peek(1) == "{":
                pieces.append((self.substitution(), "s"))
            elif c in ("{", "["):
                self.err("objects and lists cannot be joined with text")
            else:
                start = self.i
                while True:
                    c = self.peek()
                    if c == "" or c in "\n," or c in "}]" or self.at_comment():
                        break
                    if c in _RESERVED and c != '"' and not (c == "$" and self.peek(1) == "{"):
                        self.err(f"reserved character '{c}' is not allowed outside quotes")
                    if c == '"' or (c == "$" and self.peek(1) == "{"):
                        break
                    self.advance()
                pieces.append((self.s[start:self.i], "u"))
            c = self.peek()
            if c == "" or c in "\n,}]" or self.at_comment():
                break
        # trailing whitespace of the last unquoted piece is not part of the value
        if pieces and pieces[-1][1] == "u":
            pieces[-1] = (pieces[-1][0].rstrip(" \t\r"), "u")
        if pieces and pieces[0][1] == "u":
            pieces[0] = (pieces[0][0].lstrip(" \t"), "u")
        pieces = [p for p in pieces if not (p[1] == "u" and p[0] == "")]
        if len(pieces) == 1 and pieces[0][1] == "s":
            return pieces[0][0]
        if len(pieces) == 1 and pieces[0][1] == "u" and pieces[0][0] == "null":
            return None
        out = []
        for text, kind in pieces:
            if kind == "s" and not isinstance(text, str):
                if text is None:
                    continue
                self.err("an object or list substitution cannot be joined with text")
            out.append(text)
        return "".join(out)

    def substitution(self):
        self.advance(2)
        optional = False
        if self.peek() == "?":
            optional = True
            self.advance()
        start = self.i
        while self.peek() not in ("}", "", "\n"):
            self.advance()
        if self.peek() != "}":
            self.err("unterminated ${...}")
        name = self.s[start:self.i].strip()
        self.advance()
        cur = self.root
        for p in name.split("."):
            cur = cur.get(p) if isinstance(cur, dict) else None
        if cur is None:
            cur = os.environ.get(name)
        if cur is None and not optional:
            self.err(f"${{{name}}} is not defined")
        return cur

    def array(self):
        out = []
        while True:
            self.skip_ws(True)
            c = self.peek()
            if c == "]":
                self.advance()
                return out
            if c == "":
                self.err("missing ']' at the end of the file")
            if c == ",":
                self.err("unexpected ',' in a list")
            out.append(self.value())
            self.skip_ws(False)
            c = self.peek()
            if c == ",":
                self.advance()
            elif c == "\n":
                pass          # a new line separates elements too
            elif c == "":
                self.err("missing ']' at the end of the file")
            elif c != "]":
                self.err(f"unexpected '{c}' in a list")

    def quoted(self):
        self.advance()
        out = []
        esc = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
        while True:
            c = self.peek()
            if c in ("", "\n"):
                self.err("unterminated quoted string")
            self.advance()
            if c == '"':
                return "".join(out)
            if c == "\\":
                e = self.peek()
                self.advance()
                if e in esc:
                    out.append(esc[e])
                elif e == "u":
                    hexd = self.s[self.i:self.i + 4]
                    if not re.fullmatch(r"[0-9a-fA-F]{4}", hexd):
                        self.err("bad \\u escape")
                    out.append(chr(int(hexd, 16)))
                    self.advance(4)
                else:
                    self.err(f"bad escape '\\{e}' in a quoted string")
            else:
                out.append(c)

    def triple(self):
        self.advance(3)
        end = self.s.find('"""', self.i)
        if end < 0:
            self.err('unterminated """ string')
        while end + 3 < len(self.s) and self.s[end + 3] == '"':
            end += 1
        text = self.s[self.i:end]
        self.advance(end + 3 - self.i)
        return text


def merge(dst, src):
    for k, v in src.items():
        if isinstance(v, dict) and isinstance(dst.get(k), dict):
            merge(dst[k], v)
        else:
            dst[k] = v


def parse_hocon(text):
    return Hocon(text).parse()


def get(conf, path):
    cur = conf
    for p in path.split("."):
        if not isinstance(cur, dict) or p not in cur:
            return None
        cur = cur[p]
    return cur


# ------------------------------------------------------------------------------- settings

KNOWN = {"db-type", "connection-string", "db-admin-user", "db-admin-password", "schema-name",
         "schema-password", "table-space", "temp-table-space", "site-action", "repository-folder",
         "site-admin-user", "site-admin-password", "elastic.host", "elastic.port",
         "elastic.cluster-name", "cluster.nodes", "cluster.distributed-password",
         "server.http-port", "server.https-port", "server.keystore-path", "server.keystore-password",
         "server.tls-min-version"}
HOSTNAME_RE = re.compile(r"(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                         r"(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")
IPV4_RE = re.compile(r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})")
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
SCHEMA_RE = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,29}")


def flatten(conf, prefix=""):
    out = []
    for k, v in conf.items():
        p = f"{prefix}{k}"
        if isinstance(v, dict) and p in ("elastic", "cluster", "server"):
            out += flatten(v, p + ".")
        else:
            out.append(p)
    return out


def parse_jdbc(db_type, url):
    """(host, port) of a JDBC URL, or raises ValueError with the reason."""
    if db_type == "ORACLE":
        if not url.startswith("jdbc:oracle:thin:@"):
            raise ValueError(f"'{url}' is not an Oracle JDBC URL (jdbc:oracle:thin:@//host:port/service)")
        rest = url[len("jdbc:oracle:thin:@"):]
        if rest.startswith("("):
            h = re.search(r"\(\s*HOST\s*=\s*([^)\s]+)\s*\)", rest, re.I)
            p = re.search(r"\(\s*PORT\s*=\s*(\d+)\s*\)", rest, re.I)
            if not h:
                raise ValueError(f"'{url}' has no (HOST=...)")
            return h.group(1), int(p.group(1)) if p else 1521
        m = re.fullmatch(r"(?://)?([^:/\s]+)(?::(\d+))?(?:[/:]([^\s]+))?", rest)
        if not m or not m.group(3):
            raise ValueError(f"'{url}' is not of the form jdbc:oracle:thin:@//host:port/service")
        return m.group(1), int(m.group(2) or 1521)
    if not url.startswith("jdbc:sqlserver://"):
        raise ValueError(f"'{url}' is not an SQL Server JDBC URL (jdbc:sqlserver://host:port;databaseName=...)")
    m = re.fullmatch(r"jdbc:sqlserver://([^:;/\\\s]+)(?:\\[^:;\s]+)?(?::(\d+))?(;.*)?", url)
    if not m:
        raise ValueError(f"'{url}' is not of the form jdbc:sqlserver://host:port;databaseName=...")
    return m.group(1), int(m.group(2) or 1433)


def as_port(v):
    if isinstance(v, str) and re.fullmatch(r"\d{1,5}", v.strip()) and 1 <= int(v) <= 65535:
        return int(v)
    return None


class Me:
    """This node: its host name and the addresses it has."""

    def __init__(self):
        self.name = socket.gethostname()
        self.addr = os.environ.get("OCTANE_SIM_ADDRESS") or resolve(self.name)

    def is_me(self, entry):
        e = entry.split(":")[0].lower()
        if e in (self.name.lower(), self.name.split(".")[0].lower()):
            return True
        return self.addr is not None and resolve(e) == self.addr


def resolve(name):
    try:
        return socket.gethostbyname(name)
    except OSError:
        return None


def validate(conf, me):
    """Returns (errors, settings): errors is a list of (key, reason)."""
    errors = []
    s = {}

    def string(key, required=True, secret=False, why="required"):
        v = get(conf, key)
        if v is None or (isinstance(v, str) and v.strip() == ""):
            if required:
                errors.append((key, f"missing ({why})"))
            return None
        if not isinstance(v, str):
            errors.append((key, "must be a text value, not a list or object"))
            return None
        return v.strip() if not secret else v

    db_type = string("db-type")
    if db_type is not None and db_type not in ("ORACLE", "MSSQL"):
        errors.append(("db-type", f"'{db_type}' is not ORACLE or MSSQL"))
        db_type = None
    s["db-type"] = db_type
    url = string("connection-string")
    if url is not None and db_type is not None:
        try:
            s["db"] = parse_jdbc(db_type, url)
        except ValueError as e:
            errors.append(("connection-string", str(e)))
    string("db-admin-user")
    string("db-admin-password", secret=True)
    schema = string("schema-name")
    if schema is not None and not SCHEMA_RE.fullmatch(schema):
        errors.append(("schema-name", f"'{schema}' must be English letters, digits and '_', "
                                      f"start with a letter, at most 30 characters"))
    string("schema-password", secret=True)
    oracle = db_type == "ORACLE"
    string("table-space", required=oracle, why="required for ORACLE")
    string("temp-table-space", required=oracle, why="required for ORACLE")
    action = string("site-action")
    if action is not None and action not in ("CREATE_NEW", "CONNECT_TO_EXISTING", "FILL_EXISTING"):
        errors.append(("site-action", f"'{action}' is not CREATE_NEW, CONNECT_TO_EXISTING or FILL_EXISTING"))
    s["site-action"] = action
    repo = string("repository-folder")
    if repo is not None and not repo.startswith("/"):
        errors.append(("repository-folder", f"'{repo}' is not an absolute path"))
        repo = None
    s["repository-folder"] = repo
    user = string("site-admin-user")
    if user is not None and not EMAIL_RE.fullmatch(user):
        errors.append(("site-admin-user", f"'{user}' is not an e-mail address"))
    s["site-admin-user"] = user
    pw = string("site-admin-password", secret=True)
    if pw is not None:
        reason = None
        if len(pw) < 8:
            reason = "must have at least 8 characters"
        elif not re.search(r"[A-Z]", pw):
            reason = "must contain an upper-case letter"
        elif not re.search(r"[a-z]", pw):
            reason = "must contain a lower-case letter"
        elif not re.search(r"[^A-Za-z]", pw):
            reason = "must contain a digit or a symbol"
        if reason:
            errors.append(("site-admin-password", reason))
    s["site-admin-password"] = pw
    host = string("elastic.host")
    if host is not None and not (HOSTNAME_RE.fullmatch(host) or IPV4_RE.fullmatch(host)):
        errors.append(("elastic.host", f"'{host}' is not a host name"))
    ep = get(conf, "elastic.port")
    if ep is None:
        errors.append(("elastic.port", "missing (required)"))
    elif as_port(ep) is None:
        errors.append(("elastic.port", f"'{ep}' is not a port (1-65535)"))
    s["elastic"] = (host, as_port(ep) if ep is not None else None, string("elastic.cluster-name"))

    nodes = get(conf, "cluster.nodes")
    s["nodes"] = []
    if nodes is None:
        pass            # standalone
    elif not isinstance(nodes, list) or not all(isinstance(n, str) for n in nodes):
        errors.append(("cluster.nodes", 'must be a list of host names, e.g. ["octane1.example.com", "octane2.example.com"]'))
    else:
        seen, ok = set(), True
        for n in nodes:
            n = n.strip()
            h = n.rsplit(":", 1)[0] if re.fullmatch(r".+:\d+", n) else n
            if not (HOSTNAME_RE.fullmatch(h) or IPV4_RE.fullmatch(h)):
                errors.append(("cluster.nodes", f"'{n}' is not a host name"))
                ok = False
            elif n.lower() in seen:
                errors.append(("cluster.nodes", f"'{n}' is listed twice"))
                ok = False
            seen.add(n.lower())
        if ok and nodes and not any(me.is_me(n.strip()) for n in nodes):
            errors.append(("cluster.nodes", f"this node ({me.name}) is not in the list"))
        s["nodes"] = [n.strip() for n in nodes]
    if len(s["nodes"]) > 1:
        string("cluster.distributed-password", secret=True, why="required for a cluster")
    s["distributed-password"] = get(conf, "cluster.distributed-password") or ""

    ports = {}
    for key, default in (("server.http-port", 8080), ("server.https-port", 8443)):
        v = get(conf, key)
        if v is None:
            ports[key] = default
        elif as_port(v) is None:
            errors.append((key, f"'{v}' is not a port (1-65535)"))
        else:
            ports[key] = as_port(v)
    if ports.get("server.http-port") and ports.get("server.http-port") == ports.get("server.https-port"):
        errors.append(("server.https-port", "must differ from server.http-port"))
    s["http-port"] = ports.get("server.http-port", 8080)
    s["https-port"] = ports.get("server.https-port", 8443)
    ks = get(conf, "server.keystore-path")
    s["keystore"] = None
    if ks is not None:
        if not isinstance(ks, str) or not ks.startswith("/"):
            errors.append(("server.keystore-path", f"'{ks}' is not an absolute path"))
        else:
            s["keystore"] = ks
            s["keystore-password"] = string("server.keystore-password", secret=True,
                                            why="required with server.keystore-path") or ""
    tls_min = get(conf, "server.tls-min-version")
    s["tls-min"] = "TLSv1.2"
    if tls_min is not None:
        if tls_min not in ("TLSv1.2", "TLSv1.3"):
            errors.append(("server.tls-min-version", f"'{tls_min}' is not TLSv1.2 or TLSv1.3"))
        else:
            s["tls-min"] = tls_min
    return errors, s


# ------------------------------------------------------------------------------- hazelcast.xml

def hazelcast_xml(members):
    m = "".join(f"<member>{x}</member>" for x in members)
    return ('<hazelcast><network><port auto-increment="true">5701</port><join>'
            '<multicast enabled="false"/><tcp-ip enabled="true">' + m +
            "</tcp-ip></join></network></hazelcast>\n")


def hazelcast_members(text):
    return [x.strip() for x in re.findall(r"<member>\s*([^<]*?)\s*</member>", text)]


def same(a, b):
    return sorted(x.lower() for x in a) == sorted(x.lower() for x in b)


def fmt(names):
    return "[" + ", ".join(names) + "]"


# ------------------------------------------------------------------------------- cluster

class Cluster:
    """The simulated Hazelcast (3.12-like, lab-scaled timings).

    Bind: the first free port from 5701 on this node's address (auto-increment, HZ_PORT_COUNT
    ports). Join and heartbeat: every HZ_HEARTBEAT_S each member connects to every member of
    its hazelcast.xml (a member listed without a port on 5701..5703, HZ_PORT_TRY ports, the
    first one that answers the protocol wins) and both sides exchange one line
    "PROTO group uuid ip:port started-ms hostname". A peer counts as a member only while both
    directions work: this node reached it AND it reached this node, each within
    HZ_MAX_NO_HEARTBEAT_S; otherwise it is removed (Removing Member ...). A node that reaches
    no listed member is a cluster of one. Members are listed oldest first (the master), so
    every member of one cluster prints them in the same order."""

    def __init__(self, me, entries, addr, expected):
        self.me = me
        self.entries = entries          # hazelcast.xml <member> entries
        self.ip = addr
        self.port = None
        self.expected = expected        # octane.conf cluster.nodes (names)
        self.uuid = str(uuid_mod.uuid4())
        self.started = int(time.time() * 1000)
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.wake = threading.Event()   # an unknown peer reached us: answer its join now
        self.formed = threading.Event() # the first Members block is out
        self.out_seen = {}              # uuid -> (monotonic, (ip, port), started, hostname)
        self.in_seen = {}               # uuid -> (monotonic, (ip, port), started, hostname)
        self.members = []               # [(uuid, ip, port, started, hostname)], oldest first
        self.version = 0
        self.healthy = None
        self.addr_state = {}            # "ip:port" -> ok | fail | bad (for quiet logging)

    # --- the Hazelcast log prefix: "[ip]:port [group] [version] "
    def hlog(self, level, logger, msg, local=False):
        where = "[LOCAL]" if local else f"[{self.ip}]:{self.port}"
        log(level, logger, f"{where} [{HZ_GROUP}] [{HZ_VERSION}] {msg}")

    def bind(self):
        """Binds the first free port from CLUSTER_PORT on this node's address; logs the
        AddressPicker lines. Returns the listening socket, or raises OSError."""
        ips = []
        for e in self.entries:
            ip = resolve(split_entry(e)[0])
            if ip and ip not in ips:
                ips.append(ip)
        self.hlog("INFO", "com.hazelcast.instance.AddressPicker",
                  f"Interfaces is disabled, trying to pick one address from TCP-IP config "
                  f"addresses: [{', '.join(ips)}]", local=True)
        last = None
        for port in range(CLUSTER_PORT, CLUSTER_PORT + HZ_PORT_COUNT):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((self.ip, port))
                s.listen(64)
            except OSError as e:
                s.close()
                last = e
                continue
            self.port = port
            self.hlog("INFO", "com.hazelcast.instance.AddressPicker",
                      f"Picked [{self.ip}]:{port}, using socket ServerSocket[addr=/{self.ip},"
                      f"localport={port}], bind any local is false", local=True)
            return s
        raise last

    def hello(self):
        return f"{PROTO} {HZ_GROUP} {self.uuid} {self.ip}:{self.port} {self.started} " \
               f"{self.me.name}\n".encode()

    @staticmethod
    def parse_hello(data):
        parts = data.decode(errors="replace").split()
        if len(parts) != 6 or parts[0] != PROTO or parts[1] != HZ_GROUP:
            return None
        ip, _, port = parts[3].rpartition(":")
        try:
            return parts[2], (ip, int(port)), int(parts[4]), parts[5]
        except ValueError:
            return None

    # --- the accepting side
    def serve(self, srv):
        srv.settimeout(0.5)
        while not self.stop.is_set():
            try:
                c, _ = srv.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            threading.Thread(target=self.answer, args=(c,), daemon=True).start()

    def answer(self, c):
        try:
            c.settimeout(2)
            data = read_line(c)
            h = self.parse_hello(data)
            if h is None:
                return          # not one of us (a port check, a browser): say nothing
            c.sendall(self.hello())
            uuid, addr, started, host = h
            with self.lock:
                self.in_seen[uuid] = (time.monotonic(), addr, started, host)
                known = any(m[0] == uuid for m in self.members)
            if not known:
                self.wake.set()
        except OSError:
            pass
        finally:
            c.close()

    # --- the connecting side
    def note_addr(self, ip, port, state, reason=None):
        """Logs "Connecting to" / "Could not connect to" once per change of an address's
        state, not every heartbeat, so the log stays readable."""
        key = f"{ip}:{port}"
        if self.addr_state.get(key) == state:
            return
        self.addr_state[key] = state
        joiner = "com.hazelcast.internal.cluster.impl.TcpIpJoiner"
        self.hlog("INFO", joiner, f"Connecting to /{ip}:{port}, timeout: 10000, bind-any: false")
        if state == "fail":
            self.hlog("INFO", joiner, f"Could not connect to: /{ip}:{port}. Reason: {reason}")

    def probe(self, ip, port):
        try:
            with socket.create_connection((ip, port), timeout=0.5) as c:
                c.settimeout(1.0)
                c.sendall(self.hello())
                data = read_line(c)
        except ConnectionRefusedError:
            self.note_addr(ip, port, "fail",
                           f"IOException[Connection refused to address /{ip}:{port}]")
            return None
        except socket.timeout:
            self.note_addr(ip, port, "fail", "SocketTimeoutException[connect timed out]")
            return None
        except OSError as e:
            self.note_addr(ip, port, "fail",
                           f"IOException[{e.strerror or e} to address /{ip}:{port}]")
            return None
        h = self.parse_hello(data)
        self.note_addr(ip, port, "ok" if h else "bad")   # bad: something else holds the port
        return h

    def round(self):
        for e in self.entries:
            if self.stop.is_set():
                return
            host, port = split_entry(e)
            ip = resolve(host)
            if ip is None:
                continue
            if ip == self.ip:
                continue        # this node itself (its other ports are not probed)
            for p in [port] if port else range(CLUSTER_PORT, CLUSTER_PORT + HZ_PORT_TRY):
                h = self.probe(ip, p)
                if h:
                    uuid, addr, started, hostname = h
                    if uuid != self.uuid:
                        with self.lock:
                            self.out_seen[uuid] = (time.monotonic(), addr, started, hostname)
                    break

    def evaluate(self, first):
        now = time.monotonic()
        with self.lock:
            alive = {}
            for uuid, (t, addr, started, host) in self.out_seen.items():
                back = self.in_seen.get(uuid)
                if now - t <= HZ_MAX_NO_HEARTBEAT_S and back and now - back[0] <= HZ_MAX_NO_HEARTBEAT_S:
                    alive[uuid] = (uuid, addr[0], addr[1], started, host)
            old = {m[0]: m for m in self.members if m[0] != self.uuid}
            left = [m for u, m in old.items() if u not in alive]
            joined = [m for u, m in alive.items() if u not in old]
            if not first and not left and not joined:
                return
            mine = (self.uuid, self.ip, self.port, self.started, self.me.name)
            members = sorted(list(alive.values()) + [mine], key=lambda m: (m[3], m[0]))
            self.members = members
            self.version = (self.version or 1) + len(left) + len(joined) if not first \
                else 1 + len(joined)
            ver = self.version
        for m in left:
            self.hlog("INFO", "com.hazelcast.internal.cluster.impl.MembershipManager",
                      f"Removing Member [{m[1]}]:{m[2]} - {m[0]}")
        if first and not joined:
            self.hlog("INFO", "com.hazelcast.internal.cluster.impl.TcpIpJoiner",
                      "This node will assume master role since none of the possible members "
                      "accepted join request")
        lines = "".join(f"\n\tMember [{m[1]}]:{m[2]} - {m[0]}{' this' if m[0] == self.uuid else ''}"
                        for m in members)
        self.hlog("INFO", "com.hazelcast.internal.cluster.ClusterService",
                  f"\n\nMembers {{size:{len(members)}, ver:{ver}}} [{lines}\n]\n")
        self.judge(members)
        self.formed.set()

    def judge(self, members):
        """Octane's own check: the Hazelcast view must be the node list of octane.conf (names
        resolved here, on this node)."""
        ips = [m[1] for m in members]
        want = [resolve(split_entry(n)[0]) for n in self.expected]
        healthy = None not in want and sorted(set(ips)) == sorted(set(want)) and \
            len(ips) == len(set(ips))
        if healthy:
            if self.healthy is not True:
                log("INFO", OCTANE_CLUSTER_LOGGER, f"Cluster is healthy: hazelcast members "
                    f"{fmt(ips)} match the octane.conf nodes {fmt(self.expected)}")
        else:
            log("ERROR", OCTANE_CLUSTER_LOGGER, f"Cluster is unhealthy: hazelcast members "
                f"{fmt(ips)} differ from the octane.conf nodes {fmt(self.expected)}")
        with self.lock:
            self.healthy = healthy

    def loop(self):
        self.hlog("INFO", "com.hazelcast.system",
                  f"Hazelcast {HZ_VERSION} (20190802 - 40e8b1a) starting at [{self.ip}]:{self.port}")
        self.hlog("INFO", "com.hazelcast.core.LifecycleService", f"[{self.ip}]:{self.port} is STARTING")
        t0 = time.monotonic()
        first = True
        while not self.stop.is_set():
            self.wake.clear()
            self.round()
            if first and time.monotonic() - t0 < HZ_JOIN_WAIT_S:
                self.wake.wait(min(0.2, HZ_JOIN_WAIT_S))   # joining: answer quickly
                continue
            self.evaluate(first)
            if first:
                self.hlog("INFO", "com.hazelcast.core.LifecycleService",
                          f"[{self.ip}]:{self.port} is STARTED")
                first = False
            if self.wake.wait(HZ_HEARTBEAT_S):
                self.stop.wait(0.05)      # a join: a short pause, then a round at once

    def view(self):
        with self.lock:
            return list(self.members), self.version, self.healthy


def split_entry(entry):
    """hazelcast.xml <member>: "host" or "host:port" -> (host, port or None)."""
    m = re.fullmatch(r"(.+):(\d+)", entry)
    if m:
        return m.group(1), int(m.group(2))
    return entry, None


def read_line(c):
    data = b""
    while b"\n" not in data and len(data) < 4096:
        b = c.recv(4096)
        if not b:
            break
        data += b
    return data


# ------------------------------------------------------------------------------- HTTP

class Server:
    def __init__(self, me, settings, version, cluster, expected, hz_members, ready):
        self.me = me
        self.settings = settings
        self.version = version
        self.cluster = cluster
        self.expected = expected
        self.hz_members = hz_members
        self.ready = ready
        self.force_https = False   # web.xml CONFIDENTIAL (set before the listeners start)
        self.secure_port = None
        secret = f"{settings.get('distributed-password')}|{settings.get('site-admin-user')}|" \
                 f"{settings.get('site-admin-password')}"
        self.key = hashlib.sha256(("ocwlab-lwsso|" + secret).encode()).digest()

    def token(self, user):
        exp = str(int(time.time()) + 3 * 3600)
        msg = f"{user}|{exp}".encode()
        mac = hmac.new(self.key, msg, hashlib.sha256).hexdigest()[:32]
        return base64.urlsafe_b64encode(msg + b"|" + mac.encode()).decode().rstrip("=")

    def healthy(self):
        return self.cluster.view()[2] is True

    def status(self):
        members, version, healthy = self.cluster.view()
        return {"node": self.me.name, "members": [m[4] for m in members], "nodes": self.expected,
                "hazelcastMembers": self.hz_members,
                "memberList": [{"address": f"{m[1]}:{m[2]}", "ip": m[1], "port": m[2], "uuid": m[0],
                                "host": m[4], "local": m[0] == self.cluster.uuid} for m in members],
                "size": len(members), "version": version,
                "uuid": self.cluster.uuid, "address": f"{self.cluster.ip}:{self.cluster.port}",
                "healthy": healthy is True, "ready": self.ready.is_set()}


def make_handler(srv, secure=False):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        def version_string(self):
            return "Jetty(octane-sim)"

        def log_message(self, *a):
            pass

        def send(self, code, body, ctype="application/json", headers=()):
            data = body if isinstance(body, bytes) else \
                (json.dumps(body) + "\n").encode() if ctype == "application/json" else body.encode()
            self.send_response(code)
            self.send_header("Content-Type", ctype + ("; charset=utf-8" if "json" in ctype or "html" in ctype else ""))
            self.send_header("Content-Length", str(len(data)))
            self.send_header("X-Octane-Node", srv.me.name)
            for k, v in headers:
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def body(self):
            n = int(self.headers.get("Content-Length") or 0)
            if n > 1 << 20:
                raise ValueError("body too large")
            return self.rfile.read(n) if n > 0 else b""

        def not_ready(self):
            if not secure and srv.force_https and \
                    self.headers.get("X-Forwarded-Proto", "").lower() != "https":
                # web.xml's CONFIDENTIAL constraint: Jetty redirects to the secure port
                try:
                    self.body()
                except ValueError:
                    pass
                host = (self.headers.get("Host") or srv.me.name).rsplit(":", 1)[0]
                self.send(302, b"", "text/plain",
                          [("Location", f"https://{host}:{srv.secure_port}{self.path}")])
                return True
            if not srv.ready.is_set():
                try:
                    self.body()
                except ValueError:
                    pass
                self.send(503, {"error": "Server is starting"}, headers=[("Retry-After", "1")])
                return True
            return False

        def do_GET(self):
            if self.not_ready():
                return
            path = self.path.split("?", 1)[0]
            if path in ("/", ""):
                self.send(302, b"", "text/plain", [("Location", "/ui/")])
            elif path in ("/ui", "/ui/"):
                self.send(200, "<!DOCTYPE html><html><head><title>ALM Octane</title></head><body>"
                               f"<h1>ALM Octane</h1><p>{srv.version.get('display_version')} "
                               f"on {srv.me.name}</p></body></html>\n", "text/html")
            elif path == "/admin/server/version":
                self.send(200, srv.version)
            elif path == "/admin/server/status":
                # the documented node health check (any user, no sign-in): what an LB polls
                if srv.healthy():
                    self.send(200, "The server is healthy", "text/plain")
                else:
                    self.send(500, "Internal server error. The server is not healthy.", "text/plain")
            elif path == "/admin/cluster/status":
                self.send(200, srv.status())
            elif path == "/ocwlab/echo":
                self.send(200, {"node": srv.me.name, "method": self.command, "path": self.path,
                                "headers": {k: v for k, v in self.headers.items()}})
            else:
                self.send(404, {"error": f"no such resource: {path}"})

        do_HEAD = do_GET

        def do_POST(self):
            if self.not_ready():
                return
            path = self.path.split("?", 1)[0]
            try:
                raw = self.body()
            except ValueError:
                self.send(413, {"error": "request too large"})
                return
            if path == "/authentication/sign_in":
                try:
                    req = json.loads(raw.decode() or "null")
                except (ValueError, UnicodeDecodeError):
                    self.send(400, {"error": "the body is not JSON"})
                    return
                if not isinstance(req, dict):
                    self.send(400, {"error": "expected a JSON object"})
                    return
                user, pw = req.get("user"), req.get("password")
                if isinstance(user, str) and isinstance(pw, str) and \
                        user == srv.settings.get("site-admin-user") and \
                        hmac.compare_digest(pw.encode(), (srv.settings.get("site-admin-password") or "").encode()):
                    cookie = f"LWSSO_COOKIE_KEY={srv.token(user)}; Path=/; HttpOnly"
                    self.send(200, b"", "text/plain", [("Set-Cookie", cookie)])
                else:
                    self.send(401, {"error": "Authentication failed"})
            elif path == "/authentication/sign_out":
                self.send(200, b"", "text/plain",
                          [("Set-Cookie", "LWSSO_COOKIE_KEY=; Path=/; Max-Age=0; HttpOnly")])
            else:
                self.send(404, {"error": f"no such resource: {path}"})

    return Handler


class HTTPSServer(ThreadingHTTPServer):
    """The same handlers over TLS. The handshake runs in the request's thread (a client that
    connects and says nothing holds up only its own thread)."""

    def __init__(self, address, handler, context):
        self.context = context
        super().__init__(address, handler)

    def get_request(self):
        sock, peer = self.socket.accept()
        return self.context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), peer

    def finish_request(self, request, client_address):
        try:
            request.settimeout(10)
            request.do_handshake()
            request.settimeout(None)
        except OSError:            # ssl.SSLError too: a client that does not trust us, or no TLS
            return
        super().finish_request(request, client_address)

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], OSError):   # a client gone mid-request is no error
            super().handle_error(request, client_address)


def tls_context():
    """(context, SHA-256 fingerprint, None) from TLS_CERT / TLS_KEY, or (None, None, reason)."""
    if not os.path.exists(TLS_CERT):
        return None, None, f"no certificate at {TLS_CERT}"
    try:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.load_cert_chain(TLS_CERT, TLS_KEY)
        with open(TLS_CERT) as f:
            der = ssl.PEM_cert_to_DER_cert(f.read())
    except (OSError, ValueError) as e:    # ssl.SSLError is an OSError
        why = getattr(e, "strerror", None) or getattr(e, "reason", None) or str(e)
        return None, None, f"cannot load {TLS_CERT} and {TLS_KEY}: {why}"
    return ctx, ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest()), None


def keystore_context(path, password, tls_min):
    """(context, SHA-256 fingerprint) from a PKCS#12 keystore, as Jetty opens its keystore at
    start; a failure is FATAL with the JVM's own words. The key is converted with openssl (the
    password on its stdin, never on a command line) into a private temporary file, loaded, then
    removed."""
    if not path.endswith((".p12", ".pfx")):
        fatal("server", f"Cannot load the keystore {path}: only PKCS12 keystores (.p12) are "
                        f"supported by the lab simulation")
    try:
        with open(path, "rb") as f:
            f.read(1)
    except OSError as e:
        fatal("server", f"Cannot read the keystore {path}: {e.strerror}")
    # fault keystore-wrong-password: octane.conf's password is not the keystore's
    if os.environ.get("OCTANE_SIM_KEYSTORE_WRONG_PASSWORD") == "1":
        password += "-not-this-one"
    import subprocess
    import tempfile
    r = subprocess.run(["openssl", "pkcs12", "-in", path, "-nodes", "-passin", "stdin"],
                       input=(password + "\n").encode(), capture_output=True, timeout=30)
    if r.returncode != 0:
        said = r.stderr.decode(errors="replace")
        if "mac verify" in said.lower() or "invalid password" in said.lower():
            fatal("server", f"Cannot load the keystore {path}: java.io.IOException: Keystore was "
                            f"tampered with, or password was incorrect")
        fatal("server", f"Cannot load the keystore {path}: {said.strip().splitlines()[-1] if said.strip() else 'not a keystore'}")
    pem = r.stdout.decode(errors="replace")
    certs = re.findall(r"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", pem, re.S)
    if not certs or "PRIVATE KEY-----" not in pem:
        fatal("server", f"Cannot load the keystore {path}: no key entry with a certificate")
    fd, tmp = tempfile.mkstemp(prefix=".keystore-", dir=WORK_DIR)
    try:
        with os.fdopen(fd, "w") as f:
            f.write(pem)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = getattr(ssl.TLSVersion, tls_min.replace(".", "_"))
        ctx.load_cert_chain(tmp)
    except (OSError, ValueError) as e:
        fatal("server", f"Cannot load the keystore {path}: {e}")
    finally:
        os.unlink(tmp)
    der = ssl.PEM_cert_to_DER_cert(certs[0])
    return ctx, ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest())


def forced_https():
    """The secure port the web.xml CONFIDENTIAL constraint redirects to (jetty.xml's
    SecurePort when set, else None for server.https-port), or False when HTTPS is not forced."""
    try:
        with open(WEB_XML) as f:
            text = f.read()
    except OSError:
        return False
    if not re.search(r"<transport-guarantee>\s*CONFIDENTIAL\s*</transport-guarantee>", text):
        return False
    try:
        with open(JETTY_XML) as f:
            m = re.search(r'<Set name="SecurePort">\s*(\d+)\s*</Set>', f.read())
        return int(m.group(1)) if m else None
    except OSError:
        return None


# ------------------------------------------------------------------------------- start

def disk_probe():
    """The server needs some scratch space at start; on a full disk the write fails."""
    path = os.path.join(WORK_DIR, f".space-probe-{os.getpid()}")
    try:
        os.makedirs(WORK_DIR, exist_ok=True)
        with open(path, "wb") as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(DISK_PROBE_MIB):
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        return True
    except OSError as e:
        import errno
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            return False
        raise
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass


def owner_of(path):
    try:
        uid = os.stat(path).st_uid
    except OSError:
        return None
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def can_write(d):
    probe = os.path.join(d, f".octane-write-test-{socket.gethostname()}-{os.getpid()}")
    try:
        with open(probe, "w") as f:
            f.write("ok\n")
        os.unlink(probe)
        return True
    except OSError:
        return False


def read_version():
    try:
        with open(VERSION_FILE) as f:
            v = json.load(f)
    except (OSError, ValueError):
        v = {}
    v.setdefault("version", "16.2.100")
    for k in ("build_date", "build_revision", "build_number", "display_version"):
        v.setdefault(k, "")
    return {k: v[k] for k in ("version", "build_date", "build_revision", "build_number", "display_version")}


def main():
    t0 = time.monotonic()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    os.umask(0o022)
    set_state("starting")
    me = Me()
    version = read_version()
    log("INFO", "server", f"Starting ALM Octane {version['version']} (lab simulation) on {me.name} "
                          f"(pid {os.getpid()}, user {pwd.getpwuid(os.getuid()).pw_name})")

    # disk: the install dir must have room
    if not disk_probe():
        fatal("disk", "No space left on device")

    # repository variable
    repo_env = os.environ.get("OCTANE_REPOSITORY_DIR", "").strip()
    if not repo_env:
        fatal("repository", "OCTANE_REPOSITORY_DIR is not set")

    # octane.conf: the local one (first node), else the repository's copy
    repo_conf = os.path.join(repo_env, "conf", "octane.conf")
    local = os.path.exists(LOCAL_CONF)
    # fault conf-not-in-repo: the first node's copy never reaches the repository, not even an
    # earlier one (silently, as a copy lost on the way would be)
    not_in_repo = os.environ.get("OCTANE_SIM_CONF_NOT_IN_REPO") == "1"
    if not_in_repo and local and os.path.lexists(repo_conf):
        try:
            os.unlink(repo_conf)
        except OSError:
            pass
    if os.path.exists(repo_conf):
        conf_path = repo_conf
    elif local:
        conf_path = LOCAL_CONF
    else:
        fatal("config", f"No octane.conf: neither {LOCAL_CONF} nor {repo_conf} exists")
    for p in dict.fromkeys([LOCAL_CONF if local else None, conf_path]):
        if p:
            owner = owner_of(p)
            if owner != INSTALL_USER:
                fatal("config", f"octane.conf must be owned by {INSTALL_USER} (owner is {owner})")
    log("INFO", "config", f"Reading {conf_path}")
    try:
        with open(conf_path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        fatal("config", f"Cannot read {conf_path}: {getattr(e, 'strerror', None) or e}")
    try:
        conf = parse_hocon(text)
    except HoconError as e:
        fatal("config", f"Cannot parse {conf_path}: {e}")
    for key in flatten(conf):
        if key not in KNOWN and key not in ("elastic", "cluster", "server"):
            log("WARN", "config", f"Unknown setting {key} (ignored)")
    errors, settings = validate(conf, me)
    if errors:
        for key, reason in errors:
            log("FATAL", "config", f"Invalid setting {key}: {reason}")
        set_state("failed")
        sys.exit(1)

    # repository folder
    repo = settings["repository-folder"]
    if not os.path.isdir(repo) or not can_write(repo):
        fatal("repository", f"Cannot write to the repository {repo}")

    # database
    host, port = settings["db"]
    try:
        socket.create_connection((host, port), timeout=3).close()
    except OSError:
        fatal("database", f"Cannot connect to the database server {host}:{port}")
    log("INFO", "database", f"Connected to the database server {host}:{port} ({settings['db-type']})")
    # what the server would connect to next (not connected to in the lab): the line shows which
    # octane.conf a node started with, e.g. after a change and a rolling restart
    es_host, es_port, es_name = settings["elastic"]
    log("INFO", "elastic", f"Elasticsearch cluster {es_name} at {es_host}:{es_port}")

    if os.environ.get("OCTANE_SIM_FAIL") == "1":
        fatal("server", "Service failed: simulated failure")

    # first node: octane.conf into the repository, for the other nodes
    if conf_path == LOCAL_CONF and not not_in_repo:
        try:
            os.makedirs(os.path.dirname(repo_conf), mode=0o750, exist_ok=True)
            tmp = repo_conf + f".new-{os.getpid()}"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(text)
            os.rename(tmp, repo_conf)
            log("INFO", "config", f"Copied octane.conf to {repo_conf} (first node of the cluster)")
        except OSError as e:
            fatal("repository", f"Cannot write to the repository {repo_env}: {e.strerror}")

    # hazelcast.xml: written from the node list when missing; else it must match
    expected = settings["nodes"] or [me.name]
    if os.path.exists(HAZELCAST):
        try:
            with open(HAZELCAST) as f:
                hz = hazelcast_members(f.read())
        except OSError:
            hz = []
    else:
        hz = expected
        try:
            with open(HAZELCAST, "w") as f:
                f.write(hazelcast_xml(expected))
            log("INFO", "cluster", f"Wrote {HAZELCAST} with members {fmt(expected)}")
        except OSError as e:
            fatal("cluster", f"Cannot write {HAZELCAST}: {e.strerror}")
    # (whether hazelcast.xml matches octane.conf shows in what the cluster forms: the
    # Cluster is unhealthy / healthy lines of com.hpe.octane.cluster after each Members block)

    # listeners: the cluster port and HTTP, on this node's own address
    addr = me.addr
    if not addr:
        fatal("server", f"Cannot resolve this node's name {me.name}")
    cluster = Cluster(me, hz, addr, expected)
    try:
        hz_srv = cluster.bind()
    except OSError as e:
        fatal("server", f"Cannot listen on {addr}:{CLUSTER_PORT}: {e.strerror}")
    ready = threading.Event()
    srv = Server(me, settings, version, cluster, expected, hz, ready)
    http_port = settings["http-port"]
    ThreadingHTTPServer.allow_reuse_address = True
    ThreadingHTTPServer.daemon_threads = True
    try:
        httpd = ThreadingHTTPServer((addr, http_port), make_handler(srv))
    except OSError as e:
        fatal("server", f"Cannot listen on {addr}:{http_port}: {e.strerror}")
    # HTTPS: only when the node has a certificate (the lab's /etc/octane-sim/tls)
    https_port = settings["https-port"]
    if settings["keystore"]:
        # octane.conf names a keystore: HTTPS from it (a failure stops the server)
        tls, tls_off = None, None
        tls, fingerprint = keystore_context(settings["keystore"], settings["keystore-password"],
                                            settings["tls-min"])
        cert_desc = f"keystore {settings['keystore']}, {settings['tls-min']} or later"
    else:
        tls, fingerprint, tls_off = tls_context()
        cert_desc = f"certificate {TLS_CERT}"
    forced = forced_https()
    srv.force_https = forced is not False and tls is not None
    srv.secure_port = forced if isinstance(forced, int) else https_port
    httpsd = None
    if tls:
        try:
            httpsd = HTTPSServer((addr, https_port), make_handler(srv, secure=True), tls)
        except OSError as e:
            fatal("server", f"Cannot listen on {addr}:{https_port}: {e.strerror}")
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()
    if httpsd:
        threading.Thread(target=httpsd.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()
    threading.Thread(target=cluster.serve, args=(hz_srv,), daemon=True).start()
    threading.Thread(target=cluster.loop, daemon=True).start()
    log("INFO", "server", f"Listening on http://{addr}:{http_port} and {addr}:{cluster.port} (cluster)")
    if httpsd:
        log("INFO", "server", f"Listening on https://{addr}:{https_port} ({cert_desc}, "
                              f"SHA-256 {fingerprint})")
        if srv.force_https:
            log("INFO", "server", f"HTTPS is forced (web.xml CONFIDENTIAL): plain HTTP is "
                                  f"redirected to port {srv.secure_port}")
    elif tls_off.startswith("no certificate"):
        log("INFO", "server", f"HTTPS is off: {tls_off}")
    else:
        log("WARN", "server", f"HTTPS is off: {tls_off}")
    set_state("running")

    try:
        delay = max(0.0, float(os.environ.get("OCTANE_SIM_BOOT_DELAY", "3")))
    except ValueError:
        delay = 3.0
    if not stop.wait(max(0.0, delay - (time.monotonic() - t0))):
        # ready once the cluster has formed too (its first Members block), as the real
        # server starts Hazelcast before it serves; bounded, a lone node forms at once anyway
        cluster.formed.wait(HZ_JOIN_WAIT_S + 5)
        ready.set()
        log("INFO", "server", f"Server is ready! (Boot time: {round(time.monotonic() - t0)} seconds)")
        # fault node-down-late: the server dies some seconds after its ready line, abruptly
        # (no goodbye to the cluster: the peers notice missed heartbeats)
        late = env_seconds("OCTANE_SIM_DOWN_AFTER_READY", 6.0) \
            if os.environ.get("OCTANE_SIM_DOWN_AFTER_READY") else None
        if late and not stop.wait(late):
            log("FATAL", "server", f"The server stopped unexpectedly {late:g} s after it was ready "
                                   f"(simulated crash)")
            set_state("failed")
            os._exit(1)
        stop.wait()
    log("INFO", "server", "Stopping (SIGTERM)")
    cluster.stop.set()
    httpd.shutdown()
    if httpsd:
        httpsd.shutdown()
    hz_srv.close()
    log("INFO", "server", "Server stopped")
    set_state("stopped")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except SystemExit:
        raise
    except BaseException as e:   # an unexpected crash still leaves a FATAL line
        log("FATAL", "server", f"Unexpected error: {type(e).__name__}: {e}")
        set_state("failed")
        sys.exit(1)
