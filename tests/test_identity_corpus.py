"""Issue 13's acceptance over the whole ../shared/corpus: one node per real thing, across articles and time.

The corpus is built once per session (real LAC + rules, kg.run.build, a temporary SQLite store),
which takes a minute or two; every test reads that store.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.model import Entity, Relation
from kg.store.sqlite import SqliteStore

pytestmark = pytest.mark.slow

LEVEL_ONLY = re.compile(r"^(?:共青团)?[省市县区州](?:委|人民政府|政府|人大常委会|人大|政协|纪委|监委)")


@pytest.fixture(scope="session")
def corpus_store(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqliteStore]:
    from kg import run
    from kg.ner import extractor_factory

    factory, _ = extractor_factory("lac")
    store = SqliteStore(tmp_path_factory.mktemp("corpus") / "kg.sqlite")
    run.build([shared_dir / "corpus"], store, factory)
    yield store
    store.close()


@pytest.fixture(scope="session")
def entities(corpus_store: SqliteStore) -> list[Entity]:
    return list(corpus_store.entities())


@pytest.fixture(scope="session")
def relations(corpus_store: SqliteStore) -> list[Relation]:
    return list(corpus_store.relations())


def _by_name(entities: list[Entity], label: str) -> dict[str, list[Entity]]:
    out: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        if e.label == label:
            out[e.name].append(e)
    return out


def test_level_only_bodies_hold_posts_of_one_article_only(entities, relations):
    level_only = {e.id for e in entities if e.label == "Organization" and LEVEL_ONLY.match(e.name)}
    assert level_only, "the corpus names bodies by level only (区委, 市委): none found"
    articles: dict[str, set[str]] = defaultdict(set)
    for r in relations:
        if r.type == "HOLDS_POSITION" and r.target in level_only:
            articles[r.target].add(r.evidence.article_id)
    assert {body: arts for body, arts in articles.items() if len(arts) > 1} == {}


def test_no_post_at_a_bare_province_or_city_body_in_xuchang_articles(entities, relations):
    names = {e.id: e.name for e in entities}
    bare = [
        (names[r.target], r.evidence.article_id)
        for r in relations
        if r.type == "HOLDS_POSITION"
        and r.evidence.article_id.startswith("xuchang-daily/")
        and names.get(r.target) in ("省委", "市委", "省人民政府", "市人民政府")
    ]
    assert bare == []
    assert "河南省委" in names.values() and "许昌市委" in names.values()


@pytest.mark.parametrize(
    "pair",
    [("中宣部", "中央宣传部"), ("中组部", "中央组织部"), ("人力资源和社会保障部", "人力资源社会保障部"),
     ("法制工作委员会", "法工委"), ("全国政协", "中国全国政协")],
)  # fmt: skip
def test_one_body_one_node(entities, pair):
    names = {e.name for e in entities if e.label == "Organization"}
    for name in names:  # 全国人大常委会法工委 and 全国人大常委会法制工作委员会 too
        for a, b in (pair, pair[::-1]):
            if name.endswith(a):
                assert name[: -len(a)] + b not in names, (name, pair)
    written = {x for e in entities if e.label == "Organization" for x in (e.name, *e.aliases)}
    assert any(x.endswith(pair) for x in written), f"neither of {pair} is in the corpus graph"


@pytest.mark.parametrize("name", ["福建市委", "中国市委", "中关村市委", "长三角市委", "筼筜湖市人民政府"])
def test_bodies_that_do_not_exist_are_no_nodes(entities, name):
    assert name not in _by_name(entities, "Organization")


def test_no_body_name_ends_in_a_cut_former(entities):
    assert [e.name for e in entities if e.label == "Organization" and e.name.endswith("原")] == []


def test_state_council_executive_meeting_one_node_per_date(entities):
    meetings = _by_name(entities, "Meeting")["国务院常务会议"]
    dated = [m.date for m in meetings if m.date]
    assert len(dated) >= 9 and len(set(dated)) == len(dated), dated
    # a meeting whose day the text does not give (日前, or an article without a date) stays in its article
    assert all(m.id.endswith(f"@{m.date}") or not m.date for m in meetings)
    assert len({m.id for m in meetings}) == len(meetings)


@pytest.mark.parametrize(
    ("canonical", "variants"),
    [("全国政协十四届常委会第三次会议", ["政协第十四届全国委员会常务委员会第三次会议"]),
     ("党的二十届三中全会", ["二十届三中全会"]),
     ("党的二十届四中全会", ["二十届四中全会", "中共二十届四中全会"])],
)  # fmt: skip
def test_one_meeting_one_node(entities, canonical, variants):
    meetings = _by_name(entities, "Meeting")
    assert len(meetings.get(canonical, [])) == 1, canonical
    assert [v for v in variants if v in meetings] == []


def test_example_page_meeting_held_the_day_before_the_issue(entities):
    (meeting,) = _by_name(entities, "Meeting")["全市领导干部会议暨创新驱动制造业高质量发展会议"]
    assert meeting.date == "2022-06-03"


def test_no_role_at_the_twentieth_congress_after_2022(relations):
    late = [
        (r.source, r.type, r.date)
        for r in relations
        if r.target == "Meeting:党的二十大"
        and r.type in ("PRESIDED", "SPOKE_AT", "ATTENDED")
        and (r.date or "") > "2022-12-31"
    ]
    assert late == []


def test_zhang_bin_is_two_people_listed_in_the_report(corpus_store, entities):
    from kg.report import render_report

    people = _by_name(entities, "Person")["张斌"]
    assert len(people) == 2, [p.id for p in people]
    report = render_report(corpus_store, "md")
    section = report.split("One name, several people", 1)[1].split("\n#", 1)[0]
    assert all(p.id in section for p in people)


def test_shen_xiaoming_keeps_his_posts_on_one_node_and_his_namesake_is_another(entities, relations):
    """The provincial secretary's posts in other places one after the other stay one person; the 上饶 bureau's
    deputy director of the same name in a CCDI circular (xwlb 20260424_09) is another."""
    ids = sorted(e.id for e in _by_name(entities, "Person")["沈晓明"])
    assert len(ids) == 2 and ids[0] == "Person:沈晓明" and ids[1].startswith("Person:沈晓明@"), ids
    posts = {(r.source, r.target) for r in relations if r.type == "HOLDS_POSITION" and r.source in ids}
    namesake = {body for who, body in posts if who == ids[1]}
    assert namesake and all("上饶" in body for body in namesake), namesake
    assert {body for who, body in posts if who == ids[0] and "湖南" in body}
    assert not [body for who, body in posts if who == ids[0] and "上饶" in body]


def test_no_held_post_from_a_former_sentence(relations):
    held_former = [
        (r.source, r.title, r.evidence.article_id)
        for r in relations
        if r.type == "HOLDS_POSITION" and r.status == "held" and r.title and f"时任{r.title}" in r.evidence.text
    ]
    assert held_former == []


@pytest.mark.neo4j
def test_neo4j_follows_the_new_ids_and_meeting_days(corpus_store, neo4j_server):
    from kg.store import queries as q
    from kg.store.neo4j import push
    from tests.test_neo4j_helpers import run_saved, wipe

    conn = neo4j_server.connect()
    try:
        wipe(conn)
        push(corpus_store, conn)
        with conn.session() as session:
            people = {r["id"] for r in session.run(q.existing_nodes("Person"), store=corpus_store.store_id)}
        zhang = sorted(p for p in people if p.startswith("Person:张斌"))
        assert len(zhang) == 2 and zhang[0] == "Person:张斌" and zhang[1].startswith("Person:张斌@"), zhang
        shen = sorted(p for p in people if p.startswith("Person:沈晓明"))
        assert len(shen) == 2 and shen[0] == "Person:沈晓明" and shen[1].startswith("Person:沈晓明@"), shen
        rows = run_saved(conn, "meeting_participants", meeting="国务院常务会议")
        held = [r["held"] for r in rows if r["person"] == "李强" and r["held"]]
        assert len(held) >= 5 and len(set(held)) == len(held), held  # one node per day, each with its day
        rows = run_saved(conn, "meeting_participants")
        assert {r["held"] for r in rows} == {"2022-06-03"}
    finally:
        conn.close()
