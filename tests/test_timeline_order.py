"""Timelines order posts by when they were true: a post held before (时任) ahead of the current one."""

from __future__ import annotations

from kg import analytics
from kg.analytics import MemoryReader
from kg.model import Article, ArticleGraph, Entity, Evidence, Relation
from kg.report import render_timeline


def _graph() -> MemoryReader:
    text = "时任福州市委书记习近平……。总书记习近平强调。"
    article = Article("a", text, date="2023-05-01")
    person = Entity("Person:习近平", "Person", "习近平")
    fuzhou = Entity("Organization:福州市委", "Organization", "福州市委")
    centre = Entity("Organization:中共中央", "Organization", "中共中央")
    ev1 = Evidence("a", 0, 14, text[:14], "title_before_name.v1")
    ev2 = Evidence("a", 14, len(text), text[14:], "title_before_name.v1")
    rels = (
        Relation("HOLDS_POSITION", person.id, centre.id, ev2, "总书记", "held", "2023-05-01"),
        Relation("HOLDS_POSITION", person.id, fuzhou.id, ev1, "福州市委书记", "former", "2023-05-01"),
    )
    return MemoryReader([ArticleGraph(article, (person, fuzhou, centre), (), rels)])


def test_career_puts_the_former_post_first():
    assert [p.status for p in analytics.career(_graph(), "习近平")] == ["former", "held"]


def test_timeline_says_held_before_and_lists_it_first():
    text = render_timeline(_graph(), "习近平", "text")
    assert "past post mentioned" in text  # 时任: a post held before the article, not at its date
    assert text.index("福州市委书记") < text.index("总书记 ·")
