"""Leadership of a body at a date, and what changed in leaderships, from dated HOLDS_POSITION evidence.

A *post* is one person holding one title at one body; it is seen on the dates of the articles
that say so, each time with a status (held, appointed, acting, removed, resigned, former).
A post is *in force* at a date when it was seen on or before that date and has not ended by
then. A post ends when the news says so (removed 免去, resigned 辞去, former 原/时任/曾任) or
when another person is seen later with the same single-holder title at the same body (a
successor: 书记, 市长, 主任 … but not 副市长 or 常委, which several people hold at once).
A person seen later in another leading post has *moved* (a change), but the old post is not
ended by that alone: concurrent posts (书记 and 人大常委会主任) are common.

Protocol order: title rank first (chief, deputy, other), then the order the news lists the
members (their mean relative position in the articles naming two or more of them), then name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

import networkx as nx

from kg import analytics
from kg.errors import InputError
from kg.model import Evidence

ENDING_STATUSES: tuple[str, ...] = ("removed", "resigned", "former")
IN_FORCE_STATUSES: tuple[str, ...] = ("held", "appointed", "acting")
CHIEF_TITLE = re.compile(
    r"(书记|[市县区省州旗乡镇]长|主任|主席|检察长|部长|局长|厅长|院长|校长|社长|董事长|总经理|行长|署长|总理)$"
)
NOT_SINGLE = re.compile(r"副|常委|委员|成员|助理|调研员|巡视员|秘书长|党组成员")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def single_holder(title: str) -> bool:
    """True for a title one person holds at a time (市委书记, 市长, 主任), not 副市长 or 常委."""
    return bool(CHIEF_TITLE.search(title)) and not NOT_SINGLE.search(title)


def title_tier(title: str) -> int:
    """0 for a chief title, 1 for a deputy, 2 for the rest (the fallback of protocol order)."""
    if single_holder(title):
        return 0
    return 1 if "副" in title else 2


@dataclass(frozen=True)
class Sighting:
    """One piece of evidence for a post: its article date, status and sentence."""

    date: str | None
    status: str
    evidence: Evidence


@dataclass(frozen=True)
class Post:
    """A person's title at a body, every sighting oldest first (undated last)."""

    person: str
    person_id: str
    title: str
    body: str
    body_id: str
    sightings: tuple[Sighting, ...]

    @property
    def dated(self) -> tuple[Sighting, ...]:
        return tuple(s for s in self.sightings if s.date)

    @property
    def first_seen(self) -> str | None:
        return self.dated[0].date if self.dated else None

    @property
    def last_seen(self) -> str | None:
        return self.dated[-1].date if self.dated else None


@dataclass(frozen=True)
class Ending:
    """How and when a post ended: a status the news gave, or a successor seen."""

    date: str
    how: str  # removed, resigned, former or succeeded
    evidence: tuple[Evidence, ...]
    successor: str | None = None


@dataclass(frozen=True)
class Member:
    """One person in a roster: titles in force at the body, the latest status of each, evidence."""

    person: str
    person_id: str
    titles: tuple[str, ...]
    statuses: tuple[str, ...]  # per title, the latest status seen on or before the date
    first_seen: str | None
    last_seen: str | None
    evidence: tuple[Evidence, ...]  # the latest evidence per title


@dataclass(frozen=True)
class Roster:
    """A body's leadership at a date (None: as of the latest article), in protocol order."""

    body: str
    body_id: str
    at: str | None
    members: tuple[Member, ...]
    ended: tuple[tuple[Post, Ending], ...]  # posts seen before the date and ended by it


@dataclass(frozen=True)
class Change:
    """One change in a body's leadership, with the evidence on both sides where there are two."""

    date: str
    kind: str  # new, appointed, acting, removed, resigned, former, succeeded, moved
    person: str
    title: str
    body: str
    previous: str | None  # succeeded: the predecessor; moved: "title · body" of the earlier post
    evidence: tuple[Evidence, ...]
    bodies: tuple[str, ...] = ()  # ids of the bodies concerned (both sides of a move)

    def describe(self) -> str:
        """One line for people: what changed."""
        if self.kind == "succeeded":
            return f"{self.person} succeeds {self.previous} as {self.title} · {self.body}"
        if self.kind == "moved":
            return f"{self.person} from {self.previous} to {self.title} · {self.body}"
        if self.kind == "new":
            return f"{self.person} first seen as {self.title} · {self.body}"
        return f"{self.person} {self.kind}: {self.title} · {self.body}"


def check_date(value: str | None, option: str) -> None:
    """InputError unless ``value`` is None or an ISO date."""
    if value is not None and not ISO_DATE.match(value):
        raise InputError(value, f"{option} needs an ISO date", f"write it as YYYY-MM-DD, e.g. {option} 2022-06-04")


def posts(g: nx.MultiDiGraph, body_id: str | None = None) -> list[Post]:
    """Every post (at one body, or all), sightings sorted by date then article and offset. O(m)."""
    grouped: dict[tuple[str, str, str], list[Sighting]] = defaultdict(list)
    edges: Iterable[tuple[str, str, dict]] = (
        g.in_edges(body_id, data=True) if body_id is not None else g.edges(data=True)  # type: ignore[assignment]
    )
    for u, v, d in edges:
        if d.get("type") != "HOLDS_POSITION" or d.get("evidence") is None:
            continue
        grouped[(u, d.get("title") or "", v)].append(Sighting(d.get("date"), d.get("status") or "held", d["evidence"]))
    out = []
    for (person, title, body), seen in sorted(grouped.items()):
        seen.sort(key=lambda s: (s.date or "9999", s.evidence.article_id, s.evidence.start))
        out.append(Post(analytics.display(g, person), person, title, analytics.display(g, body), body, tuple(seen)))
    return out


def endings(body_posts: list[Post]) -> dict[tuple[str, str, str], Ending]:
    """The first ending of each post of one body: a stated one, or a successor in a single-holder title."""
    found: dict[tuple[str, str, str], Ending] = {}
    for p in body_posts:
        for s in p.dated:
            if s.status in ENDING_STATUSES:
                found[(p.person_id, p.title, p.body_id)] = Ending(s.date or "", s.status, (s.evidence,))
                break
    by_title: dict[tuple[str, str], list[Post]] = defaultdict(list)
    for p in body_posts:
        if single_holder(p.title) and p.first_seen:
            by_title[(p.title, p.body_id)].append(p)
    for holders in by_title.values():
        holders.sort(key=lambda p: (p.first_seen or "", p.person))
        for before, after in pairwise(holders):
            if before.last_seen and after.first_seen and after.first_seen > before.last_seen:
                key = (before.person_id, before.title, before.body_id)
                ending = Ending(
                    after.first_seen,
                    "succeeded",
                    (before.dated[-1].evidence, after.dated[0].evidence),
                    successor=after.person,
                )
                if key not in found or found[key].date > ending.date:
                    found[key] = ending
    return found


def _position(name: str, ev: Evidence) -> int:
    """Where a name stands in its article: the sentence start plus its offset in the sentence."""
    at = ev.text.find(name)
    return ev.start + (at if at >= 0 else 0)


def protocol_order(members: list[Member], body_posts: list[Post], at: str | None = None) -> list[Member]:
    """Members in protocol order (see the module docstring), from articles dated on or before ``at``."""
    ids = {m.person_id for m in members}
    names = {m.person_id: m.person for m in members}
    where: dict[str, dict[str, int]] = defaultdict(dict)  # article → person → first position
    for p in body_posts:
        if p.person_id not in ids:
            continue
        for s in p.sightings:
            if at is not None and (s.date is None or s.date > at):
                continue
            pos = _position(names[p.person_id], s.evidence)
            known = where[s.evidence.article_id].get(p.person_id)
            if known is None or pos < known:
                where[s.evidence.article_id][p.person_id] = pos
    ranks: dict[str, list[float]] = defaultdict(list)
    for placed in where.values():
        if len(placed) < 2:
            continue
        ordered = sorted(placed, key=lambda pid: (placed[pid], pid))
        for i, pid in enumerate(ordered):
            ranks[pid].append(i / (len(ordered) - 1))

    def key(m: Member) -> tuple[int, bool, float, str]:
        """Title tier; then members the news listed with others, by mean position; then the rest."""
        seen = ranks[m.person_id]
        mean = sum(seen) / len(seen) if seen else 1.0
        return (min(title_tier(t) for t in m.titles), not seen, round(mean, 6), m.person)

    return sorted(members, key=key)


def roster(source: analytics.Source, body: str, at: str | None = None) -> Roster:
    """``body``'s leadership at ``at`` (ISO date; None: as of the latest article) in protocol order.

    With a date, posts seen only in undated articles are left out (they cannot be placed).
    O(posts of the body · sightings) once the graph is loaded.
    """
    check_date(at, "--at")
    g = analytics.graph_of(source)
    body_id = analytics.find_node(g, body, "Organization")
    body_posts = posts(g, body_id)
    ended = endings(body_posts)
    in_force: dict[str, list[tuple[Post, Sighting]]] = defaultdict(list)
    gone: list[tuple[Post, Ending]] = []
    for p in body_posts:
        seen = [s for s in p.sightings if (s.date is not None and s.date <= at)] if at else list(p.sightings)
        if not seen:
            continue
        ending = ended.get((p.person_id, p.title, p.body_id))
        if ending is not None and (at is None or ending.date <= at):
            gone.append((p, ending))
            continue
        latest = [s for s in seen if s.status in IN_FORCE_STATUSES]
        if latest:
            in_force[p.person_id].append((p, latest[-1]))
    members = []
    for pid, held in in_force.items():
        held.sort(key=lambda x: (title_tier(x[0].title), x[0].title))
        dates = sorted(d for p, _ in held for s in p.sightings if (d := s.date) and (at is None or d <= at))
        members.append(
            Member(
                held[0][0].person,
                pid,
                tuple(p.title for p, _ in held),
                tuple(s.status for _, s in held),
                dates[0] if dates else None,
                dates[-1] if dates else None,
                tuple(dict.fromkeys(s.evidence for _, s in held)),  # one sentence can give two titles
            )
        )
    gone.sort(key=lambda x: (x[1].date, x[0].person, x[0].title))
    return Roster(
        analytics.display(g, body_id), body_id, at, tuple(protocol_order(members, body_posts, at)), tuple(gone)
    )


def _first_seen(by_body: dict[str, list[Post]], known: list[Change]) -> list[Change]:
    """New posts: a person first seen in a title at a body the news had shown with other people
    before, where no other change (appointment, succession, move) already says so."""
    said = {(c.date, c.person, c.title, c.body) for c in known}
    out = []
    for bid, body_posts in by_body.items():
        dated = [p for p in body_posts if p.first_seen]
        for p in dated:
            earlier = any(
                q.first_seen < (p.first_seen or "") and q.person_id != p.person_id for q in dated if q.first_seen
            )
            if not earlier or (p.first_seen, p.person, p.title, p.body) in said:
                continue
            out.append(
                Change(p.first_seen or "", "new", p.person, p.title, p.body, None, (p.dated[0].evidence,), (bid,))
            )
    return out


def changes(source: analytics.Source, *, since: str | None = None, body: str | None = None) -> list[Change]:
    """What changed in leaderships, oldest first: new posts (first seen at a body seen before with
    others), appointments and acting posts, posts ended (removed, resigned, former, a successor
    seen) and people seen in a new leading post after an earlier one.

    ``since``: only changes dated on or after it; ``body``: only changes at that body (a move
    counts for the bodies on both sides). O(posts · sightings) once the graph is loaded.
    """
    check_date(since, "--since")
    g = analytics.graph_of(source)
    body_id = analytics.find_node(g, body, "Organization") if body is not None else None
    everything = posts(g)
    out: list[Change] = []
    by_body: dict[str, list[Post]] = defaultdict(list)
    for p in everything:
        by_body[p.body_id].append(p)
    for bid, body_posts in by_body.items():
        for p in body_posts:
            for s in p.dated:
                if s.status in ("appointed", "acting"):
                    out.append(Change(s.date or "", s.status, p.person, p.title, p.body, None, (s.evidence,), (bid,)))
        for (pid, title, _), e in endings(body_posts).items():
            post = next(p for p in body_posts if p.person_id == pid and p.title == title)
            if e.how == "succeeded":
                who, previous = e.successor or "", post.person
            else:
                who, previous = post.person, None
            out.append(Change(e.date, e.how, who, title, post.body, previous, e.evidence, (bid,)))
    by_person: dict[str, list[Post]] = defaultdict(list)
    for p in everything:
        if single_holder(p.title) and p.first_seen:
            by_person[p.person_id].append(p)
    for held in by_person.values():
        held.sort(key=lambda p: (p.first_seen or "", p.title, p.body))
        for i, later in enumerate(held):
            earlier = [p for p in held[:i] if p.last_seen and later.first_seen and p.last_seen < later.first_seen]
            if not earlier:
                continue
            before = max(earlier, key=lambda p: (p.last_seen or "", p.title))
            if before.body_id == later.body_id and (
                before.title.endswith(later.title) or later.title.endswith(before.title)
            ):
                continue  # one post written two ways (国务院总理, 总理)
            out.append(
                Change(
                    later.first_seen or "",
                    "moved",
                    later.person,
                    later.title,
                    later.body,
                    f"{before.title} · {before.body}",
                    (before.dated[-1].evidence, later.dated[0].evidence),
                    (before.body_id, later.body_id),
                )
            )
    out += _first_seen(by_body, out)
    if since is not None:
        out = [c for c in out if c.date >= since]
    if body_id is not None:
        out = [c for c in out if body_id in c.bodies]
    out.sort(key=lambda c: (c.date, c.body, c.title, c.person, c.kind))
    return out


# -- rendering -----------------------------------------------------------------------------------

FORMATS: tuple[str, ...] = ("text", "json")
QUOTE_CHARS = 80  # evidence sentences are cut to this many characters in text output


def _quote(ev: Evidence) -> str:
    text = " ".join(ev.text.split())
    if len(text) > QUOTE_CHARS:
        text = text[: QUOTE_CHARS - 1] + "…"
    return f"[{ev.article_id} @{ev.start}, {ev.rule}] “{text}”"


def _evidence_json(ev: Evidence) -> dict[str, object]:
    return {"article": ev.article_id, "start": ev.start, "end": ev.end, "rule": ev.rule, "sentence": ev.text}


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InputError(fmt, "unknown format", f"use one of {', '.join(FORMATS)}")


def render_roster(r: Roster, fmt: str = "text") -> str:
    """A roster as text (numbered, in protocol order, each member's evidence below) or JSON."""
    import json

    _check_format(fmt)
    if fmt == "json":
        data = {
            "body": r.body,
            "at": r.at,
            "members": [
                {
                    "rank": i,
                    "person": m.person,
                    "titles": list(m.titles),
                    "statuses": list(m.statuses),
                    "first_seen": m.first_seen,
                    "last_seen": m.last_seen,
                    "evidence": [_evidence_json(e) for e in m.evidence],
                }
                for i, m in enumerate(r.members, 1)
            ],
            "ended": [
                {
                    "person": p.person,
                    "title": p.title,
                    "how": e.how,
                    "date": e.date,
                    "successor": e.successor,
                    "evidence": [_evidence_json(x) for x in e.evidence],
                }
                for p, e in r.ended
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    when = f"at {r.at}" if r.at else "as of the latest article"
    out = [f"{r.body}: leadership {when} ({len(r.members)} people, in protocol order)"]
    for i, m in enumerate(r.members, 1):
        titles = "、".join(f"{t} ({s})" for t, s in zip(m.titles, m.statuses, strict=True))
        seen = f"{m.first_seen or '?'} – {m.last_seen or '?'}"
        out.append(f"{i:>3}. {m.person}  {titles}  seen {seen}")
        out += [f"       {_quote(e)}" for e in m.evidence]
    if r.ended:
        out.append(f"Ended by then ({len(r.ended)}):")
        for p, e in r.ended:
            by = f" by {e.successor}" if e.successor else ""
            out.append(f"     {p.person}  {p.title}: {e.how}{by} {e.date}")
            out += [f"       {_quote(x)}" for x in e.evidence]
    if not r.members and not r.ended:
        out.append("     (no posts seen" + (f" on or before {r.at})" if r.at else ")"))
    return "\n".join(out) + "\n"


def render_changes(found: list[Change], fmt: str = "text") -> str:
    """Changes as text (one line each, its evidence below) or JSON."""
    import json

    _check_format(fmt)
    if fmt == "json":
        rows = [
            {
                "date": c.date,
                "kind": c.kind,
                "person": c.person,
                "title": c.title,
                "body": c.body,
                "previous": c.previous,
                "evidence": [_evidence_json(e) for e in c.evidence],
            }
            for c in found
        ]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if not found:
        return "no leadership changes found\n"
    out = []
    for c in found:
        out.append(f"{c.date}  {c.kind:<9}  {c.describe()}")
        out += [f"            {_quote(e)}" for e in c.evidence]
    return "\n".join(out) + "\n"
