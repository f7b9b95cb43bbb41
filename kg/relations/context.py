"""What a relation rule sees: the article, its sentences, the merged mentions with their entity ids,
and ``relate`` to record a relationship with its evidence under the rule's registered id."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.model import Article, Evidence, Mention, Relation
from kg.places import gazetteer
from kg.regions import LEVELS, is_division
from kg.relations.mentions import BARE_KINDS, NAMED_BODY, Found
from kg.resolve import INFERRED, EntityTable, canonical_org
from kg.text import Sentences, Span, SpanIndex


class UnregisteredRuleError(RuntimeError):
    """A rule function emitted an id its registry records do not declare (a programming error)."""


@dataclass
class RuleContext:
    """One article under the relation rules. ``*_ids`` are parallel to the lists of ``found``."""

    article: Article
    found: Found
    table: EntityTable
    sentences: Sentences
    model: str  # the NER backend and model whose mentions the rules read, e.g. "lac"
    person_ids: tuple[str, ...] = ()
    org_ids: tuple[str, ...] = ()
    meeting_ids: tuple[str, ...] = ()
    initiative_ids: tuple[str, ...] = ()
    document_ids: tuple[str, ...] = ()
    relations: list[Relation] = field(default_factory=list)
    allowed: frozenset[str] = frozenset()  # ids the running rule function may emit (set by the engine)
    _seen: set[tuple[str, str, str, str | None]] = field(default_factory=set)
    _org_spans: SpanIndex | None = None

    @property
    def text(self) -> str:
        """The text the rules read: the simplified twin of ``article.text`` (same offsets)."""
        return self.article.analysis_text

    def sentence(self, pos: int) -> Span:
        """The sentence containing ``pos``."""
        return self.sentences.at(pos)

    def entity(self, label: str, name: str, mention: Mention | None = None) -> str:
        """The id of an entity a rule names (minted by the resolver's table)."""
        return self.table.entity(label, name, mention)

    def written_body(self, forms: Sequence[str], start: int, end: int, rule: str) -> Mention | None:
        """The first of ``forms`` (a body as a title writes it: 区人民法院, 趣头条) written in
        ``text[start:end]``, as a mention of rule ``rule``; None when the span writes none of them
        (习近平总书记 names no 中共中央) or when it overlaps a body mention found already, unless it
        only extends shorter ones (中国建设银行新疆维吾尔自治区博州分行 with 中国建设银行 found,
        老挝人民革命党中央委员会 with 老挝人民革命党 found; a party unit of a body found stays that
        body's, 统战部机关党委): a body named inside a title is named by the text."""
        if not forms or forms[0] in BARE_KINDS:  # 党委, 团委 alone: a kind of body, named by no one
            return None
        window = self.text[start:end]
        for form in forms:
            at = window.find(form) if len(form) >= 2 else -1
            if at >= 0:
                s = start + at
                if self._org_spans is None:
                    self._org_spans = SpanIndex((o.start, o.end) for o in self.found.organizations)
                if self._org_spans.overlaps(s, s + len(form)) and not self._holds_found_bodies(s, s + len(form)):
                    return None  # the body is a mention found already
                return Mention(
                    s, s + len(form), self.article.analysis_text[s : s + len(form)], "Organization", f"rules:{rule}"
                )
        return None

    def _holds_found_bodies(self, start: int, end: int) -> bool:
        """True when every body mention found across ``text[start:end]`` lies inside it, shorter: the title writes
        a longer body that holds them (中国建设银行新疆维吾尔自治区博州分行 holds the model's 中国建设银行). A party
        unit of a body found (市委统战部|机关党委) is no such body: the body found names it."""
        if _PARTY_UNIT.match(self.text, start, end):
            return False
        return all(
            start <= o.start and o.end <= end and o.end - o.start < end - start
            for o in self.found.organizations
            if o.start < end and o.end > start
        )

    def relate(self, typ: str, src: str, tgt: str, pos: int, rule: str, title: str | None = None,
               status: str | None = None) -> None:  # fmt: skip
        """Record ``typ`` from ``src`` to ``tgt`` read at ``pos`` by ``rule``, once per (type, ends, title)."""
        if rule not in self.allowed:
            raise UnregisteredRuleError(f"rule {rule!r} is not registered for the running rule function")
        key = (typ, src, tgt, title)
        if key in self._seen or src == tgt:
            return
        self._seen.add(key)
        s, e = self.sentence(pos)
        ev = Evidence(self.article.id, s, e, self.article.text[s:e], rule, self.model)
        self.relations.append(Relation(typ, src, tgt, ev, title, status, self.article.date))


def link(article: Article, found: Found, model: str) -> RuleContext:
    """A context with every merged mention linked to its entity (persons, bodies in the article's
    region, places, meetings, programs, documents, in that order)."""
    ctx = RuleContext(article, found, EntityTable(article), Sentences(article.analysis_text), model)
    ctx.person_ids = tuple(ctx.entity("Person", article.text[p.start : p.end], p) for p in found.persons)
    ctx.org_ids = tuple(
        ctx.entity("Organization", canonical_org(o.attr("name") or o.text, _referred_region(ctx, o)), o)
        for o in found.organizations
    )
    for parent in parent_bodies(article, found):
        ctx.entity("Organization", canonical_org(parent.text, dict(found.region)), parent)
    for p in found.places:
        ctx.entity("Place", p.text, p)
    ctx.meeting_ids = tuple(ctx.entity("Meeting", m.attr("name") or m.text, m) for m in found.meetings)
    ctx.initiative_ids = tuple(ctx.entity("Initiative", i.text, i) for i in found.initiatives)
    ctx.document_ids = tuple(ctx.entity("Document", name, d) for name, d in document_names(found.documents))
    return ctx


def document_names(documents: Sequence[Mention]) -> list[tuple[str, Mention]]:
    """Each document mention with the name of its entity: a short back-reference (《条例》, 《意见》: four
    characters or fewer) after a full title that ends with it (《中国共产党纪律处分条例》) is that document."""
    out: list[tuple[str, Mention]] = []
    for d in documents:
        full = next((n for n, _ in reversed(out) if len(d.text) <= 4 < len(n) and n.endswith(d.text)), None)
        out.append((full or d.text, d))
    return out


# a party unit of a body: 湖南烈士公园|党委, 市检察院|党组, 生态环境部|党组 (not 工会: 总工会 is one word)
_PARTY_UNIT = re.compile(r"(.{3,}?)(党委|党组|党支部|党总支|团委|纪委)$")
# what a party unit's prefix is when it is no body: a place's level, a locality, a kind (各级), a cut 原
_NOT_PARENT = re.compile(r"(?:[省市县区州镇乡村]|街道|社区|委|政府|人大|政协|各级|有关|原)$")


def parent_bodies(article: Article, found: Found) -> list[Mention]:
    """org_parent.v1: the body a party unit belongs to, named inside it and as no mention of its own
    (湖南烈士公园党委 names 湖南烈士公园, the park whose 管理处 and 党委 employ the article's officials; the unit of
    a body's offices, 北京冬奥组委机关团委, names 北京冬奥组委); none for a place's committees (内蒙古党委: 内蒙古
    is a place) or a kind (北京市各级党委)."""
    taken = {(o.start, o.end) for o in found.organizations}
    places = {p.text for p in found.places}
    out = []
    for o in found.organizations:
        m = _PARTY_UNIT.match(article.analysis_text, o.start, o.end)
        if not m or m.end() != o.end:
            continue
        end = o.start + len(m.group(1))
        if article.analysis_text.endswith("机关", o.start + 2, end):  # 北京冬奥组委|机关|团委: the unit of its offices
            end -= 2
        prefix = article.analysis_text[o.start : end]
        if (o.start, end) in taken or _NOT_PARENT.search(prefix) or prefix in places or gazetteer().lookup(prefix):
            continue
        out.append(Mention(o.start, end, article.analysis_text[o.start : end], "Organization", "rules:org_parent.v1"))
    return out


# a career history: 历任…, 先后任…, 曾任…, or a clause opened by a span of time whose posts follow
# (1998年6月起，李克强同志历任…; 1987年至1991年，历任…)
_CAREER = re.compile(r"历任|先后(?:担)?任|曾(?:担)?任|^\s*[0-9]{4}年(?:[0-9]{1,2}月)?(?:起|至|到|—|－|-)[^。]*?任")


def _referred_region(ctx: RuleContext, o: Mention) -> dict[str, str]:
    """The region of a body named right after a place of its level (吉林|省委书记黄强, the model's place
    and a bare body: 吉林省委, whatever the article's region), after 该 (该省农委) or in a career history
    (…历任河南省委副书记、代省长、省长，省委书记): the place of that level named last before it in the sentence
    (湖南省委副书记乌兰带领该省农委 → 湖南省农委; 河南省委), in a career history that place only (none named: the
    body stays bare, never the article's place nor the birthplace); else the article's region."""
    region = dict(ctx.found.region)
    level = o.text[:1]
    lead = next((p for p in ctx.found.places if p.end == o.start), None)
    if lead is not None and level in LEVELS and is_division(lead.text, level):
        return {**region, level: lead.text}
    if level not in LEVELS:
        return region
    s, e = ctx.sentence(o.start)
    referred = ctx.text[o.start - 1 : o.start] == "该"
    career = not referred and _CAREER.search(ctx.text[s:e]) is not None
    if not referred and not career:
        return region
    written = [m.group(1) for m in NAMED_BODY.finditer(ctx.text, s, o.start) if m.group(2) == level]
    written += [p.text[:-1] for p in ctx.found.places if s <= p.start and p.end <= o.start and p.text[-1] == level]
    # the division a match ends with (历任|河南省委: 河南)
    named = [d for w in written if (d := next((w[i:] for i in range(len(w) - 1) if is_division(w[i:], level)), ""))]
    if career:
        region = {k: v for k, v in region.items() if k not in (level, INFERRED + level)}
    return {**region, level: named[-1]} if named else region
