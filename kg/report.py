"""Analyst reports over a store: the overview, a person's dossier and a person's timeline.

Each report is built once as a list of sections (tables and quotes), then rendered as text, Markdown,
HTML (escaped; charts as inline SVG; no outside resources) or JSON. This module returns strings;
kg/outputs.py writes files.
"""

from __future__ import annotations

import html
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg import analytics
from kg.errors import InputError
from kg.resolve import conflicts_in_posts

FORMATS: tuple[str, ...] = ("text", "md", "html", "json")
TOP = 15
MAX_ROWS = 500  # rows per table in a report; the cut is stated under the table


@dataclass(frozen=True)
class Table:
    """A titled table; ``note`` says what was cut or how it was computed."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    note: str = ""


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart (HTML only; the other formats show its table)."""

    title: str
    bars: tuple[tuple[str, float], ...]
    unit: str = ""


@dataclass(frozen=True)
class Timeline(Chart):
    """Bars over time (HTML only): ``spans`` are (label, first ISO date, last ISO date); ``bars``
    hold each span's length in days for the other formats."""

    spans: tuple[tuple[str, str, str], ...] = ()


@dataclass
class Report:
    title: str
    summary: list[str] = field(default_factory=list)
    sections: list[Table | Chart] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)

    def table(self, title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], note: str = "") -> None:
        kept = [tuple(r) for r in rows]
        if len(kept) > MAX_ROWS:
            note = (note + " " if note else "") + f"First {MAX_ROWS} of {len(kept)} rows."
            kept = kept[:MAX_ROWS]
        self.sections.append(Table(title, tuple(columns), tuple(kept), note))


# -- building ----------------------------------------------------------------------------------


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InputError(fmt, "unknown report format", f"use one of {', '.join(FORMATS)}")


def _names(g: nx.MultiDiGraph, nodes: Sequence[str]) -> str:
    return "、".join(analytics.display(g, n) for n in nodes)


def _fmt_score(x: float) -> str:
    return f"{x:.4f}"


def build_report(
    source: analytics.Source, views: Sequence[str] = ("graph.html",), measures: analytics.Measures | None = None
) -> Report:
    """The overview report. Cost: load_graph + ``analytics.measure`` (skipped when ``measures`` of
    this graph are given; betweenness per component, sampled above 5,000 nodes)."""
    g = analytics.graph_of(source)
    measures = measures or analytics.measure(g)
    counts = analytics.label_counts(g)
    rel_counts = analytics.relation_counts(g)
    r = Report("Knowledge graph report")
    entity_counts = sorted(((k, v) for k, v in counts.items() if k != analytics.ARTICLE), key=lambda x: (-x[1], x[0]))
    r.summary.append(
        f"{g.graph.get('articles', counts.get(analytics.ARTICLE, 0))} articles, "
        f"{sum(v for _, v in entity_counts)} entities, {sum(rel_counts.values())} relations."
    )  # the same figures as the two tables below, which add up to them
    r.table("Entities by label", ("label", "count"), entity_counts)
    r.table("Relations by type", ("type", "count"), rel_counts.most_common())

    ranked = measures.ranked
    people = [x for x in ranked if x.label == "Person"][:TOP]
    bodies = [x for x in ranked if x.label == "Organization"][:TOP]
    cols = ("name", "degree", "PageRank", "betweenness")
    r.sections.append(Chart("Most central officials (PageRank)", tuple((p.name, p.pagerank) for p in people)))
    r.table(
        "Most connected people",
        cols,
        [(p.name, p.degree, _fmt_score(p.pagerank), _fmt_score(p.betweenness)) for p in people],
        "Centrality on the entity graph, bylines excluded.",
    )
    r.table(
        "Most connected bodies",
        cols,
        [(b.name, b.degree, _fmt_score(b.pagerank), _fmt_score(b.betweenness)) for b in bodies],
    )

    positions = []
    per_year: Counter[str] = Counter()
    for person in analytics.nodes_with_label(g, "Person"):
        for p in analytics.career(g, person):
            positions.append((p.person, p.title, p.organization, p.status, p.first_seen or "", p.last_seen or ""))
            for ev_date in {(p.first_seen or "")[:4], (p.last_seen or "")[:4]} - {""}:
                per_year[ev_date] += 1
    positions.sort(key=lambda x: (x[0], x[4], x[1]))
    r.table("Positions", ("person", "title", "body", "status", "first seen", "last seen"), positions)
    posts = [
        (u, analytics.display(g, v), d["evidence"].article_id)
        for u, v, d in g.edges(data=True)
        if d["type"] == "HOLDS_POSITION" and d.get("evidence") is not None
    ]
    r.table(
        "Same name, different places",
        ("person", "level", "places", "articles"),
        [
            (analytics.display(g, c.person), c.level, "、".join(c.places), ", ".join(c.articles))
            for c in conflicts_in_posts(posts)
        ],
        "Posts at bodies of different places: possibly two people of one name. Kept as one entity; check the articles.",
    )
    r.table(
        "One name, several people",
        ("person", "id", "bodies", "articles"),
        _namesake_rows(g),
        "Split by kg.people: posts in places that conflict, or at levels no career joins. Check the articles.",
    )
    r.sections.append(Chart("Posts seen per year", tuple(sorted(per_year.items())), "posts"))

    meetings = []
    for m in analytics.nodes_with_label(g, "Meeting"):
        roles: dict[str, list[str]] = defaultdict(list)
        for u, _, d in g.in_edges(m, data=True):
            if u not in roles[d["type"]]:
                roles[d["type"]].append(u)
        meetings.append(
            (
                analytics.display(g, m),
                g.nodes[m].get("date") or g.nodes[m].get("first_seen") or "",  # the day held, else first reported
                _names(g, roles["ORGANIZED"]),
                _names(g, roles["PRESIDED"]),
                _names(g, roles["SPOKE_AT"]),
                _names(g, roles["ATTENDED"]),
            )
        )
    meetings.sort(key=lambda x: (x[1], x[0]))
    r.table("Meetings", ("meeting", "date", "organized by", "presided", "spoke", "attended"), meetings)

    programs = []
    for i in analytics.nodes_with_label(g, "Initiative"):
        runners = sorted({u for u, _, d in g.in_edges(i, data=True) if d["type"] == "RUNS"})
        parts = {u for u, _, d in g.in_edges(i, data=True) if d["type"] == "PARTICIPATED_IN"}
        programs.append((analytics.display(g, i), _names(g, runners), len(parts), g.nodes[i].get("mentions", 0)))
    programs.sort(key=lambda x: (-x[3], x[0]))
    r.table("Programs", ("program", "run by", "participants", "mentions"), programs)

    pr = measures.pagerank
    rows = []
    for n, c in enumerate(measures.communities[:10], 1):
        best = sorted(c, key=lambda x: (-pr.get(x, 0), x))[:6]
        rows.append((n, len(c), _names(g, best)))
    r.table("Communities", ("#", "size", "most central members"), rows, "Louvain, seed 42; the 10 largest.")
    r.links = [(v, v) for v in views]
    return r


def _person(source: analytics.Source, name: str) -> tuple[nx.MultiDiGraph, str]:
    g = analytics.graph_of(source)
    return g, analytics.find_node(g, name, "Person")


def build_dossier(source: analytics.Source, name: str) -> Report:
    """One person: posts with dates and status, meetings and roles, people seen with, programs,
    evidence quotes. Cost: load_graph + the co-appearance projection."""
    g, node = _person(source, name)
    d = g.nodes[node]
    r = Report(f"Dossier: {d['name']}")
    seen = " – ".join(x for x in (d.get("first_seen"), d.get("last_seen")) if x)
    r.summary.append(
        f"{d.get('mentions', 0)} mentions in {len(d.get('articles', ()))} articles"
        + (f", {seen}" if seen else "")
        + "."
    )
    if d.get("aliases"):
        r.summary.append("Also written: " + "、".join(d["aliases"]) + ".")
    posts = analytics.career(g, node)
    r.table(
        "Posts",
        ("title", "body", "status", "first seen", "last seen", "evidence"),
        [(p.title, p.organization, p.status, p.first_seen or "", p.last_seen or "", len(p.evidence)) for p in posts],
    )
    spans = tuple(
        (f"{p.title} · {p.organization}" + (f" ({p.status})" if p.status != "held" else ""), p.first_seen, p.last_seen)
        for p in posts
        if p.first_seen and p.last_seen
    )
    if spans:
        days = tuple((label, float(_days(first, last))) for label, first, last in spans)
        r.sections.append(Timeline("Career timeline", days, "days", spans))
    roles = analytics.meeting_roles(g, node)
    r.table(
        "Meetings",
        ("date", "meeting", "role", "article"),
        [(x.date or "", x.meeting, x.role, x.evidence.article_id) for x in roles],
    )
    r.table("Seen with", ("person", "weight"), analytics.seen_with(g, node), "Shared meetings, bodies and sentences.")
    bodies = {p.organization_id for p in posts}
    programs = set()
    for _, v, e in g.out_edges(node, data=True):
        if e["type"] == "PARTICIPATED_IN":
            programs.add((analytics.display(g, v), "participated"))
    for b in bodies:
        for _, v, e in g.out_edges(b, data=True):
            if e["type"] == "RUNS":
                programs.add((analytics.display(g, v), f"run by {analytics.display(g, b)}"))
    r.table("Programs", ("program", "link"), sorted(programs))
    quotes: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for _, _, e in [*g.out_edges(node, data=True), *g.in_edges(node, data=True)]:
        quotes[(e.get("date") or "", e["evidence"].article_id, e["evidence"].text.strip())].add(e["type"])
    r.table(
        "Evidence",
        ("date", "article", "relations", "sentence"),
        [(dt, a, ", ".join(sorted(types)), f"“{text}”") for (dt, a, text), types in sorted(quotes.items())],
    )
    return r


def build_timeline(source: analytics.Source, name: str) -> Report:
    """One person's dated events (posts first and last seen, meeting roles), oldest first."""
    g, node = _person(source, name)
    events = []
    for p in analytics.career(g, node):
        what = f"{p.title} · {p.organization} ({p.status})"
        ev = p.evidence[0]
        if p.status in analytics.ENDED_STATUSES:  # 时任, 免去: true before the article that says so
            kind = "past post mentioned" if p.status == "former" else "post held before"
            events.append((p.first_seen or "", kind, what, ev.article_id))
            continue
        events.append((p.first_seen or "", "post first seen", what, ev.article_id))
        if p.last_seen and p.last_seen != p.first_seen:
            events.append((p.last_seen, "post last seen", what, p.evidence[-1].article_id))
    for x in analytics.meeting_roles(g, node):
        events.append((x.date or "", x.role, x.meeting, x.evidence.article_id))
    events.sort(key=lambda e: (e[0] or "9999", e[1] not in ("past post mentioned", "post held before"), e[1], e[2]))
    r = Report(f"Timeline: {g.nodes[node]['name']}")
    r.table("Events", ("date", "event", "what", "article"), events)
    return r


# -- rendering ---------------------------------------------------------------------------------


def _cell(x: Any) -> str:
    return str(x).replace("\n", " ")


def _text(r: Report) -> str:
    out = [r.title, "=" * len(r.title), *r.summary, ""]
    for s in r.sections:
        if isinstance(s, Chart):
            continue
        out += [s.title, "-" * len(s.title)]
        if not s.rows:
            out += ["(none)", ""]
            continue
        cells = [list(s.columns)] + [[_cell(c) for c in row] for row in s.rows]
        widths = [max(_width(row[i]) for row in cells) for i in range(len(s.columns))]
        for row in cells:
            out.append("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)).rstrip())
        if s.note:
            out.append(s.note)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _width(s: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*[]|"})  # links, code, emphasis, table cells


def _md_escape(x: Any) -> str:
    """Text safe in Markdown: no raw HTML, no links or emphasis from names, no table breaks."""
    return html.escape(_cell(x), quote=False).translate(_MD_SPECIAL)


def _md(r: Report) -> str:
    out = [f"# {_md_escape(r.title)}", "", *(_md_escape(x) for x in r.summary), ""]
    for s in r.sections:
        if isinstance(s, Chart):
            continue
        out += [f"## {s.title}", ""]
        if not s.rows:
            out += ["(none)", ""]
            continue
        out.append("| " + " | ".join(s.columns) + " |")
        out.append("|" + "---|" * len(s.columns))
        out += ["| " + " | ".join(_md_escape(c) for c in row) + " |" for row in s.rows]
        if s.note:
            out += ["", f"_{s.note}_"]
        out.append("")
    if r.links:
        out += ["## Views", ""] + [f"- [{label}]({href})" for label, href in r.links] + [""]
    return "\n".join(out).rstrip() + "\n"


def _days(first: str, last: str) -> int:
    from datetime import date

    return (date.fromisoformat(last) - date.fromisoformat(first)).days


def _svg_timeline(chart: Timeline) -> str:
    """Posts as bars on a time axis with a tick per year; a post seen on one day is a short bar."""
    from datetime import date

    bar_h, gap, label_w, plot_w = 16, 6, 300, 560
    start = date.fromisoformat(min(first for _, first, _ in chart.spans))
    end = date.fromisoformat(max(last for _, _, last in chart.spans))
    start, end = date(start.year, 1, 1), date(end.year + 1, 1, 1)
    span = (end - start).days or 1

    def x(day: str) -> float:
        return label_w + plot_w * (date.fromisoformat(day) - start).days / span

    height = len(chart.spans) * (bar_h + gap) + gap + 20
    e = html.escape
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + plot_w + 20}" height="{height}" '
        f'role="img" aria-label="{e(chart.title)}">'
    ]
    bottom = height - 20
    for year in range(start.year, end.year + 1):
        tx = x(f"{year:04d}-01-01")
        parts.append(
            f'<line x1="{tx:.1f}" y1="0" x2="{tx:.1f}" y2="{bottom}" stroke="#ddd"/>'
            f'<text x="{tx:.1f}" y="{bottom + 14}" font-size="11" text-anchor="middle">{year}</text>'
        )
    for i, (label, first, last) in enumerate(chart.spans):
        y = gap + i * (bar_h + gap)
        x0 = x(first)
        w = max(4.0, x(last) - x0)
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 12}" text-anchor="end" font-size="12">{e(label)}</text>'
            f'<rect x="{x0:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="#e4572e"><title>'
            f"{e(label)}: {e(first)} – {e(last)}</title></rect>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _svg(chart: Chart) -> str:
    if isinstance(chart, Timeline):
        return _svg_timeline(chart)
    if not chart.bars:
        return "<p>(no data)</p>"
    bar_h, gap, label_w, plot_w = 18, 6, 190, 420
    peak = max(v for _, v in chart.bars) or 1.0
    height = len(chart.bars) * (bar_h + gap) + gap
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + plot_w + 80}" height="{height}" '
        f'role="img" aria-label="{html.escape(chart.title)}">'
    ]
    for i, (label, value) in enumerate(chart.bars):
        y = gap + i * (bar_h + gap)
        w = max(1.0, plot_w * value / peak)
        shown = f"{value:.4f}" if isinstance(value, float) and value < 1 else f"{value:g}"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end" font-size="12">{html.escape(str(label))}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="#2e86ab"><title>'
            f"{html.escape(str(label))}: {html.escape(shown)}</title></rect>"
            f'<text x="{label_w + w + 4:.1f}" y="{y + 13}" font-size="11">{html.escape(shown)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _html(r: Report) -> str:
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        'img-src data:">',
        f"<title>{e(r.title)}</title>",
        "<style>body{font-family:sans-serif;margin:20px;max-width:1100px}table{border-collapse:collapse;"
        "margin-bottom:6px}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}"
        "th{background:#f3f3f3}.note{color:#666;font-size:90%}</style></head><body>",
        f"<h1>{e(r.title)}</h1>",
    ]
    out += [f"<p>{e(s)}</p>" for s in r.summary]
    if r.links:
        out.append("<p>Views: " + " · ".join(f'<a href="{e(h)}">{e(t)}</a>' for t, h in r.links) + "</p>")
    for s in r.sections:
        if isinstance(s, Chart):
            out += [f'<h2>{e(s.title)}</h2><div class="chart">', _svg(s), "</div>"]
            continue
        out.append(f"<h2>{e(s.title)}</h2>")
        if not s.rows:
            out.append("<p>(none)</p>")
            continue
        out.append("<table><tr>" + "".join(f"<th>{e(c)}</th>" for c in s.columns) + "</tr>")
        out += ["<tr>" + "".join(f"<td>{e(_cell(c))}</td>" for c in row) + "</tr>" for row in s.rows]
        out.append("</table>")
        if s.note:
            out.append(f'<p class="note">{e(s.note)}</p>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _json(r: Report) -> str:
    data: dict[str, Any] = {"title": r.title, "summary": r.summary, "sections": {}}
    for s in r.sections:
        if isinstance(s, Chart):
            data["sections"][s.title] = [{"label": k, "value": v} for k, v in s.bars]
        else:
            data["sections"][s.title] = [dict(zip(s.columns, row, strict=True)) for row in s.rows]
    if r.links:
        data["views"] = [h for _, h in r.links]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


RENDERERS = {"text": _text, "md": _md, "html": _html, "json": _json}


def render(report: Report, format: str = "text") -> str:
    """A built report in one of FORMATS."""
    _check_format(format)
    return RENDERERS[format](report)


def render_report(
    source: analytics.Source,
    format: str = "text",
    *,
    views: Sequence[str] = ("graph.html",),
    measures: analytics.Measures | None = None,
) -> str:
    """The overview: counts by label, most connected people and bodies, positions, meetings with roles,
    programs and who runs them, communities; HTML adds inline-SVG charts and links to ``views``."""
    _check_format(format)
    return render(build_report(source, views, measures), format)


def render_dossier(source: analytics.Source, name: str, format: str = "text") -> str:
    """One person's dossier; an unknown name raises InputError that suggests close names."""
    _check_format(format)
    return render(build_dossier(source, name), format)


def render_timeline(source: analytics.Source, name: str, format: str = "text") -> str:
    """One person's dated events, oldest first."""
    _check_format(format)
    return render(build_timeline(source, name), format)


def career_timeline_svg(source: analytics.Source, name: str) -> str:
    """One person's posts as bars over time, as an inline SVG (empty text when no post is dated)."""
    section = next((s for s in build_dossier(source, name).sections if isinstance(s, Timeline)), None)
    return _svg_timeline(section) if section is not None else ""


def _namesake_rows(g: nx.MultiDiGraph) -> list[tuple[str, str, str, str]]:
    """(name, id, bodies, articles) of every person whose name another person id shares."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for person in analytics.nodes_with_label(g, "Person"):
        by_name[g.nodes[person].get("name", person)].append(person)
    rows = []
    for name, pids in sorted(by_name.items()):
        for pid in sorted(pids) if len(pids) > 1 else ():
            posts = {
                analytics.display(g, v) for _, v, d in g.out_edges(pid, data=True) if d["type"] == "HOLDS_POSITION"
            }
            rows.append((name, pid, "、".join(sorted(posts)), ", ".join(sorted(g.nodes[pid].get("articles") or []))))
    return rows
