"""The embedded store: one SQLite file in WAL mode, one transaction per batch of articles."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from kg.errors import StoreError
from kg.model import Article, ArticleGraph, Entity, EntityMention, Evidence, GraphBatch, Relation
from kg.store.base import WriteStats

SCHEMA_VERSION = 2  # 2: relations.model (the NER model behind the evidence)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT NOT NULL, date TEXT, newspaper TEXT,
    page TEXT, url TEXT, content_hash TEXT NOT NULL, text TEXT NOT NULL, analysis_text TEXT
);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, source TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, start, end)
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS relations (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
    title TEXT, status TEXT, date TEXT,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, sentence TEXT NOT NULL, rule TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS relations_source ON relations(source);
CREATE INDEX IF NOT EXISTS relations_target ON relations(target);
CREATE INDEX IF NOT EXISTS relations_article ON relations(article_id);
"""


def relation_key(article_id: str, r: Relation) -> str:
    """A stable id for one relationship with one piece of evidence."""
    ev = r.evidence
    parts = (r.type, r.source, r.target, r.title or "", r.status or "", article_id, str(ev.start), str(ev.end), ev.rule)
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


class SqliteStore:
    """A graph in one SQLite file; see kg.store.base.GraphStore."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"no store at {self.path}: build one first with `kg build INPUT --db {self.path}`")
        if create:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create {self.path}: {e}; pass another --db path") from e
        try:
            self._conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(
                f"{self.path} is not a kg store ({e}); pass another --db path or move the file away"
            ) from e

    def _migrate(self) -> None:
        row = None
        tables = {r[0] for r in self._conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" in tables:
            row = self._conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        elif tables:
            raise StoreError(f"{self.path} is an SQLite file but not a kg store; pass another --db path")
        if row is not None and int(row[0]) == 1:  # schema 1 → 2: evidence gains the NER model ('' when unknown)
            with self._transaction():
                self._conn.execute("ALTER TABLE relations ADD COLUMN model TEXT NOT NULL DEFAULT ''")
                self._conn.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION),))
            row = (str(SCHEMA_VERSION),)
        if row is not None and int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"{self.path} has store schema {row[0]}, this kg reads {SCHEMA_VERSION}; rebuild it")
        if row is None:
            self._conn.executescript(SCHEMA)  # idempotent: every statement is IF NOT EXISTS
            with self._transaction():
                self._conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )

    def _transaction(self) -> _Transaction:
        return _Transaction(self._conn)

    # -- writing -----------------------------------------------------------------------------

    def write(self, batch: GraphBatch) -> WriteStats:
        """Store a batch in one transaction; unchanged articles are skipped, changed ones replaced."""
        counts = dict.fromkeys(
            (
                "articles_added",
                "articles_replaced",
                "articles_unchanged",
                "entities_added",
                "relations_added",
                "mentions_added",
            ),
            0,
        )
        try:
            with self._transaction():
                for graph in batch.graphs:
                    self._write_article(graph, counts)
                self._drop_orphan_entities()
        except sqlite3.Error as e:
            raise StoreError(f"writing to {self.path} failed, nothing of this batch was stored: {e}") from e
        return WriteStats(**counts)

    def _write_article(self, graph: ArticleGraph, counts: dict[str, int]) -> None:
        a = graph.article
        old = self._conn.execute("SELECT content_hash FROM articles WHERE id=?", (a.id,)).fetchone()
        if old is not None and old[0] == a.content_hash:
            counts["articles_unchanged"] += 1
            return
        if old is not None:
            self._conn.execute("DELETE FROM articles WHERE id=?", (a.id,))
            counts["articles_replaced"] += 1
        else:
            counts["articles_added"] += 1
        self._conn.execute(
            "INSERT INTO articles(id, source, title, date, newspaper, page, url, content_hash, text, analysis_text)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                a.id,
                a.source,
                a.title,
                a.date,
                a.newspaper,
                a.page,
                a.url,
                a.content_hash,
                a.text,
                None if a.analysis_text == a.text else a.analysis_text,
            ),
        )
        for e in graph.entities:
            counts["entities_added"] += self._upsert_entity(e)
        for m in graph.mentions:
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO mentions(article_id, entity_id, start, end, text, source) VALUES (?,?,?,?,?,?)",
                (a.id, m.entity_id, m.start, m.end, m.text, m.source),
            )
            counts["mentions_added"] += cur.rowcount
        for r in graph.relations:
            ev = r.evidence
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO relations(id, type, source, target, title, status, date, article_id,"
                " start, end, sentence, rule, model) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    relation_key(a.id, r),
                    r.type,
                    r.source,
                    r.target,
                    r.title,
                    r.status,
                    r.date,
                    a.id,
                    ev.start,
                    ev.end,
                    ev.text,
                    ev.rule,
                    ev.model,
                ),
            )
            counts["relations_added"] += cur.rowcount

    def _upsert_entity(self, e: Entity) -> int:
        row = self._conn.execute("SELECT aliases FROM entities WHERE id=?", (e.id,)).fetchone()
        if row is None:
            self._conn.execute(
                "INSERT INTO entities(id, label, name, aliases) VALUES (?,?,?,?)",
                (e.id, e.label, e.name, json.dumps(sorted(set(e.aliases)), ensure_ascii=False)),
            )
            return 1
        known = set(json.loads(row[0]))
        if not set(e.aliases) <= known:
            merged = json.dumps(sorted(known | set(e.aliases)), ensure_ascii=False)
            self._conn.execute("UPDATE entities SET aliases=? WHERE id=?", (merged, e.id))
        return 0

    def _drop_orphan_entities(self) -> None:
        self._conn.execute(
            "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)"
            " AND id NOT IN (SELECT source FROM relations) AND id NOT IN (SELECT target FROM relations)"
        )

    # -- reading -----------------------------------------------------------------------------

    def has_article(self, article_id: str, content_hash: str) -> bool:
        """True when this exact article is stored already."""
        row = self._conn.execute("SELECT 1 FROM articles WHERE id=? AND content_hash=?", (article_id, content_hash))
        return row.fetchone() is not None

    def articles(self) -> Iterator[Article]:
        for row in self._conn.execute(
            "SELECT id, text, analysis_text, title, date, newspaper, page, url, source, content_hash"
            " FROM articles ORDER BY id"
        ):
            yield Article(
                id=row[0],
                text=row[1],
                analysis_text=row[2] or row[1],
                title=row[3],
                date=row[4],
                newspaper=row[5],
                page=row[6],
                url=row[7],
                source=row[8],
                content_hash=row[9],
            )

    def entities(self) -> Iterator[Entity]:
        for eid, label, name, aliases in self._conn.execute(
            "SELECT id, label, name, aliases FROM entities ORDER BY id"
        ):
            yield Entity(eid, label, name, tuple(json.loads(aliases)))

    def relations(self) -> Iterator[Relation]:
        for row in self._conn.execute(
            "SELECT type, source, target, title, status, date, article_id, start, end, sentence, rule, model"
            " FROM relations ORDER BY article_id, start, id"
        ):
            yield Relation(
                type=row[0],
                source=row[1],
                target=row[2],
                title=row[3],
                status=row[4],
                date=row[5],
                evidence=Evidence(row[6], row[7], row[8], row[9], row[10], row[11]),
            )

    def mentions(self, article_id: str | None = None) -> Iterator[tuple[str, EntityMention]]:
        sql = "SELECT article_id, entity_id, start, end, text, source FROM mentions"
        params: tuple[str, ...] = ()
        if article_id is not None:
            sql += " WHERE article_id=?"
            params = (article_id,)
        for row in self._conn.execute(sql + " ORDER BY article_id, start, entity_id", params):
            yield row[0], EntityMention(row[1], row[2], row[3], row[4], row[5])

    def counts(self) -> dict[str, int]:
        """Row counts per table: what a second identical build must leave unchanged."""
        return {
            table: self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "entities", "mentions", "relations")
        }

    def fingerprint(self) -> str:
        """A hash of every stored row, to check that a run changed nothing."""
        digest = hashlib.sha256()
        for table, order in (
            ("articles", "id"),
            ("entities", "id"),
            ("mentions", "article_id, start, entity_id, end"),
            ("relations", "id"),
        ):
            for row in self._conn.execute(f"SELECT * FROM {table} ORDER BY {order}"):
                digest.update(repr(row).encode("utf-8"))
        return digest.hexdigest()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._conn.execute("ROLLBACK" if exc_type else "COMMIT")
