"""People across articles: namesakes split (id disambiguator, name kept), one career kept whole."""

from __future__ import annotations

from pathlib import Path

from kg.model import Article, ArticleGraph, Entity, EntityMention, Evidence, GraphBatch, Relation
from kg.people import Post, assign, split_namesakes
from kg.store.sqlite import SqliteStore


def test_district_leader_and_academy_researcher_are_two_people():
    posts = [
        Post("张斌", "Person:张斌", "pages/hy", "2022-03-02", "", "珠晖区"),  # at a 衡阳 district meeting
        Post("张斌", "Person:张斌", "xwlb/0523", "2024-05-23", "中国社会科学院世界经济与政治研究所", national=True),
    ]
    assert assign(posts) == {("张斌", "xwlb/0523"): "Person:张斌@中国社会科学院世界经济与政治研究所"}


def test_career_across_provinces_is_one_person_when_dates_allow():
    posts = [
        Post("沈晓明", "Person:沈晓明", "a", "2019-01-10", "江西省委"),
        Post("沈晓明", "Person:沈晓明", "b", "2019-06-01", "江西省人民政府"),
        Post("沈晓明", "Person:沈晓明", "c", "2021-03-01", "湖南省委"),
    ]
    assert assign(posts) == {}


def test_same_time_in_two_provinces_is_two_people():
    posts = [
        Post("王刚", "Person:王刚", "a", "2023-01-10", "河南省委组织部"),
        Post("王刚", "Person:王刚", "b", "2023-01-12", "湖南省委"),
        Post("王刚", "Person:王刚", "c", "2023-05-12", "河南省委组织部"),
    ]
    assert assign(posts) == {("王刚", "b"): "Person:王刚@湖南省"}


def test_national_leader_with_many_national_posts_stays_one():
    posts = [
        Post("习近平", "Person:习近平", "a", "2023-01-10", "中共中央", "许昌市"),
        Post("习近平", "Person:习近平", "b", "2023-01-10", "中央军委", national=True),
        Post("习近平", "Person:习近平", "c", "2023-01-11", "中华人民共和国", national=True),
    ]
    assert assign(posts) == {}


def _graph(aid: str, date: str, body: str) -> ArticleGraph:
    text = f"{body}负责人张斌出席。"
    article = Article(aid, text, date=date, newspaper="新闻联播" if aid.startswith("xwlb") else None)
    person = Entity("Person:张斌", "Person", "张斌")
    org = Entity(f"Organization:{body}", "Organization", body)
    ev = Evidence(aid, 0, len(text), text, "title_before_name.v1")
    return ArticleGraph(
        article,
        (person, org),
        (EntityMention(person.id, len(body) + 3, len(body) + 5, "张斌", "lac:PER"),),
        (Relation("HOLDS_POSITION", person.id, org.id, ev, "负责人", "held", date),),
    )


def test_store_pass_splits_and_is_idempotent(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "kg.sqlite") as store:
        store.write(
            GraphBatch(
                (_graph("local", "2022-03-02", "衡阳市珠晖区委"), _graph("xwlb/1", "2024-05-23", "中国社会科学院"))
            )
        )
        assert split_namesakes(store) == 1
        fingerprint = store.fingerprint()
        assert split_namesakes(store) == 0 and store.fingerprint() == fingerprint
        people = {e.id: e.name for e in store.entities() if e.label == "Person"}
        assert people == {"Person:张斌": "张斌", "Person:张斌@中国社会科学院": "张斌"}
        moved = [r for r in store.relations() if r.source == "Person:张斌@中国社会科学院"]
        assert [(r.evidence.article_id, r.target) for r in moved] == [("xwlb/1", "Organization:中国社会科学院")]


def test_a_build_with_nothing_new_skips_the_pass_until_the_rows_change(tmp_path: Path, monkeypatch) -> None:
    from kg import run
    from kg.ner import extractor_factory

    passes: list[int] = []
    real = run.split_namesakes
    monkeypatch.setattr(run, "split_namesakes", lambda store: passes.append(1) or real(store))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.txt").write_text("衡阳市珠晖区委召开会议。\n", encoding="utf-8")
    factory, _ = extractor_factory("rules")
    db = tmp_path / "kg.sqlite"
    with SqliteStore(db) as store:
        store.write(GraphBatch((_graph("local", "2022-03-02", "衡阳市珠晖区委"),)))
        run.build([folder], store, factory)  # a new article: the pass runs
        assert passes == [1] and store.people_pass_current()
        run.build([folder], store, factory)  # nothing new, rows as the pass left them: skipped
        assert passes == [1]
    with SqliteStore(db) as other:  # rows changed outside a build, by another connection
        other.write(GraphBatch((_graph("xwlb/1", "2024-05-23", "中国社会科学院"),)))
    with SqliteStore(db) as store:
        assert not store.people_pass_current()
        summary = run.build([folder], store, factory)
        assert summary.articles == 0 and passes == [1, 1]  # nothing new, but the pass ran again
        assert "Person:张斌@中国社会科学院" in {e.id for e in store.entities()} and store.people_pass_current()
