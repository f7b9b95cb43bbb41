"""The embedded store: one SQLite file in WAL mode, one transaction per batch of articles.

Reading commands open it read-only (``mode=ro``, no journal change), so a store on a read-only
mount can be reported on. A damaged file is a StoreError (exit 4) with the advice, never a traceback.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import stat
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import ParamSpec, TypeVar
from urllib.parse import quote

from kg import __version__
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
    id TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]', date TEXT
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
CREATE INDEX IF NOT EXISTS articles_content ON articles(content_hash);
"""


def relation_key(article_id: str, r: Relation) -> str:
    """A stable id for one relationship with one piece of evidence."""
    ev = r.evidence
    parts = (r.type, r.source, r.target, r.title or "", r.status or "", article_id, str(ev.start), str(ev.end), ev.rule)
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


SQLITE_CORRUPT = 11  # the primary result code (sqlite3.SQLITE_CORRUPT from Python 3.11)
P = ParamSpec("P")
T = TypeVar("T")


def check_store_path(path: Path, *, create: bool) -> None:
    """Refuse a store path that is neither a regular file nor (with ``create``) a new one, before
    anything is opened or created there: ``/dev/null``, a folder, a FIFO."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if not create:
            raise StoreError(f"no store at {path}: build one first with `kg build INPUT --db {path}`") from None
        return
    except OSError as e:
        raise StoreError(f"cannot use {path} as a store ({e.strerror}); pass another --db path") from e
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise StoreError(f"{path} is {kind}: a kg store is one SQLite file; pass --db a new or existing store file")


def _is_corruption(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return (code is not None and code & 0xFF == SQLITE_CORRUPT) or "malformed" in str(error)


def damaged(path: Path, error: sqlite3.DatabaseError) -> StoreError:
    """The StoreError for a store file that SQLite can no longer read."""
    return StoreError(
        f"{path} is damaged ({error}): check it with `sqlite3 {path} 'PRAGMA integrity_check'`, then restore "
        f"it from a backup or rebuild it with `kg build INPUT --db NEW_PATH`; kg did not change it"
    )


def _reading(method: Callable[P, Iterator[T]]) -> Callable[P, Iterator[T]]:
    """Turn SQLite errors met while iterating over a store into StoreErrors with the advice."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        store = args[0]
        assert isinstance(store, SqliteStore)
        try:
            yield from method(*args, **kwargs)
        except sqlite3.DatabaseError as e:
            raise store.translate(e) from e

    return wrapper


class SqliteStore:
    """A graph in one SQLite file: a GraphWriter and a GraphReader (see kg.store.base).

    ``create`` makes a new store where there is none; ``read_only`` opens an existing one with
    ``mode=ro`` (see ``open_read_only``) and never writes to the file or its folder."""

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._fingerprint: tuple[int, str] | None = None  # (data_version, hash)
        create = create and not read_only
        check_store_path(self.path, create=create)
        if create:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create {self.path}: {e}; pass another --db path") from e
        try:
            if read_only:
                self._conn = self._connect_read_only()
            else:
                self._conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA foreign_keys=ON")
                self._conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as e:
            if getattr(self, "_conn", None) is not None:
                self._conn.close()
            raise self.translate(e) from e

    @classmethod
    def open_read_only(cls, path: str | Path) -> SqliteStore:
        """An existing store, for reading commands (report, dossier, viz, push…)."""
        return cls(path, create=False, read_only=True)

    def _connect_read_only(self) -> sqlite3.Connection:
        """``mode=ro``; on a read-only folder or mount, where SQLite cannot make the WAL index file
        next to the store, ``immutable=1`` (nobody can write there either)."""
        uri = "file:" + quote(str(self.path.resolve()))
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=30, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            conn.close()
            if os.access(self.path.parent, os.W_OK):
                raise
        except BaseException:
            conn.close()
            raise
        return sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, timeout=30, isolation_level=None)

    def translate(self, error: sqlite3.DatabaseError) -> StoreError:
        """A StoreError with the fix: damaged kg store, or a file that is no kg store at all."""
        if _is_corruption(error):
            return damaged(self.path, error)
        if isinstance(error, sqlite3.OperationalError) and self.read_only:
            return StoreError(f"cannot read {self.path} ({error}); check the file's and its folder's permissions")
        if isinstance(error, sqlite3.OperationalError):
            return StoreError(
                f"cannot write to {self.path} ({error}): is its folder or mount read-only? Reading commands "
                "(report, dossier, viz, push) still work there; build into another --db path"
            )
        return StoreError(f"{self.path} is not a kg store ({error}); pass another --db path or move the file away")

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
        if row is None and self.read_only:
            raise StoreError(f"{self.path} is empty, not a kg store: build one with `kg build INPUT --db {self.path}`")
        if (
            row is not None
            and not self.read_only
            and "date" not in {c[1] for c in self._conn.execute("PRAGMA table_info(entities)")}
        ):
            self._conn.execute("ALTER TABLE entities ADD COLUMN date TEXT")  # a store from before Meeting.date
        if row is None:
            self._conn.executescript(SCHEMA)  # idempotent: every statement is IF NOT EXISTS
            with self._transaction():
                self._conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
        found = self._conn.execute("SELECT value FROM meta WHERE key='store_id'").fetchone()
        if found is None and not self.read_only:
            with self._transaction():
                self._conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('store_id', ?)", (uuid.uuid4().hex,))
            found = self._conn.execute("SELECT value FROM meta WHERE key='store_id'").fetchone()
        # A store made before store ids, opened read-only: an id from its location.
        self.store_id: str = (
            found[0] if found else "path-" + hashlib.sha1(str(self.path.resolve()).encode()).hexdigest()
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
        self._fingerprint = None
        try:
            with self._transaction():
                for graph in batch.graphs:
                    self._write_article(graph, counts)
                self._drop_orphan_entities()
        except sqlite3.DatabaseError as e:
            if _is_corruption(e):
                raise damaged(self.path, e) from e
            raise StoreError(f"writing to {self.path} failed, nothing of this batch was stored: {e}") from e
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
        counts["entities_added"] += self._upsert_entities(graph.entities)
        cur = self._conn.executemany(  # one call per article: rowcount sums the rows inserted
            "INSERT OR IGNORE INTO mentions(article_id, entity_id, start, end, text, source) VALUES (?,?,?,?,?,?)",
            [(a.id, m.entity_id, m.start, m.end, m.text, m.source) for m in graph.mentions],
        )
        counts["mentions_added"] += max(cur.rowcount, 0)
        cur = self._conn.executemany(
            "INSERT OR IGNORE INTO relations(id, type, source, target, title, status, date, article_id,"
            " start, end, sentence, rule, model) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (relation_key(a.id, r), r.type, r.source, r.target, r.title, r.status, r.date, a.id,
                 r.evidence.start, r.evidence.end, r.evidence.text, r.evidence.rule, r.evidence.model)
                for r in graph.relations
            ],
        )  # fmt: skip
        counts["relations_added"] += max(cur.rowcount, 0)

    def _upsert_entities(self, entities: Sequence[Entity]) -> int:
        """Insert the new entities (in their order) and widen the known ones: a meeting of several
        days keeps its first date, aliases are merged. One lookup for the article's entities
        instead of one per entity. Returns how many were new."""
        known: dict[str, tuple[str, str | None]] = {}  # id → (aliases as stored, JSON; date)
        ids = list(dict.fromkeys(e.id for e in entities))
        for i in range(0, len(ids), 500):  # below SQLite's bound on parameters per statement
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for eid, aliases, date in self._conn.execute(
                f"SELECT id, aliases, date FROM entities WHERE id IN ({marks})", chunk
            ):
                known[eid] = (aliases, date)
        inserts: list[tuple[str, str, str, str, str | None]] = []
        changed: dict[str, tuple[str, str | None]] = {}
        for e in entities:
            row = known.get(e.id)
            if row is None:
                aliases = json.dumps(sorted(set(e.aliases)), ensure_ascii=False)
                inserts.append((e.id, e.label, e.name, aliases, e.date))
                known[e.id] = (aliases, e.date)
                continue
            aliases, date = row
            if e.date and (date is None or e.date < date):
                date = e.date
            have = set(json.loads(aliases))
            if not set(e.aliases) <= have:
                aliases = json.dumps(sorted(have | set(e.aliases)), ensure_ascii=False)
            if (aliases, date) != row:
                known[e.id] = changed[e.id] = (aliases, date)
        self._conn.executemany("INSERT INTO entities(id, label, name, aliases, date) VALUES (?,?,?,?,?)", inserts)
        self._conn.executemany(
            "UPDATE entities SET aliases=?, date=? WHERE id=?", [(a, d, eid) for eid, (a, d) in changed.items()]
        )
        return len(inserts)

    def _drop_orphan_entities(self) -> None:
        self._conn.execute(
            "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)"
            " AND id NOT IN (SELECT source FROM relations) AND id NOT IN (SELECT target FROM relations)"
        )

    # -- reading -----------------------------------------------------------------------------

    def has_article(self, article_id: str, content_hash: str) -> bool:
        """True when this exact article is stored already (its batch committed whole)."""
        try:
            row = self._conn.execute("SELECT 1 FROM articles WHERE id=? AND content_hash=?", (article_id, content_hash))
            return row.fetchone() is not None
        except sqlite3.DatabaseError as e:
            raise self.translate(e) from e

    def article_with_content(self, content_hash: str) -> str | None:
        """Id of a stored article with exactly this text (see kg.ingest.identity)."""
        row = self._conn.execute("SELECT id FROM articles WHERE content_hash=? ORDER BY id LIMIT 1", (content_hash,))
        found = row.fetchone()
        return None if found is None else str(found[0])

    def article_source(self, article_id: str) -> str | None:
        """The file the stored article ``article_id`` was read from (see kg.ingest.identity)."""
        found = self._conn.execute("SELECT source FROM articles WHERE id=?", (article_id,)).fetchone()
        return None if found is None else str(found[0])

    @_reading
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

    @_reading
    def entities(self) -> Iterator[Entity]:
        for eid, label, name, aliases, held in self._conn.execute(
            "SELECT id, label, name, aliases, date FROM entities ORDER BY id"
        ):
            yield Entity(eid, label, name, tuple(json.loads(aliases)), held)

    @_reading
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

    @_reading
    def mentions(self, article_id: str | None = None) -> Iterator[tuple[str, EntityMention]]:
        sql = "SELECT article_id, entity_id, start, end, text, source FROM mentions"
        params: tuple[str, ...] = ()
        if article_id is not None:
            sql += " WHERE article_id=?"
            params = (article_id,)
        for row in self._conn.execute(sql + " ORDER BY article_id, start, entity_id", params):
            yield row[0], EntityMention(row[1], row[2], row[3], row[4], row[5])

    # -- people across articles (kg.people) -------------------------------------------------

    def person_links(self) -> Iterator[tuple[str, str, str, str | None, str, str]]:
        """(person id, name, article id, article date, relation type, target name) per relation of a person."""
        yield from self._conn.execute(
            "SELECT r.source, p.name, r.article_id, a.date, r.type, t.name FROM relations r"
            " JOIN entities p ON p.id = r.source AND p.label = 'Person' JOIN entities t ON t.id = r.target"
            " JOIN articles a ON a.id = r.article_id ORDER BY r.article_id, r.start"
        )

    def article_places(self) -> Iterator[tuple[str, str | None, str]]:
        """(article id, newspaper, place name) per Place an article mentions."""
        yield from self._conn.execute(
            "SELECT DISTINCT m.article_id, a.newspaper, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id"
            " JOIN articles a ON a.id = m.article_id WHERE e.label = 'Place' ORDER BY m.article_id, e.name"
        )

    def person_articles(self) -> Iterator[tuple[str, str, str]]:
        """(person id, name, article id) for every article a person is mentioned in or related from."""
        yield from self._conn.execute(
            "SELECT DISTINCT e.id, e.name, x.article_id FROM entities e JOIN"
            " (SELECT entity_id AS id, article_id FROM mentions UNION SELECT source, article_id FROM relations"
            "  UNION SELECT target, article_id FROM relations) x ON x.id = e.id WHERE e.label = 'Person'"
            " ORDER BY e.name, e.id, x.article_id"
        )

    def reassign(self, moves: Iterable[tuple[str, str, str]]) -> int:
        """Give ``new`` the mentions and relations of ``old`` in one article, per (old, new, article id);
        one transaction. Returns the number of moves made."""
        done = 0
        self._fingerprint = None
        with self._transaction():
            for old, new, article_id in moves:
                row = self._conn.execute("SELECT label, name, aliases FROM entities WHERE id=?", (old,)).fetchone()
                if row is None or old == new:
                    continue
                self._conn.execute(
                    "INSERT OR IGNORE INTO entities(id, label, name, aliases) VALUES (?,?,?,?)", (new, *row)
                )
                self._conn.execute(
                    "UPDATE mentions SET entity_id=? WHERE entity_id=? AND article_id=?", (new, old, article_id)
                )
                moved = [r for r in self.relations_of_article(article_id) if old in (r.source, r.target)]
                for r in moved:
                    self._conn.execute("DELETE FROM relations WHERE id=?", (relation_key(article_id, r),))
                    r2 = replace(
                        r, source=new if r.source == old else r.source, target=new if r.target == old else r.target
                    )
                    ev = r2.evidence
                    self._conn.execute(
                        "INSERT OR IGNORE INTO relations(id, type, source, target, title, status, date, article_id,"
                        " start, end, sentence, rule, model) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (relation_key(article_id, r2), r2.type, r2.source, r2.target, r2.title, r2.status, r2.date,
                         article_id, ev.start, ev.end, ev.text, ev.rule, ev.model),
                    )  # fmt: skip
                done += 1
            self._drop_orphan_entities()
        return done

    def relations_of_article(self, article_id: str) -> list[Relation]:
        return [
            Relation(
                row[0],
                row[1],
                row[2],
                Evidence(row[6], row[7], row[8], row[9], row[10], row[11]),
                row[3],
                row[4],
                row[5],
            )
            for row in self._conn.execute(
                "SELECT type, source, target, title, status, date, article_id, start, end, sentence, rule, model"
                " FROM relations WHERE article_id=?",
                (article_id,),
            )
        ]

    def counts(self) -> dict[str, int]:
        """Row counts per table: what a second identical build must leave unchanged."""
        return {  # table names from the fixed tuple below, never from input
            table: self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "entities", "mentions", "relations")
        }

    def fingerprint(self) -> str:
        """A hash of every stored row, to check that a run changed nothing. Kept until the rows
        change: this store writes (``write``, ``reassign``) or another connection commits (SQLite's
        ``data_version``)."""
        version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        if self._fingerprint is None or self._fingerprint[0] != version:
            self._fingerprint = (version, self._hash_rows())
        return self._fingerprint[1]

    def _hash_rows(self) -> str:
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

    def people_pass_current(self) -> bool:
        """True when the people pass (kg.people) of this kg version ran on exactly the rows stored now."""
        row = self._conn.execute("SELECT value FROM meta WHERE key='people_pass'").fetchone()
        return row is not None and row[0] == self._people_pass_mark()

    def mark_people_pass(self) -> None:
        """Record that the people pass ran on the rows stored now (in ``meta``, outside the fingerprint)."""
        with self._transaction():
            self._conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('people_pass', ?)", (self._people_pass_mark(),)
            )

    def _people_pass_mark(self) -> str:
        return f"kg {__version__}: {self.fingerprint()}"

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
