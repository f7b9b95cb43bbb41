"""Evidence names the NER model as well as the rule, from extraction through SQLite (with a migration
for stores written before) and into a real Neo4j."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kg.evaluate import to_extract_record
from kg.model import Article, GraphBatch
from kg.ner.lac import LacExtractor
from kg.ner.select import RulesOnlyExtractor
from kg.pipeline import extract_graphs
from kg.store.sqlite import SCHEMA_VERSION, SqliteStore
from tests.test_neo4j_helpers import EXAMPLE, build_store, count, wipe

TEXT = "6月3日,全市领导干部会议召开。市委书记史根治主持会议并讲话。市长刘涛部署具体工作。"


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_evidence_and_extract_records_carry_the_model(lac: LacExtractor) -> None:
    article = Article("t", TEXT, date="2022-06-04")
    (graph,) = extract_graphs([article], lac)
    assert graph.relations and {r.evidence.model for r in graph.relations} == {"lac"}
    record = to_extract_record(graph)
    assert {r["evidence"]["model"] for r in record["relations"]} == {"lac"}
    (rules_only,) = extract_graphs([article], RulesOnlyExtractor())
    assert {r.evidence.model for r in rules_only.relations} == {"rules"}


def test_sqlite_keeps_the_model(tmp_path: Path, lac: LacExtractor) -> None:
    store = SqliteStore(tmp_path / "kg.sqlite")
    store.write(GraphBatch(tuple(extract_graphs([Article("t", TEXT, date="2022-06-04", content_hash="h")], lac))))
    assert {r.evidence.model for r in store.relations()} == {"lac"}
    store.close()


SCHEMA_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT NOT NULL, date TEXT, newspaper TEXT,
    page TEXT, url TEXT, content_hash TEXT NOT NULL, text TEXT NOT NULL, analysis_text TEXT);
CREATE TABLE entities (id TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]');
CREATE TABLE mentions (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(id), start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    source TEXT NOT NULL, PRIMARY KEY (article_id, entity_id, start, end));
CREATE TABLE relations (id TEXT PRIMARY KEY, type TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
    title TEXT, status TEXT, date TEXT, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, sentence TEXT NOT NULL, rule TEXT NOT NULL);
INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO articles VALUES ('old', 'old.txt', '', '2022-06-04', NULL, NULL, NULL, 'h0', '市长刘涛。', NULL);
INSERT INTO entities VALUES ('Person:刘涛', 'Person', '刘涛', '[]');
INSERT INTO entities VALUES ('Organization:许昌市人民政府', 'Organization', '许昌市人民政府', '[]');
INSERT INTO relations VALUES ('k1', 'HOLDS_POSITION', 'Person:刘涛', 'Organization:许昌市人民政府', '市长', 'held',
    '2022-06-04', 'old', 0, 5, '市长刘涛。', 'title_before_name.v1');
"""


def test_a_store_of_schema_1_is_migrated_in_place(tmp_path: Path, lac: LacExtractor) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA_1)
    store = SqliteStore(path)
    (old,) = list(store.relations())  # the old row is kept, with no model recorded
    assert (old.evidence.rule, old.evidence.model, old.evidence.text) == ("title_before_name.v1", "", "市长刘涛。")
    store.write(GraphBatch(tuple(extract_graphs([Article("t", TEXT, date="2022-06-04", content_hash="h")], lac))))
    models = {r.evidence.article_id: r.evidence.model for r in store.relations()}
    assert models == {"old": "", "t": "lac"}
    store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    SqliteStore(path).close()  # opening a migrated store again changes nothing


@pytest.mark.neo4j
def test_neo4j_relationships_carry_the_model(neo4j_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kg.store.neo4j import push

    store = build_store([EXAMPLE], tmp_path / "kg.sqlite")
    conn = neo4j_server.connect()
    try:
        wipe(conn)
        push(store, conn)
        total = count(conn, "MATCH ()-[r]->() WHERE r.rule IS NOT NULL RETURN count(r)")
        assert total > 0
        assert count(conn, "MATCH ()-[r]->() WHERE r.model = 'lac' RETURN count(r)") == total
        row = json.dumps(count(conn, "MATCH ()-[r]->() WHERE r.model IS NULL AND r.rule IS NOT NULL RETURN count(r)"))
        assert row == "0"
    finally:
        conn.close()
        store.close()
