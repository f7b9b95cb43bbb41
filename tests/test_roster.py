"""Rosters and leadership changes: rules on small hand-made graphs, and the acceptance checks on
the real Xuchang articles (../shared/corpus/xuchang-daily and pages) through the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import roster
from kg.analytics import MemoryReader
from kg.cli import main
from kg.errors import InputError
from kg.model import Article, ArticleGraph, Entity, Evidence, GraphBatch, Relation
from tests.corpus import corpus_db


def _graphs(articles: list[tuple[str, str, list[tuple[str, str, str, str]]]]) -> tuple[ArticleGraph, ...]:
    """Articles (id, date, [(person, title, body, status)]), one sentence listing the posts in order."""
    graphs = []
    for aid, date, posts in articles:
        text = "，".join(f"{title}{person}" for person, title, _, _ in posts) + "出席。"
        rels, ents = [], {}
        for person, title, body, status in posts:
            ev = Evidence(aid, 0, len(text), text, "hand.v1")
            rels.append(Relation("HOLDS_POSITION", f"Person:{person}", f"Organization:{body}", ev, title, status, date))
            ents[f"Person:{person}"] = Entity(f"Person:{person}", "Person", person)
            ents[f"Organization:{body}"] = Entity(f"Organization:{body}", "Organization", body)
        graphs.append(ArticleGraph(Article(aid, text, date=date), tuple(ents.values()), (), tuple(rels)))
    return tuple(graphs)


GRAPHS = _graphs(
    [
        ("a1", "2020-01-10", [("甲", "市委书记", "某市委", "held"), ("乙", "市长", "某市政府", "held"),
                              ("丙", "市委副书记", "某市委", "held"), ("丁", "市委常委", "某市委", "held"),
                              ("戊", "市委常委", "某市委", "held")]),
        ("a2", "2021-03-01", [("乙", "市委书记", "某市委", "held"), ("戊", "市委常委", "某市委", "held"),
                              ("丁", "市委常委", "某市委", "held")]),
        ("a3", "2021-05-01", [("丙", "市委副书记", "某市委", "removed")]),
        ("a4", "2021-06-01", [("己", "副市长", "某市政府", "appointed")]),
        ("a5", "2021-07-01", [("庚", "市委常委", "某市委", "held")]),
    ]
)  # fmt: skip
BATCH = MemoryReader(GRAPHS)


def test_single_holder_titles() -> None:
    assert all(roster.single_holder(t) for t in ("市委书记", "市长", "县长", "主任", "国务院总理"))
    assert not any(roster.single_holder(t) for t in ("副市长", "市委常委", "市委副书记", "市委秘书长", "委员"))


def test_roster_at_a_date_follows_successors_and_removals() -> None:
    before = roster.roster(BATCH, "某市委", "2020-06-01")
    assert [(m.person, m.titles) for m in before.members] == [
        ("甲", ("市委书记",)),
        ("丙", ("市委副书记",)),
        ("丁", ("市委常委",)),
        ("戊", ("市委常委",)),
    ]
    after = roster.roster(BATCH, "某市委", "2021-06-01")
    names = [m.person for m in after.members]
    # 乙 the chief first; then the news order: 丁 before 戊 in a1, after in a2, but in a2 after 乙 too
    assert names == ["乙", "丁", "戊"]
    how = {(p.person, e.how) for p, e in after.ended}
    assert ("甲", "succeeded") in how and ("丙", "removed") in how
    assert roster.roster(BATCH, "某市委", "2019-01-01").members == ()
    assert [m.person for m in roster.roster(BATCH, "某市委").members] == ["乙", "丁", "戊", "庚"]  # the latest


def test_changes_with_evidence_on_both_sides() -> None:
    found = roster.changes(BATCH)
    kinds = {(c.kind, c.person) for c in found}
    assert {("succeeded", "乙"), ("moved", "乙"), ("removed", "丙"), ("appointed", "己")} <= kinds
    moved = next(c for c in found if c.kind == "moved")
    assert moved.previous == "市长 · 某市政府" and moved.title == "市委书记"
    assert [e.article_id for e in moved.evidence] == ["a1", "a2"]
    assert {(c.kind, c.person) for c in roster.changes(BATCH, since="2021-04-01")} == {
        ("removed", "丙"),
        ("appointed", "己"),
        ("new", "庚"),  # first seen at a body the news had shown with others before
    }
    assert {c.person for c in roster.changes(BATCH, body="某市政府")} == {"乙", "己"}  # a move counts at both ends
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        roster.changes(BATCH, since="2021")
    with pytest.raises(InputError, match="某市委"):
        roster.roster(BATCH, "某市")


@pytest.fixture(scope="module")
def xuchang(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    return corpus_db(tmp_path_factory, shared_dir, ("xuchang-daily", "pages"))


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.slow
def test_acceptance_rosters_of_xuchang(xuchang: Path) -> None:
    data = json.loads(_run("roster", "许昌市委", "--at", "2022-06-04", "--db", str(xuchang), "--format", "json"))
    first = data["members"][0]
    assert (first["person"], first["titles"]) == ("史根治", ["市委书记"])
    assert "市委书记史根治" in first["evidence"][0]["sentence"] and first["evidence"][0]["article"]
    assert "胡五岳" not in [m["person"] for m in data["members"]]  # succeeded by 史根治 on that date
    data = json.loads(_run("roster", "许昌市人民政府", "--at", "2020-12-04", "--db", str(xuchang), "--format", "json"))
    assert ("史根治", ["市长"]) in [(m["person"], m["titles"]) for m in data["members"]]
    text = _run("roster", "许昌市委", "--at", "2022-06-04", "--db", str(xuchang))
    assert "1. 史根治  市委书记 (held)" in text


@pytest.mark.slow
def test_acceptance_changes_show_shi_genzhi_from_mayor_to_secretary(xuchang: Path) -> None:
    rows = json.loads(_run("changes", "--db", str(xuchang), "--format", "json"))
    moved = [r for r in rows if r["kind"] == "moved" and r["person"] == "史根治"]
    assert len(moved) == 1
    move = moved[0]
    assert move["previous"] == "市长 · 许昌市人民政府" and (move["title"], move["body"]) == ("市委书记", "许昌市委")
    before, after = move["evidence"]
    assert "市长史根治" in before["sentence"] and before["article"].startswith("p04_xuchang_20201204")
    assert "市委书记史根治" in after["sentence"] and after["article"].startswith("2022-06-04-p1")
    text = _run("changes", "--db", str(xuchang), "--body", "许昌市委", "--since", "2022-01-01")
    assert "史根治 from 市长 · 许昌市人民政府 to 市委书记 · 许昌市委" in text
    assert text.count("“") >= 2


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    db = tmp_path / "kg.sqlite"
    from kg.store.sqlite import SqliteStore

    with SqliteStore(db) as store:
        store.write(GraphBatch(GRAPHS))
    result = CliRunner().invoke(main, ["roster", "某市", "--db", str(db)])
    assert result.exit_code == InputError.exit_code and "某市委" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(main, ["changes", "--since", "yesterday", "--db", str(db)])
    assert result.exit_code == InputError.exit_code and "YYYY-MM-DD" in result.output
    assert "roster" in CliRunner().invoke(main, ["roster", "--help"]).output
