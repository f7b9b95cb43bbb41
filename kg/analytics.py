"""NetworkX analytics over a stored graph: centrality, communities, co-appearance, paths, careers.

``load_graph`` reads one ``GraphReader`` (a store, or ``MemoryReader`` over extracted graphs) once
into a ``MultiDiGraph``; everything else works on that graph. ``compute`` runs the whole-graph
measures (centrality, communities) once for the report and the views. Costs are stated per
function with n nodes, m edges.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations, pairwise
from typing import Any, Protocol

import networkx as nx

from kg.errors import InputError
from kg.model import Article, ArticleGraph, Entity, EntityMention, Evidence, Relation
from kg.text import sentences as sentence_spans  # the evidence's sentences: one splitter in kg

ARTICLE = "Article"
MEETING_ROLES: tuple[str, ...] = ("PRESIDED", "SPOKE_AT", "ATTENDED")
BETWEENNESS_EXACT_LIMIT = 5_000  # a connected component above this many nodes: k sampled sources
BETWEENNESS_SAMPLES = 500
BETWEENNESS_BLOCK_CELLS = 250_000  # nodes × sources per block of exact betweenness (2 MB a matrix)
LOUVAIN_EDGE_LIMIT = 300_000  # above this many edges communities come from fast label propagation


class GraphReader(Protocol):
    """What ``load_graph`` reads: the read side of a store (SqliteStore implements it)."""

    def articles(self) -> Iterator[Article]: ...

    def entities(self) -> Iterator[Entity]: ...

    def relations(self) -> Iterator[Relation]: ...

    def mentions(self, article_id: str | None = None) -> Iterator[tuple[str, EntityMention]]: ...


Source = GraphReader | nx.MultiDiGraph  # what reports and views take: a reader, or a graph already loaded


class MemoryReader:
    """A GraphReader over extracted article graphs held in memory (no store needed)."""

    def __init__(self, graphs: Iterable[ArticleGraph]) -> None:
        self._graphs = tuple(graphs)

    def articles(self) -> Iterator[Article]:
        return (g.article for g in self._graphs)

    def entities(self) -> Iterator[Entity]:
        entities: dict[str, Entity] = {}
        for g in self._graphs:
            for e in g.entities:
                known = entities.get(e.id)
                aliases = tuple(sorted(set(e.aliases) | set(known.aliases if known else ())))
                held = min((d for d in (e.date, known.date if known else None) if d), default=None)
                entities[e.id] = Entity(e.id, e.label, e.name, aliases, held)
        return iter(entities.values())

    def relations(self) -> Iterator[Relation]:
        return (r for g in self._graphs for r in g.relations)

    def mentions(self, article_id: str | None = None) -> Iterator[tuple[str, EntityMention]]:
        return (
            (g.article.id, m)
            for g in self._graphs
            if article_id is None or g.article.id == article_id
            for m in g.mentions
        )


# -- loading ---------------------------------------------------------------------------------


def article_node(article_id: str) -> str:
    """The node id of an article, as REPORTED / PHOTOGRAPHED relations name it."""
    return f"{ARTICLE}:{article_id}"


def graph_of(source: Source) -> nx.MultiDiGraph:
    """``source`` itself when it is a loaded graph, else ``load_graph(source)``."""
    return source if isinstance(source, nx.MultiDiGraph) else load_graph(source)


def _sentences_naming_people(
    reader: GraphReader, people_at: dict[str, list[tuple[int, str]]]
) -> dict[str, list[tuple[str, int, int, str, tuple[str, ...]]]]:
    """Per article, its sentences naming two or more people: one pass over the articles, each
    text dropped once its sentences are cut."""
    found: dict[str, list[tuple[str, int, int, str, tuple[str, ...]]]] = {}
    for a in reader.articles():
        mentions = people_at.get(a.id)
        if not mentions:
            continue
        spans = sentence_spans(a.text)
        persons: dict[tuple[int, int], set[str]] = defaultdict(set)
        for start, person in mentions:
            for span in spans:
                if span[0] <= start < span[1]:
                    persons[span].add(person)
                    break
        found[a.id] = [
            (a.id, begin, end, a.text[begin:end].strip(), tuple(sorted(people)))
            for (begin, end), people in sorted(persons.items())
            if len(people) >= 2
        ]
    return found


def load_graph(reader: GraphReader) -> nx.MultiDiGraph:
    """The whole store as a ``MultiDiGraph``. O(n + m + mentions).

    Nodes are entity ids with ``label``, ``name``, ``aliases``, ``mentions`` (count), ``articles``
    (ids of articles naming it), ``first_seen``/``last_seen`` (article dates); plus one node
    ``Article:<id>`` per article (``label`` "Article", ``name`` its title, ``date``). Edges are
    relations, one per piece of evidence, with ``type``, ``title``, ``status``, ``date`` and
    ``evidence`` (a kg.model.Evidence). ``graph.graph["sentences"]`` lists, per sentence naming
    two or more people, ``(article_id, start, end, text, person ids)``: the same-sentence signal
    of ``coappearance``.

    Memory: a store hands out a new string per row, so ids, types, dates, rule ids and an
    article's evidence sentences are each held once (``_Shared``): the graph grows with the
    distinct values, not with every row naming them.
    """
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    share = _Shared()
    date_of: dict[str, str | None] = {}
    for a in reader.articles():  # texts are not kept: a second pass reads those naming people
        article_id = share(a.id)
        date = share.maybe(a.date)
        date_of[article_id] = date
        g.add_node(
            share(article_node(article_id)),
            label=ARTICLE,
            name=a.title or article_id,
            article_id=article_id,
            date=date,
            newspaper=share.maybe(a.newspaper),
            page=share.maybe(a.page),
            url=a.url,
            aliases=[],
            mentions=0,
            articles=[article_id],
            first_seen=date,
            last_seen=date,
        )
    for e in reader.entities():
        g.add_node(
            share(e.id),
            label=share(e.label),
            name=e.name,
            aliases=list(e.aliases),
            mentions=0,
            articles=[],
            first_seen=None,
            last_seen=None,
            date=share.maybe(e.date),  # Meeting: the day it was held
        )

    seen_in: dict[str, set[str]] = defaultdict(set)
    people_at: dict[str, list[tuple[int, str]]] = defaultdict(list)  # article -> (start, person) in mention order
    for article_id, m in reader.mentions():
        if m.entity_id not in g:
            continue
        entity, article_id = share(m.entity_id), share(article_id)
        node = g.nodes[entity]
        node["mentions"] += 1
        seen_in[entity].add(article_id)
        if node["label"] == "Person" and article_id in date_of:
            people_at[article_id].append((m.start, entity))
    sentences_of = _sentences_naming_people(reader, people_at)

    sentence_in_article: dict[str, str] = {}  # the current article's evidence sentences, each held once
    article_of_sentences = ""
    for r in reader.relations():
        source, target = share(r.source), share(r.target)
        for node_id in (source, target):
            if node_id not in g:  # a relation to something the store lost: keep it visible
                label, _, name = node_id.partition(":")
                g.add_node(
                    node_id,
                    label=share(label),
                    name=name,
                    aliases=[],
                    mentions=0,
                    articles=[],
                    first_seen=None,
                    last_seen=None,
                )
        ev = r.evidence
        article_id = share(ev.article_id)
        if article_id != article_of_sentences:
            sentence_in_article, article_of_sentences = {}, article_id
        text = sentence_in_article.setdefault(ev.text, ev.text)
        evidence = Evidence(article_id, ev.start, ev.end, text, share(ev.rule), share(ev.model))
        g.add_edge(
            source, target, type=share(r.type), title=share.maybe(r.title), status=share.maybe(r.status),
            date=share.maybe(r.date), evidence=evidence,
        )  # fmt: skip
        seen_in[source].add(article_id)
        if not target.startswith(f"{ARTICLE}:"):
            seen_in[target].add(article_id)

    for node_id, ids in seen_in.items():
        node = g.nodes[node_id]
        node["articles"] = sorted(ids)
        dates = sorted(d for i in ids if (d := date_of.get(i)))
        if dates:
            node["first_seen"], node["last_seen"] = dates[0], dates[-1]

    sentences = [s for article_id in people_at for s in sentences_of.get(article_id, ())]
    g.graph["sentences"] = sentences
    g.graph["articles"] = len(date_of)
    return g


class _Shared:
    """One string object per distinct value: ``share(s)`` is the first string equal to ``s`` seen."""

    def __init__(self) -> None:
        self._held: dict[str, str] = {}

    def __call__(self, value: str) -> str:
        return self._held.setdefault(value, value)

    def maybe(self, value: str | None) -> str | None:
        return None if value is None else self._held.setdefault(value, value)


# -- lookups ---------------------------------------------------------------------------------


def nodes_with_label(g: nx.MultiDiGraph, label: str) -> list[str]:
    """Node ids with ``label``, sorted. O(n)."""
    return sorted(n for n, d in g.nodes(data=True) if d.get("label") == label)


def find_node(g: nx.MultiDiGraph, name: str, label: str | None = "Person") -> str:
    """The node id named ``name`` (by id, name or alias); InputError with close names otherwise. O(n)."""
    if name in g and (label is None or g.nodes[name].get("label") == label):
        return name
    candidates = [(n, d) for n, d in g.nodes(data=True) if label is None or d.get("label") == label]
    for n, d in candidates:
        if d.get("name") == name:
            return n
    for n, d in candidates:
        if name in d.get("aliases", ()):
            return n
    names = sorted({d.get("name", "") for _, d in candidates} - {""})
    close = difflib.get_close_matches(name, names, n=5, cutoff=0.3)
    close += [x for x in names if (name in x or x in name) and x not in close][: 5 - len(close)]
    kind = (label or "entity").lower()
    fix = f"did you mean {', '.join(close)}? " if close else ""
    fix += "run `kg report` to list people" if kind == "person" else "run `kg report` to list what is stored"
    raise InputError(name, f"no such {kind} in the store", fix)


def display(g: nx.MultiDiGraph, node: str) -> str:
    """A node's name for people to read."""
    return str(g.nodes[node].get("name", node)) if node in g else node.partition(":")[2] or node


# -- centrality and structure ------------------------------------------------------------------


def entity_view(g: nx.MultiDiGraph, *, articles: bool = False) -> nx.Graph:
    """An undirected simple graph over entities; ``weight`` counts the relations between two nodes.

    Article nodes (bylines) are left out unless ``articles``. O(n + m).
    """
    h: nx.Graph[str] = nx.Graph()
    for n, d in g.nodes(data=True):
        if articles or d.get("label") != ARTICLE:
            h.add_node(n, **{k: d.get(k) for k in ("label", "name")})
    for u, v, d in g.edges(data=True):
        if u == v or u not in h or v not in h:
            continue
        if h.has_edge(u, v):
            h[u][v]["weight"] += 1
            h[u][v]["types"].add(d["type"])
        else:
            h.add_edge(u, v, weight=1, types={d["type"]})
    return h


def degree_centrality(g: nx.MultiDiGraph) -> dict[str, float]:
    """Degree centrality on the entity view. O(n + m)."""
    return _degree_centrality(entity_view(g))


def _degree_centrality(h: nx.Graph) -> dict[str, float]:
    return nx.degree_centrality(h) if len(h) > 1 else dict.fromkeys(h, 0.0)


def betweenness(g: nx.MultiDiGraph, *, k: int | None = None, seed: int = 42) -> dict[str, float]:
    """Betweenness centrality on the entity view (normalized over the whole view), per connected component.

    Shortest paths never leave a component, so each component is computed on its own: isolated
    nodes and pairs cost nothing (their betweenness is 0), a component of c nodes and e edges costs
    O(c·e). A component above BETWEENNESS_EXACT_LIMIT nodes is estimated from ``k`` sampled sources
    (default BETWEENNESS_SAMPLES; O(k·e)), seeded so runs repeat; ``k`` given samples every
    component larger than k.
    """
    h = entity_view(g)
    return _component_betweenness(h, k=k, seed=seed)


def _component_betweenness(h: nx.Graph, *, k: int | None, seed: int) -> dict[str, float]:
    n = len(h)
    scores = dict.fromkeys(h, 0.0)
    if n <= 2:
        return scores
    scale = 2.0 / ((n - 1) * (n - 2))  # the components' raw pair counts, normalized as nx does for all of h
    for component in sorted(nx.connected_components(h), key=lambda c: (-len(c), min(c))):
        if len(component) <= 2:
            continue
        sub = h.subgraph([x for x in h if x in component])
        sources = k
        if sources is None and len(component) > BETWEENNESS_EXACT_LIMIT:
            sources = BETWEENNESS_SAMPLES
        if sources is not None and sources >= len(component):
            sources = None
        if sources is None:
            raw = _exact_betweenness(sub)
        else:
            raw = nx.betweenness_centrality(sub, k=sources, normalized=False, seed=seed)
        for node, value in raw.items():
            scores[node] = value * scale
    return scores


def _exact_betweenness(h: nx.Graph) -> dict[str, float]:
    """``nx.betweenness_centrality(h, normalized=False)`` of a connected graph (equal within float
    rounding: the sums run in another order) as Brandes' algorithm over all sources at once, level
    by level, as sparse matrix products: the same O(c·e) work for c nodes and e edges, in numpy and
    scipy instead of Python loops. Sources go in blocks of at most BETWEENNESS_BLOCK_CELLS cells."""
    import numpy as np
    from scipy.sparse import csr_array

    nodes = list(h)
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    pairs = [(index[u], index[v]) for u, v in h.edges() if u != v]  # a self-loop is on no shortest path
    ends = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    rows, cols = np.concatenate([ends[:, 0], ends[:, 1]]), np.concatenate([ends[:, 1], ends[:, 0]])
    adjacency = csr_array((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    total = np.zeros(n)
    block = max(1, min(n, BETWEENNESS_BLOCK_CELLS // n))
    for first in range(0, n, block):
        sources = np.arange(first, min(n, first + block))
        columns = np.arange(len(sources))
        sigma = np.zeros((n, len(sources)))  # a column per source, a row per node: shortest paths counted
        sigma[sources, columns] = 1.0
        unseen = np.ones_like(sigma)  # 1 where the column's source has not reached the row yet
        unseen[sources, columns] = 0.0
        frontier = sigma.copy()  # sigma of the last level found, 0 elsewhere
        levels = [frontier > 0]
        while True:  # breadth-first, one level for every source at once
            frontier = (adjacency @ frontier) * unseen
            found = frontier > 0
            if not found.any():
                break
            sigma += frontier
            unseen[found] = 0.0
            levels.append(found)
        inverse = np.divide(1.0, sigma, out=np.zeros_like(sigma), where=sigma > 0)
        delta = np.zeros_like(sigma)
        for level in range(len(levels) - 1, 0, -1):  # dependencies from the farthest level back
            coeff = (1.0 + delta) * inverse * levels[level]
            delta += (sigma * levels[level - 1]) * (adjacency @ coeff)
        delta[sources, columns] = 0.0  # a source is no intermediate of its own paths
        total += delta.sum(axis=1)
    return {node: float(total[i]) * 0.5 for i, node in enumerate(nodes)}  # each unordered pair counted once, as nx


def pagerank(g: nx.MultiDiGraph, *, alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 200) -> dict[str, float]:
    """PageRank on the undirected, weighted entity view (networkx, sparse power iteration: O(m) per step)."""
    return weighted_pagerank(entity_view(g), alpha=alpha, tol=tol, max_iter=max_iter)


def weighted_pagerank(
    h: nx.Graph, *, weight: str = "weight", alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 200
) -> dict[str, float]:
    """PageRank of a simple undirected graph whose edges carry a count in ``weight`` (1 when absent):
    the ranking of the multigraph with that many parallel edges, without building it. O(m) per step."""
    if len(h) == 0:
        return {}
    return nx.pagerank(h, alpha=alpha, tol=tol, max_iter=max_iter, weight=weight)


@dataclass(frozen=True)
class Ranked:
    """One node's centrality scores."""

    node: str
    name: str
    label: str
    degree: int
    degree_centrality: float
    betweenness: float
    pagerank: float


def centrality(g: nx.MultiDiGraph, *, label: str | None = None, top: int | None = None) -> list[Ranked]:
    """Degree, betweenness and PageRank per node, best PageRank first. Cost of ``betweenness``."""
    return _centrality(entity_view(g), label=label, top=top)


def _centrality(h: nx.Graph, *, label: str | None = None, top: int | None = None) -> list[Ranked]:
    dc = _degree_centrality(h)
    bc = _component_betweenness(h, k=None, seed=42)
    pr = weighted_pagerank(h)
    rows = [
        Ranked(
            n,
            str(d.get("name", n)),
            str(d.get("label", "")),
            h.degree(n),
            dc.get(n, 0.0),
            bc.get(n, 0.0),
            pr.get(n, 0.0),
        )
        for n, d in h.nodes(data=True)
        if label is None or d.get("label") == label
    ]
    rows.sort(key=lambda r: (-r.pagerank, -r.degree, r.name))
    return rows[:top] if top else rows


@dataclass(frozen=True)
class Measures:
    """The whole-graph measures the report and the views share, computed once by ``measure``."""

    ranked: tuple[Ranked, ...]  # every entity, best PageRank first
    communities: tuple[frozenset[str], ...]  # largest first

    @property
    def pagerank(self) -> dict[str, float]:
        return {r.node: r.pagerank for r in self.ranked}


def measure(g: nx.MultiDiGraph) -> Measures:
    """Centrality and communities of the entity view. Cost of ``centrality`` plus ``communities``."""
    h = entity_view(g)  # built once for both
    return Measures(tuple(_centrality(h)), tuple(frozenset(c) for c in communities(h)))


def communities(g: nx.MultiDiGraph | nx.Graph, *, seed: int = 42, resolution: float = 1.0) -> list[set[str]]:
    """Communities of the entity view (or of a given simple graph), largest first.

    Louvain (seeded) up to LOUVAIN_EDGE_LIMIT edges: O(m) per pass, a few passes on graphs with
    community structure, but many on structureless ones (see benchmarks/run.py). Above the
    limit, fast label propagation (seeded, near-linear; ``resolution`` does not apply).
    """
    h = g if isinstance(g, nx.Graph) and not g.is_multigraph() else entity_view(g)  # type: ignore[arg-type]
    if h.number_of_edges() == 0:
        return [{n} for n in sorted(h)]
    if h.number_of_edges() > LOUVAIN_EDGE_LIMIT:
        found = list(nx.community.fast_label_propagation_communities(h, weight="weight", seed=seed))
    else:
        found = nx.community.louvain_communities(h, weight="weight", seed=seed, resolution=resolution)
    return sorted(found, key=lambda c: (-len(c), min(c)))


def k_core(g: nx.MultiDiGraph, k: int | None = None) -> nx.Graph:
    """The k-core of the entity view (the main core when ``k`` is None). O(n + m)."""
    h = entity_view(g)
    h.remove_edges_from(nx.selfloop_edges(h))
    return nx.k_core(h, k=k)


def core_numbers(g: nx.MultiDiGraph) -> dict[str, int]:
    """Each node's core number in the entity view. O(n + m)."""
    h = entity_view(g)
    h.remove_edges_from(nx.selfloop_edges(h))
    return nx.core_number(h)


# -- people ------------------------------------------------------------------------------------


def coappearance(g: nx.MultiDiGraph) -> nx.Graph:
    """The person–person projection: two people are linked when they appear at the same meeting,
    hold posts in the same body, or are named in the same sentence.

    Edge ``weight`` = meetings + bodies + sentences shared; ``meetings``/``bodies`` hold the shared
    node ids, ``sentences`` the shared sentence count. Cost: sum over meetings and bodies of
    (people there)², plus the sentences listed by ``load_graph``.
    """
    p: nx.Graph[str] = nx.Graph()
    for n in nodes_with_label(g, "Person"):
        p.add_node(n, label="Person", name=g.nodes[n].get("name", n))
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for u, v, d in g.edges(data=True):
        if u not in p:
            continue
        if d["type"] in MEETING_ROLES:
            groups[("meetings", v)].add(u)
        elif d["type"] == "HOLDS_POSITION":
            groups[("bodies", v)].add(u)

    def link(a: str, b: str) -> dict[str, Any]:
        if not p.has_edge(a, b):
            p.add_edge(a, b, weight=0, meetings=[], bodies=[], sentences=0)
        return p[a][b]

    for (kind, where), people in sorted(groups.items()):
        for a, b in combinations(sorted(people), 2):
            e = link(a, b)
            e[kind].append(where)
            e["weight"] += 1
    for _article, _s, _e, _text, people in g.graph.get("sentences", ()):
        for a, b in combinations(sorted(x for x in people if x in p), 2):
            e = link(a, b)
            e["sentences"] += 1
            e["weight"] += 1
    return p


def ego(g: nx.MultiDiGraph, name: str, depth: int = 2, *, label: str | None = None) -> nx.MultiDiGraph:
    """The subgraph within ``depth`` hops of ``name`` (either direction, Article nodes skipped as
    stepping stones). O(nodes and edges within reach)."""
    centre = find_node(g, name, label)
    undirected = g.to_undirected(as_view=True)
    reach = {centre: 0}
    frontier = [centre]
    for hop in range(1, depth + 1):
        nxt = []
        for n in frontier:
            if n != centre and g.nodes[n].get("label") == ARTICLE:
                continue
            for m in undirected.neighbors(n):
                if m not in reach:
                    reach[m] = hop
                    nxt.append(m)
        frontier = nxt
    sub = g.subgraph(reach).copy()
    for n, hop in reach.items():
        sub.nodes[n]["hops"] = hop
    sub.graph["centre"] = centre
    sub.graph["depth"] = depth
    sub.graph["sentences"] = [s for s in g.graph.get("sentences", ()) if set(s[4]) & set(reach)]
    return sub


@dataclass(frozen=True)
class Step:
    """One hop of a path: from ``source`` to ``target`` by a relation of ``type``."""

    source: str
    target: str
    type: str
    title: str | None
    evidence: Evidence | None


def shortest_path(g: nx.MultiDiGraph, a: str, b: str) -> list[Step]:
    """The shortest chain of relations between two people (any direction, not through articles).

    Empty when they are not connected. Breadth-first: O(n + m).
    """
    src, dst = find_node(g, a), find_node(g, b)
    h = entity_view(g)
    try:
        nodes = nx.shortest_path(h, src, dst)
    except nx.NetworkXNoPath:
        return []
    steps = []
    for u, v in pairwise(nodes):
        data = g.get_edge_data(u, v) or g.get_edge_data(v, u) or {}
        first = next(iter(data.values()), {})
        steps.append(Step(u, v, first.get("type", ""), first.get("title"), first.get("evidence")))
    return steps


def hierarchy(g: nx.MultiDiGraph) -> nx.DiGraph:
    """The PART_OF tree: an edge child → parent per PART_OF relation (Organizations and Initiatives).

    ``count`` on each edge is the number of evidence sentences. O(m).
    """
    t: nx.DiGraph[str] = nx.DiGraph()
    for u, v, d in g.edges(data=True):
        if d["type"] != "PART_OF":
            continue
        for n in (u, v):
            t.add_node(n, label=g.nodes[n].get("label"), name=g.nodes[n].get("name", n))
        if t.has_edge(u, v):
            t[u][v]["count"] += 1
        else:
            t.add_edge(u, v, count=1, evidence=d.get("evidence"))
    return t


@dataclass(frozen=True)
class Post:
    """One post of a career: a (title, organization, status) seen between two article dates."""

    person: str
    title: str
    organization: str  # the organization's name
    organization_id: str
    status: str
    first_seen: str | None
    last_seen: str | None
    evidence: tuple[Evidence, ...]


# Statuses of a post that had ended by the article's date: 时任/原/曾任 (former), 免去, 辞去.
ENDED_STATUSES = ("former", "removed", "resigned")


def career(source: Source, person_name: str) -> list[Post]:
    """A person's posts: HOLDS_POSITION relations grouped by (title, organization, status), each with
    the first and last article date it was seen and every evidence sentence; ordered by first date.

    O(degree of the person) once the graph is loaded.
    """
    g = graph_of(source)
    person = find_node(g, person_name)
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for _, target, d in g.out_edges(person, data=True):
        if d["type"] == "HOLDS_POSITION":
            grouped[(d.get("title") or "", target, d.get("status") or "held")].append(d)
    posts = []
    for (title, org, status), edges in grouped.items():
        dates = sorted(d["date"] for d in edges if d.get("date"))
        evidence = tuple(sorted({d["evidence"] for d in edges}, key=lambda e: (e.article_id, e.start)))
        posts.append(
            Post(
                display(g, person),
                title,
                display(g, org),
                org,
                status,
                dates[0] if dates else None,
                dates[-1] if dates else None,
                evidence,
            )
        )
    # by the dates posts were true: one the text says was held before (时任, 免去) ahead of the posts
    # first seen on the same day
    posts.sort(
        key=lambda p: (
            p.first_seen or "9999",
            p.status not in ENDED_STATUSES,
            p.last_seen or "9999",
            p.title,
            p.organization,
        )
    )
    return posts


@dataclass(frozen=True)
class Role:
    """A person's role at a meeting."""

    meeting: str
    meeting_id: str
    role: str  # PRESIDED, SPOKE_AT or ATTENDED
    date: str | None
    evidence: Evidence


def meeting_roles(g: nx.MultiDiGraph, person: str) -> list[Role]:
    """The meetings a person presided, spoke at or attended, by date. O(degree)."""
    roles = {
        (v, d["type"], d["evidence"].article_id): Role(display(g, v), v, d["type"], d.get("date"), d["evidence"])
        for _, v, d in g.out_edges(person, data=True)
        if d["type"] in MEETING_ROLES
    }
    return sorted(roles.values(), key=lambda r: (r.date or "9999", r.meeting, MEETING_ROLES.index(r.role)))


def seen_with(g: nx.MultiDiGraph, person: str, top: int = 15) -> list[tuple[str, int]]:
    """The people most often appearing with ``person`` in the co-appearance projection: (name, weight)."""
    p = coappearance(g)
    if person not in p:
        return []
    rows = [(display(g, other), int(d["weight"])) for other, d in p[person].items()]
    rows.sort(key=lambda r: (-r[1], r[0]))
    return rows[:top]


def label_counts(g: nx.MultiDiGraph) -> Counter[str]:
    """Nodes per label. O(n)."""
    return Counter(str(d.get("label")) for _, d in g.nodes(data=True))


def relation_counts(g: nx.MultiDiGraph) -> Counter[str]:
    """Edges per relation type. O(m)."""
    return Counter(str(d.get("type")) for _, _, d in g.edges(data=True))
