"""Exports of a store: GraphML (Gephi, NetworkX), CSV tables, and neo4j-admin import files.

- ``graphml``: one file; nodes are entities and articles (``Article:<id>``), edges are relations,
  one per piece of evidence, each with its article, sentence, offsets and rule.
- ``csv``: a folder of ``nodes.csv``, ``articles.csv``, ``relations.csv`` and ``mentions.csv``.
- ``neo4j-import``: a folder of header and data files that ``neo4j-admin database import full``
  reads into a new database, plus ``import.sh`` holding that command. The rows are the ones
  ``kg push`` sends (kg.store.neo4j.build_rows), so both give the same nodes and relationships.

Every file is written sorted, so one store always gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import shlex
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError
from kg.model import Article, Entity, EntityMention, Relation
from kg.store.base import GraphStore

FORMATS: tuple[str, ...] = ("graphml", "csv", "neo4j-import")
ARRAY_DELIMITER = "\x1f"  # never in normalized text; neo4j-admin is told with --array-delimiter=U+001F
ARTICLE_PREFIX = "Article:"


def _relation_id(r: Relation) -> str:
    from kg.store.sqlite import relation_key

    return relation_key(r.evidence.article_id, r)


def _article_node(article_id: str) -> str:
    return f"{ARTICLE_PREFIX}{article_id}"


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """GraphML attribute values: no None, lists joined with '|'."""
    out: dict[str, Any] = {}
    for k, v in attrs.items():
        if v is None:
            continue
        out[k] = "|".join(str(x) for x in v) if isinstance(v, (list, tuple)) else v
    return out


def to_networkx(
    articles: Iterable[Article], entities: Iterable[Entity], relations: Iterable[Relation]
) -> nx.MultiDiGraph:
    """The graph GraphML holds: every entity and article a node, every relation an edge keyed by its id."""
    g: nx.MultiDiGraph = nx.MultiDiGraph()
    for a in sorted(articles, key=lambda a: a.id):
        g.add_node(
            _article_node(a.id),
            **_clean({"label": "Article", "name": a.title or a.id, "article_id": a.id, "date": a.date,
                      "newspaper": a.newspaper, "page": a.page, "url": a.url, "source": a.source}),
        )  # fmt: skip
    for e in sorted(entities, key=lambda e: e.id):
        g.add_node(e.id, **_clean({"label": e.label, "name": e.name, "aliases": list(e.aliases)}))
    for r in sorted(relations, key=_relation_id):
        for end in (r.source, r.target):
            if end not in g:  # an end the store lost: keep the edge, name the node by its id
                label, _, name = end.partition(":")
                g.add_node(end, label=label, name=name)
        ev = r.evidence
        g.add_edge(
            r.source,
            r.target,
            key=_relation_id(r),
            **_clean({"type": r.type, "title": r.title, "status": r.status, "date": r.date,
                      "article_id": ev.article_id, "start": ev.start, "end": ev.end, "sentence": ev.text,
                      "rule": ev.rule}),
        )  # fmt: skip
    return g


def write_graphml(store: GraphStore, path: Path) -> list[Path]:
    """One GraphML file of the store's entities, articles and relations."""
    g = to_networkx(store.articles(), store.entities(), store.relations())
    buffer = io.BytesIO()
    nx.write_graphml(g, buffer, encoding="utf-8", prettyprint=True, named_key_ids=True)
    _write_bytes(path, buffer.getvalue())
    return [path]


def _csv_text(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if x is None else x for x in row])
    return buffer.getvalue()


def write_csv(store: GraphStore, folder: Path) -> list[Path]:
    """nodes.csv, articles.csv, relations.csv and mentions.csv in ``folder``."""
    articles = sorted(store.articles(), key=lambda a: a.id)
    entities = sorted(store.entities(), key=lambda e: e.id)
    relations = sorted(store.relations(), key=_relation_id)
    mentions: list[tuple[str, EntityMention]] = sorted(
        store.mentions(), key=lambda x: (x[0], x[1].start, x[1].end, x[1].entity_id)
    )
    tables: dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]] = {
        "nodes.csv": (
            ("id", "label", "name", "aliases"),
            [(e.id, e.label, e.name, "|".join(e.aliases)) for e in entities],
        ),
        "articles.csv": (
            ("id", "node", "title", "date", "newspaper", "page", "url", "source", "content_hash", "text"),
            [(a.id, _article_node(a.id), a.title, a.date, a.newspaper, a.page, a.url, a.source, a.content_hash,
              a.text) for a in articles],
        ),
        "relations.csv": (
            ("id", "type", "source", "target", "title", "status", "date", "article_id", "start", "end", "rule",
             "sentence"),
            [(_relation_id(r), r.type, r.source, r.target, r.title, r.status, r.date, r.evidence.article_id,
              r.evidence.start, r.evidence.end, r.evidence.rule, r.evidence.text) for r in relations],
        ),
        "mentions.csv": (
            ("article_id", "entity_id", "start", "end", "text", "source"),
            [(aid, m.entity_id, m.start, m.end, m.text, m.source) for aid, m in mentions],
        ),
    }  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (columns, rows) in tables.items():
        written.append(_write_bytes(folder / name, _csv_text(columns, rows).encode("utf-8")))
    return written


# -- neo4j-admin import -------------------------------------------------------------------------


def _neo4j_type(values: Iterable[Any]) -> str:
    """The header type of a property from its values (None ignored): string, long, double, boolean, arrays."""
    kinds = set()
    for v in values:
        if v is None:
            continue
        if isinstance(v, (list, tuple)):
            inner = {_neo4j_type([x]) for x in v} or {"string"}
            kinds.add(f"{inner.pop() if len(inner) == 1 else 'string'}[]")
        elif isinstance(v, bool):
            kinds.add("boolean")
        elif isinstance(v, int):
            kinds.add("long")
        elif isinstance(v, float):
            kinds.add("double")
        else:
            kinds.add("string")
    if len(kinds) > 1:
        raise InputError(", ".join(sorted(kinds)), "one property has values of several types", "report this as a bug")
    return kinds.pop() if kinds else "string"


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        parts = [str(x) for x in value]
        if any(ARRAY_DELIMITER in p for p in parts):
            raise InputError(repr(parts), "a list value holds the array delimiter U+001F", "clean the text and rebuild")
        return ARRAY_DELIMITER.join(parts)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _group_files(
    folder: Path, stem: str, fixed: Sequence[str], rows: Sequence[dict[str, Any]], fixed_keys: Sequence[str]
) -> tuple[Path, Path]:
    """``stem.header.csv`` (fixed columns, then each property with its type) and ``stem.csv``."""
    names = sorted({k for r in rows for k in r["props"]} - set(fixed_keys))
    header = [*fixed, *(f"{k}:{_neo4j_type(r['props'].get(k) for r in rows)}" for k in names)]
    data = [[*(r[k] for k in fixed_keys), *(_cell(r["props"].get(k)) for k in names)] for r in rows]
    head = _write_bytes(folder / f"{stem}.header.csv", _csv_text(header, []).encode("utf-8"))
    body = _csv_text(header, data).split("\n", 1)[1]
    return head, _write_bytes(folder / f"{stem}.csv", body.encode("utf-8"))


def write_neo4j_import(store: GraphStore, folder: Path, *, database: str = "neo4j") -> list[Path]:
    """Header and data files per node label and relationship group, and ``import.sh`` with the
    ``neo4j-admin database import full`` command that reads them into ``database``."""
    from kg.store import queries as q
    from kg.store.neo4j import rows_from_store

    rows = rows_from_store(store)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    nodes: list[tuple[str, Path, Path]] = []
    rels: list[tuple[str, Path, Path]] = []
    groups = [(q.ARTICLE, rows.articles), *sorted(rows.entities.items())]
    for label, label_rows in groups:
        if not label_rows:
            continue
        params = sorted((r.params for r in label_rows), key=lambda p: p["id"])
        head, body = _group_files(folder, f"nodes_{label}", [f"id:ID({label})"], params, ["id"])
        nodes.append((label, head, body))
    for (rel_type, source, target), rel_rows in sorted(rows.relations.items()):
        params = sorted((r.params for r in rel_rows), key=lambda p: p["key"])
        fixed = [f":START_ID({source})", f":END_ID({target})"]
        head, body = _group_files(folder, f"rels_{rel_type}_{source}_{target}", fixed, params, ["source", "target"])
        rels.append((rel_type, head, body))
    for label, mention_rows in sorted(rows.mentions.items()):
        params = sorted((r.params for r in mention_rows), key=lambda p: (p["source"], p["target"]))
        fixed = [f":START_ID({label})", f":END_ID({q.ARTICLE})"]
        head, body = _group_files(folder, f"rels_{q.MENTIONED_IN}_{label}", fixed, params, ["source", "target"])
        rels.append((q.MENTIONED_IN, head, body))
    for _, head, body in (*nodes, *rels):
        written += [head, body]
    args = import_arguments(
        [(label, head.name, body.name) for label, head, body in nodes],
        [(t, head.name, body.name) for t, head, body in rels],
        database,
    )
    script = (
        "#!/bin/sh\n"
        "# Import these files into a new Neo4j database (stop the server first; the database must not exist\n"
        "# or pass --overwrite-destination). Written by `kg export --format neo4j-import`.\n"
        'cd "$(dirname "$0")" || exit 1\n'
        f"exec neo4j-admin {' '.join(shlex.quote(a) for a in args)}\n"
    )
    script_path = _write_bytes(folder / "import.sh", script.encode("utf-8"))
    script_path.chmod(0o755)
    return [*written, script_path]


def import_arguments(
    nodes: Sequence[tuple[str, str, str]], relationships: Sequence[tuple[str, str, str]], database: str = "neo4j"
) -> list[str]:
    """The arguments after ``neo4j-admin``: (label or type, header file, data file) per group."""
    args = ["database", "import", "full"]
    args += [f"--nodes={label}={head},{body}" for label, head, body in nodes]
    args += [f"--relationships={rel_type}={head},{body}" for rel_type, head, body in relationships]
    args += ["--multiline-fields=true", "--array-delimiter=U+001F"]
    return [*args, database]


def read_import_arguments(folder: Path) -> list[str]:
    """The neo4j-admin arguments stored in ``folder/import.sh`` (what a test or a script runs)."""
    line = next(x for x in (folder / "import.sh").read_text(encoding="utf-8").splitlines() if x.startswith("exec "))
    return shlex.split(line)[2:]


def _write_bytes(path: Path, data: bytes) -> Path:
    """Write through a temporary file in the same folder and rename: no half-written export."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def export(store: GraphStore, fmt: str, output: str | Path) -> list[Path]:
    """Write ``store`` as ``fmt`` (one of FORMATS) to ``output`` (a file for graphml, else a folder)."""
    if fmt not in FORMATS:
        raise InputError(fmt, "unknown export format", f"use one of {', '.join(FORMATS)}")
    out = Path(output)
    if fmt == "graphml":
        if out.is_dir():
            raise InputError(str(out), "is a folder", "pass a file name for GraphML, e.g. -o kg.graphml")
        if not out.parent.exists():
            raise InputError(str(out), "folder does not exist", f"create {out.parent} first")
        return write_graphml(store, out)
    if out.exists() and not out.is_dir():
        raise InputError(str(out), "is a file", f"pass a folder for {fmt} (it is created if missing)")
    if fmt == "csv":
        return write_csv(store, out)
    return write_neo4j_import(store, out)
