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
