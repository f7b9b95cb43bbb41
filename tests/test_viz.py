"""Graph views: what goes on the page (unit), and the page in a real headless chromium (browser)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg import analytics, viz
from kg.errors import InputError
from kg.store.sqlite import SqliteStore
from tests.browser import Browser, BrowserError, require_chromium
from tests.test_analytics import XSS, person, synthetic_batch


@pytest.fixture(scope="module")
def graph():
    return analytics.load_graph(analytics.MemoryReader(synthetic_batch().graphs))


def _entities(g) -> int:
    return sum(1 for _, d in g.nodes(data=True) if d["label"] != "Article")


def test_graph_page_is_self_contained_and_escapes_text(graph, tmp_path):
    path = viz.write_graph_html(graph, tmp_path / "g.html")
    page = path.read_text(encoding="utf-8")
    assert "vis.Network" in page and "stabilizationIterationsDone" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing loaded from elsewhere
    assert "<link" not in page
    assert XSS not in page  # only ever present escaped
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page


def test_top_cut_is_stated_and_keeps_the_centre(graph, tmp_path):
    net, about = viz.build_network(graph, top=4)
    assert about["shown"] == 4 and about["total"] == _entities(graph)
    ids = {n["id"] for n in net.nodes}
    assert person("史根治") in ids
    page = viz.write_graph_html(graph, tmp_path / "top.html", top=4).read_text(encoding="utf-8")
    assert f"Showing the 4 most central of {_entities(graph)} nodes" in page
    net, about = viz.build_network(graph, around="王堃", depth=2, top=2)
    assert person("王堃") in {n["id"] for n in net.nodes}


def test_filters_by_label_and_date(graph):
    net, _ = viz.build_network(graph, labels=["Person"])
    assert {n["kg_label"] for n in net.nodes} == {"Person"}
    net, _ = viz.build_network(graph, since="2022-01-01")
    assert {e["first"] for e in net.edges} == {"2022-06-04"}
    net, _ = viz.build_network(graph, until="2020-12-31")
    names = {n["label"] for n in net.nodes}
    assert "史根治" in names and "马正兰" not in names


def test_person_hover_lists_posts_and_evidence(graph):
    net, _ = viz.build_network(graph)
    node = next(n for n in net.nodes if n["id"] == person("史根治"))
    assert "市委书记 · 许昌市委" in node["title"] and "2022-06-04" in node["title"]
    assert "[a2020]" in node["title"]
    xss = next(n for n in net.nodes if n["id"] == person(XSS))
    assert "&lt;script&gt;" in xss["title"] and "<script>" not in xss["title"]
    edge = next(e for e in net.edges if e["label"] == "HOLDS_POSITION 市委书记")
    assert "市委书记史根治" in edge["title"]


def test_views_and_bad_arguments(graph):
    _, about = viz.build_network(graph, view="coappearance")
    assert about["shown"] == len(analytics.nodes_with_label(graph, "Person"))
    _, about = viz.build_network(graph, view="hierarchy")
    assert about["shown"] == 2
    with pytest.raises(InputError, match="unknown view"):
        viz.build_network(graph, view="pie")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="史根治"):
        viz.build_network(graph, around="史根")
    with pytest.raises(InputError, match="unknown label"):
        viz.build_network(graph, labels=["Cat"])


# -- in a real browser --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    with Browser() as b:
        yield b


def _open_clean(browser: Browser, path: Path, shot: str):
    page = browser.open(path, wait_for="window.kgStabilized === true")
    page.settle(0.5)
    assert page.errors == [], page.errors
    assert page.outside_requests == [], page.outside_requests
    assert page.dialogs == [], page.dialogs
    page.screenshot(shot)
    return page


@pytest.mark.browser
@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("graph", {}),
        ("ego", {"around": "刘涛", "depth": 1}),
        ("coappearance", {"view": "coappearance"}),
        ("hierarchy", {"view": "hierarchy"}),
        ("top", {"top": 5}),
    ],
)
def test_views_render_offline_in_chromium(browser, tmp_path, name, kwargs):
    store = SqliteStore(tmp_path / "kg.sqlite")
    store.write(synthetic_batch())
    g = analytics.load_graph(store)
    store.close()
    _, about = viz.build_network(g, **kwargs)
    path = viz.write_graph_html(g, tmp_path / f"{name}.html", **kwargs)
    page = _open_clean(browser, path, f"viz-{name}.png")
    assert page.evaluate("network.body.data.nodes.length") == about["shown"]
    assert page.evaluate("network.physics.options.enabled") is False  # frozen after stabilising
    assert page.evaluate("document.getElementById('cut').textContent").startswith(("All", "Showing"))


@pytest.mark.browser
def test_script_name_is_text_and_filters_work(browser, graph, tmp_path):
    path = viz.write_graph_html(graph, tmp_path / "xss.html")
    page = _open_clean(browser, path, "viz-xss.png")
    scripts = page.evaluate("document.scripts.length")
    page.evaluate(f"showDetails('node', {person(XSS)!r})")
    assert XSS in page.evaluate("document.getElementById('details').textContent")
    assert page.evaluate("document.scripts.length") == scripts
    hover = page.evaluate(f"nodes.get({person(XSS)!r}).title.textContent")
    assert XSS in hover
    page.settle(0.3)
    assert page.dialogs == []
    visible = "nodes.get({filter: n => !n.hidden})"
    total = page.evaluate(f"{visible}.length")
    net, _ = viz.build_network(graph)
    people = sum(1 for n in net.nodes if n["kg_label"] == "Person" and not n["kg_isolated"])
    page.evaluate(
        "document.querySelectorAll('.label-filter').forEach(b => { b.checked = b.value === 'Person'; }); applyFilter()"
    )
    assert page.evaluate(f"{visible}.length") == people < total
    assert page.evaluate("nodes.length") == len(net.nodes)  # hidden, not removed
    page.evaluate(
        "document.querySelectorAll('.label-filter').forEach(b => { b.checked = true; });"
        "document.getElementById('since').value = '2022-01-01'; applyFilter()"
    )
    names = page.evaluate(f"{visible}.map(n => n.label)")
    assert "全市领导干部会议" in names and "市政府常务会议" not in names
    assert page.evaluate("edges.get({filter: e => !e.hidden}).every(e => !e.first || e.last >= '2022-01-01')")
    assert page.errors == [] and page.dialogs == []


@pytest.mark.browser
def test_views_of_the_example_corpus_built_with_the_real_pipeline(browser, tmp_path):
    from kg import report, run
    from kg.ner import extractor_factory

    factory, _ = extractor_factory("lac")
    with SqliteStore(tmp_path / "kg.sqlite") as store:
        run.build([Path(__file__).resolve().parents[1] / "examples"], store, factory)
        g = analytics.load_graph(store)
        (tmp_path / "report.html").write_text(report.render_report(store, "html"), encoding="utf-8")
    page = browser.open(tmp_path / "report.html")
    assert page.errors == [] and page.outside_requests == [] and "史根治" in page.text()
    for name, kwargs in [("graph", {}), ("ego", {"around": "史根治"}), ("coappearance", {"view": "coappearance"})]:
        _, about = viz.build_network(g, **kwargs)
        path = viz.write_graph_html(g, tmp_path / f"{name}.html", **kwargs)
        page = _open_clean(browser, path, f"example-{name}.png")
        assert page.evaluate("network.body.data.nodes.length") == about["shown"] > 1


def test_browser_helper_retries_a_launch_that_opens_no_port_once(tmp_path):
    """The browser tests' own launcher: a chromium that never opens DevTools is given a second
    launch, then the error carries both attempts and what the process wrote to stderr."""
    silent = tmp_path / "silent-chromium"
    silent.write_text("#!/bin/sh\necho 'still starting' >&2\nexec sleep 30\n")
    silent.chmod(0o755)
    with pytest.raises(BrowserError) as raised:
        Browser(str(silent), timeout=0.5).start()
    message = str(raised.value)
    assert message.count("did not open a DevTools port in 0.5s") == 2 and "; then " in message
    assert "still starting" in message
