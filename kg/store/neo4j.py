"""Neo4j as a store: push the embedded store into a server, or write batches straight through.

Every write is a parameterized, labelled ``UNWIND $rows … MERGE`` on a constrained id (see
kg.store.queries), in transactions of ``batch_size`` rows that the driver retries on transient
errors. A push compares a hash of every row with the ``kg_hash`` the server holds and sends only
what changed, so a second push changes nothing and a push cut short by a crash finishes when rerun.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kg.errors import ConfigError, StoreError
from kg.model import LABELS, RELATION_TYPES, Article, Entity, EntityMention, GraphBatch, Relation
from kg.store import queries as q
from kg.store.base import GraphReader, WriteStats
from kg.store.sqlite import relation_key

DEFAULT_BATCH_SIZE = 1000
Progress = Callable[[int], None]


# -- connecting ----------------------------------------------------------------------------------


@dataclass
class Connection:
    """A verified driver, the URI it talks to (for messages) and the database to use."""

    driver: Any
    uri: str
    database: str | None = None

    def session(self) -> Any:
        return self.driver.session(database=self.database) if self.database else self.driver.session()

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(uri: str, user: str, password: str, database: str | None = None, *, retry_time: float = 30.0) -> Connection:
    """A driver for ``uri`` that has answered; StoreError naming the URI (never the password) if not."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import ConfigurationError

    check_uri(uri)
    try:
        driver = GraphDatabase.driver(
            uri, auth=(user, password), max_transaction_retry_time=retry_time, notifications_min_severity="OFF"
        )
    except (ValueError, ConfigurationError) as e:
        raise StoreError(f"cannot use Neo4j URI {uri!r}: {e} (use bolt://host:7687 or neo4j://host:7687)") from e
    conn = Connection(driver, uri, database)
    try:
        driver.verify_connectivity()
        with conn.session() as session:
            session.run(q.PING).consume()
    except Exception as e:
        driver.close()
        raise translate(e, uri, user) from e
    return conn


BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def check_uri(uri: str) -> str:
    """``uri`` if it is a Bolt URI; else ConfigError with the fix (``http://…:7474`` is the Browser's address)."""
    scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
    if scheme not in BOLT_SCHEMES:
        hint = " (that is Neo4j Browser's address; Bolt listens on port 7687)" if scheme.startswith("http") else ""
        raise ConfigError(
            f"cannot use Neo4j URI {uri!r}{hint}: kg talks Bolt, use bolt://host:7687 or neo4j://host:7687 "
            f"(schemes {', '.join(BOLT_SCHEMES)})"
        )
    return uri


def translate(error: Exception, uri: str, user: str = "") -> StoreError:
    """A clear StoreError for a driver exception: names the URI and the fix, never the password."""
    from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

    if isinstance(error, StoreError):
        return error
    if isinstance(error, AuthError):
        who = f"user {user!r}" if user else "the user"
        return StoreError(
            f"Neo4j at {uri} rejected the credentials of {who}: check the user name and the password in "
            f"the environment variable you passed (--password-env)"
        )
    if isinstance(error, (ServiceUnavailable, SessionExpired, OSError)):
        return StoreError(
            f"cannot reach Neo4j at {uri}: is the server running? (start a local one with `kg neo4j start`); "
            "what was already written is kept, and a rerun finishes the rest"
        )
    if isinstance(error, Neo4jError):
        return StoreError(f"Neo4j at {uri} refused a statement: {error.code}: {error.message}")
    return StoreError(f"Neo4j at {uri} failed: {type(error).__name__}: {error}")


def open_neo4j(uri: str, user: str, password: str, database: str | None = None, *, store_id: str) -> Neo4jStore:
    """A Neo4jStore (a GraphWriter) on a verified connection, schema applied; what it writes is
    marked as coming from ``store_id`` (the SQLite store the build writes alongside)."""
    return writer_on(connect(uri, user, password, database), store_id=store_id)


def writer_on(conn: Connection, *, store_id: str) -> Neo4jStore:
    """A Neo4jStore on ``conn`` with the schema applied (the connection is closed if that fails)."""
    store = Neo4jStore(conn, store_id=store_id)
    try:
        store.apply_schema()
    except BaseException:
        store.close()
        raise
    return store


# -- rows ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One node, relationship or mention edge as sent to the server, with the hash of its content."""

    id: str
    params: dict[str, Any]
    hash: str


def _hash(*parts: Any) -> str:
    return hashlib.sha1(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass
class GraphRows:
    """What goes into Neo4j, grouped by the query that writes it."""

    articles: list[Row] = field(default_factory=list)
    entities: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))  # label → rows
    relations: dict[tuple[str, str, str], list[Row]] = field(default_factory=lambda: defaultdict(list))
    mentions: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))  # entity label → rows
    skipped: int = 0  # relations whose ends are not known nodes

    def count(self) -> int:
        groups = [self.articles, *self.entities.values(), *self.relations.values(), *self.mentions.values()]
        return sum(len(g) for g in groups)


def article_row(a: Article) -> Row:
    props = {"title": a.title, "date": a.date, "newspaper": a.newspaper, "page": a.page, "url": a.url,
             "source": a.source, "content_hash": a.content_hash, "text": a.text}  # fmt: skip
    h = _hash(a.id, props)
    return Row(a.id, {"id": a.id, "props": {**props, "kg_hash": h}}, h)


def entity_row(e: Entity) -> Row:
    props: dict[str, Any] = {"name": e.name, "aliases": list(e.aliases), "alias_text": " ".join(e.aliases)}
    if e.date is not None:
        props["date"] = e.date  # Meeting: the day it was held
    h = _hash(e.id, props)
    return Row(e.id, {"id": e.id, "props": {**props, "kg_hash": h}}, h)


def relation_row(r: Relation) -> Row:
    ev = r.evidence
    key = relation_key(ev.article_id, r)
    props: dict[str, Any] = {"article_id": ev.article_id, "sentence": ev.text, "start": ev.start, "end": ev.end,
                             "rule": ev.rule, "model": ev.model, "date": r.date}  # fmt: skip
    if r.type == "HOLDS_POSITION":
        props.update(title=r.title, status=r.status)
    h = _hash(key, r.source, r.target, props)
    return Row(
        key, {"source": r.source, "target": r.target, "key": key, "props": {**props, "key": key, "kg_hash": h}}, h
    )


def mention_rows(pairs: Iterable[tuple[str, EntityMention]]) -> Iterator[tuple[str, Row]]:
    """(entity id, row) per entity and article: how often and where the entity is mentioned."""
    grouped: dict[tuple[str, str], list[EntityMention]] = defaultdict(list)
    for article_id, m in pairs:
        grouped[(m.entity_id, article_id)].append(m)
    for (entity, article_id), ms in sorted(grouped.items()):
        ms.sort(key=lambda m: (m.start, m.end))
        props = {"count": len(ms), "starts": [m.start for m in ms], "ends": [m.end for m in ms]}
        h = _hash(entity, article_id, props)
        row_id = f"{entity}\x1f{article_id}"
        yield entity, Row(row_id, {"source": entity, "target": article_id, "props": {**props, "kg_hash": h}}, h)


def build_rows(
    articles: Iterable[Article],
    entities: Iterable[Entity],
    relations: Iterable[Relation],
    mentions: Iterable[tuple[str, EntityMention]],
) -> GraphRows:
    """Group a graph's values by the labelled query that writes them; labels only from kg.model."""
    rows = GraphRows()
    article_ids: set[str] = set()
    for a in articles:
        rows.articles.append(article_row(a))
        article_ids.add(a.id)
    label_of: dict[str, str] = {}
    for e in entities:
        if e.label not in LABELS:
            raise StoreError(f"entity {e.id!r} has label {e.label!r}, not one of {', '.join(LABELS)}")
        label_of[e.id] = e.label
        rows.entities[e.label].append(entity_row(e))

    def end(node_id: str) -> tuple[str | None, str]:
        """(label, node id) of a relationship end: an entity, or an article (``Article:<id>`` or ``<id>``)."""
        if node_id in label_of:
            return label_of[node_id], node_id
        article = node_id.removeprefix(f"{q.ARTICLE}:")
        return (q.ARTICLE, article) if article in article_ids else (None, node_id)

    for r in relations:
        if r.type not in RELATION_TYPES:
            raise StoreError(f"relationship type {r.type!r} is not one of {', '.join(RELATION_TYPES)}")
        (source, source_id), (target, target_id) = end(r.source), end(r.target)
        if source is None or target is None:
            rows.skipped += 1
            continue
        r = replace(r, source=source_id, target=target_id)
        rows.relations[(r.type, source, target)].append(relation_row(r))
    for entity, row in mention_rows(mentions):
        label = label_of.get(entity)
        if label is None or row.params["target"] not in article_ids:
            rows.skipped += 1
            continue
        rows.mentions[label].append(row)
    return rows


def rows_from_store(store: GraphReader) -> GraphRows:
    return build_rows(store.articles(), store.entities(), store.relations(), store.mentions())


def rows_from_batch(batch: GraphBatch) -> GraphRows:
    entities: dict[str, Entity] = {}
    for g in batch.graphs:
        for e in g.entities:
            entities[e.id] = e
    return build_rows(
        [g.article for g in batch.graphs],
        entities.values(),
        [r for g in batch.graphs for r in g.relations],
        [(g.article.id, m) for g in batch.graphs for m in g.mentions],
    )


# -- writing ---------------------------------------------------------------------------------------


@dataclass
class PushStats:
    """What a push did, from the servers' result counters, plus what it compared."""

    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0
    rows_sent: int = 0
    rows_unchanged: int = 0
    rows_deleted: int = 0
    rows_skipped: int = 0

    def add(self, counters: Any) -> None:
        self.nodes_created += counters.nodes_created
        self.nodes_deleted += counters.nodes_deleted
        self.relationships_created += counters.relationships_created
        self.relationships_deleted += counters.relationships_deleted
        self.properties_set += counters.properties_set

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def run_batches(
    conn: Connection,
    query: str,
    key: str,
    items: Sequence[Any],
    size: int,
    stats: PushStats,
    progress: Progress | None = None,
    params: dict[str, Any] | None = None,
) -> None:
    """Run ``query`` with ``items`` (as parameter ``key``, plus ``params``) in transactions of
    ``size``; the driver retries transient errors."""

    def work(tx: Any, batch: Sequence[Any]) -> Any:
        return tx.run(query, {**(params or {}), key: list(batch)}).consume().counters

    with conn.session() as session:
        for batch in _chunks(items, size):
            stats.add(session.execute_write(work, batch))
            if progress:
                progress(len(batch))


def _read_map(conn: Connection, query: str, **params: Any) -> dict[str, str | None]:
    with conn.session() as session:
        return {rec["id"]: rec["hash"] for rec in session.run(query, params) if rec["id"] is not None}


def apply_schema(conn: Connection) -> None:
    """Create the constraints and indexes of cypher/schema.cypher if they are missing."""
    try:
        with conn.session() as session:
            for stmt in q.schema_statements():
                session.run(stmt).consume()
            session.run("CALL db.awaitIndexes(300)").consume()
    except Exception as e:
        raise translate(e, conn.uri) from e


def push(
    store: GraphReader,
    conn: Connection,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
    on_total: Progress | None = None,
    prune: bool = True,
    store_id: str | None = None,
) -> PushStats:
    """Make Neo4j hold what ``store`` holds: send new and changed rows, and (with ``prune``) remove
    the nodes and relationships this store wrote earlier and no longer has. Everything sent is
    marked ``kg_store = store_id`` (default: the store's own ``store_id``); nothing without that
    mark is compared, changed or deleted. Idempotent and resumable."""
    store_id = store_id or getattr(store, "store_id", None)
    if not store_id:
        raise StoreError("push needs the id of the store it pushes (store_id) to mark what it writes")
    if batch_size < 1:
        raise StoreError(f"batch size {batch_size} must be at least 1")
    rows = rows_from_store(store)
    stats = PushStats(rows_skipped=rows.skipped)
    try:
        apply_schema(conn)
        plan: list[tuple[str, str, list[Any]]] = []  # (query, parameter name, items), in order
        deletes_first: list[tuple[str, str, list[Any]]] = []
        deletes_last: list[tuple[str, str, list[Any]]] = []

        def diff(existing: dict[str, str | None], wanted: list[Row]) -> tuple[list[Row], list[str]]:
            send = [r for r in wanted if existing.get(r.id) != r.hash]
            stats.rows_unchanged += len(wanted) - len(send)
            keep = {r.id for r in wanted}
            gone = [i for i in existing if i not in keep] if prune else []
            return send, gone

        send, gone = diff(_read_map(conn, q.existing_nodes(q.ARTICLE), store=store_id), rows.articles)
        plan.append((q.merge_nodes(q.ARTICLE), "rows", [r.params for r in send]))
        deletes_last.append((q.delete_nodes(q.ARTICLE), "ids", gone))
        for label in LABELS:
            send, gone = diff(_read_map(conn, q.existing_nodes(label), store=store_id), rows.entities.get(label, []))
            plan.append((q.merge_nodes(label), "rows", [r.params for r in send]))
            deletes_last.append((q.delete_nodes(label), "ids", gone))
        for rel_type in RELATION_TYPES:
            existing = _read_map(conn, q.existing_relationships(rel_type), store=store_id)
            keep: set[str] = set()
            for (t, s_label, t_label), rs in sorted(rows.relations.items()):
                if t == rel_type:
                    send = [r for r in rs if existing.get(r.id) != r.hash]
                    stats.rows_unchanged += len(rs) - len(send)
                    keep.update(r.id for r in rs)
                    plan.append((q.merge_relationships(rel_type, s_label, t_label), "rows", [r.params for r in send]))
            gone = [i for i in existing if i not in keep] if prune else []
            deletes_first.append((q.delete_relationships(rel_type), "ids", gone))
        for label in LABELS:
            send, gone = diff(_read_map(conn, q.existing_mentions(label), store=store_id), rows.mentions.get(label, []))
            plan.append((q.merge_mentions(label), "rows", [r.params for r in send]))
            pairs = [dict(zip(("source", "target"), i.split("\x1f", 1), strict=True)) for i in gone]
            deletes_first.append((q.delete_mentions(label), "rows", pairs))

        steps = [s for s in (*deletes_first, *plan, *deletes_last) if s[2]]
        stats.rows_sent = sum(len(items) for query, _, items in plan)
        stats.rows_deleted = sum(len(items) for query, _, items in (*deletes_first, *deletes_last))
        if on_total:
            on_total(sum(len(s[2]) for s in steps))
        marker = {"store": store_id}
        for query, key, items in steps:
            run_batches(conn, query, key, items, batch_size, stats, progress, marker)
        with conn.session() as session:  # only now is every article's evidence there
            stats.add(session.execute_write(lambda tx: tx.run(q.MARK_ALL_COMPLETE, marker).consume().counters))
    except Exception as e:
        raise translate(e, conn.uri) from e
    return stats


class Neo4jStore:
    """A GraphWriter on a Neo4j server (``kg build --neo4j`` writes through it): each batch is one
    transaction, and ``has_article`` asks the server, so a rerun completes a write-through that failed."""

    def __init__(self, conn: Connection, *, store_id: str, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        self.conn = conn
        self.store_id = store_id
        self.batch_size = batch_size

    def apply_schema(self) -> None:
        apply_schema(self.conn)

    def has_article(self, article_id: str, content_hash: str) -> bool:
        """True when this store's write of the article with this hash completed on the server."""
        try:
            with self.conn.session() as session:
                record = session.run(q.ARTICLE_COMPLETE, id=article_id, hash=content_hash, store=self.store_id).single()
        except Exception as e:
            raise translate(e, self.conn.uri) from e
        return bool(record and record["n"])

    def write(self, batch: GraphBatch) -> WriteStats:
        """Merge a batch in one transaction: articles already complete with the same content hash are
        skipped, changed ones lose their old evidence and mentions first."""
        if not batch.graphs:
            return WriteStats()
        result: dict[str, Any] = {}

        def work(tx: Any) -> None:
            result.clear()
            stats, marker = PushStats(), {"store": self.store_id}
            counts: dict[str, int] = {}
            ids = [g.article.id for g in batch.graphs]
            stored = {rec["id"]: rec["hash"] for rec in tx.run(q.ARTICLE_HASHES, ids=ids, **marker)}
            fresh = [g for g in batch.graphs if stored.get(g.article.id) != g.article.content_hash]
            replaced = [g.article.id for g in fresh if g.article.id in stored]

            def run(query: str, key: str, items: Sequence[Any]) -> None:
                for chunk in _chunks(items, self.batch_size):
                    stats.add(tx.run(query, {**marker, key: list(chunk)}).consume().counters)

            if replaced:
                for rel_type in RELATION_TYPES:
                    run(q.delete_article_evidence(rel_type), "ids", replaced)
                run(q.DELETE_ARTICLE_MENTIONS, "ids", replaced)
            rows = rows_from_batch(GraphBatch(tuple(fresh)))
            groups: list[tuple[str, str, list[Row]]] = [
                ("articles", q.merge_nodes(q.ARTICLE), rows.articles),
                *(("entities", q.merge_nodes(label), rs) for label, rs in sorted(rows.entities.items())),
                *(("relations", q.merge_relationships(*g), rs) for g, rs in sorted(rows.relations.items())),
                *(("mentions", q.merge_mentions(label), rs) for label, rs in sorted(rows.mentions.items())),
            ]
            for name, query, rs in groups:
                before = stats.nodes_created + stats.relationships_created
                run(query, "rows", [r.params for r in rs])
                counts[name] = counts.get(name, 0) + stats.nodes_created + stats.relationships_created - before
            run(q.MARK_COMPLETE, "ids", [g.article.id for g in fresh])
            result.update(fresh=len(fresh), replaced=len(replaced), counts=counts)

        try:
            with self.conn.session() as session:
                session.execute_write(work)
        except Exception as e:
            raise translate(e, self.conn.uri) from e
        counts = result["counts"]
        return WriteStats(
            articles_added=result["fresh"] - result["replaced"],
            articles_replaced=result["replaced"],
            articles_unchanged=len(batch.graphs) - result["fresh"],
            entities_added=counts.get("entities", 0),
            relations_added=counts.get("relations", 0),
            mentions_added=counts.get("mentions", 0),
        )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def push_store(
    db: str | Path,
    uri: str,
    user: str,
    password: str,
    database: str | None = None,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
    on_total: Progress | None = None,
    prune: bool = True,
) -> PushStats:
    """``kg push``: open the SQLite store at ``db`` and push it to the server at ``uri``."""
    from kg.store.sqlite import SqliteStore

    store = SqliteStore.open_read_only(db)
    try:
        with connect(uri, user, password, database) as conn:
            return push(store, conn, batch_size=batch_size, progress=progress, on_total=on_total, prune=prune)
    finally:
        store.close()
