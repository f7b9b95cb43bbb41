"""The embedded store: transactions, idempotent and incremental writes, clear errors."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.model import Article, ArticleGraph, Entity, EntityMention, Evidence, GraphBatch, Relation, entity_id
from kg.store.sqlite import SqliteStore


def _article(aid: str, text: str, date: str = "2022-06-04") -> Article:
    return Article(aid, text, date=date, content_hash=hashlib.sha256(text.encode()).hexdigest())


def _graph(aid: str, text: str, person: str, title: str, org: str) -> ArticleGraph:
    a = _article(aid, text)
    p, o = entity_id("Person", person), entity_id("Organization", org)
    ps = text.index(person)
    ev = Evidence(aid, 0, len(text), text, "title_before_name.v1")
    return ArticleGraph(
        a,
        (Entity(p, "Person", person), Entity(o, "Organization", org, ("市委",))),
        (EntityMention(p, ps, ps + len(person), person, "lac:PER"),),
        (Relation("HOLDS_POSITION", p, o, ev, title=title, status="held", date=a.date),),
    )


SENTENCE = "市委书记史根治主持会议并讲话。"


def test_same_batch_twice_changes_no_row(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "kg.sqlite") as store:
        batch = GraphBatch((_graph("a", SENTENCE, "史根治", "市委书记", "许昌市委"),))
        first = store.write(batch)
        before = store.fingerprint()
        second = store.write(batch)
        assert (first.articles_added, first.entities_added, first.relations_added) == (1, 2, 1)
        assert (second.articles_added, second.articles_unchanged, second.relations_added) == (0, 1, 0)
        assert store.fingerprint() == before


def test_changed_article_is_replaced_and_orphans_dropped(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "kg.sqlite") as store:
        store.write(GraphBatch((_graph("a", SENTENCE, "史根治", "市委书记", "许昌市委"),)))
        text = "市长刘涛部署具体工作。"
        stats = store.write(GraphBatch((_graph("a", text, "刘涛", "市长", "许昌市人民政府"),)))
        assert stats.articles_replaced == 1
        names = {e.name for e in store.entities()}
        assert names == {"刘涛", "许昌市人民政府"}  # 史根治 and 许昌市委 no longer referenced
        (rel,) = list(store.relations())
        assert (rel.title, rel.evidence.text) == ("市长", text)


def test_aliases_merge_across_articles(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "kg.sqlite") as store:
        g1 = _graph("a", SENTENCE, "史根治", "市委书记", "许昌市委")
        g2 = _graph("b", "市委书记史根治讲话。", "史根治", "市委书记", "许昌市委")
        org = g2.entities[1]
        g2 = ArticleGraph(g2.article, (g2.entities[0], Entity(org.id, org.label, org.name, ("中共许昌市委",))),
                          g2.mentions, g2.relations)  # fmt: skip
        store.write(GraphBatch((g1, g2)))
        (stored,) = [e for e in store.entities() if e.label == "Organization"]
        assert stored.aliases == ("中共许昌市委", "市委")
        assert len(list(store.relations())) == 2  # one per evidence


def test_failed_batch_stores_nothing(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "kg.sqlite") as store:
        good = _graph("a", SENTENCE, "史根治", "市委书记", "许昌市委")
        bad_mention = EntityMention("Person:nobody", 0, 2, "市委", "lac:PER")  # refers to no entity
        bad = ArticleGraph(_article("b", "市委开会。"), (), (bad_mention,), ())
        with pytest.raises(StoreError, match="nothing of this batch was stored"):
            store.write(GraphBatch((good, bad)))
        assert store.counts() == {"articles": 0, "entities": 0, "mentions": 0, "relations": 0}


def test_reading_a_missing_store_says_how_to_build_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="kg build"):
        SqliteStore(tmp_path / "none.sqlite", create=False)


def test_a_file_that_is_not_a_store_is_refused_untouched(tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="not a kg store"):
        SqliteStore(junk)
    assert junk.read_bytes() == b"not a database at all" * 100
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a kg store"):
        SqliteStore(other)
