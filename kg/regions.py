"""Where an article is, and which bodies named by level only (市委, 区委, 省人民政府) belong there.

A body named by its level only is a body of the article's place at that level: 市委 in a 许昌日报
article is 许昌市委 and 省委 there is 河南省委 (许昌's province, from the gazetteer). The places an
article names vote for themselves and, more weakly, for the divisions above them; the paper's own
place (许昌日报 → 许昌) outweighs them. Only divisions the gazetteer knows count: 中关村, 长三角 and
筼筜湖 are places but no 市, and 福建 is a province, so none of them gives a 市委.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import opencc

from kg.places import Gazetteer, Place, gazetteer

_t2s = opencc.OpenCC("t2s").convert

# Level characters a body name starts with (市委, 区人民政府) and the divisions each stands for.
LEVELS = ("省", "市", "县", "区", "州")
_NEWSPAPER_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|新闻网|广播电视台|发布|融媒)")
# 共青团市委 (团市委 of an article whose city is not known) names no place 共青团
_PLACE_BODY = re.compile(
    r"^(?:中共|共青团)?(?!中共|共青团)((?:[\u4e00-\u9fff]{2,7}?[省市县区州])+?)(?:委|人民政府|政府|人大常委会|人大|政协|纪委|监委)"
)
_PLACE_PART = re.compile(r"([\u4e00-\u9fff]{2,7}?)([省市县区州])")
_PAPER_WEIGHT = 10.0
_PARENT_WEIGHT = 0.5


def level_of(place: Place) -> str | None:
    """The level character a body of ``place`` is named with: 许昌市 → 市, 魏都区 → 区, 黔南…自治州 → 州."""
    if place.level == "province":
        return "省" if place.name.endswith("省") else "市" if place.name.endswith("市") else None
    last = place.name[-1]
    return last if last in LEVELS else None


def stem_of(place: Place) -> str:
    """The part of the name a body repeats: 许昌 (许昌市委), 黔南 (黔南州委), 盘 (盘县县委 is 盘县委)."""
    if place.name.endswith(("自治州", "自治县", "自治旗")):
        return place.short
    return place.name[:-1]


_RANK = {"province": 0, "prefecture": 1, "county": 2}


def _candidates(g: Gazetteer, name: str) -> tuple[Place, ...]:
    """The current places a name stands for: full names before short ones (衡阳 is 衡阳市, not
    衡阳县), current names before former ones (许昌 is not 许昌县, now 建安区)."""
    found = g.lookup(name)
    current = [p for p in found if not p.former]
    if not current:  # 户县 → 鄠邑区
        current = [q for p in found if (q := g.current(p)) is not None]
    exact = [p for p in current if p.name == name]
    if exact:
        return tuple(dict.fromkeys(exact))
    top = min((_RANK[p.level] for p in current), default=0)
    return tuple(dict.fromkeys(p for p in current if _RANK[p.level] == top))


def article_region(
    place_names: Iterable[str], newspaper: str | None = None, g: Gazetteer | None = None, *, inferred: bool = True
) -> dict[str, str]:
    """The article's place per level as body-name stems ({"市": "许昌", "省": "河南"}).

    ``place_names``: places the article names (许昌, 魏都区) and places of bodies it names (许昌市 of
    许昌市委). A name the gazetteer does not know, or that names several places, votes for none
    of them alone: its votes are shared. The province follows the chosen city when the article
    names no province of its own. ``inferred=False`` keeps only the levels the article names
    itself (a department, 省委办公厅, is only filled from those)."""
    g = g or gazetteer()
    votes: dict[str, float] = defaultdict(float)
    sources: list[tuple[str, float]] = [(n, 1.0) for n in place_names]
    if newspaper and (m := _NEWSPAPER_PLACE.match(_t2s(newspaper))):  # 《許昌日報》 names 许昌
        sources.append((m.group(1), _PAPER_WEIGHT))
    for name, weight in sources:
        cands = _candidates(g, name)
        for place in cands:
            share = weight / len(cands)
            votes[place.code] += share
            for up in g.chain(place)[1:] if inferred else ():
                votes[up.code] += share * _PARENT_WEIGHT
    region: dict[str, str] = {}
    best: dict[str, tuple[float, Place]] = {}
    for code, n in votes.items():
        voted = g.get(code)
        if voted is None or (level := level_of(voted)) is None:
            continue
        if level not in best or n > best[level][0]:
            best[level] = (n, voted)
    for level, (_n, chosen) in best.items():
        region[level] = stem_of(chosen)
    # the province of the chosen city, unless the article names a province more than it
    if "市" in best and inferred:
        chain = g.chain(best["市"][1])
        prov = next((p for p in chain if p.level == "province" and level_of(p) == "省"), None)
        if prov is not None and ("省" not in best or votes[prov.code] >= best["省"][0] * 0.5):
            region["省"] = stem_of(prov)
    return region


def body_place(name: str, g: Gazetteer | None = None) -> tuple[str, str] | None:
    """(stem, level) of the division a body names itself after, the most local one named:
    许昌市委 → ("许昌", "市"), 衡阳市珠晖区委 → ("珠晖", "区")."""
    m = _PLACE_BODY.match(name)
    if not m:
        return None
    *_, last = _PLACE_PART.finditer(m.group(1))  # 衡阳市珠晖区委: 珠晖区
    return (last.group(1), last.group(2))


def leading_place(name: str, g: Gazetteer | None = None) -> tuple[str, str] | None:
    """(stem, level) of the most local division a name starts with: 江西省上饶市工信局 → ("上饶", "市")."""
    pos = 2 if name.startswith("中共") else 0
    found = None
    while (m := _PLACE_PART.match(name, pos)) and is_division(m.group(1), m.group(2), g):
        found, pos = (m.group(1), m.group(2)), m.end()
    return found


def is_division(stem: str, level: str, g: Gazetteer | None = None) -> bool:
    """True when ``stem`` + ``level`` is a division of that level: 许昌 市, 黔南 州, 河南 省 (not 福建 市)."""
    g = g or gazetteer()
    for place in g.lookup(stem + level) or g.lookup(stem):
        if level_of(place) == level and stem in (stem_of(place), place.short, place.name):
            return True
    return False


def is_real_body(name: str, g: Gazetteer | None = None) -> bool:
    """False for a party or congress body of a place that is no division of its level (福建市委,
    中国市委, 长三角市委), a government of a division of another level (福建市人民政府), and a name
    cut before a title (海南省人大常委会原). Foreign governments (巴厘省人民政府) stay."""
    if name.endswith("原"):
        return False
    found = body_place(name, g)
    if found is None:
        return True
    stem, level = found
    if level == "区":  # also 开发区, 航空港区 …
        return True
    if any(is_division(stem[i:], level, g) for i in range(len(stem) - 1)):  # 民革北京市委会
        return True
    committee = name.endswith(("委", "委会", "人大", "人大常委会", "政协", "纪委", "监委"))
    # a party or congress body of no Chinese division; a government of a place that is another thing
    return not committee and not _known_otherwise(stem, g)


def _known_otherwise(stem: str, g: Gazetteer | None) -> bool:
    """True when ``stem`` names a Chinese division of another level (福建) or the country (中国)."""
    return stem in ("中国", "全国", "我国") or bool((g or gazetteer()).lookup(stem))
