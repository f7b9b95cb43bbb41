"""A local Neo4j Community server run from Maven Central jars (no Docker needed).

``install`` fetches the jars named in tools/neo4j/pom.xml into ``<home>/lib`` and ``<home>/plugins``;
``start`` writes ``<home>/conf/neo4j.conf``, sets the initial password before the first start, launches
the server in its own process group on 127.0.0.1 and waits until Bolt answers; ``stop`` sends SIGTERM
to the group, waits, then SIGKILL. The running server is recorded in ``<home>/run/kg-server.json``.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from kg.errors import ConfigError, StoreError

DEFAULT_HOME = Path(".neo4j")
DEFAULT_BOLT_PORT = 7687
DEFAULT_HTTP_PORT = 7474
USER = "neo4j"
HEAP = "512m"
PAGECACHE = "128m"
SUPPORTED_JAVA = ("17", "21")  # Neo4j 5.26 runs on these

# Flags of the 5.26 default neo4j.conf; the bootloader passes them to the server JVM.
JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
)

# Popen objects of servers this process started, so their exit is seen (and reaped) at once.
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


@dataclass(frozen=True)
class ServerInfo:
    """Where a server runs and whether it is alive."""

    home: str
    pid: int | None
    bolt_port: int
    http_port: int
    running: bool = False

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def http_uri(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"


def repo_pom() -> Path:
    """tools/neo4j/pom.xml of this checkout (override with KG_NEO4J_POM)."""
    env = os.environ.get("KG_NEO4J_POM")
    pom = Path(env) if env else Path(__file__).resolve().parents[1] / "tools" / "neo4j" / "pom.xml"
    if not pom.is_file():
        raise ConfigError(f"{pom} not found: run kg from a checkout of the repository, or set KG_NEO4J_POM")
    return pom


def _java_version(home: Path) -> str | None:
    release = home / "release"
    if not (home / "bin" / "java").exists() or not release.is_file():
        return None
    m = re.search(r'JAVA_VERSION="(\d+)', release.read_text(errors="replace"))
    return m.group(1) if m else None


def find_java_home() -> Path:
    """A JDK that runs Neo4j 5.26 (17 or 21): KG_JAVA_HOME, JAVA_HOME, or one under /usr/lib/jvm."""
    for var in ("KG_JAVA_HOME", "JAVA_HOME"):
        value = os.environ.get(var)
        if value and _java_version(Path(value)) in SUPPORTED_JAVA:
            return Path(value)
    jvm = Path("/usr/lib/jvm")
    if jvm.is_dir():
        for candidate in sorted(jvm.iterdir()):
            if not candidate.is_symlink() and _java_version(candidate) in SUPPORTED_JAVA:
                return candidate
    raise ConfigError(
        "no Java 17 or 21 found for Neo4j 5.26: install openjdk-17-jdk-headless or set KG_JAVA_HOME to a JDK 17"
    )


def is_installed(home: Path) -> bool:
    return any((home / "lib").glob("neo4j-5*.jar")) and any((home / "plugins").glob("apoc-core-*.jar"))


def install(home: Path = DEFAULT_HOME, *, lib_from: Path | None = None, force: bool = False) -> Path:
    """Put the server's jars into ``home``: from Maven (tools/neo4j/pom.xml), or linked from another home."""
    home = home.resolve()
    home.mkdir(parents=True, exist_ok=True)
    if is_installed(home) and not force:
        return home
    if lib_from is not None and is_installed(lib_from.resolve()):
        for name in ("lib", "plugins"):
            target = home / name
            if target.is_symlink() or target.exists():
                shutil.rmtree(target) if target.is_dir() and not target.is_symlink() else target.unlink()
            target.symlink_to(lib_from.resolve() / name, target_is_directory=True)
        return home
    mvn = shutil.which("mvn")
    if mvn is None:
        raise ConfigError("Maven (mvn) is not installed; install it (apt-get install maven) to fetch Neo4j's jars")
    java_home = find_java_home()
    cmd = [mvn, "-q", "-B", "-f", str(repo_pom()), "dependency:copy-dependencies@lib",
           "dependency:copy-dependencies@plugins", f"-Dneo4j.home={home}"]  # fmt: skip
    proc = subprocess.run(cmd, env={**os.environ, "JAVA_HOME": str(java_home)}, capture_output=True, text=True)
    if proc.returncode != 0 or not is_installed(home):
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise StoreError(f"fetching Neo4j's jars into {home} failed (mvn exit {proc.returncode}):\n{tail}")
    return home


def write_config(home: Path, bolt_port: int, http_port: int) -> Path:
    """conf/neo4j.conf: loopback only, authentication on, small memory, Browser on the HTTP port."""
    conf = home / "conf"
    conf.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Written by kg.neo4j_server on every start; edit the code, not this file.",
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        f"server.bolt.listen_address=127.0.0.1:{bolt_port}",
        f"server.bolt.advertised_address=127.0.0.1:{bolt_port}",
        f"server.http.listen_address=127.0.0.1:{http_port}",
        f"server.http.advertised_address=127.0.0.1:{http_port}",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        f"server.memory.heap.initial_size={HEAP}",
        f"server.memory.heap.max_size={HEAP}",
        f"server.memory.pagecache.size={PAGECACHE}",
        "dbms.usage_report.enabled=false",
        "server.directories.data=data",
        "server.directories.logs=logs",
        "server.directories.plugins=plugins",
        "dbms.security.procedures.unrestricted=apoc.*",
        # stop in about 1 s instead of 11: Bolt's network threads otherwise idle 5 s twice first
        "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
        *(f"server.jvm.additional={flag}" for flag in JVM_FLAGS),
    ]
    path = conf / "neo4j.conf"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _state_file(home: Path) -> Path:
    return home / "run" / "kg-server.json"


def _console_log(home: Path) -> Path:
    return home / "logs" / "console.log"


def _alive(pid: int) -> bool:
    child = _CHILDREN.get(pid)
    if child is not None:
        return child.poll() is None
    try:
        os.killpg(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does: TIME_WAIT is no clash
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_ports(count: int) -> list[int]:
    """``count`` distinct TCP ports on 127.0.0.1 that nothing listens on now.

    Every socket stays bound until all are chosen, so the kernel never hands out one port
    twice (two separate ``free_port()`` calls can return the same number).
    """
    sockets = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [int(s.getsockname()[1]) for s in sockets]
    finally:
        for s in sockets:
            s.close()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    return free_ports(1)[0]


def log_tail(home: Path, lines: int = 30) -> str:
    """The last lines of the server's console log (where start-up failures are written)."""
    path = _console_log(home.resolve())
    if not path.is_file():
        return "(no log yet)"
    return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


def status(home: Path = DEFAULT_HOME) -> ServerInfo:
    """What ``<home>/run/kg-server.json`` records, and whether that process is still alive."""
    home = home.resolve()
    state = _state_file(home)
    if not state.is_file():
        return ServerInfo(str(home), None, DEFAULT_BOLT_PORT, DEFAULT_HTTP_PORT, running=False)
    data = json.loads(state.read_text(encoding="utf-8"))
    pid = int(data["pid"])
    return ServerInfo(str(home), pid, int(data["bolt_port"]), int(data["http_port"]), running=_alive(pid))


def _set_initial_password(home: Path, java_home: Path, password: str) -> None:
    """Run neo4j-admin's ``dbms set-initial-password`` without the password in any process's
    arguments: it goes into a file only this user can read (picocli's simplified ``@file``: the
    line is the argument, verbatim), passed as ``@path``, and the file is removed afterwards."""
    if (home / "data" / "dbms" / "auth.ini").exists():
        return  # only possible before the first start; later the stored password stands
    if "\n" in password or "\r" in password or password.startswith("#"):
        raise ConfigError("the Neo4j password starts with # or has a line break: choose another one")
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf"), "JAVA_HOME": str(java_home)}
    with tempfile.TemporaryDirectory(prefix="kg-neo4j-") as private:  # mode 0700
        secret = Path(private) / "initial-password"
        fd = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(password + "\n")
        # AdminTool itself (not the neo4j-admin bootloader, which would start a second JVM).
        cmd = [str(java_home / "bin" / "java"), "-Dpicocli.useSimplifiedAtFiles=true", "-cp", f"{home / 'lib'}/*",
               "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", f"@{secret}"]  # fmt: skip
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=home, stdin=subprocess.DEVNULL)
    if proc.returncode != 0 or not (home / "data" / "dbms" / "auth.ini").exists():
        out = (proc.stdout + proc.stderr).replace(password, "***")
        raise StoreError(f"setting the initial Neo4j password in {home} failed:\n{out.strip()[-2000:]}")


def _wait_ready(info: ServerInfo, password: str, timeout: float) -> None:
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

    home = Path(info.home)
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        if info.pid is None or not _alive(info.pid):
            raise StoreError(f"the Neo4j server in {home} exited during start-up; its log ends:\n{log_tail(home)}")
        try:
            with GraphDatabase.driver(info.bolt_uri, auth=(USER, password), connection_timeout=5) as driver:
                driver.verify_connectivity()
                records, _, _ = driver.execute_query("RETURN 1 AS ok")
                if records and records[0]["ok"] == 1:
                    return
        except AuthError as e:
            stop(home)
            raise StoreError(
                f"Neo4j in {home} rejected the password for user {USER!r}: the home was initialised with "
                f"another password; use that one, or delete {home / 'data'} to start afresh"
            ) from e
        except (ServiceUnavailable, Neo4jError, OSError) as e:
            last = type(e).__name__
        time.sleep(1)
    stop(home)
    raise StoreError(
        f"Neo4j in {home} did not answer on {info.bolt_uri} within {timeout:.0f} s ({last}); its log ends:\n"
        f"{log_tail(home)}"
    )


def start(
    home: Path = DEFAULT_HOME,
    *,
    password: str,
    bolt_port: int = DEFAULT_BOLT_PORT,
    http_port: int = DEFAULT_HTTP_PORT,
    timeout: float = 180.0,
    lib_from: Path | None = None,
) -> ServerInfo:
    """Start the server in ``home`` (installing it first if needed) and wait until Bolt answers."""
    if not password:
        raise ConfigError("the Neo4j password is empty: set KG_NEO4J_PASSWORD")
    if timeout < 1:
        raise ConfigError(f"start timeout {timeout} is too short")
    home = home.resolve()
    current = status(home)
    if current.running:
        return current
    if bolt_port == http_port:
        raise ConfigError(f"Bolt and HTTP both on port {bolt_port}: give --bolt-port and --http-port different ports")
    for port in (bolt_port, http_port):
        if not _port_free(port):
            raise StoreError(f"port {port} on 127.0.0.1 is in use: pick another with --bolt-port/--http-port")
    install(home, lib_from=lib_from)
    java_home = find_java_home()
    write_config(home, bolt_port, http_port)
    _set_initial_password(home, java_home, password)
    log = _console_log(home)
    log.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf"), "JAVA_HOME": str(java_home)}
    env.pop("NEO4J_AUTH", None)
    cmd = [str(java_home / "bin" / "java"), "-cp", f"{home / 'lib'}/*", "org.neo4j.server.startup.Neo4jCommand",
           "console"]  # fmt: skip
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            cmd, cwd=home, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
    _CHILDREN[proc.pid] = proc
    info = ServerInfo(str(home), proc.pid, bolt_port, http_port, running=True)
    state = _state_file(home)
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text(json.dumps(asdict(info)), encoding="utf-8")
    _wait_ready(info, password, timeout)
    return info


def stop(home: Path = DEFAULT_HOME, *, timeout: float = 60.0) -> bool:
    """Stop the server of ``home``: SIGTERM to its process group, wait, then SIGKILL. False if none ran."""
    home = home.resolve()
    info = status(home)
    if info.pid is None:
        return False
    was_running = info.running
    if was_running:
        _signal_group(info.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _alive(info.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if _alive(info.pid):
            _signal_group(info.pid, signal.SIGKILL)
            while _alive(info.pid) and time.monotonic() < deadline + 10:
                time.sleep(0.2)
    _group_gone(info.pid)
    with contextlib.suppress(FileNotFoundError):
        _state_file(home).unlink()
    return was_running


def kill(home: Path = DEFAULT_HOME) -> None:
    """SIGKILL the server's process group at once (for fault tests: a crash, not a clean stop)."""
    info = status(home.resolve())
    if info.pid is not None and info.running:
        _signal_group(info.pid, signal.SIGKILL)
        _group_gone(info.pid)


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, sig)


def _group_gone(pgid: int, timeout: float = 30.0) -> None:
    """Reap our child and wait until no process of the group (e.g. the server JVM) is left."""
    child = _CHILDREN.pop(pgid, None)
    if child is not None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=timeout)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
