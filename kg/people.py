"""One node per person across articles: namesakes split, one career kept whole.

Articles are first grouped by the bodies a name holds posts in: posts in one place (衡阳市 and its
南岳区) or one national body join their articles. Groups that share no body are one person only
when the dates allow a move and the posts are of a like level: 沈晓明 of 江西 (until 2019) and of
湖南 (from 2020) is one career; 张斌 of a 衡阳 district and 张斌 of 中国社会科学院 are two people.
The group with most articles keeps the plain id; each other gets a disambiguator
(``Person:张斌@中国社会科学院``) and the name stays the name. Articles where the name holds no post go
to the first group. Splits are listed for review (``namesakes``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from kg.model import entity_id
from kg.places import Gazetteer, gazetteer
from kg.regions import article_region, body_place, leading_place

# How local a post is: 0 national, 1 province, 2 prefecture, 3 county or district.
_RANK = {"province": 1, "prefecture": 2, "county": 3}


@dataclass(frozen=True)
class Post:
    """One HOLDS_POSITION row as the pass reads it."""

    name: str  # the person's name
    person: str  # the person's entity id in that article
    article_id: str
    date: str | None  # the article's date
    body: str  # the body's name, or "" for a presence (at a meeting) placed by the article's region
    place: str | None = None  # the article's most local place (衡阳市), if it is a local article
    national: bool = False  # the article is from a national outlet


@dataclass(frozen=True)
class Anchor:
    """Where a post places a person: a division (by code) or a national body (by name)."""

    key: str
    rank: int
    chain: tuple[str, ...] = ()  # codes of the division and those above it


@dataclass
class _Group:
    articles: set[str] = field(default_factory=set)
    anchors: set[Anchor] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)

    def rank(self) -> int:
        """The highest level of the posts: 0 for a national post, 3 for a district's only."""
        return min((a.rank for a in self.anchors), default=0)

    def span(self) -> tuple[str, str] | None:
        return (min(self.dates), max(self.dates)) if self.dates else None


@dataclass(frozen=True)
class Namesake:
    """One person id of a name that stands for several people, for review."""

    name: str
    person: str  # entity id
    anchors: tuple[str, ...]  # places and bodies of that person's posts
    articles: tuple[str, ...]


# Bodies of the whole country whatever the article: 中共中央, 国务院, 全国人大常委会, 中国社会科学院 …
_NATIONAL_BODY = ("中共中央", "中央", "国务院", "全国", "国家", "中国", "中华人民共和国", "最高人民")


def anchor_of(
    body: str, g: Gazetteer | None = None, *, where: Anchor | None = None, national: bool = False
) -> Anchor | None:
    """Where a post at ``body`` places a person: the division it names (许昌市委 → 许昌市); a
    national body (中共中央, or any body in a national outlet's article: ``national``) as itself;
    another body (组织一处) at the article's place ``where``; a body named by level only (市委) nowhere."""
    g = g or gazetteer()
    found = body_place(body) or leading_place(body, g)
    if found is not None:
        stem, level = found
        places = [p for p in g.lookup(stem + level) or g.lookup(stem) if not p.former] or [
            q for p in g.lookup(stem + level) if (q := g.current(p)) is not None
        ]
        if places:
            place = places[0]
            return Anchor(place.code, _RANK[place.level], tuple(p.code for p in g.chain(place)))
        return None
    if body[:1] in "省市县区州" or "@" in body:
        return None
    if national or body.startswith(_NATIONAL_BODY):
        return Anchor(body, 0)
    return where


def _place_anchor(name: str, g: Gazetteer) -> Anchor | None:
    places = [p for p in g.lookup(name) if not p.former]
    if not places:
        return None
    return Anchor(places[0].code, _RANK[places[0].level], tuple(p.code for p in g.chain(places[0])))


def _agree(a: Anchor, b: Anchor) -> bool:
    if a.chain and b.chain:
        return a.key in b.chain or b.key in a.chain
    return a.key == b.key


def _disjoint(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    return a is None or b is None or a[1] < b[0] or b[1] < a[0]


def assign(posts: Iterable[Post], g: Gazetteer | None = None) -> dict[tuple[str, str], str]:
    """The person id each (name, article) should have: ``{(name, article_id): entity id}``.

    Only names that stand for several people get entries for articles that change id."""
    g = g or gazetteer()
    by_name: dict[str, dict[str, _Group]] = defaultdict(dict)
    for p in posts:
        group = by_name[p.name].setdefault(p.article_id, _Group({p.article_id}))
        where = _place_anchor(p.place, g) if p.place else None
        anchor = anchor_of(p.body, g, where=where, national=p.national) if p.body else where
        if anchor is not None:
            group.anchors.add(anchor)
        if p.date and p.date not in group.dates:
            group.dates.append(p.date)
    out: dict[tuple[str, str], str] = {}
    for name, per_article in by_name.items():
        groups = _cluster(list(per_article.values()))
        if len(groups) < 2:
            continue
        groups.sort(key=_primary_first)
        for gr in groups[1:]:
            pid = entity_id("Person", f"{name}@{_label(gr, g)}")
            for article_id in gr.articles:
                out[(name, article_id)] = pid
    return out


def _cluster(groups: list[_Group]) -> list[_Group]:
    placed = [gr for gr in groups if gr.anchors]
    loose = [gr for gr in groups if not gr.anchors]
    merged: list[_Group] = []
    for gr in sorted(placed, key=lambda x: (x.span() or ("",))[0]):  # by agreeing places
        target = next((m for m in merged if any(_agree(a, b) for a in gr.anchors for b in m.anchors)), None)
        if target is None:
            merged.append(_Group(set(gr.articles), set(gr.anchors), list(gr.dates)))
        else:
            target.articles |= gr.articles
            target.anchors |= gr.anchors
            target.dates += gr.dates
    careers: list[_Group] = []
    for gr in merged:  # one career: posts of a like level, in other places only one after the other
        target = next((c for c in careers if _one_career(c, gr)), None)
        if target is None:
            careers.append(gr)
        else:
            target.articles |= gr.articles
            target.anchors |= gr.anchors
            target.dates += gr.dates
    if not careers:
        return [_Group(set().union(*(gr.articles for gr in loose)))] if loose else []
    careers.sort(key=_primary_first)
    for gr in loose:  # articles where the name holds no post: the main person's
        careers[0].articles |= gr.articles
    return careers


def _one_career(a: _Group, b: _Group) -> bool:
    if abs(a.rank() - b.rank()) > 1:  # a district leader and an academy's researcher
        return False
    if any(x.chain for x in a.anchors) and any(x.chain for x in b.anchors):  # two places: a move
        return _disjoint(a.span(), b.span())
    return True  # national bodies: many posts at once


def _primary_first(group: _Group) -> tuple[int, str]:
    return (-len(group.articles), min(group.articles))


def _label(group: _Group, g: Gazetteer) -> str:
    """A readable disambiguator: the most local place of the group, else its national body."""
    anchor = max(group.anchors, key=lambda a: (a.rank, a.key))
    if anchor.chain:
        place = g.get(anchor.key)
        return place.name if place else anchor.key
    return anchor.key


def namesakes(persons: Iterable[tuple[str, str, str]], posts: Iterable[Post]) -> list[Namesake]:
    """Names carried by several person ids, from (entity id, name, article id) rows and the posts."""
    ids: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, set[str]] = defaultdict(set)
    for pid, name, article_id in persons:
        ids[name].add(pid)
        articles[pid].add(article_id)
    places: dict[str, set[str]] = defaultdict(set)
    for p in posts:
        places[p.person].add(p.body or p.place or "")
    out = []
    for name, pids in sorted(ids.items()):
        if len(pids) > 1:
            for pid in sorted(pids):
                out.append(Namesake(name, pid, tuple(sorted(places[pid])), tuple(sorted(articles[pid]))))
    return out


# Outlets whose articles place nobody: national news names officials of every province.
NATIONAL_OUTLETS = ("新闻联播", "人民日报", "新华社", "央视", "中央电视台", "光明日报", "经济日报", "求是")
PRESENCE = ("PRESIDED", "SPOKE_AT", "ATTENDED")


@runtime_checkable
class PersonStore(Protocol):
    """What the pass reads from and writes to a store (kg.store.sqlite.SqliteStore has it)."""

    def person_links(self) -> Iterator[tuple[str, str, str, str | None, str, str]]: ...
    def article_places(self) -> Iterator[tuple[str, str | None, str]]: ...
    def person_articles(self) -> Iterator[tuple[str, str, str]]: ...
    def reassign(self, moves: Iterable[tuple[str, str, str]]) -> int: ...


def _local_place(names: list[str], newspaper: str | None) -> str | None:
    """The most local place of a local article (魏都区, else 许昌市 …); none for national news."""
    if newspaper and newspaper.startswith(NATIONAL_OUTLETS):
        return None
    region = article_region(names, newspaper)
    for level in ("区", "县", "市", "州", "省"):
        if level in region:
            return region[level] + level
    return None


def store_posts(store: PersonStore) -> Iterator[Post]:
    """Posts (HOLDS_POSITION) and presences at meetings of local articles, read from a store one
    by one (a list of them would be the largest thing a build holds after extraction)."""
    places: dict[str, list[str]] = defaultdict(list)
    papers: dict[str, str | None] = {}
    for article_id, newspaper, name in store.article_places():
        places[article_id].append(name)
        papers[article_id] = newspaper
    local: dict[str, str | None] = {}
    for pid, name, article_id, date, rtype, target in store.person_links():
        if rtype not in PRESENCE and rtype != "HOLDS_POSITION":
            continue
        if article_id not in local:
            local[article_id] = _local_place(places.get(article_id, []), papers.get(article_id))
        national = (papers.get(article_id) or "").startswith(NATIONAL_OUTLETS)
        body = target if rtype == "HOLDS_POSITION" else ""
        yield Post(name, pid, article_id, date, body, local[article_id], national)


def split_namesakes(store: PersonStore) -> int:
    """Give each person of a shared name their own id in the store; undo splits no longer needed.

    Idempotent: run after every build. Returns the number of (person, article) moves made."""
    posts = store_posts(store)
    wanted = assign(posts)
    moves = []
    for pid, name, article_id in store.person_articles():
        target = wanted.get((name, article_id), entity_id("Person", name))
        if pid != target:
            moves.append((pid, target, article_id))
    return store.reassign(moves) if moves else 0


def store_namesakes(store: PersonStore) -> list[Namesake]:
    """The split names of a store, for the report."""
    return namesakes(store.person_articles(), store_posts(store))
