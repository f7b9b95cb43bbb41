"""Resolution: implicit bodies from titles and the article's region, organization aliases.

市委书记 in a 许昌 article belongs to 许昌市委; 市长 to 许昌市人民政府; 中共许昌市委 ≡ 许昌市委;
市政府 ≡ 市人民政府; 团禹州市委 ≡ 共青团禹州市委 (but never ≡ 禹州市委).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from kg.model import Article

_CJK = "\u4e00-\u9fff"
# A title head with no body of its own names its body: 市长 → 市人民政府.
HEAD_BODY = {
    "市长": "市人民政府", "区长": "区人民政府", "县长": "县人民政府", "省长": "省人民政府",
    "州长": "州人民政府", "镇长": "镇人民政府", "乡长": "乡人民政府", "总书记": "中共中央", "总理": "国务院",
}  # fmt: skip
_LEVEL_BODY = re.compile(
    r"^(?:共青团|团)?(?:中共)?([省市县区州])(委|人民政府|政府|人大常委会|人大|政协|纪委|监委)(.*)$"
)
_EXPLICIT = re.compile(rf"^(?:中共)?([{_CJK}]{{1,6}}?[省市县区州])")
_PLACE_LEVEL = re.compile(rf"^([{_CJK}]{{2,6}}?)([省市县区州])$")
NEWSPAPER_PLACE = re.compile(rf"^([{_CJK}]{{2,3}}?)(?:日报|晚报|新闻网|广播电视台|发布|融媒)")


NOT_DISTRICT = (
    "地区",
    "社区",
    "园区",
    "景区",
    "城区",
    "片区",
    "辖区",
    "山区",
    "灾区",
    "小区",
    "老区",
    "牧区",
    "矿区",
    "全市",
    "全区",
    "全县",
    "全省",
)


def region_of(article: Article, places: Iterable[str]) -> dict[str, str]:
    """Region of the article per level ("市" → "许昌"): from the newspaper, then the most named places."""
    counts: dict[str, Counter[str]] = {}
    for p in places:
        m = _PLACE_LEVEL.match(p)
        if p.endswith(NOT_DISTRICT):
            continue
        if m:
            counts.setdefault(m.group(2), Counter())[m.group(1)] += 2
        elif 2 <= len(p) <= 3:
            counts.setdefault("市", Counter())[p] += 1
    region = {level: c.most_common(1)[0][0] for level, c in counts.items() if c}
    if article.newspaper:
        m = NEWSPAPER_PLACE.match(article.newspaper)
        if m:
            region["市"] = m.group(1)
    return region


def canonical_org(name: str, region: dict[str, str] | None = None) -> str:
    """The canonical name of an organization: aliases folded, implicit region filled in."""
    n = name
    if n.startswith("中共") and len(n) > 4 and n not in ("中共中央", "中共中央政治局"):
        n = n[2:]
    if n.startswith("团") and not n.startswith("团支部") and n[1:].endswith("委"):
        n = "共青团" + n[1:]
    n = re.sub(r"(?<=[市县区省州])委员会$", "委", n)
    n = re.sub(r"(?<=[市县区省州])政府$", "人民政府", n)
    m = _LEVEL_BODY.match(n)
    if m and region and m.group(1) in region and not n.startswith(("共青团", "团")):
        level, body, rest = m.groups()
        n = f"{region[level]}{level}{body}{rest}"
        n = re.sub(r"(?<=[市县区省州])政府$", "人民政府", n).replace("人民人民", "人民")
    elif m and region and n.startswith("共青团") and m.group(1) in region:
        level, body, rest = m.groups()
        n = f"共青团{region[level]}{level}{body}{rest}"
    return n


def explicit_region(body: str) -> tuple[str, str] | None:
    """(level, place) when ``body`` names its own region: 商丘市委 → ("市", "商丘")."""
    m = _EXPLICIT.match(body)
    if not m or m.group(1) in ("市", "县", "区", "省", "州"):
        return None
    place = m.group(1)
    return place[-1], place[:-1]


def body_of_title(body: str, head: str, inherited: str | None) -> str | None:
    """The organization a title belongs to, before region filling."""
    if body:
        return body
    bare = head.lstrip("副").removeprefix("常务").removeprefix("代理").removeprefix("代")
    if bare in HEAD_BODY:
        return HEAD_BODY[bare]
    return re.sub(r"(?:党组|党委)$", "", inherited) if inherited else None
