"""A Meeting's held day through the SQLite store: kept, the first day of several, and added to old stores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kg.model import Article, ArticleGraph, Entity, EntityMention, GraphBatch
from kg.store.sqlite import SqliteStore


def _meeting_graph(aid: str, held: str | None) -> ArticleGraph:
    text = "全国人大常委会第十次会议在京举行。"
    article = Article(aid, text, date="2024-06-30")
    meeting = Entity("Meeting:十四届全国人大常委会第十次会议", "Meeting", "十四届全国人大常委会第十次会议", (), held)
    mention = EntityMention(meeting.id, 0, 11, text[:11], "rules:meeting.v1")
    return ArticleGraph(article, (meeting,), (mention,), ())


def test_meeting_keeps_its_first_day(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "kg.sqlite") as store:
        store.write(GraphBatch((_meeting_graph("a", "2024-06-25"),)))
        store.write(GraphBatch((_meeting_graph("b", "2024-06-24"), _meeting_graph("c", None))))
        (meeting,) = [e for e in store.entities() if e.label == "Meeting"]
    assert meeting.date == "2024-06-24"


def test_store_from_before_meeting_dates_gets_the_column(tmp_path: Path) -> None:
    path = tmp_path / "kg.sqlite"
    with SqliteStore(path) as store:
        store.write(GraphBatch((_meeting_graph("a", None),)))
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE entities DROP COLUMN date")  # as written by kg before Meeting.date
    conn.commit()
    conn.close()
    with SqliteStore(path) as store:
        store.write(GraphBatch((_meeting_graph("b", "2024-06-24"),)))
        assert [e.date for e in store.entities()] == ["2024-06-24"]
