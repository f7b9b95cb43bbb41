"""The views of the whole ../shared/corpus as an analyst opens them: a 1400×1000 window of real
headless chromium, the network blocked. Positions and label boxes are read from the page through
vis-network (getPositions, canvasToDOM, each node's label box); screenshots go to artifacts/."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import analytics, layout, viz
from kg.store.sqlite import SqliteStore
from tests.browser import Browser, require_chromium
from tests.corpus import corpus_db

pytestmark = [pytest.mark.slow]
WINDOW = (1400, 1000)
VIEWS = {
    "graph": {},
    "coappearance": {"view": "coappearance"},
    "hierarchy": {"view": "hierarchy"},
    "ego": {"around": "史根治", "depth": 2},
}
# a filter per view that hides some nodes: (JavaScript run before applyFilter)
FILTERS = {
    "graph": "document.querySelectorAll('.label-filter').forEach(b => { b.checked = b.value !== 'Organization'; })",
    "coappearance": "document.getElementById('since').value = '2024-01-01'",
    "hierarchy": "document.getElementById('since').value = '2023-01-01'",
    "ego": "document.querySelectorAll('.label-filter').forEach(b => { b.checked = b.value !== 'Meeting'; })",
}
TOP_LABELS = """(() => {
  const rect = document.querySelector('#network canvas').getBoundingClientRect();
  const scale = network.getScale();
  const top = allNodes.filter(n => !n.hidden).sort((a, b) => a.kg_rank - b.kg_rank).slice(0, 10);
  return top.map(n => {
    const node = network.body.nodes[n.id], box = node.labelModule.size;
    const a = network.canvasToDOM({x: box.left, y: box.top});
    const b = network.canvasToDOM({x: box.left + box.width, y: box.top + box.height});
    return {name: n.label, visible: node.labelModule.visible(), px: node.labelModule.fontOptions.size * scale,
            left: a.x, top: a.y, right: b.x, bottom: b.y, width: rect.width, height: rect.height};
  });
})()"""
VISIBLE_POSITIONS = """(() => {
  const ids = nodes.get({filter: n => !n.hidden}).map(n => n.id);
  const pos = network.getPositions(ids), out = {};
  ids.forEach(id => { const d = network.canvasToDOM(pos[id]); out[id] = [pos[id].x, pos[id].y, d.x, d.y]; });
  return out;
})()"""


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path):
    with SqliteStore(corpus_db(tmp_path_factory, shared_dir), create=False) as store:
        return analytics.load_graph(store)


@pytest.fixture(scope="module")
def pages(graph, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("corpus-views")
    return {name: viz.write_graph_html(graph, folder / f"{name}.html", **kw) for name, kw in VIEWS.items()}


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    with Browser() as b:
        yield b


def _overlap(a: dict, b: dict) -> bool:
    return min(a["right"], b["right"]) > max(a["left"], b["left"]) and min(a["bottom"], b["bottom"]) > max(
        a["top"], b["top"]
    )


@pytest.mark.browser
@pytest.mark.parametrize("name", list(VIEWS))
def test_view_reads_at_the_default_zoom(browser: Browser, pages: dict[str, Path], name: str) -> None:
    page = browser.open(pages[name], wait_for="window.kgStabilized === true", viewport=WINDOW)
    page.settle(0.5)
    assert page.errors == [] and page.outside_requests == [] and page.dialogs == []
    page.screenshot(f"corpus-{name}.png")
    labels = page.evaluate(TOP_LABELS)
    assert len(labels) == 10
    for label in labels:
        assert label["visible"] and label["px"] >= 10, label  # drawn, at a size one can read
        assert label["left"] >= 0 and label["right"] <= label["width"], label  # inside the window
        assert label["top"] >= 0 and label["bottom"] <= label["height"], label
    clashes = [(a["name"], b["name"]) for i, a in enumerate(labels) for b in labels[i + 1 :] if _overlap(a, b)]
    assert clashes == []
    hidden = page.evaluate("allNodes.filter(n => n.kg_isolated).every(n => nodes.get(n.id).hidden)")
    assert hidden, "isolated nodes are hidden by default"

    before = page.evaluate(VISIBLE_POSITIONS)
    page.evaluate(f"{FILTERS[name]}; applyFilter()")
    page.settle(0.3)
    after = page.evaluate(VISIBLE_POSITIONS)
    assert 0 < len(after) < len(before), (len(before), len(after))
    moved = [n for n in after if after[n] != before[n]]
    assert moved == [], f"{len(moved)} nodes moved after a filter, e.g. {moved[:3]}"
    page.screenshot(f"corpus-{name}-filtered.png")
    assert page.errors == []


@pytest.mark.browser
def test_hierarchy_is_a_top_down_tree_of_real_parents(browser: Browser, pages: dict[str, Path], graph) -> None:
    page = browser.open(pages["hierarchy"], wait_for="window.kgStabilized === true", viewport=WINDOW)
    edges = page.evaluate("allEdges.map(e => [e.from, e.to])")
    positions = page.evaluate("network.getPositions()")
    assert layout.depth(edges) >= 2
    assert all(positions[parent]["y"] < positions[child]["y"] for parent, child in edges)  # parents above
    assert len({child for _, child in edges}) == len(edges)  # one parent each: a tree
    tree = layout.body_tree(graph)
    pairs = {(graph.nodes[p]["name"], graph.nodes[c]["name"]) for p, c in tree.edges()}
    assert ("上海市委", "上海市委组织部") in pairs  # 市委 → 组织部 (PART_OF read in the text)
    assert ("丹棱县人民政府", "丹棱县农业农村局") in pairs  # 市政府 → 局 (from the name)
    assert not any(p.endswith("党组") and c == p[:-2] for p, c in pairs)  # X党组 is part of X, not above it


@pytest.mark.parametrize("view", ["graph", "coappearance", "hierarchy"])
def test_views_are_byte_identical_whatever_the_hash_seed(
    view: str, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, shared_dir: Path
) -> None:
    db = corpus_db(tmp_path_factory, shared_dir)
    kg = Path(sys.executable).parent / "kg"
    if not kg.exists():
        pytest.skip(f"the kg script is not installed next to {sys.executable}")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"{view}-{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        cmd = [str(kg), "viz", "--db", str(db), "--view", view, "-o", str(out)]
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
