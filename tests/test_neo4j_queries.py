"""The saved queries of cypher/, run against a real Neo4j loaded with real articles through the
real pipeline, SqliteStore and push."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.store import queries as q
from kg.store.neo4j import Connection, push
from tests.test_neo4j_helpers import CYPHER, EXAMPLE, build_store, parse_saved, run_saved, wipe

pytestmark = pytest.mark.neo4j

SAVED = sorted(p.stem for p in CYPHER.glob("*.cypher") if p.stem != "schema")


def test_schema_file_matches_the_code() -> None:
    assert (CYPHER / "schema.cypher").read_text(encoding="utf-8") == q.schema_file_text()


@pytest.mark.parametrize("name", SAVED)
def test_saved_query_has_header_and_example_params(name: str) -> None:
    saved = parse_saved(CYPHER / f"{name}.cypher")
    assert "Parameters" in saved.header, name
    used = set(__import__("re").findall(r"\$(\w+)", saved.text))
    assert used, f"{name} takes no $params"
    assert used <= set(saved.params), f"{name}: no example :param for {used - set(saved.params)}"


def test_at_least_ten_saved_queries() -> None:
    assert len(SAVED) >= 10


@pytest.fixture(scope="module")
def graph(neo4j_server, shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    """The example page plus one real news item (several officials with two posts each), pushed."""
    extra = shared_dir / "corpus" / "xwlb" / "20230521_09.txt"
    store = build_store([EXAMPLE, extra], tmp_path_factory.mktemp("queries") / "kg.sqlite")
    conn = neo4j_server.connect()
    wipe(conn)
    push(store, conn)
    store.close()
    yield conn
    conn.close()


def test_person_posts(graph: Connection) -> None:
    rows = run_saved(graph, "person_posts")
    assert {"title": "市委书记", "body": "许昌市委"} in [{"title": r["title"], "body": r["body"]} for r in rows]
    assert all("史根治" in r["evidence"] for r in rows)
    posts = [(r["title"], r["body"]) for r in rows]
    assert len(posts) == len(set(posts)), "one row per post, not per evidence"
    for r in rows:
        assert r["articles"] >= 1 and r["first_seen"] <= r["last_seen"] and r["statuses"]
    with graph.session() as session:  # `name` is run_saved's own argument: run the text directly
        rows = [r.data() for r in session.run(parse_saved(CYPHER / "person_posts.cypher").text, name="胡衡华")]
    assert len(rows) >= 2 and len({(r["title"], r["body"]) for r in rows}) == len(rows)


def test_body_officials(graph: Connection) -> None:
    rows = run_saved(graph, "body_officials")
    assert ("史根治", "市委书记") in [(r["person"], r["title"]) for r in rows]
    rows = run_saved(graph, "body_officials", body="重庆市委")
    pairs = [(r["person"], r["title"]) for r in rows]
    assert ("胡衡华", "重庆市委副书记") in pairs
    assert len(pairs) == len(set(pairs)), "one row per person and title, not per evidence"
    assert all(r["articles"] >= 1 and r["example"] and r["statuses"] for r in rows)


def test_meeting_participants(graph: Connection) -> None:
    rows = {r["person"]: r["roles"] for r in run_saved(graph, "meeting_participants")}
    assert "SPOKE_AT" in rows["史根治"], rows
    assert "SPOKE_AT" in rows["刘涛"]
    assert {"马正兰", "王堃", "刘保新"} <= {p for p, roles in rows.items() if "ATTENDED" in roles}


def test_meeting_node_has_the_day_it_was_held(graph: Connection) -> None:
    rows = run_saved(graph, "meeting_participants")
    assert rows and {r["held"] for r in rows} == {"2022-06-03"}  # the page of 2022-06-04


def test_presided_the_leaders_meeting(graph: Connection) -> None:
    rows = {r["person"]: r["roles"] for r in run_saved(graph, "meeting_participants")}
    assert "PRESIDED" in rows.get("史根治", []), rows


def test_co_attendance(graph: Connection) -> None:
    rows = run_saved(graph, "co_attendance")
    pairs = {(r["person_a"], r["person_b"]): r for r in rows}
    assert ("刘涛", "史根治") in pairs or ("史根治", "刘涛") in pairs
    assert all(r["shared"] == len(r["meetings"]) >= 1 for r in rows)
    assert run_saved(graph, "co_attendance", min_shared=99) == []


def test_body_programs(graph: Connection) -> None:
    rows = run_saved(graph, "body_programs")
    assert any("人人持证、技能河南" in r["initiative"] for r in rows), rows
    assert all(r["evidence_count"] >= 1 and r["example"] for r in rows)


def test_career_timeline(graph: Connection) -> None:
    rows = run_saved(graph, "career_timeline")
    events = {(r["event"], r["title"] or r["at"]) for r in rows}
    assert ("HOLDS_POSITION", "市委书记") in events
    assert any(e == "PRESIDED" for e, _ in events)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)


def test_appointments_in_range(graph: Connection) -> None:
    held = run_saved(graph, "appointments_in_range", statuses=["held"])
    assert ("史根治", "市委书记", "许昌市委") in [(r["person"], r["title"], r["body"]) for r in held]
    assert run_saved(graph, "appointments_in_range", statuses=["held"], **{"from": "2023-01-01"}) != held
    outside = run_saved(graph, "appointments_in_range", statuses=["held"], **{"from": "2030-01-01", "to": "2030-12-31"})
    assert outside == []


def test_shortest_path(graph: Connection) -> None:
    rows = run_saved(graph, "shortest_path")
    assert len(rows) == 1
    assert rows[0]["names"][0] == "史根治" and rows[0]["names"][-1] == "刘涛"
    assert rows[0]["hops"] == 2  # both at the same meeting
    assert "MENTIONED_IN" not in rows[0]["types"]


def test_most_connected(graph: Connection) -> None:
    rows = run_saved(graph, "most_connected", limit=3)
    assert len(rows) == 3
    assert "史根治" in [r["person"] for r in rows]
    assert [r["degree"] for r in rows] == sorted((r["degree"] for r in rows), reverse=True)


def test_bodies_sharing_people(graph: Connection) -> None:
    rows = run_saved(graph, "bodies_sharing_people")
    pairs = {frozenset((r["body_a"], r["body_b"])): r["people"] for r in rows}
    assert pairs.get(frozenset(("重庆市委", "重庆市人民政府"))) == ["胡衡华"], pairs


def test_edge_evidence(graph: Connection) -> None:
    rows = run_saved(graph, "edge_evidence")
    assert rows, "no evidence for 史根治 HOLDS_POSITION 许昌市委"
    assert all("市委书记史根治" in r["sentence"] and r["rule"] for r in rows)
    assert all(r["article"].startswith("2022-06-04-p1#") and r["end"] > r["start"] for r in rows)


def test_search_names(graph: Connection) -> None:
    rows = run_saved(graph, "search_names")
    assert "许昌市委" in [r["name"] for r in rows]


def test_article_graph(graph: Connection) -> None:
    rows = run_saved(graph, "article_graph")
    assert rows
    assert "REPORTED" in {r["type"] for r in rows}
    assert {r["article"] for r in rows} == {"2022-06-04-p1#1"}
    # a build of the whole corpus names the page xuchang-daily/2022-06-04-p1#1: the example still matches
    with graph.session() as session:
        session.run(
            "MATCH ()-[r]->() WHERE r.article_id = '2022-06-04-p1#1' SET r.article_id = 'xuchang-daily/' + r.article_id"
        ).consume()
    try:
        moved = run_saved(graph, "article_graph")
        assert len(moved) == len(rows) and {r["article"] for r in moved} == {"xuchang-daily/2022-06-04-p1#1"}
    finally:
        with graph.session() as session:
            session.run(
                "MATCH ()-[r]->() WHERE r.article_id = 'xuchang-daily/2022-06-04-p1#1' "
                "SET r.article_id = '2022-06-04-p1#1'"
            ).consume()
