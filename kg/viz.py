"""Interactive graph views as single, fully offline HTML files (pyvis data, vis-network inlined).

pyvis builds the node and edge lists; the page is our own template because pyvis's always links
bootstrap from a CDN. vis-network's JS and CSS are read from the pyvis package and inlined, so no
request leaves the page. Every piece of article text is escaped: node labels are drawn on a canvas,
and hover/detail HTML is built from ``html.escape``d strings only.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

import jinja2
import networkx as nx
import pyvis
from pyvis.edge import Edge
from pyvis.network import Network

from kg import analytics, layout
from kg.errors import InputError

View = Literal["graph", "coappearance", "hierarchy"]
VIEWS: tuple[str, ...] = ("graph", "coappearance", "hierarchy")
DEFAULT_TOP = 300
HIERARCHY_NODES = 60  # the hierarchy view shows whole trees, largest first, up to this many nodes
LABEL_COLORS: dict[str, str] = {
    "Person": "#e4572e",
    "Organization": "#2e86ab",
    "Initiative": "#76b041",
    "Meeting": "#f3a712",
    "Place": "#8e6c8a",
    "Document": "#5c5c5c",
    "Article": "#bbbbbb",
}
EVIDENCE_SHOWN = 4  # evidence sentences per hover
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if date is None:
        return True
    return (since is None or date >= since) and (until is None or date <= until)


def _filter_dates(g: nx.MultiDiGraph, since: str | None, until: str | None) -> nx.MultiDiGraph:
    """Edges dated inside [since, until]; nodes that keep an edge or were seen in the range."""
    if since is None and until is None:
        return g
    keep_edges = [(u, v, k) for u, v, k, d in g.edges(keys=True, data=True) if _in_range(d.get("date"), since, until)]
    h = g.edge_subgraph(keep_edges).copy()  # type: ignore[arg-type]  # (u, v, key) triples: the stubs know pairs
    for n, d in g.nodes(data=True):
        if n in h:
            continue
        first, last = d.get("first_seen"), d.get("last_seen")
        if first is None or (
            (until is None or first <= until) and (since is None or (last is not None and last >= since))
        ):
            h.add_node(n, **d)
    h.graph.update(g.graph)
    return h


def _evidence_html(evidence: Iterable[Any], limit: int = EVIDENCE_SHOWN) -> str:
    rows: list[str] = []
    seen: set[tuple[str, int]] = set()
    for ev in evidence:
        if ev is None or (ev.article_id, ev.start) in seen:
            continue
        seen.add((ev.article_id, ev.start))
        if len(rows) < limit:
            rows.append(f"<li>“{_esc(ev.text.strip())}” <i>[{_esc(ev.article_id)}]</i></li>")
    more = f"<li>… and {len(seen) - limit} more</li>" if len(seen) > limit else ""
    return f"<ul>{''.join(rows)}{more}</ul>" if rows else ""


def _node_html(g: nx.MultiDiGraph, node: str) -> str:
    """Hover text of a node: what it is, a person's posts, evidence sentences with their article."""
    d = g.nodes[node]
    label = d.get("label", "")
    parts = [f"<b>{_esc(d.get('name', node))}</b> <span class='lbl'>{_esc(label)}</span>"]
    if d.get("aliases"):
        parts.append(f"<div>also: {_esc('、'.join(d['aliases']))}</div>")
    seen = [x for x in (d.get("first_seen"), d.get("last_seen")) if x]
    facts = f"{d.get('mentions', 0)} mentions in {len(d.get('articles', ()))} articles"
    if seen:
        facts += f", {_esc(seen[0])} – {_esc(seen[-1])}"
    parts.append(f"<div>{facts}</div>")
    if label == "Person":
        posts = analytics.career(g, node)
        if posts:
            items = "".join(
                f"<li>{_esc(p.title)} · {_esc(p.organization)} ({_esc(p.status)}, "
                f"{_esc(p.first_seen or '?')} – {_esc(p.last_seen or '?')})</li>"
                for p in posts
            )
            parts.append(f"<div><b>Posts</b><ul>{items}</ul></div>")
    evidence = [e["evidence"] for _, _, e in g.out_edges(node, data=True)]
    evidence += [e["evidence"] for _, _, e in g.in_edges(node, data=True)]
    if evidence:
        parts.append(f"<div><b>Evidence</b>{_evidence_html(evidence)}</div>")
    return "".join(parts)


def _choose_top(
    scores: dict[str, float], keep: set[str], top: int | None, linked: Collection[str] | None = None
) -> set[str]:
    """The ``top`` nodes of highest score (ties by id), ``keep`` always in; with ``linked`` (the
    nodes with an edge), those come before isolated ones (which the page hides by default)."""
    if top is None or len(scores) <= top:
        return set(scores)
    alone = {n for n in scores if linked is not None and n not in linked}
    ranked = sorted(scores, key=lambda n: (n in alone, -scores[n], n))
    chosen = set(ranked[:top])
    for n in keep:
        if n in scores and n not in chosen:
            chosen.discard(next(x for x in reversed(ranked) if x in chosen and x not in keep))
            chosen.add(n)
    return chosen


def _font(rank: int, view: str) -> dict[str, Any]:
    """A node's label font: large for the most central, on a light background so edges do not cross it."""
    font: dict[str, Any] = {"size": layout.font_size(rank, view)}
    if rank <= layout.TOP_LABELS:
        font["background"] = "rgba(255,255,255,0.75)"
    return font


def _whole_trees(t: nx.DiGraph, budget: int, centre: str | None) -> set[str]:
    """Whole trees of ``t``, largest (then deepest) first, while they fit in ``budget`` nodes
    (always the first one, and the centre's)."""
    trees = sorted(
        (sorted(c) for c in nx.weakly_connected_components(t)),
        key=lambda c: (-len(c), -layout.depth(t.subgraph(c).edges()), c[0]),
    )
    chosen: set[str] = set()
    for c in trees:
        if not chosen or len(chosen) + len(c) <= budget or (centre is not None and centre in c):
            chosen.update(c)
    return chosen


def _resolve_centre(g: nx.MultiDiGraph, around: str) -> str:
    try:
        return analytics.find_node(g, around, "Person")
    except InputError:
        try:
            return analytics.find_node(g, around, None)
        except InputError as e:
            raise InputError(around, "no such person or entity in the store", e.fix) from None


def build_network(
    source: analytics.Source,
    *,
    around: str | None = None,
    depth: int = 2,
    view: View = "graph",
    top: int | None = DEFAULT_TOP,
    labels: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    measures: analytics.Measures | None = None,
    pagerank: Mapping[str, float] | None = None,
) -> tuple[Network, dict[str, Any]]:
    """The pyvis Network of a view, and what the page says about it (title, cut, counts).

    Cost: loading plus PageRank on the view (O(m) per iteration; the whole graph view reuses
    the entity view's PageRank of ``measures``, or ``pagerank`` (``analytics.pagerank``), when
    given), and one career lookup per person shown.
    """
    if view not in VIEWS:
        raise InputError(str(view), "unknown view", f"use one of {', '.join(VIEWS)}")
    if depth < 0:
        raise InputError(str(depth), "depth must be 0 or more", "pass --depth 1 or 2")
    g = _filter_dates(analytics.graph_of(source), since, until)
    wanted = set(labels) if labels else None
    if wanted:
        unknown = wanted - set(LABEL_COLORS)
        if unknown:
            raise InputError(", ".join(sorted(unknown)), "unknown label", f"use {', '.join(LABEL_COLORS)}")
    centre = _resolve_centre(g, around) if around else None

    directed = view != "coappearance"
    tree_edges: list[tuple[str, str]] = []
    trees_shown = trees_total = 0
    net = Network(height="100%", width="100%", directed=directed, cdn_resources="in_line")
    if view == "graph":
        base = g if centre is None else analytics.ego(g, centre, depth, label=None)
        shown_labels = wanted or (set(LABEL_COLORS) - {"Article"})
        candidates = [n for n, d in base.nodes(data=True) if d.get("label") in shown_labels or n == centre]
        sub = base.subgraph(candidates)
        known = measures.pagerank if measures is not None else pagerank
        if known is not None and base is g and not wanted and since is None and until is None:
            scores = {n: s for n, s in known.items() if n in sub}  # the same view, ranked already
        elif sub.number_of_edges():
            scores = analytics.pagerank(nx.MultiDiGraph(sub))
        else:
            scores = dict.fromkeys(sub, 0.0)
        for n in sub:
            scores.setdefault(n, 0.0)
        ends = [(u, v) for u, v in sub.edges() if u != v]  # a self-loop alone leaves a node isolated
        connected = {u for u, _ in ends} | {v for _, v in ends}
        chosen = _choose_top(scores, {centre} if centre else set(), top, connected)
        view_graph: nx.Graph = sub.subgraph(chosen)
    elif view == "coappearance":
        p = analytics.coappearance(g)
        if centre is not None:
            if centre not in p:
                raise InputError(around or "", "is not a person", "the co-appearance view centres on a person")
            p = nx.ego_graph(p, centre, radius=depth)
        scores = _pagerank_simple(p)
        chosen = _choose_top(scores, {centre} if centre else set(), top, {n for n in p if p.degree(n)})
        view_graph = p.subgraph(chosen)
    else:
        t = layout.body_tree(g)
        if centre is not None:
            if centre not in t:
                raise InputError(around or "", "has no parent or part body", "try --view graph")
            reach = nx.single_source_shortest_path_length(t.to_undirected(as_view=True), centre, cutoff=depth)
            t = t.subgraph(reach)
        scores = _pagerank_simple(t.to_undirected(), weight="count")
        budget = HIERARCHY_NODES if top == DEFAULT_TOP else (top or len(t))  # --top N: trees up to N bodies
        chosen = _whole_trees(t, budget, centre)
        view_graph = t.subgraph(chosen)
        trees_shown = nx.number_weakly_connected_components(view_graph) if len(view_graph) else 0
        trees_total = nx.number_weakly_connected_components(t) if len(t) else 0
        tree_edges = sorted(view_graph.edges())

    total = len(scores)
    peak = max((scores[n] for n in view_graph), default=0.0) or 1.0
    edges = _edges(view, g, view_graph)
    ranked = sorted(view_graph, key=lambda n: (-scores.get(n, 0.0), n))
    rank = {n: i for i, n in enumerate(ranked, 1)}
    linked = {e["from"] for e in edges} | {e["to"] for e in edges}
    names = {n: str((g.nodes[n] if n in g else view_graph.nodes[n]).get("name", n)) for n in view_graph}
    if view == "hierarchy":
        sizes = {n: round(6 + 6 * (scores.get(n, 0.0) / peak) ** 0.5, 1) for n in view_graph}
    else:
        sizes = {n: round(6 + 18 * (scores.get(n, 0.0) / peak) ** 0.5, 1) for n in view_graph}
    if view == "hierarchy":
        positions = layout.tree_positions(tree_edges, names, rank)
    else:
        positions = layout.spring_positions(
            sorted(n for n in view_graph if n in linked),
            sorted((e["from"], e["to"]) for e in edges if e["from"] != e["to"]),
            names,
            rank,
            view,
            sizes,
        )
    positions.update(layout.grid_positions(sorted(n for n in view_graph if n not in positions), names, positions))
    for n in sorted(view_graph):
        d = g.nodes[n] if n in g else view_graph.nodes[n]
        label = str(d.get("label", ""))
        x, y = positions[n]
        isolated = n not in linked
        net.add_node(
            n,
            label=names[n],
            color=LABEL_COLORS.get(label, "#999999"),
            size=sizes[n],
            title=_node_html(g, n) if n in g else _esc(n),
            kg_label=label,
            kg_rank=rank[n],
            kg_isolated=isolated,
            hidden=isolated,
            x=x,
            y=y,
            font=_font(rank[n], view),
            first=d.get("first_seen"),
            last=d.get("last_seen"),
            borderWidth=4 if n == centre else 1,
        )
    _add_edges(net, edges)

    about = {
        "view": view,
        "centre": display(g, centre) if centre else None,
        "depth": depth if centre else None,
        "shown": view_graph.number_of_nodes(),
        "isolated": sum(1 for n in view_graph if n not in linked),
        "total": total,
        "top": top,
        "since": since,
        "until": until,
        "tree_depth": layout.depth(tree_edges) if view == "hierarchy" else None,
        "trees": (trees_shown, trees_total),
        "labels": sorted({str(view_graph.nodes[n].get("label") or g.nodes[n].get("label")) for n in view_graph}),
    }
    return net, about


def display(g: nx.MultiDiGraph, node: str) -> str:
    return analytics.display(g, node)


def _add_edges(net: Network, edges: list[dict[str, Any]]) -> None:
    """What ``net.add_edge(from, to, **rest)`` does for each edge (both ends must be nodes; an
    undirected pair is added once), by lookups: pyvis scans every node and edge per edge."""
    pairs: set[tuple[str, str]] = set()
    for edge in edges:
        source, to = edge.pop("from"), edge.pop("to")
        for end in (source, to):
            if end not in net.node_map:
                raise ValueError(f"non existent node {end!r}")
        if not net.directed:
            pair = (source, to) if source <= to else (to, source)
            if pair in pairs:
                continue
            pairs.add(pair)
        net.edges.append(Edge(source, to, net.directed, **edge).options)


def _pagerank_simple(h: nx.Graph, weight: str = "weight") -> dict[str, float]:
    """Weighted PageRank of a simple graph (edge counts in ``weight``)."""
    return analytics.weighted_pagerank(h, weight=weight)


def _edges(view: str, g: nx.MultiDiGraph, shown: nx.Graph) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if view == "graph":
        grouped: dict[tuple[str, str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for u, v, d in shown.edges(data=True):
            grouped[(u, v, d["type"], d.get("title") or "")].append(d)
        for (u, v, rtype, title), items in sorted(grouped.items()):
            items.sort(key=lambda x: (x.get("date") or "", x["evidence"].article_id, x["evidence"].start))
            dates = sorted(x["date"] for x in items if x.get("date"))
            statuses = sorted({x["status"] for x in items if x.get("status")})
            head = f"<b>{_esc(rtype)}</b>" + (f" {_esc(title)}" if title else "")
            if statuses:
                head += f" ({_esc(', '.join(statuses))})"
            if dates:
                head += f"<div>{_esc(dates[0])} – {_esc(dates[-1])}</div>"
            out.append(
                {
                    "from": u,
                    "to": v,
                    "label": f"{rtype} {title}".strip() if title else rtype,
                    "title": head + _evidence_html(x["evidence"] for x in items),
                    "value": len(items),
                    "first": dates[0] if dates else None,
                    "last": dates[-1] if dates else None,
                }
            )
    elif view == "coappearance":
        # an undirected edge's (u, v) order follows node iteration order, which follows set order
        # (string hashing) in a subgraph view: name each pair in sorted order, so pages repeat
        pairs = sorted((min(u, v), max(u, v), d) for u, v, d in shown.edges(data=True))
        for u, v, d in pairs:
            why = []
            if d["meetings"]:
                why.append("meetings: " + "、".join(display(g, m) for m in d["meetings"]))
            if d["bodies"]:
                why.append("bodies: " + "、".join(display(g, b) for b in d["bodies"]))
            if d["sentences"]:
                why.append(f"{d['sentences']} shared sentences")
            out.append(
                {
                    "from": u,
                    "to": v,
                    "label": str(d["weight"]),
                    "title": f"<b>{_esc(display(g, u))} – {_esc(display(g, v))}</b>"
                    + "".join(f"<div>{_esc(w)}</div>" for w in why),
                    "value": d["weight"],
                }
            )
    else:
        for parent, child, d in sorted(shown.edges(data=True), key=lambda e: (e[0], e[1])):
            if d["how"] == "PART_OF":
                label = "PART_OF"
                hover = "<b>PART_OF</b>" + _evidence_html(d["evidence"])
            else:
                label = "by name"
                hover = f"<b>part of, by name</b><div>{_esc(d['how'])}</div>"
            out.append({"from": parent, "to": child, "label": label, "title": hover, "value": d.get("count", 1)})
    return out


TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:">
<title>{{ heading }}</title>
<style>{{ vis_css|safe }}</style>
<style>
 html, body { margin: 0; height: 100%; font-family: sans-serif; font-size: 14px; }
 #bar { padding: 6px 10px; border-bottom: 1px solid #ddd; background: #fafafa; }
 #bar h1 { font-size: 16px; margin: 0 0 4px 0; display: inline-block; }
 #cut { color: #555; margin-left: 8px; }
 #controls label { margin-right: 8px; white-space: nowrap; }
 .swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 3px; vertical-align: middle; }
 #main { position: absolute; top: 76px; bottom: 0; left: 0; right: 320px; }
 #details { position: absolute; top: 76px; bottom: 0; right: 0; width: 310px; overflow: auto; padding: 5px; border-left: 1px solid #ddd; }
 #network { width: 100%; height: 100%; }
 div.vis-tooltip { max-width: 420px; white-space: normal; }
 .lbl { color: #777; font-size: 12px; }
 ul { padding-left: 18px; margin: 3px 0; }
</style>
</head>
<body>
<div id="bar">
 <h1>{{ heading }}</h1><span id="cut">{{ cut }}</span>
 <div id="controls">
  {% for label, color in legend %}<label><input type="checkbox" class="label-filter" value="{{ label }}" checked><span class="swatch" style="background: {{ color }}"></span>{{ label }}</label>{% endfor %}
  <label>from <input type="date" id="since" value="{{ since or '' }}"></label>
  <label>to <input type="date" id="until" value="{{ until or '' }}"></label>
  {% if isolated %}<label><input type="checkbox" id="isolated"> {{ isolated }} isolated nodes</label>{% endif %}
  <button id="apply" type="button">filter</button> <span id="count"></span>
 </div>
</div>
<div id="main"><div id="network"></div></div>
<div id="details"><i>Click a node or an edge for its details and evidence.</i></div>
<script>{{ vis_js|safe }}</script>
<script>
"use strict";
var allNodes = {{ nodes|tojson }};
var allEdges = {{ edges|tojson }};
var options = {{ options|tojson }};
function tip(htmlText) { var el = document.createElement("div"); el.innerHTML = htmlText; return el; }
function prepare(items, prefix) { return items.map(function (x, i) { var y = Object.assign({}, x); if (prefix) { y.id = prefix + i; x.id = y.id; } y.html = x.title; if (x.title) { y.title = tip(x.title); } return y; }); }
var nodes = new vis.DataSet(prepare(allNodes));
var edges = new vis.DataSet(prepare(allEdges, "e"));
var network = new vis.Network(document.getElementById("network"), {nodes: nodes, edges: edges}, options);
window.network = network;
// positions come from the page (computed once by kg); nothing moves unless the reader drags it
network.fit({animation: false});
window.kgStabilized = true;
function showDetails(kind, id) {
  var ds = kind === "node" ? nodes : edges;
  var item = ds.get(id);
  document.getElementById("details").innerHTML = item && item.html ? item.html : "";
}
window.showDetails = showDetails;
network.on("click", function (p) {
  if (p.nodes.length) { showDetails("node", p.nodes[0]); } else if (p.edges.length) { showDetails("edge", p.edges[0]); }
});
function overlaps(x, since, until) {
  if (!x.first && !x.last) { return true; }
  return (!since || (x.last || x.first) >= since) && (!until || (x.first || x.last) <= until);
}
// Filters hide and show nodes in place: no node is added, removed or moved, the view stays.
function applyFilter() {
  var since = document.getElementById("since").value, until = document.getElementById("until").value;
  var isolated = document.getElementById("isolated");
  var withIsolated = isolated ? isolated.checked : false;
  var shown = {};
  document.querySelectorAll(".label-filter").forEach(function (b) { shown[b.value] = b.checked; });
  var visible = {}, count = 0;
  var nodeUpdates = allNodes.map(function (n) {
    var ok = shown[n.kg_label] !== false && overlaps(n, since, until) && (withIsolated || !n.kg_isolated);
    if (ok) { visible[n.id] = true; count += 1; }
    return {id: n.id, hidden: !ok};
  });
  var edgeUpdates = allEdges.map(function (e) {
    return {id: e.id, hidden: !(visible[e.from] && visible[e.to] && overlaps(e, since, until))};
  });
  nodes.update(nodeUpdates); edges.update(edgeUpdates);
  document.getElementById("count").textContent = count + " of " + allNodes.length + " nodes shown";
}
window.applyFilter = applyFilter;
document.getElementById("apply").addEventListener("click", applyFilter);
document.querySelectorAll(".label-filter, #isolated").forEach(function (b) { b.addEventListener("change", applyFilter); });
document.getElementById("count").textContent = allNodes.filter(function (n) { return !n.hidden; }).length + " of " + allNodes.length + " nodes shown, " + allEdges.length + " edges";
</script>
</body>
</html>
"""  # noqa: E501
PAGE = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(TEMPLATE)


def _options(n_nodes: int, view: str) -> dict[str, Any]:
    """vis-network options: no physics (positions come with the nodes), labels under 9 px hidden."""
    opts: dict[str, Any] = {
        "nodes": {"shape": "dot", "font": {"size": 13}, "scaling": {"label": {"drawThreshold": 10}}},
        "edges": {
            "font": {"size": 9, "align": "middle"},
            "smooth": False,
            "scaling": {"min": 1, "max": 6, "label": {"enabled": False, "drawThreshold": 10}},
            "color": {"inherit": False, "color": "#bbbbbb"},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n_nodes > 300},
        "physics": {"enabled": False},
        "layout": {"randomSeed": 1, "improvedLayout": False},
    }
    if view != "coappearance":
        opts["edges"]["arrows"] = {"to": {"enabled": True, "scaleFactor": 0.5}}
    return opts


def render_graph_html(net: Network, about: dict[str, Any]) -> str:
    """The page of a built network: inlined vis-network, legend, filters, the size cut stated."""
    nodes, edges, *_ = net.get_network_data()
    view = about["view"]
    heading = {
        "graph": "Knowledge graph",
        "coappearance": "Who appears with whom",
        "hierarchy": "Organization hierarchy",
    }[view]
    if about["centre"]:
        heading += f" around {about['centre']} (depth {about['depth']})"
    if view == "hierarchy" and about["trees"][0] < about["trees"][1]:
        shown_trees, all_trees = about["trees"]
        cut = (
            f"Showing the {shown_trees} largest of {all_trees} trees of bodies "
            f"({about['shown']} of {about['total']} bodies; kg viz --view hierarchy --around NAME for one)."
        )
    elif about["shown"] < about["total"]:
        cut = f"Showing the {about['shown']} most central of {about['total']} nodes (PageRank; --top {about['top']})."
    else:
        cut = f"All {about['total']} nodes."
    if about["since"] or about["until"]:
        cut += f" Relations dated {about['since'] or '…'} to {about['until'] or '…'}."
    legend = [(label, LABEL_COLORS[label]) for label in LABEL_COLORS if label in about["labels"]]
    if about.get("isolated"):
        cut += f" {about['isolated']} nodes without a link here are hidden (tick “isolated nodes” to show them)."
    if about.get("tree_depth") is not None:
        cut += f" Trees up to {about['tree_depth']} levels deep; parents above their parts."
    return PAGE.render(
        heading=heading,
        cut=cut,
        legend=legend,
        since=about["since"],
        until=about["until"],
        nodes=nodes,
        edges=edges,
        isolated=about.get("isolated", 0),
        options=_options(len(nodes), view),
        vis_js=(VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
    )


def write_graph_html(
    graph: analytics.Source,
    path: str | Path,
    *,
    around: str | None = None,
    depth: int = 2,
    view: View = "graph",
    top: int | None = DEFAULT_TOP,
    labels: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Path:
    """Write one offline HTML view of ``graph`` (a MultiDiGraph from load_graph, or a store) to ``path``.

    ``view``: "graph" (entities and relations), "coappearance" (people linked by shared meetings,
    bodies and sentences) or "hierarchy" (PART_OF). ``around``/``depth``: an ego network. ``top``:
    keep the N nodes of highest PageRank (the page says so). ``labels``: node labels to keep.
    ``since``/``until``: ISO dates bounding the relations shown.
    """
    net, about = build_network(
        graph, around=around, depth=depth, view=view, top=top, labels=labels, since=since, until=until
    )
    out = Path(path)
    if out.parent and not out.parent.exists():
        raise InputError(str(out), "folder does not exist", f"create {out.parent} first or pass another -o path")
    out.write_text(render_graph_html(net, about), encoding="utf-8")
    return out
