"""Node positions for the HTML views, computed once in Python so a page never re-lays itself out.

- ``spring_positions``: each connected component laid out on its own (Kamada–Kawai for the largest,
  a seeded spring layout for the rest), the largest in the middle with its dense centre spread, the
  others in rows under it; then the labels of the most central nodes pushed apart.
- ``tree_positions``: a top-down tidy tree per root (parents centred over their children, many
  leaves of one parent in a grid), the trees packed into rows about 1500 units wide.
- ``body_tree``: the tree of bodies the hierarchy view draws: PART_OF relations from the text,
  plus parents read from names (上海市委组织部 → 上海市委, 许昌市财政局 → 许昌市人民政府)
  where the text gave none; each edge says which.

Everything is sorted and rounded, so one store always gives the same positions (and bytes).
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

BOX_W, BOX_H = 1200.0, 800.0  # canvas units the main component fills (the page fits it to the window)
TREE_WRAP = 1500.0  # width of a row of trees
LEVEL = 80.0  # vertical distance between tree levels
LEAF_ROW = 40.0  # vertical distance between rows of a leaf grid
LEAF_COLUMNS = 3  # more leaves than this under one parent go into a grid of this many columns
GAP = 18.0
TOP_LABELS = 10  # labels kept apart and drawn large
MID_LABELS = 40  # labels drawn at a readable size at the default zoom; the rest on zooming in
LAYOUT_SEED = 7
KAMADA_KAWAI_LIMIT = 400

UNIT_SUFFIX = re.compile(
    r"(部|办公厅|办公室|委员会|常委会|工委|党组|党委|党工委|党支部|支部|团委|研究室|党校|局|厅|处|科|室|中心|院|所|会|站|队|办)$"
)
NOT_A_UNIT_START = re.compile(r"^(和|与|及|、|暨|等|员)")  # 员: 内务司法委 + 员会 is one word cut
REGION_END = re.compile(r"(省|市|县|区|州|盟|旗)$")
GOVERNMENT_UNIT = re.compile(r"(局|厅)$|^(?!.*(纪律|常务|人民代表|政协|党|人大)).+委员会$")


# -- the tree of bodies -----------------------------------------------------------------------------


def _parent_by_name(name: str, orgs: dict[str, str]) -> tuple[str, str] | None:
    """(parent id, why) read from a body's name, or None. ``orgs`` maps names to ids."""
    for cut in range(len(name) - 2, 1, -1):  # the longest known body the name starts with
        head, rest = name[:cut], name[cut:]
        if head in orgs and UNIT_SUFFIX.search(rest) and not NOT_A_UNIT_START.match(rest):
            return orgs[head], f"{name} = {head} + {rest}"
    for cut in range(len(name) - 2, 1, -1):  # a department of a local government
        region, rest = name[:cut], name[cut:]
        if not REGION_END.search(region) or not GOVERNMENT_UNIT.search(rest) or re.search("[省市县区州]", rest):
            continue  # 山东省滨州市…局 is the city's, not the province's
        for government in (f"{region}人民政府", f"{region}政府"):
            if government in orgs and government != name:
                return orgs[government], f"{name}: a department ({rest}) of {government}"
    return None


def body_tree(g: nx.MultiDiGraph) -> nx.DiGraph:
    """Parent → child edges between bodies (and programs): PART_OF from the text first (``how``
    "PART_OF", its evidence and count), else a parent read from the name (``how`` says why).
    One parent per child, no cycles. O(m + bodies · name length)."""
    t: nx.DiGraph = nx.DiGraph()
    found: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))  # child → parent → evidence
    for u, v, d in g.edges(data=True):
        if d.get("type") == "PART_OF" and u != v:
            found[u][v].append(d.get("evidence"))
    orgs = {str(d.get("name")): n for n, d in sorted(g.nodes(data=True)) if d.get("label") == "Organization"}

    def attach(child: str, parent: str, **attrs: object) -> None:
        if child in t and parent in t and nx.has_path(t, child, parent):
            return  # would close a cycle
        for n in (child, parent):
            if n not in t:
                t.add_node(n, label=g.nodes[n].get("label"), name=g.nodes[n].get("name", n))
        t.add_edge(parent, child, **attrs)

    for child in sorted(found):
        parents = found[child]
        parent = min(parents, key=lambda p: (-len(parents[p]), p))
        evidence = sorted((e for e in parents[parent] if e is not None), key=lambda e: (e.article_id, e.start))
        attach(child, parent, how="PART_OF", evidence=evidence, count=len(parents[parent]))
    for name, child in sorted(orgs.items()):
        if child in t and any(True for _ in t.predecessors(child)):
            continue
        by_name = _parent_by_name(name, orgs)
        if by_name is not None:
            attach(child, by_name[0], how=by_name[1], evidence=[], count=1)
    return t


def depth(edges: Iterable[tuple[str, str]]) -> int:
    """Edges on the longest root-to-leaf path."""
    h = nx.DiGraph(list(edges))
    return nx.dag_longest_path_length(h) if h.number_of_edges() else 0


# -- label sizes -------------------------------------------------------------------------------


def font_size(rank: int, view: str) -> int:
    """Label size in pixels at zoom 1 by centrality rank; the page hides labels under 9 pixels."""
    if view == "hierarchy":
        return 17 if rank <= TOP_LABELS else 14
    if rank <= TOP_LABELS:
        return 22
    return 13 if rank <= MID_LABELS else 8


def label_width(name: str, size: int) -> float:
    """Drawn width of a label: CJK characters are about a font size wide, others about half."""
    return sum(size if ord(ch) > 0x2E7F else size * 0.6 for ch in name)


def _box(
    x: float, y: float, name: str, size: int, dot: float = 10.0, pad: float = 9.0
) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of a dot's label, drawn centred under a dot of radius ``dot``."""
    w = label_width(name, size)
    return (x - w / 2 - pad, y + dot - pad, x + w / 2 + pad, y + dot + 6 + size * 1.3 + pad)


def _separate(
    pos: dict[str, tuple[float, float]],
    names: dict[str, str],
    rank: dict[str, int],
    view: str,
    sizes: dict[str, float],
) -> None:
    """Move less central nodes until the labels of the TOP_LABELS most central do not overlap.

    Nodes are placed in rank order; each is pushed down or right (the shorter way out) off the
    labels already placed. Moves only ever go down or right, so every node gets free in a bounded
    number of steps (pushing both ways could swing a node between two others for ever)."""

    def box(n: str) -> tuple[float, float, float, float]:
        return _box(*pos[n], names[n], font_size(rank.get(n, 10**9), view), sizes.get(n, 10.0))

    # the TOP_LABELS best ranked nodes laid out here: a page shows these first (isolated ones are hidden)
    top = sorted(pos, key=lambda n: (rank.get(n, 10**9), n))[:TOP_LABELS]
    placed: list[str] = []
    for b in top:
        for _ in range(10 * TOP_LABELS):
            moved = False
            for a in placed:
                la, ta, ra, ba = box(a)
                lb, tb, rb, bb = box(b)
                dx, dy = min(ra, rb) - max(la, lb), min(ba, bb) - max(ta, tb)
                if dx <= 0 or dy <= 0:
                    continue
                x, y = pos[b]
                down, right = ba - tb + 1, ra - lb + 1  # the moves that clear ``a`` below or to its right
                pos[b] = (x, y + down) if down <= right else (x + right, y)
                moved = True
            if not moved:
                break
        placed.append(b)


def _rounded(pos: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in sorted(pos.items())}


# -- layouts -----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _spring_of_shape(size: int, edges: tuple[tuple[int, int], ...]) -> tuple[tuple[float, float], ...]:
    """The seeded spring layout of the graph on nodes 0..size-1 with ``edges``, by node: it depends on
    the graph's shape alone, and small components of one shape recur (a person between two bodies,
    a meeting with its three attendees), so each shape is laid out once per process."""
    shaped: nx.Graph = nx.Graph()
    shaped.add_nodes_from(range(size))
    shaped.add_edges_from(edges)
    raw = nx.spring_layout(shaped, seed=LAYOUT_SEED, iterations=200, k=1.8 / math.sqrt(size))
    return tuple((float(raw[i][0]), float(raw[i][1])) for i in range(size))


def _unit_layout(h: nx.Graph, component: list[str], *, even: bool = False) -> dict[str, tuple[float, float]]:
    """The connected ``component`` of ``h`` (its nodes, sorted) laid out in [0, 1]²: with ``even``
    (the largest component) Kamada–Kawai, which spaces nodes evenly, up to KAMADA_KAWAI_LIMIT
    nodes; else a seeded spring layout (Fruchterman–Reingold in numpy, milliseconds, where KK's
    optimiser costs a second or more), once per shape (``_spring_of_shape``)."""
    if len(component) == 1:
        return {component[0]: (0.5, 0.5)}
    if len(component) == 2:
        a, b = component
        return {a: (0.0, 0.5), b: (1.0, 0.5)}
    inside = set(component)
    ordered: nx.Graph = nx.Graph()  # nodes and edges in sorted order, read off the adjacency (no subgraph view)
    ordered.add_nodes_from(component)
    ordered.add_edges_from(sorted({(min(u, v), max(u, v)) for u in component for v in h[u] if v in inside}))
    h = ordered
    if even and len(h) <= KAMADA_KAWAI_LIMIT:
        # hop counts by breadth-first search: the distances KK's Dijkstra finds on unweighted edges, faster
        hops = dict(nx.all_pairs_shortest_path_length(h))
        raw: dict[str, Any] = nx.kamada_kawai_layout(h, dist=hops, pos=nx.circular_layout(h))
    else:
        nodes = list(h)
        index = {n: i for i, n in enumerate(nodes)}
        shape = tuple((index[u], index[v]) for u, v in h.edges())
        raw = dict(zip(nodes, _spring_of_shape(len(nodes), shape), strict=True))
    xs = [float(p[0]) for p in raw.values()]
    ys = [float(p[1]) for p in raw.values()]
    sx, sy = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: ((float(raw[n][0]) - min(xs)) / sx, (float(raw[n][1]) - min(ys)) / sy) for n in sorted(h)}


def _spread(unit: dict[str, tuple[float, float]], power: float = 0.55) -> dict[str, tuple[float, float]]:
    """Pull a dense centre apart: each point's distance from the middle r becomes r ** power
    (directions kept), then back into [0, 1]². Hubs and their many neighbours get room."""
    if len(unit) < 3:
        return unit
    cx = sum(x for x, _ in unit.values()) / len(unit)
    cy = sum(y for _, y in unit.values()) / len(unit)
    far = max(math.hypot(x - cx, y - cy) for x, y in unit.values()) or 1.0
    moved = {}
    for n, (x, y) in unit.items():
        r = math.hypot(x - cx, y - cy) / far
        k = (r**power / r) if r > 0 else 0.0
        moved[n] = ((x - cx) * k, (y - cy) * k)
    xs = [x for x, _ in moved.values()]
    ys = [y for _, y in moved.values()]
    sx, sy = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: ((x - min(xs)) / sx, (y - min(ys)) / sy) for n, (x, y) in moved.items()}


def spring_positions(
    nodes: list[str],
    edges: list[tuple[str, str]],
    names: dict[str, str],
    rank: dict[str, int],
    view: str = "graph",
    sizes: dict[str, float] | None = None,
) -> dict[str, tuple[float, float]]:
    """Each connected component laid out on its own: the largest in a BOX_W × BOX_H box, the
    others in cells packed in rows under it; then the top labels kept apart."""
    if not nodes:
        return {}
    h: nx.Graph = nx.Graph()
    h.add_nodes_from(nodes)
    h.add_edges_from(e for e in edges if e[0] in h and e[1] in h)
    components = sorted((sorted(c) for c in nx.connected_components(h)), key=lambda c: (-len(c), c[0]))
    pos: dict[str, tuple[float, float]] = {}
    main, rest = components[0], components[1:]
    share = len(main) / len(nodes)
    width, height = BOX_W, BOX_H * (0.55 + 0.45 * share if rest else 1.0)
    for n, (x, y) in _spread(_unit_layout(h, main, even=True)).items():
        pos[n] = (x * width - width / 2, y * height - BOX_H / 2)
    x0, y0 = -BOX_W / 2, -BOX_H / 2 + height + LEVEL
    row = 0.0
    for c in rest:
        span = max(label_width(names[n], font_size(rank.get(n, 10**9), view)) for n in c)
        cell_w = max(span + GAP, 55.0 * math.sqrt(len(c)) + GAP)
        cell_h = max(50.0, 38.0 * math.sqrt(len(c)))
        if x0 > -BOX_W / 2 and x0 + cell_w > BOX_W / 2:
            x0, y0, row = -BOX_W / 2, y0 + row + 30.0, 0.0
        inner_w = cell_w - span if len(c) > 1 else 0.0
        for n, (x, y) in _unit_layout(h, c).items():
            pos[n] = (x0 + span / 2 + x * max(inner_w, 0.0), y0 + y * (cell_h - 30.0))
        x0 += cell_w
        row = max(row, cell_h)
    _separate(pos, names, rank, view, sizes or {})
    return _rounded(pos)


def grid_positions(
    nodes: list[str], names: dict[str, str], placed: dict[str, tuple[float, float]]
) -> dict[str, tuple[float, float]]:
    """``nodes`` (isolated ones, hidden by default) in a grid under what is ``placed``."""
    if not nodes:
        return {}
    cell_w = max(110.0, max(label_width(names[n], 13) for n in nodes) + GAP)
    columns = max(1, int(BOX_W // cell_w))
    left = min((x for x, _ in placed.values()), default=-BOX_W / 2)
    top = max((y for _, y in placed.values()), default=0.0) + 2 * LEVEL
    return _rounded(
        {n: (left + (i % columns) * cell_w, top + (i // columns) * LEAF_ROW * 1.5) for i, n in enumerate(nodes)}
    )


def tree_positions(
    edges: list[tuple[str, str]], names: dict[str, str], rank: dict[str, int]
) -> dict[str, tuple[float, float]]:
    """Top-down tidy trees of parent → child ``edges``, packed in rows TREE_WRAP wide."""
    children: dict[str, list[str]] = defaultdict(list)
    has_parent = set()
    for parent, child in edges:
        children[parent].append(child)
        has_parent.add(child)
    order = lambda n: (rank.get(n, 10**9), n)  # noqa: E731
    for kids in children.values():
        kids.sort(key=order)

    def width(n: str) -> float:
        return label_width(names.get(n, n), font_size(rank.get(n, 10**9), "hierarchy")) + GAP

    def place(n: str) -> tuple[float, list[tuple[str, float, float]]]:
        """(width, [(node, x from the left edge, y from the top)]) of the subtree under n."""
        kids = children.get(n, [])
        if not kids:
            return width(n), [(n, width(n) / 2, 0.0)]
        leaves = [k for k in kids if not children.get(k)]
        inner = [k for k in kids if children.get(k)]
        parts: list[tuple[float, list[tuple[str, float, float]]]] = []
        if len(leaves) > LEAF_COLUMNS:
            cell = max(width(k) for k in leaves)
            columns = LEAF_COLUMNS
            grid = [
                (k, (i % columns) * cell + cell / 2, LEVEL + (i // columns) * LEAF_ROW) for i, k in enumerate(leaves)
            ]
            parts.append((cell * columns, grid))
            subtrees = inner
        else:
            subtrees = kids
        for k in subtrees:
            w, sub = place(k)
            parts.append((w, [(m, x, y + LEVEL) for m, x, y in sub]))
        total = sum(w for w, _ in parts)
        out: list[tuple[str, float, float]] = []
        left = max(0.0, (width(n) - total) / 2)
        for w, sub in parts:
            out += [(m, x + left, y) for m, x, y in sub]
            left += w
        span = max(total, width(n))
        return span, [(n, span / 2, 0.0), *out]

    roots = sorted({p for p, _ in edges} - has_parent, key=order)
    trees = [place(r) for r in roots]
    trees.sort(key=lambda t: (-len(t[1]), order(t[1][0][0])))
    pos: dict[str, tuple[float, float]] = {}
    x0 = y0 = row_height = 0.0
    for w, nodes in trees:
        if x0 > 0 and x0 + w > TREE_WRAP:
            x0, y0 = 0.0, y0 + row_height + LEVEL * 0.8
            row_height = 0.0
        for n, x, y in nodes:
            pos[n] = (x0 + x, y0 + y)
        row_height = max(row_height, max(y for _, _, y in nodes))
        x0 += w + GAP * 2
    return _rounded(pos)
