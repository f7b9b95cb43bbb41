"""Resolution: the only stage that mints entities and their ids (:class:`EntityTable`), implicit
bodies from titles and the article's region, organization aliases.

市委书记 in a 许昌 article belongs to 许昌市委; 市长 to 许昌市人民政府; 中共许昌市委 ≡ 许昌市委;
市政府 ≡ 市人民政府; 团禹州市委 ≡ 共青团禹州市委 (but never ≡ 禹州市委).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.identity import refine
from kg.ingest import to_simplified
from kg.ingest.metadata import head_lines
from kg.model import Article, ArticleGraph, Entity, EntityMention, Mention, Relation, entity_id
from kg.places import gazetteer
from kg.regions import article_region, level_of

_CJK = "\u4e00-\u9fff"
# A title head with no body of its own names its body: 市长 → 市人民政府.
HEAD_BODY = {
    "市长": "市人民政府", "区长": "区人民政府", "县长": "县人民政府", "省长": "省人民政府",
    "州长": "州人民政府", "镇长": "镇人民政府", "乡长": "乡人民政府", "总书记": "中共中央", "总理": "国务院",
    "委员长": "全国人大常委会",
}  # fmt: skip
_LEVEL_BODY = re.compile(
    r"^(?:共青团|团)?(?:中共)?([省市县区州])(委|人民政府|政府|人大常委会|人大|政协|纪委|监委)(.*)$"
)
_TOWN_BODY = re.compile(r"^([镇乡])(?:党委|人民政府|政府|人大|纪委|团委|妇联)")
# 团市委 is the youth league of the city of the article, never a city named 团
_EXPLICIT = re.compile(rf"^(?!团[省市县区州])(?:中共|共青团)?([{_CJK}]{{1,6}}?[省市县区州])")


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


# Marks a level of the region read from a place's parents only (许昌 → 省 河南), not named in the
# article: departments (省委办公厅) are not filled from it, bodies named by level only (省委) are.
INFERRED = "inferred:"


def region_of(article: Article, places: Iterable[str]) -> dict[str, str]:
    """Region of the article per level ("市" → "许昌", "省" → "河南"), from the gazetteer: the paper's
    place, then the divisions the article names and those above them (kg.regions.article_region)."""
    places = [p for p in places if not p.endswith(NOT_DISTRICT)]  # 城区, 社区, 全市: no division named
    paper = article.newspaper or paper_in_head(article.analysis_text or article.text)
    region = article_region(places, paper)
    named = article_region(places, paper, inferred=False)
    for level, stem in list(region.items()):
        if named.get(level) != stem:
            region[INFERRED + level] = stem
    region.update(_town(places))
    return region


# a paper named in a page's head (【报纸名称】:张家口日报, a masthead line), not one cited (据《法制晚报》报道)
_PAPER_IN_HEAD = re.compile(rf"(?<![《据{_CJK}])([{_CJK}]{{2,4}}(?:日报|晚报))(?!》)")


def paper_in_head(text: str) -> str | None:
    """The newspaper a page names in its first three lines when the reader knew none: the paper's place
    is the article's (张家口日报 → 张家口: 乌兰察布市党政代表团到我市考察 is a visit to 张家口)."""
    m = _PAPER_IN_HEAD.search("\n".join(head_lines(text)))
    return m.group(1) if m else None


# Kinds of town, not towns: 建制镇, 特色小镇, 重点镇; nor those who attend (参会镇村组干部: the town's and villages')
_NOT_TOWN = ("建制", "小", "中心", "重点", "特色", "乡", "城", "参会", "与会", "到会")


def _town(places: Iterable[str]) -> dict[str, str]:
    """The one town (镇 or 乡) an article names, as its 镇|乡 level (西王镇 → {"镇": "西王"}),
    so that 镇党委 there is 西王镇党委; none when it names two towns of the level (the gazetteer has no towns)."""
    stems: dict[str, set[str]] = {}
    for p in places:
        if len(p) in (3, 4) and p[-1] in "镇乡" and not p[:-1].endswith(_NOT_TOWN):
            stems.setdefault(p[-1], set()).add(p[:-1])
    return {level: next(iter(s)) for level, s in stems.items() if len(s) == 1}


# Full names of national bodies folded to the names the news uses.
NATIONAL_ALIASES = {
    "政协全国委员会": "全国政协",
    "中国人民政治协商会议全国委员会": "全国政协",
    "全国人民代表大会常务委员会": "全国人大常委会",
    "全国人民代表大会": "全国人大",
    "中国共产党中央委员会": "中共中央",
    "中华人民共和国国务院": "国务院",
    "中央军事委员会": "中央军委",
}


_TERM_COMMITTEE = re.compile(r"第[0-9一二三四五六七八九十百]+届(?:纪律检查)?委员会$")


def canonical_org(name: str, region: dict[str, str] | None = None) -> str:
    """The canonical name of an organization: aliases folded, implicit region filled in."""
    n = NATIONAL_ALIASES.get(name, name)
    # 中共许昌市委 is 许昌市委, but a term's committee keeps its party: 中共凤翔县第十五届委员会
    keeps_party = n.startswith("中共中央政治局") or n == "中共中央" or _TERM_COMMITTEE.search(n) is not None
    if n.startswith("中共") and len(n) > 4 and not keeps_party:
        n = n[2:]
    if n.startswith("团") and not n.startswith("团支部") and n[1:].endswith("委"):
        n = "共青团" + n[1:]
    n = _DOUBLED_LEVEL.sub(r"\1", n)  # 乌兰察布市市委 is 乌兰察布市委 (津市市委 stays: 津市 is the city)
    n = re.sub(r"(?<=[市县区省州])委员会$", "委", n)
    n = re.sub(r"(?<=[市县区省州])政府$", "人民政府", n)
    n = _without_cut_former(n)
    n = _place_party_committee(n)
    n = re.sub(r"(?<=[市县区州])(?=法院$|检察院$)", "人民", n)  # 区法院 is the 区人民法院
    town = _TOWN_BODY.match(n)
    if town and region and town.group(1) in region:  # 镇党委 in a 西王镇 article: 西王镇党委
        return f"{region[town.group(1)]}{n}".replace("镇政府", "镇人民政府").replace("乡政府", "乡人民政府")
    m = _LEVEL_BODY.match(n)
    if region and ((m and m.group(3)) or (not m and _LEVEL_ONLY.match(n))):  # a department: named levels only
        region = {k: v for k, v in region.items() if region.get(INFERRED + k) != v}
    if m and region and m.group(1) in region and not n.startswith(("共青团", "团")):
        level, body, rest = m.groups()
        n = f"{region[level]}{level}{body}{rest}"
        n = re.sub(r"(?<=[市县区省州])政府$", "人民政府", n).replace("人民人民", "人民")
    elif m and region and n.startswith("共青团") and m.group(1) in region:
        level, body, rest = m.groups()
        n = f"共青团{region[level]}{level}{body}{rest}"
    elif not m and region and (lv := _LEVEL_ONLY.match(n)) and lv.group(1) in region:
        # 市中级人民法院, 市关工委 in a 许昌 article: 许昌市中级人民法院
        n = f"{region[lv.group(1)]}{n}"
    return n


# a place's short name and 党委: 上海党委 (not 内蒙古党委, an autonomous region's, nor 望城区党委, its level written)
_SHORT_PLACE_COMMITTEE = re.compile(rf"^([{_CJK}]{{2,3}})党委$")


def _place_party_committee(name: str) -> str:
    """上海党委 → 上海市委, 河南党委 → 河南省委: the party committee of a province or a city named by its short name
    is its 省委|市委; an autonomous region's keeps the name it is called by (内蒙古党委, 西藏党委)."""
    m = _SHORT_PLACE_COMMITTEE.match(name)
    if m is None:
        return name
    for place in gazetteer().lookup(m.group(1)):
        level = level_of(place)
        if not place.former and place.short == m.group(1) and place.level != "county" and level in ("省", "市"):
            return f"{m.group(1)}{level}委"
    return name


# a place's level written again before its body: 乌兰察布市|市委, 乌兰察布市|市政府 (a stem of two characters or more)
_DOUBLED_LEVEL = re.compile(
    rf"^((?:中共|共青团)?[{_CJK}]{{2,}}?([市县区州]))\2(?=委|人民政府|政府|人大|政协|纪委|监委)"
)
_BODY_END = re.compile(r"(?:委|会|院|局|厅|部|府|协|署|办|司|行|社|团|所|中心|公司|集团)$")


_FORMER_INSIDE = re.compile(r"原(?:党组|党委|党支部|党总支|纪委|公司)")


def _without_cut_former(name: str) -> str:
    """海南省人大常委会原 (cut before 原副主任) → 海南省人大常委会; a past post's 原 read into the body
    (碌曲县人大常委会原党组|成员, 中国进出口银行原公司|客户部) → the body before it; 中原, 太原 stay."""
    if name.endswith("原") and len(name) > 3 and _BODY_END.search(name[:-1]):
        return name[:-1]
    if (m := _FORMER_INSIDE.search(name, 3)) and _BODY_END.search(name[: m.start()]):
        return name[: m.start()]
    return name


# A body named by its level only (市关工委, 省人大常委会), not 市场…, 市民…, 区域…
_LEVEL_ONLY = re.compile(rf"^([省市县区州])(?![场民域级直属内外里郊区县政镇乡])[{_CJK}]{{2,}}")


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
    bare = head
    while True:  # 常务副省长 → 省长
        q = next((q for q in _QUALIFIERS if bare.startswith(q) and len(bare) > len(q) + 1), None)
        if q is None:
            break
        bare = bare[len(q) :]
    if bare in HEAD_BODY:
        return HEAD_BODY[bare]
    # 仲裁委原党支部书记、常务副主任: a post after one of the body's party unit is the body's
    return re.sub(r"(?:党组|党委|党支部|党总支)$", "", inherited) if inherited else None


_QUALIFIERS = ("常务", "副", "代理", "代", "专职", "执行", "第一")
# Departments of a party committee or government that name no level of their own: 省委常委、组织部部长.
DEPARTMENTS = ("组织部", "宣传部", "统战部", "政法委", "办公室", "办公厅", "秘书处", "政策研究室", "编办", "党校")
_DEPT_OF = re.compile(rf"^(.*?[省市县区州]委|.*?(?:人民政府|政府)|中共中央)({'|'.join(DEPARTMENTS)}|纪委|监委)$")
_ORDINAL = re.compile(rf"第?[0-9一二三四五六七八九十百]+届(?=[{_CJK}])")


def strip_ordinal(body: str) -> str:
    """A body without its term number: 十届省人大常委会 → 省人大常委会, 中共十八届中央 → 中共中央."""
    return _ORDINAL.sub("", body)


def department_body(body: str, inherited: str | None) -> str:
    """组织部 after 省委常委 is the 省委组织部; other bodies are returned as they are."""
    if inherited and body in DEPARTMENTS and re.search(r"[省市县区州]委$|^中共中央$", inherited):
        return inherited + body
    return body


def parent_body(name: str) -> str | None:
    """The committee or government a department belongs to: 许昌市委组织部 → 许昌市委."""
    m = _DEPT_OF.match(name)
    if not m or not m.group(1):
        return None
    parent = m.group(1)
    return parent if len(parent) >= 2 else None


@dataclass(frozen=True)
class NameConflict:
    """One person name whose posts place it in different regions: possibly two people.

    The entity id stays the name (ids are stable and a store merges on them); the conflict is
    reported so an analyst can split or confirm, never silently merged or split."""

    person: str  # entity id, "Person:<name>"
    level: str  # 省, 市, 县, 区 or 州
    places: tuple[str, ...]  # the differing places at that level, sorted
    articles: tuple[str, ...]  # ids of the articles with the posts, sorted


def name_conflicts(graphs: Iterable[ArticleGraph]) -> list[NameConflict]:
    """Persons whose HOLDS_POSITION bodies name different places at the same level across articles
    (王刚 of 河南省委组织部 vs 王刚 of 湖南省委)."""
    posts = []
    for g in graphs:
        names = {e.id: e.name for e in g.entities}
        for r in g.relations:
            if r.type == "HOLDS_POSITION" and r.source.startswith("Person:"):
                posts.append((r.source, names.get(r.target, r.target.partition(":")[2]), g.article.id))
    return conflicts_in_posts(posts)


def conflicts_in_posts(posts: Iterable[tuple[str, str, str]]) -> list[NameConflict]:
    """``name_conflicts`` over (person id, body name, article id) triples, e.g. from a store."""
    seen: dict[tuple[str, str], dict[str, set[str]]] = {}
    for person, body, article_id in posts:
        ex = explicit_region(body)
        if ex:
            seen.setdefault((person, ex[0]), {}).setdefault(ex[1], set()).add(article_id)
    out = []
    for (person, level), places in sorted(seen.items()):
        if len(places) > 1:
            arts = tuple(sorted(set().union(*places.values())))
            out.append(NameConflict(person, level, tuple(sorted(places)), arts))
    return out


@dataclass
class EntityTable:
    """The entities of one article, minted here only: names become ids, mentions are linked to them.

    A traditional-character article names its entities in simplified characters (李強 and 李强 are
    one entity); the name as written becomes an alias."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=dict)
    linked: list[EntityMention] = field(default_factory=list)

    def entity(self, label: str, name: str, mention: Mention | None = None) -> str:
        """The id of the entity ``label``/``name`` (minted on first use); links ``mention`` to it."""
        if self.article.analysis_text != self.article.text:
            name = to_simplified(name)
        eid = entity_id(label, name)
        if eid not in self.entities:
            self.entities[eid] = Entity(eid, label, name)
        if mention is not None:
            as_stored = self.article.text[mention.start : mention.end]  # rules may read analysis_text
            if as_stored != name:
                self.aliases.setdefault(eid, set()).add(as_stored)
            self.linked.append(EntityMention(eid, mention.start, mention.end, as_stored, mention.source))
        return eid

    def first_positions(self) -> dict[str, int]:
        """Where each linked entity is first mentioned."""
        return {m.entity_id: m.start for m in reversed(self.linked)}

    def graph(self, relations: Iterable[Relation]) -> ArticleGraph:
        """The article graph: every minted entity with its aliases, linked mentions, ``relations``; a body
        with no mention that no relation names is left out (中华人民共和国 of a foreign 国家主席's post dropped
        by ``sole_national_heads``: an implied body is the target of a post, never one alone)."""
        relations = tuple(relations)
        used = {r.source for r in relations} | {r.target for r in relations} | {m.entity_id for m in self.linked}
        entities = tuple(
            Entity(e.id, e.label, e.name, tuple(sorted(self.aliases.get(e.id, ()))))
            for e in self.entities.values()
            if e.label != "Organization" or e.id in used
        )
        return refine(ArticleGraph(self.article, entities, tuple(self.linked), relations))
