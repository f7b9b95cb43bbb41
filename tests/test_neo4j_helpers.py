"""Helpers for the Neo4j tests: build a real store from articles, wipe the server, run saved queries."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.ingest import read_paths
from kg.model import GraphBatch
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs
from kg.store.neo4j import Connection
from kg.store.sqlite import SqliteStore

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "2022-06-04-p1.txt"
CYPHER = REPO / "cypher"


def build_store(paths: list[Path], db: Path) -> SqliteStore:
    """The real pipeline (LAC + rules) over ``paths`` into a new SQLite store at ``db``."""
    articles = list(read_paths([str(p) for p in paths]))
    store = SqliteStore(db)
    store.write(GraphBatch(tuple(extract_graphs(articles, LacExtractor()))))
    return store


def wipe(conn: Connection) -> None:
    with conn.session() as session:
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS").consume()


def count(conn: Connection, query: str, **params: Any) -> int:
    with conn.session() as session:
        return int(session.run(query, params).single()[0])


@dataclass(frozen=True)
class SavedQuery:
    path: Path
    header: str
    params: dict[str, str]  # name → Cypher literal, as in `:param name => literal`
    text: str


PARAM = re.compile(r"^:param\s+(\w+)\s*=>\s*(.+?);?\s*$")


def parse_saved(path: Path) -> SavedQuery:
    header, params, body = [], {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("//"):
            header.append(line)
        elif m := PARAM.match(line):
            params[m.group(1)] = m.group(2)
        elif line.strip():
            body.append(line)
    return SavedQuery(path, "\n".join(header), params, "\n".join(body).rstrip().rstrip(";"))


def run_saved(conn: Connection, name: str, **overrides: Any) -> list[dict[str, Any]]:
    """Run cypher/<name>.cypher with its example :param values (evaluated by the server), overridden."""
    saved = parse_saved(CYPHER / f"{name}.cypher")
    with conn.session() as session:
        params = {k: session.run(f"RETURN {v} AS value").single()["value"] for k, v in saved.params.items()}
        params.update(overrides)
        return [r.data() for r in session.run(saved.text, params)]


class CuttableProxy:
    """A TCP relay from a local port to the server's Bolt port that can be cut, like a network
    failure: ``cut()`` closes every relayed connection and refuses new ones."""

    def __init__(self, target_host: str, target_port: int) -> None:
        import socket
        import threading

        self._socket, self._threading = socket, threading
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections: list[Any] = []
        self.cut_done = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self.cut_done.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.cut_done.is_set():
                client.close()
                return
            server = self._socket.create_connection(self.target)
            self.connections += [client, server]
            for a, b in ((client, server), (server, client)):
                self._threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: Any, dst: Any) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass

    def cut(self) -> None:
        import contextlib

        self.cut_done.set()
        with contextlib.suppress(OSError):
            self.listener.shutdown(self._socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        self.listener.close()
        for s in self.connections:
            with contextlib.suppress(OSError):
                s.shutdown(self._socket.SHUT_RDWR)
            s.close()


class CmdlineWatch:
    """Reads every process's /proc/<pid>/cmdline in a loop (while a server is set up) and records
    whether ``secret`` appeared in any, and which java main classes it saw (to show it looked)."""

    def __init__(self, secret: str) -> None:
        import threading

        self.secret = secret.encode("utf-8")
        self.leaks: list[str] = []
        self.java_seen: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._scan, daemon=True)

    def _scan(self) -> None:
        proc = Path("/proc")
        while not self._stop.is_set():
            for entry in proc.iterdir():
                if not entry.name.isdigit():
                    continue
                try:
                    raw = (entry / "cmdline").read_bytes()
                except OSError:
                    continue
                if self.secret in raw:
                    self.leaks.append(raw.replace(b"\0", b" ").decode("utf-8", "replace"))
                args = raw.split(b"\0")
                if args and args[0].endswith(b"/java"):
                    self.java_seen.update(a.decode() for a in args if a.startswith(b"org.neo4j."))
            # a scan takes about 1.5 ms; without a pause it took a core from the JVMs it watches,
            # and every process it must see (the JVMs and their launchers) lives far longer than 5 ms
            self._stop.wait(0.005)

    def __enter__(self) -> CmdlineWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
