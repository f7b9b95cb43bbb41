"""Analytics over a real SqliteStore filled with a small, realistic graph, and over the example article."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg import analytics
from kg.errors import InputError, KGError
from kg.model import Article, ArticleGraph, Entity, EntityMention, Evidence, GraphBatch, Relation, entity_id
from kg.store.sqlite import SqliteStore

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "2022-06-04-p1.txt"
XSS = "<script>alert(1)</script>"

# Three articles, 2020 → 2022, written the way the Xuchang Daily writes them.
ARTICLES = {
    "a2020": (
        "2020-05-12",
        "市政府常务会议召开",
        "5月11日,市政府常务会议召开。市委副书记、市长史根治主持会议并讲话。副市长刘涛参加会议。"
        "会议研究了“万人助企联乡帮村”活动。本报记者王利辉",
    ),
    "a2021": (
        "2021-03-02",
        "市长史根治调研",
        "3月1日,市长史根治到禹州市调研。史根治与刘涛一同察看了禹州技师学院。许昌市人民政府组织开展“万人助企联乡帮村”活动。",
    ),
    "a2022": (
        "2022-06-04",
        "全市领导干部会议召开",
        "6月3日,全市领导干部会议召开。市委书记史根治主持会议并讲话。市长刘涛部署具体工作。"
        f"市领导马正兰、王堃参加会议。共青团禹州市委隶属禹州市委。{XSS}参加会议。本报记者王利辉",
    ),
}


def person(name: str) -> str:
    return entity_id("Person", name)


def org(name: str) -> str:
    return entity_id("Organization", name)


def meeting(name: str) -> str:
    return entity_id("Meeting", name)


# (article, type, source id, target id, sentence containing the trigger, title, status)
RELATIONS = [
    ("a2020", "HOLDS_POSITION", person("史根治"), org("许昌市委"), "市委副书记、市长史根治", "市委副书记", "held"),
    ("a2020", "HOLDS_POSITION", person("史根治"), org("许昌市人民政府"), "市委副书记、市长史根治", "市长", "held"),
    ("a2020", "HOLDS_POSITION", person("刘涛"), org("许昌市人民政府"), "副市长刘涛", "副市长", "held"),
    ("a2020", "PRESIDED", person("史根治"), meeting("市政府常务会议"), "史根治主持会议", None, None),
    ("a2020", "ATTENDED", person("刘涛"), meeting("市政府常务会议"), "刘涛参加会议", None, None),
    ("a2020", "REPORTED", person("王利辉"), "Article:a2020", "本报记者王利辉", None, None),
    ("a2021", "HOLDS_POSITION", person("史根治"), org("许昌市人民政府"), "市长史根治", "市长", "held"),
    ("a2021", "RUNS", org("许昌市人民政府"), entity_id("Initiative", "万人助企联乡帮村"), "组织开展", None, None),
    ("a2022", "HOLDS_POSITION", person("史根治"), org("许昌市委"), "市委书记史根治", "市委书记", "held"),
    ("a2022", "HOLDS_POSITION", person("刘涛"), org("许昌市人民政府"), "市长刘涛", "市长", "held"),
    ("a2022", "PRESIDED", person("史根治"), meeting("全市领导干部会议"), "史根治主持会议", None, None),
    ("a2022", "SPOKE_AT", person("史根治"), meeting("全市领导干部会议"), "史根治主持会议并讲话", None, None),
    ("a2022", "SPOKE_AT", person("刘涛"), meeting("全市领导干部会议"), "刘涛部署具体工作", None, None),
    ("a2022", "ATTENDED", person("马正兰"), meeting("全市领导干部会议"), "马正兰、王堃参加会议", None, None),
    ("a2022", "ATTENDED", person("王堃"), meeting("全市领导干部会议"), "王堃参加会议", None, None),
    ("a2022", "ATTENDED", person(XSS), meeting("全市领导干部会议"), f"{XSS}参加会议", None, None),
    ("a2022", "PART_OF", org("共青团禹州市委"), org("禹州市委"), "共青团禹州市委隶属禹州市委", None, None),
    ("a2022", "REPORTED", person("王利辉"), "Article:a2022", "本报记者王利辉", None, None),
]


def _sentence(text: str, at: int) -> tuple[int, int]:
    spans = analytics.sentence_spans(text)
    return next((s, e) for s, e in spans if s <= at < e)


def _name_of(eid: str) -> str:
    return eid.partition(":")[2]


def synthetic_batch() -> GraphBatch:
    """A GraphBatch of the three articles: entities, mentions found in the text, relations with evidence."""
    graphs = []
    for aid, (date, title, text) in ARTICLES.items():
        article = Article(aid, text, title=title, date=date, source=f"{aid}.txt", content_hash=f"h-{aid}")
        rels, ents, mentions = [], {}, []
        for raid, rtype, src, dst, trigger, rtitle, status in RELATIONS:
            if raid != aid:
                continue
            at = text.index(trigger)
            s, e = _sentence(text, at)
            ev = Evidence(aid, s, e, text[s:e], f"synthetic_{rtype.lower()}.v1")
            rels.append(Relation(rtype, src, dst, ev, rtitle, status, date))
            for eid in (src, dst):
                if not eid.startswith("Article:"):
                    label, _, name = eid.partition(":")
                    ents[eid] = Entity(eid, label, name)
        for _, _, src, _, *_ in RELATIONS:  # every known person the text names is a mention too
            if src.startswith("Person:") and _name_of(src) in text:
                ents.setdefault(src, Entity(src, "Person", _name_of(src)))
        for eid in ents:
            name = _name_of(eid)
            start = text.find(name)
            while start >= 0:
                mentions.append(EntityMention(eid, start, start + len(name), name, "synthetic"))
                start = text.find(name, start + len(name))
        graphs.append(ArticleGraph(article, tuple(ents.values()), tuple(mentions), tuple(rels)))
    return GraphBatch(tuple(graphs))


@pytest.fixture
def store(tmp_path: Path):
    s = SqliteStore(tmp_path / "kg.sqlite")
    s.write(synthetic_batch())
    yield s
    s.close()


@pytest.fixture
def graph(store: SqliteStore) -> nx.MultiDiGraph:
    return analytics.load_graph(store)


def test_load_graph_has_entities_articles_and_every_relation(store, graph):
    assert graph.number_of_edges() == len(RELATIONS)
    assert analytics.label_counts(graph)["Article"] == len(ARTICLES)
    assert graph.nodes[person("史根治")]["first_seen"] == "2020-05-12"
    assert graph.nodes[person("史根治")]["last_seen"] == "2022-06-04"
    reported = [(u, v) for u, v, d in graph.edges(data=True) if d["type"] == "REPORTED"]
    assert (person("王利辉"), "Article:a2022") in reported
    for _, _, d in graph.edges(data=True):
        ev = d["evidence"]
        assert ARTICLES[ev.article_id][2][ev.start : ev.end] == ev.text


def test_load_graph_from_batch_equals_load_from_store(graph):
    direct = analytics.load_graph(analytics.MemoryReader(synthetic_batch().graphs))
    assert set(direct.nodes) == set(graph.nodes)
    assert sorted((u, v, d["type"]) for u, v, d in direct.edges(data=True)) == sorted(
        (u, v, d["type"]) for u, v, d in graph.edges(data=True)
    )


def test_career_shows_mayor_2020_then_party_secretary_2022(store):
    posts = analytics.career(store, "史根治")
    by_title = {(p.title, p.organization): p for p in posts}
    mayor = by_title[("市长", "许昌市人民政府")]
    assert (mayor.first_seen, mayor.last_seen) == ("2020-05-12", "2021-03-02")
    assert {e.article_id for e in mayor.evidence} == {"a2020", "a2021"}
    secretary = by_title[("市委书记", "许昌市委")]
    assert (secretary.first_seen, secretary.last_seen) == ("2022-06-04", "2022-06-04")
    assert "市委书记史根治" in secretary.evidence[0].text
    assert [p.first_seen for p in posts] == sorted(p.first_seen for p in posts)
    assert posts[-1].title == "市委书记"


def test_unknown_person_suggests_close_names(graph):
    with pytest.raises(InputError) as info:
        analytics.career(graph, "史根")
    assert isinstance(info.value, KGError)
    assert "史根治" in str(info.value)


def test_centrality_puts_the_best_connected_official_first(graph):
    rows = analytics.centrality(graph, label="Person")
    assert rows[0].name == "史根治"
    assert all(r.label == "Person" for r in rows)
    pr = analytics.pagerank(graph)
    assert abs(sum(pr.values()) - 1.0) < 1e-6
    bc = analytics.betweenness(graph)
    people = analytics.nodes_with_label(graph, "Person")
    assert bc[person("史根治")] == max(bc[n] for n in people)
    assert max(bc, key=bc.get) == meeting("全市领导干部会议")  # the meeting bridges the 2022 attendees
    sampled = analytics.betweenness(graph, k=3)
    assert set(sampled) == set(bc)


def test_coappearance_weights_meetings_bodies_and_sentences(graph):
    p = analytics.coappearance(graph)
    assert set(p.nodes) == set(analytics.nodes_with_label(graph, "Person"))
    e = p[person("史根治")][person("刘涛")]
    assert meeting("市政府常务会议") in e["meetings"] and meeting("全市领导干部会议") in e["meetings"]
    assert org("许昌市人民政府") in e["bodies"]
    assert e["sentences"] >= 1  # 史根治与刘涛一同察看了…
    assert e["weight"] == len(e["meetings"]) + len(e["bodies"]) + e["sentences"]
    assert p[person("马正兰")][person("王堃")]["weight"] >= 1
    assert not p.has_edge(person("王利辉"), person("马正兰"))


def test_communities_are_seeded_and_cover_every_entity(graph):
    first = analytics.communities(graph, seed=7)
    again = analytics.communities(graph, seed=7)
    assert first == again
    covered = set().union(*first)
    assert covered == set(analytics.entity_view(graph).nodes)


def test_large_graphs_switch_to_label_propagation(monkeypatch):
    """Above LOUVAIN_EDGE_LIMIT edges communities come from fast label propagation; both methods
    find two cliques joined by one edge."""
    two_cliques = nx.union(nx.complete_graph(range(8)), nx.complete_graph(range(8, 16)))
    two_cliques.add_edge(0, 8)
    expected = [set(range(8)), set(range(8, 16))]
    assert analytics.communities(two_cliques) == expected
    monkeypatch.setattr(analytics, "LOUVAIN_EDGE_LIMIT", 10)
    assert analytics.communities(two_cliques) == expected


def test_ego_network_depth(graph):
    one = analytics.ego(graph, "马正兰", depth=1)
    assert set(one.nodes) == {person("马正兰"), meeting("全市领导干部会议")}
    two = analytics.ego(graph, "马正兰", depth=2)
    assert person("史根治") in two and person("王堃") in two
    assert two.nodes[person("史根治")]["hops"] == 2


def test_shortest_path_between_two_people(graph):
    steps = analytics.shortest_path(graph, "马正兰", "史根治")
    assert len(steps) == 2
    assert steps[0].source == person("马正兰") and steps[-1].target == person("史根治")
    assert analytics.shortest_path(graph, "王利辉", "史根治") == []  # bylines do not connect people


def test_hierarchy_and_k_core(graph):
    tree = analytics.hierarchy(graph)
    assert list(tree.edges) == [(org("共青团禹州市委"), org("禹州市委"))]
    core = analytics.k_core(graph, 2)
    assert person("史根治") in core and person("王利辉") not in core
    assert all(d >= 2 for _, d in core.degree())


def test_meeting_roles_and_seen_with(graph):
    roles = analytics.meeting_roles(graph, person("史根治"))
    assert [(r.meeting, r.role) for r in roles][:1] == [("市政府常务会议", "PRESIDED")]
    assert {r.role for r in roles if r.meeting == "全市领导干部会议"} == {"PRESIDED", "SPOKE_AT"}
    names = [n for n, _ in analytics.seen_with(graph, person("史根治"))]
    assert names[0] == "刘涛"


def test_real_pipeline_on_the_example_article():
    from kg.ner.lac import LacExtractor
    from kg.pipeline import extract_graphs

    text = EXAMPLE.read_text(encoding="utf-8")
    graphs = extract_graphs([Article("2022-06-04-p1", text, date="2022-06-04")], LacExtractor())
    g = analytics.load_graph(analytics.MemoryReader(graphs))
    people = analytics.nodes_with_label(g, "Person")
    assert person("史根治") in people and person("刘涛") in people
    assert g.nodes[person("史根治")]["mentions"] >= 3
    assert any(person("马正兰") in s[4] and person("王堃") in s[4] for s in g.graph["sentences"])
    p = analytics.coappearance(g)
    assert p[person("马正兰")][person("王堃")]["sentences"] >= 2
