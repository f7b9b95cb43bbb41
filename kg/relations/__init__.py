"""Relation rules: mentions of one article in, an ArticleGraph out.

Model mentions are cleaned and merged with rule mentions (kg.ner.rules), the rule table
(kg.relations.table) is applied sentence by sentence, and names are resolved to canonical
entities (kg.resolve). Every relation carries the sentence it was read from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from kg.ingest import to_simplified
from kg.model import Article, ArticleGraph, Entity, EntityMention, Evidence, Mention, Relation, entity_id
from kg.ner import rules as R
from kg.relations.gazetteer import SURNAMES as _SURNAMES
from kg.relations.persons import after_title as after_foreign_title
from kg.relations.persons import is_translit
from kg.relations.persons import refine as refine_persons
from kg.relations.persons import relabel as relabel_persons
from kg.resolve import (
    DEPARTMENTS,
    HEAD_BODY,
    NATIONAL_ALIASES,
    body_of_title,
    canonical_org,
    department_body,
    explicit_region,
    parent_body,
    region_of,
    strip_ordinal,
)

try:  # bylines belong to ingest; fall back to our own reader until it lands
    from kg.ingest import find_credits as _find_credits  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the ingest package
    from kg.relations.credits import find_credits as _find_credits

find_credits: Callable[[str], list[Mention]] = _find_credits

_NAME_OK = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}$")
# A name's last character that really starts the next word: 王勇|安排, 刘涛|部署.
_VERB2 = frozenset(
    [
        "安排",
        "部署",
        "主持",
        "讲话",
        "出席",
        "参加",
        "强调",
        "指出",
        "要求",
        "调研",
        "考察",
        "看望",
        "介绍",
        "表示",
        "带队",
        "会见",
        "检查",
        "督导",
        "列席",
        "致辞",
        "宣布",
        "传达",
        "会谈",
        "通话",
    ]
)
_SPEAKER = re.compile(r"(?<=[的，,。：:])([\u4e00-\u9fff]{3})(?=说|表示|告诉记者)")
_NOT_GIVEN_CHARS = frozenset("他她们还也都又就方人者家员")
_NOT_GIVEN = frozenset(["老师", "师傅", "先生", "女士", "同志", "大爷", "大妈", "阿姨", "主任", "书记", "们", "人"])
NON_OFFICIAL_HEADS = ("讲师", "教授", "工程师", "经理", "总经理", "董事长", "指导师", "育婴师", "总监", "总裁", "主编")
_APPOINT_AFTER = re.compile(r"(?:同志)?(?:为|的|辞去|(?:兼任|担任)的)?([^，。；]{2,40}?)(?:职务|$|[，。；])")
_ROLE_PRESIDE = re.compile(r"(?:同志)?(?:在[^，。；]{0,40}?)?主持")
_ROLE_SPEAK = re.compile(
    r"(?:同志)?(?:(?:主持会议|主持|出席|出席会议|参加会议)并|在[^，。；]{0,60}?上(?:[^，。；]{1,6}?地)?)?(?:发表)?(?:重要)?"
    r"(?:讲话|强调|指出|要求|部署|作[^，。；]{0,12}报告|致辞|讲党课)"
    # 在座谈会上缅怀了…，强调…: what a person does at a meeting, then speaks, in one sentence
    r"|(?:同志)?在[^，。；]{0,40}?(?:会|会议|班)上[^。；]{0,60}?[，,](?:并)?(?:强调|指出|表示|要求)"
)
# speaking on behalf of a body, or a named address: 蔡奇代表党中央致词, 先后代表…向大会致贺词,
# 围绕…作了发言, 代表…作了题为《…》的报告
_ROLE_ADDRESS = re.compile(
    r"(?:[，,](?=先后|分别))?(?:先后|分别)?(?:代表[^，。；]{1,30}?)?(?:向[^，。；]{1,12}?|围绕[^，。；]{1,40}?)?"
    r"(?:致词|致贺词|致辞|作了?发言|发言|作了?题为《[^》]{1,80}》的(?:报告|讲话|致词|发言))"
)
_NATIONAL_TITLE = re.compile(r"总书记|副委员长|委员长|副总理")
_CITED = re.compile(r"在[^，。；]{0,60}?时的")
# a title after the name before the verb: 栗战书委员长主持会议, 王晨副委员长
_TITLE_AFTER = re.compile(rf"(?:常务副|副)?(?:{R._HEADS})(?=主持|出席|讲话|致辞|强调|指出|作|在|发表)")
_ATTEND = re.compile(r"(?:出席|参加|列席|到会)(?:了)?(?=会议|大会|活动|座谈会|仪式|祝贺|指导|$|[，。；,;并\n])")
_ISSUE = re.compile(r"制定出台|印发|出台|发出|发布|下发|制定")
_RUN = re.compile(r"开展|实施|推进|启动|组织|推行|举办")
_ORGANIZE = re.compile(r"(?:组织)?召开|举办|举行")
_VISIT = re.compile(r"前往|赴|到|来到|深入")
_MINISTRY = re.compile(r"(?<![内全西东南北中干局基总本支头外])部$")
_PLACE_BODY = re.compile(r"^[\u4e00-\u9fff]{2,6}[省市县区州]$")
_PUBLICATION = re.compile(r"周报|日报|晚报|早报|商报|报社|杂志")
_ENTRUST = re.compile(r"受[^，。；]{1,30}?委托")
_ETC_GROUP = re.compile(r"等[\u4e00-\u9fff]{0,10}(?:领导|同志|负责人|负责同志|成员|代表)")
# Bodies a title may name beyond the organization suffixes: 关工委, 民革中央, 司法室, 民革北京市委会.
_TITLE_BODY_END = re.compile(r"(?:委|中央|委会|室|院|所|处|站|馆|社|台|队|战区|军区|舰队|部队)$")
_NOT_PLACE_BODY = ("战区", "军区")
FULL_TITLE_BODY = {"国务委员": "国务院", "国家主席": "中华人民共和国", "国家副主席": "中华人民共和国"}
_EMBASSY = re.compile(r"^(?:中国|我国)驻[\u4e00-\u9fff]{1,10}$")
_MISSION = {"大使": "大使馆", "总领事": "总领事馆", "领事": "领事馆", "参赞": "大使馆"}
# A name right after a noun of what it is names no person: 印尼传统乐器|伽美兰, 舞蹈|朋德舞
_THING_BEFORE = re.compile(
    r"(?:乐器|舞蹈|歌曲|曲目|乐曲|美食|菜肴|小吃|品牌|产品|节目|作品|剧目|游戏|软件|品种|型号|机型|商标)$"
)
# Set phrases LAC reads as a name: 对党忠诚
_NOT_NAME_CONTEXT = re.compile(r"对党忠诚|对党负责")
# After a split name (王战|营|到): the word that follows a name.
_AFTER_NAME = "到在赴前来出主参强指说率带深等与和及同向对为陪看调、，,。：:"
# after a cut name, only a function word or punctuation: a verb here (李强|作出) means the name was whole
_AFTER_SPLIT_NAME = "到在赴等与和及同向对为、，,。：:"
_NOT_NAME_END = R.STOP + "又还也再都先亲就才曾已正率带一代"


@dataclass
class _Ctx:
    article: Article
    text: str
    sents: list[tuple[int, int]]
    starts: list[int]
    entities: dict[str, Entity] = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=dict)
    linked: list[EntityMention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    seen: set[tuple[str, str, str, str | None]] = field(default_factory=set)

    def sentence(self, pos: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.starts, pos) - 1)
        return self.sents[i] if self.sents else (0, len(self.text))

    def entity(self, label: str, name: str, mention: Mention | None = None) -> str:
        if self.article.analysis_text != self.article.text:
            name = to_simplified(name)  # one entity for 李強 and 李强, named in simplified characters
        eid = entity_id(label, name)
        if eid not in self.entities:
            self.entities[eid] = Entity(eid, label, name)
        if mention is not None:
            as_stored = self.article.text[mention.start : mention.end]  # rules may read analysis_text
            if as_stored != name:
                self.aliases.setdefault(eid, set()).add(as_stored)
            self.linked.append(EntityMention(eid, mention.start, mention.end, as_stored, mention.source))
        return eid

    def relate(self, typ: str, src: str, tgt: str, pos: int, rule: str, title: str | None = None,
               status: str | None = None) -> None:  # fmt: skip
        key = (typ, src, tgt, title)
        if key in self.seen or src == tgt:
            return
        self.seen.add(key)
        s, e = self.sentence(pos)
        ev = Evidence(self.article.id, s, e, self.article.text[s:e], rule)
        self.relations.append(Relation(typ, src, tgt, ev, title, status, self.article.date))


def _inside(spans: Sequence[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _overlaps(spans: Sequence[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < b and a < e for a, b in spans)


def _clean_person(article: Article, m: Mention) -> Mention | None:
    """Trim whitespace, a photo-credit 摄 and a swallowed verb start; refuse what is no name."""
    text = article.analysis_text
    s, e = m.start, m.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if text[e - 1 : e] == "摄" and e - s >= 3:
        e -= 1
    if e - s == 3 and text[e - 1 : e + 1] in _VERB2:
        e -= 1
    if e - s == 4 and text[e - 1] == "等":  # 习近平等领导同志
        e -= 1
    if e - s == 3 and text[e - 1] == "副" and any(text.startswith(h, e) for h in R.TITLE_HEADS):  # 王晨副|委员长
        e -= 1
    if not _NAME_OK.match(text[s:e]) and not (5 <= e - s <= 10 and is_translit(text[s:e])):  # 叶尔梅克巴耶夫
        return None
    name = text[s:e]
    # 乌方, 俄军, 军乐团: a side, an army or a body, not a person
    if name[-1] in "团队部委局" or (len(name) == 2 and name[1] in "方军" and name[0] not in _SURNAMES):
        return None
    return Mention(s, e, article.text[s:e], "Person", m.source)


def _name_after_title(text: str, pos: int, loose: bool = False) -> tuple[int, int] | None:
    """A name right after a title when the model missed it: surname + 1–2 characters; with ``loose``
    (the title names its body: 巴厘省省长科斯特等) any 2–4 characters closed by 等 or 、."""
    if loose and pos < len(text) and text[pos] not in _SURNAMES:
        for n in (3, 2, 4):
            seg = text[pos : pos + n]
            if text[pos + n : pos + n + 1] in ("等", "、") and all(
                "\u4e00" <= c <= "\u9fff" and c not in R.STOP for c in seg
            ):
                return pos, pos + n
        return None
    if pos >= len(text) or text[pos] not in _SURNAMES:
        return None

    def boundary(i: int) -> bool:
        return i >= len(text) or not ("\u4e00" <= text[i] <= "\u9fff") or text[i] in R.STOP or text[i : i + 2] in _VERB2

    for n in (2, 3):
        if boundary(pos + n) and all("\u4e00" <= c <= "\u9fff" for c in text[pos : pos + n]):
            return pos, pos + n
    return None


def analyse_article(article: Article, mentions: Sequence[Mention], model: str) -> ArticleGraph:
    """Entities, mentions and relations of one article: rules, model mentions, rule table, resolution."""
    text = article.analysis_text
    sents = R.sentences(text)
    ctx = _Ctx(article, text, sents, [s for s, _ in sents])

    quotes = [(q.start(), q.end()) for q in R.QUOTE.finditer(text)]
    documents = R.find_documents(article)
    doc_spans = [(d.start - 1, d.end + 1) for d in documents]
    initiatives = R.find_initiatives(article)
    credits = [c for c in find_credits(article.text)]
    credit_spans = [(c.start, c.end) for c in credits]
    blocked = quotes + doc_spans

    persons: list[Mention] = []
    mentions = relabel_persons(text, mentions)
    for m in mentions:
        if m.label == "Person":
            p = _clean_person(article, m)
            if (
                p
                and not _inside(blocked, p.start, p.end)
                and not _overlaps(credit_spans, p.start, p.end)
                and not _PUBLICATION.match(text, p.end)
                and not _THING_BEFORE.search(text, max(0, p.start - 4), p.start)
                and not any(c.start() < p.end and p.start < c.end() for c in _NOT_NAME_CONTEXT.finditer(text))
            ):
                persons.append(p)
    persons = _extend_split_names(text, persons)
    # a model "organization" that is only a place name (许昌市) is a place
    mentions = [t for m in mentions if (t := _trimmed(article, m))]
    mentions = [
        Mention(m.start, m.end, m.text, "Place", m.source)
        if m.label == "Organization" and _PLACE_BODY.match(m.text)
        else m
        for m in mentions
    ]
    places = [m for m in mentions if m.label == "Place" and not _inside(blocked, m.start, m.end)]
    model_orgs = [
        m for m in mentions
        if m.label == "Organization" and not _inside(blocked, m.start, m.end)
        and (R.is_body_name(m.text) or m.text in R.NATIONAL_BODIES or m.text in NATIONAL_ALIASES)
    ]  # fmt: skip
    meetings = R.find_meetings(article, [(p.start, p.end) for p in persons])
    avoid = [(p.start, p.end) for p in persons] + [(m.start, m.end) for m in meetings]
    rule_orgs = [
        o for o in R.find_organizations(article, places, model_orgs, avoid) if not _inside(blocked, o.start, o.end)
    ]
    orgs = [o for o in _merge_orgs(model_orgs + rule_orgs) if not _chain_department(text, o)]
    org_spans = [(o.start, o.end) for o in orgs]
    places = [p for p in places if not _overlaps(org_spans, p.start, p.end)]
    meet_spans = [(m.start, m.end) for m in meetings]
    # names after a title that the model missed
    taken = {p.start for p in persons}
    for h in re.finditer(rf"(?:{R._HEADS})", text):
        chain = R.title_chain(text, h.end())
        loose = bool(chain) and bool(R.split_title(text[chain[-1][0] : chain[-1][1]])[0])
        span = None if h.end() in taken else _name_after_title(text, h.end(), loose)
        if span and R.title_chain(text, span[0]) and not _overlaps(credit_spans + org_spans + meet_spans, *span):
            persons.append(Mention(span[0], span[1], article.text[span[0] : span[1]], "Person", "rules:title_name.v1"))
            taken.add(span[0])
    # a name before a national title the model missed: 和习近平总书记
    for h in _NATIONAL_TITLE.finditer(text):
        for n in (3, 2):
            s0 = h.start() - n
            seg = text[s0 : h.start()]
            if s0 < 0 or seg[0] not in _SURNAMES or any(c in R.STOP or not "\u4e00" <= c <= "\u9fff" for c in seg):
                continue
            if s0 and "\u4e00" <= text[s0 - 1] <= "\u9fff" and text[s0 - 1] not in R.STOP:
                continue
            if not any(p.start < h.start() and s0 < p.end for p in persons) and not _overlaps(
                org_spans + meet_spans + blocked + credit_spans, s0, h.start()
            ):
                persons.append(Mention(s0, h.start(), article.text[s0 : h.start()], "Person", "rules:name_title.v1"))
            break
    # a speaker the model missed: 参加培训的帖文峰说
    for found in _SPEAKER.finditer(text):
        s0, e0 = found.span(1)
        name = found.group(1)
        ok = name[0] in _SURNAMES and name[1:] not in _NOT_GIVEN and not set(name[1:]) & _NOT_GIVEN_CHARS
        ok = ok and not _overlaps(org_spans + meet_spans + blocked, s0, e0)
        if ok and not any(p.start < e0 and s0 < p.end for p in persons + credits):
            persons.append(Mention(s0, e0, article.text[s0:e0], "Person", "rules:speaker_name.v1"))
    persons = [p for p in persons if not _inside(org_spans + meet_spans, p.start, p.end)]
    persons.sort(key=lambda p: p.start)
    persons = refine_persons(text, persons, [m for m in mentions if m.label in ("Place", "Organization")])

    region = region_of(
        article,
        [m.text for m in mentions if m.label == "Place"]
        + [
            f"{r[1]}{r[0]}"
            for o in orgs
            if (r := explicit_region(o.text)) and not _before_title(text, o.end)  # 湖南省委副书记乌兰 is a visitor
        ],
    )

    # entities ----------------------------------------------------------------------------
    person_ids = [ctx.entity("Person", article.text[p.start : p.end], p) for p in persons]
    org_ids = [ctx.entity("Organization", canonical_org(o.text, _referred_region(ctx, o, region)), o) for o in orgs]
    for p in places:
        ctx.entity("Place", p.text, p)
    meeting_ids = [ctx.entity("Meeting", m.attr("name") or m.text, m) for m in meetings]
    init_ids = [ctx.entity("Initiative", i.text, i) for i in initiatives]
    doc_ids = [ctx.entity("Document", d.text, d) for d in documents]

    _credits(ctx, credits)
    _positions(ctx, persons, person_ids, region, [(o.start, o.end) for o in orgs] + [(p.start, p.end) for p in places])
    _roles(ctx, persons, person_ids, meetings, meeting_ids)
    _org_relations(ctx, orgs, org_ids, places, documents, doc_ids, initiatives, init_ids, meetings, meeting_ids)
    _participants(ctx, persons, person_ids, initiatives, init_ids)
    _departments(ctx)

    entities = tuple(
        Entity(e.id, e.label, e.name, tuple(sorted(ctx.aliases.get(e.id, ())))) for e in ctx.entities.values()
    )
    return ArticleGraph(article, entities, tuple(ctx.linked), tuple(ctx.relations))


def _trimmed(article: Article, m: Mention) -> Mention | None:
    """The mention without the whitespace a model span may start or end with (\\n大疆创新科技有限公司)."""
    s, e = m.start, m.end
    while s < e and article.text[s].isspace():
        s += 1
    while e > s and article.text[e - 1].isspace():
        e -= 1
    if s == e:
        return None
    return m if (s, e) == (m.start, m.end) else Mention(s, e, article.text[s:e], m.label, m.source, m.attrs)


def _referred_region(ctx: _Ctx, o: Mention, region: dict[str, str]) -> dict[str, str]:
    """The region of a body named after 该 (该省农委): the place of that level named last before it in
    the sentence (湖南省委副书记乌兰带领该省农委 → 湖南省农委), else the article's region."""
    if ctx.text[o.start - 1 : o.start] != "该" or o.text[:1] not in "省市县区州":
        return region
    s, _e = ctx.sentence(o.start)
    named = [m for m in _NAMED_BODY.finditer(ctx.text, s, o.start) if m.group(2) == o.text[0]]
    return {**region, o.text[0]: named[-1].group(1)} if named else region


def _chain_department(text: str, o: Mention) -> bool:
    """True for a department named only inside a title chain, after its committee's title:
    商丘市委常委、政法委|书记, 省委常委、宣传部|部长. The dev gold names no organization for it (the
    post is held in the committee, the title keeps the department), so it is no entity of its own."""
    if o.text not in DEPARTMENTS or text[o.start - 1 : o.start] != "、" or not _before_title(text, o.end):
        return False
    m = R.TITLE_CHAIN_END.search(text, max(0, o.start - 40), o.start - 1)
    if not m:
        return False
    body, _head = R.split_title(text[m.start() : o.start - 1].split("、")[0])
    return department_body(o.text, strip_ordinal(body) or None) != o.text


def _before_title(text: str, pos: int) -> bool:
    """True when a title head (副书记, 常委, 部长…) starts at ``pos``: the organization is a title body."""
    rest = text[pos : pos + 8]
    for q in ("", *R.TITLE_QUALIFIERS):
        if rest.startswith(q) and any(rest.startswith(h, len(q)) for h in R.TITLE_HEADS):
            return True
    return False


def _extend_split_names(text: str, persons: list[Mention]) -> list[Mention]:
    """Repair names the model cut one character short (王战|营|到, 孔昌|生|到): the longer name is
    found elsewhere in the article, or the cut name follows a title and the next character is
    followed by a word that follows names."""
    full = {p.text for p in persons if len(p.text) == 3}
    out: list[Mention] = []
    for p in persons:
        e = p.end
        if len(p.text) == 2 and e < len(text) and "\u4e00" <= text[e] <= "\u9fff" and text[e] not in _NOT_NAME_END:
            longer = text[p.start : e + 1]
            after_title = bool(R.title_chain(text, p.start))
            after_title = after_title or (is_translit(longer) and after_foreign_title(text, p.start))  # 总理欧尔|班
            follows = text[e + 1 : e + 2] in tuple(_AFTER_SPLIT_NAME) or text[e + 1 : e + 3] in _VERB2  # 刘国|中|出席
            follows = follows or text[e + 1 : e + 3] in ("今天", "当天", "日前") or text[e + 1 : e + 2].isdigit()
            in_list = text[p.start - 1 : p.start] == "、" and text[e + 1 : e + 2] in ("、", "等")  # 、陈斌|开|、
            if longer in full or ((after_title or in_list) and follows and text[e : e + 2] not in _VERB2):
                p = Mention(p.start, e + 1, longer, "Person", p.source)
        out.append(p)
    return out


def _departments(ctx: _Ctx) -> None:
    """A department is PART_OF its committee or government: 许昌市委组织部 → 许昌市委."""
    first = {m.entity_id: m.start for m in reversed(ctx.linked)}
    for eid, ent in list(ctx.entities.items()):
        if ent.label != "Organization":
            continue
        parent = parent_body(ent.name)
        if parent:
            pos = first.get(eid)
            if pos is None:
                pos = next((r.evidence.start for r in ctx.relations if r.target == eid), 0)
            ctx.relate("PART_OF", eid, ctx.entity("Organization", canonical_org(parent)), pos, "department_of.v1")


_SUBUNIT_RULES = ("rules:org_subunit.v1", "rules:org_committee.v1")


def _merge_orgs(orgs: list[Mention]) -> list[Mention]:
    """Organizations without overlaps: the longest span wins (sub-units keep their parent separately)."""
    kept = R._longest([(o.start, o.end) for o in orgs])
    by_span = {(o.start, o.end): o for o in orgs}
    out = [by_span[k] for k in kept]
    # a parent named inside a sub-unit stays an entity of its own (禹州市公交公司 of …公司团支部)
    for o in orgs:
        if (
            o.source.startswith("lac")
            and (o.start, o.end) not in kept
            and any(s == o.start and e > o.end and by_span[(s, e)].source in _SUBUNIT_RULES for s, e in kept)
        ):
            out.append(o)
    return sorted(out, key=lambda o: (o.start, o.end))


def _credits(ctx: _Ctx, credits: Sequence[Mention]) -> None:
    for c in credits:
        pid = ctx.entity("Person", c.text, Mention(c.start, c.end, c.text, "Person", c.source))
        typ = "PHOTOGRAPHED" if c.label == "Photographer" else "REPORTED"
        rule = c.source.removeprefix("rules:") if c.source.startswith("rules:") else c.source
        ctx.relate(typ, pid, f"Article:{ctx.article.id}", c.start, rule)


def _status(text: str, chain_start: int, title: str) -> str:
    if title.startswith(("代理", "代")) and not title.startswith("代表"):
        return "acting"
    return "held"


_NAMED_BODY = re.compile(r"([\u4e00-\u9fff]{2,4}?)([省市县区州])(?=委|人民政府|政府|人大|政协)")
_CLAUSE_VERB = re.compile(r"率|带领|陪同|考察|调研|会见|出席|主持|参加|来到|前往|表示|强调|指出|会谈|迎接")


def _sentence_region(ctx: _Ctx, pos: int, region: dict[str, str], named: Sequence[tuple[int, int]]) -> dict[str, str]:
    """The article region, overridden by a body named just before in the same list of officials:
    山东省委书记林武和省长周乃翔 → 省 is 山东, whatever the article's region."""
    s, _e = ctx.sentence(pos)
    local = dict(region)
    for a, _b in sorted(named):
        m = _NAMED_BODY.match(ctx.text, a) if s <= a < pos else None
        if m and m.end() < pos:
            between = ctx.text[m.end() : pos]
            if len(between) <= 25 and not _CLAUSE_VERB.search(between):
                local[m.group(2)] = m.group(1)
    return local


def _trim_chain(chain: list[tuple[int, int]], persons: Sequence[Mention],
                named: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:  # fmt: skip
    """A title never holds a name: 中央军委副主席张又侠宣读|中央军委主席 starts at the body after the name."""
    out = []
    for s, e in chain:
        inner = [p.end for p in persons if s <= p.start and p.end < e]
        if inner:
            starts = [a for a, _b in named if max(inner) <= a < e]
            if not starts:
                continue
            s = min(starts)
        out.append((s, e))
    return out


def _positions(ctx: _Ctx, persons: Sequence[Mention], pids: Sequence[str], region: dict[str, str],
               named: Sequence[tuple[int, int]] = ()) -> None:  # fmt: skip
    text = ctx.text
    chains: dict[int, list[tuple[int, int]]] = {}
    for i, p in enumerate(persons):
        chain = _comma_titles(
            text, _compound_body(text, _trim_chain(R.title_chain(text, p.start), persons, named), persons, named)
        )
        rule = "title_before_name.v1"
        if not chain and i and text[p.start - 1 : p.start] == "、" and persons[i - 1].end == p.start - 1:
            chain = chains.get(i - 1, [])
            rule = "shared_title_list.v1"
        chains[i] = chain
        local = _sentence_region(ctx, chain[0][0], region, named) if chain else region
        _emit_chain(ctx, p, pids[i], chain, local, rule, "held")
        # a national title after the name: 习近平总书记, 栗战书委员长, 王晨副委员长
        for t in ("总书记", "副委员长", "委员长", "副总理", "总理"):
            if text.startswith(t, p.end) and not chain:
                oid = ctx.entity("Organization", HEAD_BODY[t.removeprefix("副")])
                ctx.relate("HOLDS_POSITION", pids[i], oid, p.start, "name_before_title.v1", t, "held")
                break
    # appointments, removals, resignations: 任命秦刚为…, 免去王毅兼任的…职务, 免去吴英杰…常务委员、…主任职务
    for i, p in enumerate(persons):
        verb = text[p.start - 2 : p.start]
        m = _APPOINT_AFTER.match(text, p.end) if verb in ("任命", "免去", "接受") else None
        if not m:
            continue
        pid, name, titles = pids[i], p.text, m.group(1)
        status = {"任命": "appointed", "免去": "removed", "接受": "resigned"}[verb]
        pos = m.start(1)
        spans = []
        for part in titles.split("、"):
            if part and any(part.endswith(h) for h in R.TITLE_HEADS):
                spans.append((pos, pos + len(part)))
            pos += len(part) + 1
        _emit_chain(ctx, Mention(p.start, p.end, name, "Person", "rules"), pid, spans, region, "appointment.v1", status)


def _compound_body(text: str, chain: list[tuple[int, int]], persons: Sequence[Mention],
                   named: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:  # fmt: skip
    """A body named X和Y / X与Y (人力资源和社会保障部, 海洋与投资统筹部) continues the first title leftwards
    over 和/与, when X is a word of the body, not a name: 史根治和市长刘涛 stays two people, and
    在郑州与兴业银行董事长 names no 郑州与兴业银行 (X is a place)."""
    if not chain or chain[0][0] < 3 or text[chain[0][0] - 1] not in "和与":
        return chain
    s, e = chain[0]
    body, _head = R.split_title(text[s:e])
    if not (R.ORG_SUFFIX_END.search(body) or body.endswith(("部", "委"))):
        return chain
    j = s - 1
    while j > max(0, s - 10) and "\u4e00" <= text[j - 1] <= "\u9fff" and text[j - 1] not in R.STOP:
        j -= 1
    word = text[j : s - 1]
    if (
        len(word) < 2
        or any(p.start < s - 1 and j < p.end for p in persons)
        or any(b == s - 1 and j <= a for a, b in named)
        or any(word.endswith(h) for h in R.TITLE_HEADS)
    ):
        return chain
    out = [(j, e), *chain[1:]]
    if j and text[j - 1] == "、":
        out = R.title_chain(text, j - 1) + out
    return out


_TERMS = re.compile(r"(?:第?[0-9一二三四五六七八九十]+届、)+$")


def _comma_titles(text: str, chain: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Titles in a clause of titles only, before the chain of the name: 八届、九届省人大常委会副主任,
    省关工委常务副主任、秘书长张德广 gives all three titles to 张德广."""
    while chain and chain[0][0] > 0 and text[chain[0][0] - 1] in ",，":
        end = chain[0][0] - 1
        prev = R.title_chain(text, end)
        if not prev:
            break
        lo = prev[0][0]
        terms = _TERMS.search(text, max(0, lo - 12), lo)
        if terms:
            lo = terms.start()
        if lo and text[lo - 1] not in ",，:：。；;\n ]】)）":
            break
        chain = prev + chain
    return chain


def _emit_chain(ctx: _Ctx, p: Mention, pid: str, chain: Sequence[tuple[int, int]], region: dict[str, str],
                rule: str, status: str) -> None:  # fmt: skip
    inherited: str | None = None
    local = dict(region)
    for s, e in chain:
        token = ctx.text[s:e]
        title = ctx.article.text[s:e]
        body, head = R.split_title(token)
        if token in FULL_TITLE_BODY:  # 国务委员 → 国务院, 国家主席 → 中华人民共和国
            body, head = FULL_TITLE_BODY[token], token
        elif (emb := _EMBASSY.match(body)) and head in _MISSION:  # 中国驻印尼大使 → 中国驻印尼大使馆
            body = emb.group(0) + _MISSION[head]
        # 商丘市市长: the body is the place of a head-named body
        if _PLACE_BODY.match(body) and not body.endswith(_NOT_PLACE_BODY):
            local = {**local, body[-1]: body[:-1]}
            body = ""
        dept = strip_ordinal(body)
        body = department_body(dept, inherited)
        if body != dept and inherited:  # 商丘市委常委、政法委书记: the post is held in the committee
            body = inherited
        known = R.ORG_SUFFIX_END.search(body) or _MINISTRY.search(body) or _TITLE_BODY_END.search(body)
        if body and not (known or token in FULL_TITLE_BODY):
            # 早期教育指导师 inherits the body of the chain; 巴基斯坦总理 names none we know
            if inherited is None:
                continue
            body = ""
        ex = explicit_region(body)
        if ex:
            local = {**local, ex[0]: ex[1]}
        org = body_of_title(body, head, inherited)
        st = _status(ctx.text, s, head) if status == "held" else status
        if org is None:
            continue
        inherited = org
        name = canonical_org(org, local)
        oid = ctx.entity("Organization", name)
        ctx.relate("HOLDS_POSITION", pid, oid, p.start, rule, title, st)
        bare = head.lstrip("副")
        if bare in NON_OFFICIAL_HEADS:
            ctx.relate("WORKS_FOR", pid, oid, p.start, "works_for.v1")


def _nearest(ctx: _Ctx, items: Sequence[Mention], ids: Sequence[str], pos: int) -> str | None:
    """The item in the sentence of ``pos``, else the nearest one before it, else the first after."""
    s, e = ctx.sentence(pos)
    inside = [ids[i] for i, m in enumerate(items) if s <= m.start < e and not _is_cited(ctx.text, m)]
    if inside:
        return inside[0]
    # 主持会议 refers back to a meeting the article holds (…会议召开), not one it only mentions
    # (迎接党的二十大胜利召开, 贯彻…会议精神)
    held = [ids[i] for i, m in enumerate(items) if m.start < s and _is_held(ctx.text, m)]
    if held:
        return held[-1]
    # else the nearest meeting that is not only cited (党的十八大以来, 贯彻…会议精神)
    live = [(m, ids[i]) for i, m in enumerate(items) if not _is_cited(ctx.text, m)]
    before = [mid for m, mid in live if m.start < s]
    if before:
        return before[-1]
    return live[0][1] if live else None


_CITED_AFTER = re.compile(r"(?:胜利召开)?(?:以来|精神|要求|部署|决策部署|重大决策|提出的|确定的|作出的)")
_CITED_BEFORE = ("贯彻", "落实", "学习", "迎接", "喜迎", "宣传", "领会", "践行")


def _is_cited(text: str, m: Mention) -> bool:
    """The meeting is only referred to (党的十八大以来, 学习贯彻党的二十大精神), not an event of the article."""
    return bool(_CITED_AFTER.match(text, m.end)) or text[max(0, m.start - 4) : m.start].endswith(_CITED_BEFORE)


def _is_held(text: str, m: Mention) -> bool:
    """The meeting is held in the article: 召开|举行 right before it, or it is the subject of 召开|举行."""
    if R.HOLD_BEFORE.search(text, max(0, m.start - 4), m.start) or text.startswith(("召开", "举行"), m.start - 4):
        return True
    after = text[m.end : m.end + 12]
    greeted = text[max(0, m.start - 2) : m.start] in ("迎接", "喜迎") or re.match(r"[^，。；]{0,6}胜利召开", after)
    return bool(R.HOLD_AFTER.match(after)) and not greeted


def _roles(ctx: _Ctx, persons: Sequence[Mention], pids: Sequence[str], meetings: Sequence[Mention],
           mids: Sequence[str]) -> None:  # fmt: skip
    if not mids:
        return
    text = ctx.text
    entrusted = [(m.start(), m.end()) for m in _ENTRUST.finditer(text)]
    for i, p in enumerate(persons):
        if _inside(entrusted, p.start, p.end):
            continue
        mid = _nearest(ctx, meetings, mids, p.start)
        if mid is None:
            continue
        t = _TITLE_AFTER.match(text, p.end)
        after = t.end() if t else p.end
        if _CITED.match(text, after):  # 习近平总书记在主持…时的重要讲话: a speech cited, no role here
            continue
        # a 、-list of names shares the verb of its last name: 王东峰、朱永新、杨震围绕…作了发言
        group = [i]
        while (
            group[0]
            and persons[group[0] - 1].end + 1 == persons[group[0]].start
            and text[persons[group[0]].start - 1] == "、"
        ):
            group.insert(0, group[0] - 1)
        # titled names joined by ，before 先后/分别: 书记处第一书记阿东，中央军委委员苗华，先后代表…致贺词
        if text[after : after + 1] in "，," and text.startswith(("先后", "分别"), after + 1):
            j = group[0]
            while (
                j
                and text[persons[j - 1].end : persons[j - 1].end + 1] in "，,"
                and ((ch := R.title_chain(text, persons[j].start)) and ch[0][0] == persons[j - 1].end + 1)
            ):
                j -= 1
                group.insert(0, j)
        if _ROLE_PRESIDE.match(text, after):
            for g in group:
                ctx.relate("PRESIDED", pids[g], mid, persons[g].start, "presided.v1")
        if _ROLE_SPEAK.match(text, after) or _ROLE_ADDRESS.match(text, after):
            for g in group:
                ctx.relate("SPOKE_AT", pids[g], mid, persons[g].start, "spoke_at.v1")
    # 出席|参加 + a named meeting: the one person of the sentence before it (习近平…赴巴厘岛出席…峰会)
    for k, mt in enumerate(meetings):
        if text[mt.start - 2 : mt.start] in ("出席", "参加", "列席"):
            s, _e = ctx.sentence(mt.start)
            before = [i for i, p in enumerate(persons) if s <= p.start and p.end <= mt.start]
            if len({persons[i].text for i in before}) == 1:
                ctx.relate("ATTENDED", pids[before[0]], mids[k], persons[before[0]].start, "attended.v1")
    # attendance: persons listed before 出席/参加/列席 in list-only clauses
    for m in _ATTEND.finditer(text):
        s, _e = ctx.sentence(m.start())
        if text.startswith(("仪式", "活动"), m.end()):  # a ceremony is no meeting: only one named in the sentence
            inside = [mids[i] for i, mt in enumerate(meetings) if s <= mt.start < _e]
            mid = inside[0] if inside else None
        else:
            mid = _nearest(ctx, meetings, mids, m.start())
        if mid is None:
            continue
        clause_start = max(text.rfind(c, s, m.start()) for c in "，,：: \u3000") + 1
        lo = max(s, clause_start)
        # earlier clauses of the sentence that only list people (end with a name)
        while lo > s:
            prev = max(text.rfind(c, s, lo - 1) for c in "，,：:") + 1
            prev = max(prev, s)
            seg_persons = [p for p in persons if prev <= p.start and p.end <= lo - 1]
            # the clause ends with a name, or with 等 + a group word (周俊雄、叶水山等区四套班子领导)
            if not seg_persons or not (
                seg_persons[-1].end == lo - 1 or _ETC_GROUP.fullmatch(text, seg_persons[-1].end, lo - 1)
            ):
                break
            lo = prev
        for i, p in enumerate(persons):
            if lo <= p.start and p.end <= m.start() and not _inside(entrusted, p.start, p.end):
                if _ROLE_PRESIDE.match(text, p.end) and not text.startswith(("出席", "参加"), p.end):
                    continue
                ctx.relate("ATTENDED", pids[i], mid, p.start, "attended.v1")


def _org_relations(ctx: _Ctx, orgs: Sequence[Mention], oids: Sequence[str], places: Sequence[Mention],
                   docs: Sequence[Mention], dids: Sequence[str], inits: Sequence[Mention], iids: Sequence[str],
                   meetings: Sequence[Mention], mids: Sequence[str]) -> None:  # fmt: skip
    text = ctx.text

    def subject(pos: int) -> list[int]:
        """Indexes of the organizations that are the subject before ``pos`` in its sentence (一 、-list)."""
        s, _ = ctx.sentence(pos)
        cands = [i for i, o in enumerate(orgs) if s <= o.start and o.end <= pos]
        if not cands:
            return []
        out = [cands[-1]]
        for j in reversed(cands[:-1]):
            if orgs[j].end + 1 == orgs[out[-1]].start and text[orgs[j].end] == "、":
                out.append(j)
        return out

    # a body issues a document, or runs a program, with the last such verb before it in the sentence
    for items, ids, verb, typ, rule in (
        (docs, dids, _ISSUE, "ISSUED", "issued.v1"),
        (inits, iids, _RUN, "RUNS", "runs.v1"),
    ):
        for k, item in enumerate(items):
            s, _ = ctx.sentence(item.start)
            verbs = list(verb.finditer(text, s, item.start))
            if verbs:
                for i in subject(verbs[-1].start()):
                    ctx.relate(typ, oids[i], ids[k], item.start, rule)
    for k, mt in enumerate(meetings):
        lo = max(0, mt.start - 6)
        v = _ORGANIZE.search(text, lo, mt.start)
        if v and text[v.end() : mt.start] == "":
            for i in subject(v.start()):
                if orgs[i].end == v.start():
                    ctx.relate("ORGANIZED", oids[i], mids[k], mt.start, "organized.v1")
    place_by_start = {p.start: p for p in places}
    for i, o in enumerate(orgs):
        if o.source == "rules:org_suffix.v1" and o.start in place_by_start:
            pl = place_by_start[o.start]
            ctx.relate("LOCATED_IN", oids[i], ctx.entity("Place", pl.text), o.start, "located_in.v1")
        for j, parent in enumerate(orgs):
            if j != i and parent.start == o.start and parent.end < o.end and o.source in _SUBUNIT_RULES:
                ctx.relate("PART_OF", oids[i], oids[j], o.start, o.source.removeprefix("rules:"))
        after = _VISIT.match(text, o.end)
        if after:
            dest = next((p for p in places if p.start >= after.end() and p.start - after.end() <= 1), None)
            if dest and re.match(r"[\u4e00-\u9fff]{0,2}(?:考察|调研|看望|检查|学习)", text[dest.end : dest.end + 6]):
                ctx.relate("VISITED", oids[i], ctx.entity("Place", dest.text), o.start, "visited.v1")


def _participants(ctx: _Ctx, persons: Sequence[Mention], pids: Sequence[str], inits: Sequence[Mention],
                  iids: Sequence[str]) -> None:  # fmt: skip
    text = ctx.text
    for i, p in enumerate(persons):
        s, _ = ctx.sentence(p.start)
        seg = text[max(s, p.start - 40) : p.start]
        k = seg.rfind("参加")
        if k < 0 or "的" not in seg[k:]:
            continue
        for j, it in enumerate(inits):
            if max(s, p.start - 40) + k < it.start < p.start:
                ctx.relate("PARTICIPATED_IN", pids[i], iids[j], p.start, "participated_in.v1")
