"""The fast paths of the speed work give exactly what the code they replaced gave: the indexed
person-in-place check, betweenness per component, weighted PageRank and the once-computed
measures, compared on the real corpus (the previous code is kept here as the reference)."""

from __future__ import annotations

import random
from pathlib import Path

import networkx as nx
import pytest

from kg import analytics, outputs, viz
from kg.ingest import discover, read_file
from kg.relations import persons
from kg.relations.gazetteer import PLACES


def _in_place_before(text: str, s: int, e: int) -> bool:
    """kg.relations.persons._in_place before it was indexed: every place searched around the span."""
    for p in PLACES:
        if len(p) < 2:
            continue
        lo = max(0, s - len(p) + 1)
        i = text.find(p, lo, e + len(p))
        while i != -1 and i < e:
            if (i <= s and e <= i + len(p)) or (i == s and e - (i + len(p)) <= 1):
                return True
            i = text.find(p, i + 1, e + len(p))
    return False


def test_indexed_place_check_agrees_with_the_search_it_replaced(shared_dir: Path) -> None:
    files = sorted(discover([shared_dir / "corpus"]))[::4]
    texts = [a.analysis_text for path in files for a in read_file(path)]
    rng = random.Random(7)
    hits = checked = 0
    for text in texts:
        starts = [i + d for p in ("北京", "美国", "河南", "许昌") if (i := text.find(p)) >= 0 for d in (-2, -1, 0, 1)]
        for s in [rng.randrange(len(text)) for _ in range(40)] + starts:
            if 0 <= s < len(text):
                e = min(len(text), s + rng.randint(1, 6))
                found = persons._in_place(text, s, e)
                assert found == _in_place_before(text, s, e), (text[s:e], s, e)
                hits += found
                checked += 1
    assert checked > 3000 and hits > 50


@pytest.fixture(scope="module")
def corpus_graph(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    from kg import run
    from kg.ner import extractor_factory
    from kg.store.sqlite import SqliteStore

    corpus = shared_dir / "corpus"
    inputs = [corpus / "pages", *sorted((corpus / "xwlb").iterdir())[::3]]
    factory, _ = extractor_factory("lac")
    with SqliteStore(tmp_path_factory.mktemp("paths") / "kg.sqlite") as store:
        run.build(inputs, store, factory)
        return analytics.load_graph(store)


def test_betweenness_per_component_equals_betweenness_of_the_whole_view(corpus_graph: nx.MultiDiGraph) -> None:
    h = analytics.entity_view(corpus_graph)
    assert nx.number_connected_components(h) > 10  # isolated nodes and small groups, as in real stores
    whole = nx.betweenness_centrality(h)
    parts = analytics.betweenness(corpus_graph)
    assert parts.keys() == whole.keys()
    assert max(abs(parts[n] - whole[n]) for n in whole) < 1e-12
    assert sum(whole.values()) > 0
    assert all(f"{parts[n]:.4f}" == f"{whole[n]:.4f}" for n in whole)  # the digits the report prints


def test_weighted_pagerank_ranks_as_the_graph_with_one_edge_per_unit_of_weight(
    corpus_graph: nx.MultiDiGraph,
) -> None:
    p = analytics.coappearance(corpus_graph)
    multi = nx.MultiDiGraph()  # what kg/viz.py built before: one parallel edge per unit of weight
    multi.add_nodes_from((n, {"label": "x"}) for n in p)
    for u, v, d in p.edges(data=True):
        for _ in range(int(d["weight"])):
            multi.add_edge(u, v, type="x")
    before = analytics.pagerank(multi)
    now = analytics.weighted_pagerank(p)
    assert before.keys() == now.keys() and len(now) > 50
    assert max(abs(before[n] - now[n]) for n in now) < 1e-12
    for top in (50, 100, 300):  # the nodes a view keeps
        assert viz._choose_top(now, set(), top) == viz._choose_top(before, set(), top)


def test_outputs_from_shared_measures_equal_outputs_computed_per_output(corpus_graph: nx.MultiDiGraph) -> None:
    """kg build's outputs as now (one measure() for the report and the graph view) against each
    output computing its own centrality and communities, as before."""
    from kg.report import render_report
    from kg.viz import build_network, render_graph_html

    shared = outputs.render_build_outputs(corpus_graph)
    views = list(outputs.VIEW_FILES)
    assert shared["report.md"] == render_report(corpus_graph, "md", views=views)
    assert shared["report.html"] == render_report(corpus_graph, "html", views=views)
    alone = render_graph_html(*build_network(corpus_graph, view="graph"))
    assert shared["graph.html"] == alone


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_outputs_rendered_with_helper_processes_equal_outputs_rendered_here(
    corpus_graph: nx.MultiDiGraph, start_method: str
) -> None:
    """kg build --workers 2 sends the loaded graph, pickled, to two processes for three views."""
    from kg import run
    from kg.ner import extractor_factory

    here = outputs.render_build_outputs(corpus_graph)
    factory, _ = extractor_factory("rules")
    with run.Workers(factory, 2, start_method) as pool:
        assert pool.start_method == start_method
        helped = outputs.render_build_outputs(corpus_graph, pool)
    assert helped == here and set(here) == set(outputs.BUILD_FILES)


def test_exact_betweenness_is_networkx_betweenness_within_float_rounding(corpus_graph: nx.MultiDiGraph) -> None:
    """All sources at once as sparse matrix products: networkx's values, summed in another order."""
    h = analytics.entity_view(corpus_graph)
    components = [h.subgraph([x for x in h if x in c]) for c in nx.connected_components(h) if len(c) > 2]
    assert max(len(c) for c in components) > 50
    rng = random.Random(5)
    for seed in range(60):  # and random graphs: trees, denser ones, self-loops, blocks of sources
        size = rng.randint(3, 150)
        g = nx.gnm_random_graph(size, rng.randint(size - 1, 4 * size), seed=seed)
        g.add_edges_from([(0, 0)] if seed % 3 == 0 else [])
        components += [g.subgraph(c) for c in nx.connected_components(g) if len(c) > 2]
    for sub in components:
        got, expected = analytics._exact_betweenness(sub), nx.betweenness_centrality(sub, normalized=False)
        assert got.keys() == expected.keys()
        assert all(abs(got[n] - expected[n]) <= 1e-12 * max(1.0, expected[n]) for n in expected), len(sub)


def test_exact_betweenness_in_blocks_of_sources_equals_all_sources_at_once(
    corpus_graph: nx.MultiDiGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = analytics.entity_view(corpus_graph)
    main = h.subgraph(max(nx.connected_components(h), key=len))
    whole = analytics._exact_betweenness(main)
    monkeypatch.setattr(analytics, "BETWEENNESS_BLOCK_CELLS", 7 * len(main))  # blocks of 7 sources
    blocks = analytics._exact_betweenness(main)
    assert all(abs(blocks[n] - whole[n]) <= 1e-12 * max(1.0, whole[n]) for n in whole)
    assert sum(whole.values()) > 0


def test_kamada_kawai_on_breadth_first_hops_lays_out_as_on_its_own_distances(corpus_graph: nx.MultiDiGraph) -> None:
    p = analytics.coappearance(corpus_graph)
    main = max(nx.connected_components(p), key=len)
    h = nx.Graph()
    h.add_nodes_from(sorted(main))
    h.add_edges_from(sorted((min(u, v), max(u, v)) for u, v in p.subgraph(main).edges()))
    assert 50 < len(h) <= 400  # laid out by Kamada-Kawai in the views
    own = nx.kamada_kawai_layout(h, pos=nx.circular_layout(h))
    hops = nx.kamada_kawai_layout(h, dist=dict(nx.all_pairs_shortest_path_length(h)), pos=nx.circular_layout(h))
    assert all((own[n] == hops[n]).all() for n in h)


def test_edges_added_by_lookup_are_the_edges_pyvis_adds(corpus_graph: nx.MultiDiGraph) -> None:
    for view in ("graph", "coappearance"):
        net, _ = viz.build_network(corpus_graph, view=view)  # type: ignore[arg-type]
        again = viz.Network(directed=net.directed)
        for node in net.nodes:
            again.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
        for edge in net.edges:
            rest = {k: v for k, v in edge.items() if k not in ("from", "to", "arrows")}
            again.add_edge(edge["from"], edge["to"], **rest)
        assert len(net.edges) > 100
        assert again.edges == net.edges
