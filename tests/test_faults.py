"""Hostile values and failing services on the SQLite and report side: names with quotes, backticks,
braces, newlines, SQL and <script> go into the store and come back unchanged; reports escape
them; a Neo4j that cannot be reached fails the build clearly without printing the password."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.model import Article, ArticleGraph, Entity, EntityMention, Evidence, GraphBatch, Relation, entity_id
from kg.report import render_report
from kg.store.sqlite import SqliteStore

REPO = Path(__file__).resolve().parents[1]
KG = Path(sys.executable).parent / "kg"

HOSTILE = [
    "史'根治",
    'O"Brien',
    "`rm -rf /`",
    "{name}",
    "${HOME}",
    "{{7*7}}",
    "刘\n涛",
    "王\r\n堃\t",
    "x'); DROP TABLE entities; --",
    "1 OR 1=1",
    "SELECT * FROM articles",
    "<script>alert('许昌')</script>",
    "</td><img src=x onerror=alert(1)>",
    "MATCH (n) DETACH DELETE n //",
    "\\'\\\\",
    "%s %d %(x)s",
    "\u202e反转\u200b零宽",
    "市委书记",
]


def _graph(doc_id: str, names: list[str]) -> ArticleGraph:
    """An article whose text holds every name, with a mention, entity and relation for each."""
    parts, spans = [], []
    pos = 0
    for name in names:
        prefix = "会上，"
        parts.append(prefix + name + "。")
        spans.append((pos + len(prefix), pos + len(prefix) + len(name)))
        pos += len(prefix) + len(name) + 1
    text = "".join(parts)
    article = Article(
        id=doc_id,
        text=text,
        title=names[0],
        date="2022-06-04",
        source=f"/tmp/{names[-1]}.txt",
        url="https://example.org/?q=" + names[0],
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    org = Entity(entity_id("Organization", names[-1]), "Organization", names[-1], (names[0],))
    entities = [org]
    mentions = []
    relations = []
    for name, (s, e) in zip(names, spans, strict=True):
        person = Entity(entity_id("Person", name), "Person", name, tuple(sorted({name, name.strip() or name})))
        entities.append(person)
        mentions.append(EntityMention(person.id, s, e, text[s:e], "test:hostile"))
        ev = Evidence(doc_id, s - 3, e + 1, text[s - 3 : e + 1], "test_rule.v1")
        relations.append(
            Relation("HOLDS_POSITION", person.id, org.id, ev, title=name, status="held", date="2022-06-04")
        )
    unique = {x.id: x for x in entities}
    return ArticleGraph(article, tuple(unique.values()), tuple(mentions), tuple(relations))


def _round_trip(tmp: Path, graph: ArticleGraph) -> None:
    with SqliteStore(tmp) as store:
        store.write(GraphBatch((graph,)))
        fp = store.fingerprint()
    with SqliteStore(tmp, create=False) as store:
        assert store.fingerprint() == fp
        (article,) = list(store.articles())
        assert article == graph.article
        assert set(store.entities()) == set(graph.entities)
        stored_mentions = [m for _, m in store.mentions(graph.article.id)]
        assert sorted(stored_mentions, key=lambda m: (m.start, m.entity_id)) == sorted(
            graph.mentions, key=lambda m: (m.start, m.entity_id)
        )
        assert set(store.relations()) == set(graph.relations)
        for m in stored_mentions:
            assert article.text[m.start : m.end] == m.text
        assert store.counts()["articles"] == 1  # nothing was dropped by injected SQL


def test_hostile_names_come_back_unchanged(tmp_path: Path) -> None:
    _round_trip(tmp_path / "kg.sqlite", _graph("doc'; DROP TABLE articles; --", HOSTILE))


NAME = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=20
)


@settings(max_examples=50, deadline=None)
@given(st.lists(NAME, min_size=1, max_size=5, unique=True), NAME)
def test_any_names_come_back_unchanged(tmp_path_factory, names: list[str], doc_id: str) -> None:
    _round_trip(tmp_path_factory.mktemp("h") / "kg.sqlite", _graph(doc_id, names))


def test_reports_escape_hostile_names(tmp_path: Path) -> None:
    db = tmp_path / "kg.sqlite"
    with SqliteStore(db) as store:
        store.write(GraphBatch((_graph("doc1", HOSTILE), _graph("doc2", list(reversed(HOSTILE))))))
        html = render_report(store, "html")
    assert "<script>alert(" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html  # the name is shown, escaped


def test_unreachable_neo4j_fails_clearly_without_the_password(tmp_path: Path) -> None:
    secret = "s3cr3t-'\"`{pw}-never-print-me"
    env = {**os.environ, "KG_TEST_SECRET_PW": secret, "PYTHONWARNINGS": "ignore", "TQDM_DISABLE": "1"}
    proc = subprocess.run(
        [
            str(KG),
            "build",
            str(REPO / "examples"),
            "--db",
            str(tmp_path / "kg.sqlite"),
            "--out",
            str(tmp_path / "out"),
            "--ner",
            "rules",
            "--neo4j",
            "bolt://127.0.0.1:1",
            "--password-env",
            "KG_TEST_SECRET_PW",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "127.0.0.1:1" in proc.stderr  # the error names what could not be reached
    for part in (secret, "s3cr3t", "never-print-me"):
        assert part not in proc.stdout and part not in proc.stderr
    for f in tmp_path.rglob("*"):
        if f.is_file():
            assert b"s3cr3t" not in f.read_bytes(), f


def test_missing_password_variable_names_the_variable_not_a_value(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KG_TEST_UNSET_PW"}
    proc = subprocess.run(
        [str(KG), "build", str(REPO / "examples"), "--db", str(tmp_path / "kg.sqlite"), "--ner", "rules",
         "--neo4j", "bolt://127.0.0.1:1", "--password-env", "KG_TEST_UNSET_PW"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 5, proc.stderr
    assert "KG_TEST_UNSET_PW" in proc.stderr and "Traceback" not in proc.stderr
