"""Stage: model mentions and rule mentions of one article merged into one set of typed spans.

Model mentions are cleaned (whitespace, places read as bodies, non-bodies dropped); the rule finders
of kg.ner.rules add titles' bodies, meetings, programs and documents; bylines come from kg.ingest;
person repair (kg.relations.persons) fixes cut names and adds names the model missed. The result
(:class:`Found`) holds non-overlapping organizations and the people, places, meetings, programs and
documents the relation rules read, plus the article's region.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kg import lexicon
from kg.dates import chinese_number
from kg.ingest import find_credits
from kg.model import Article, Mention, Token
from kg.ner import rules as R
from kg.places import gazetteer
from kg.relations import persons as P
from kg.relations.gazetteer import COUNTRIES, PLACES, SURNAMES
from kg.resolve import DEPARTMENTS, NATIONAL_ALIASES, department_body, explicit_region, region_of, strip_ordinal
from kg.text import Span, SpanIndex, Tokens, longest

# A body name that is only a place: 许昌市 (a model "organization"), 商丘市 of 商丘市市长.
# one-character places are short names (在京, 中美, 访汉); a one-character tag on another word is none (稳楼市, 强县)
ONE_CHAR_PLACES = frozenset(lexicon.words("one_char_places"))
PLACE_BODY = re.compile(r"^[\u4e00-\u9fff]{2,6}[省市县区州]$")
# A body of a named place right before a title: 山东省委 of 山东省委书记林武, 荆门 of 湖北省荆门市委 (after its
# province), 乌兰察布市市委 (the level written twice).
NAMED_BODY = re.compile(
    r"(?:[\u4e00-\u9fff]{2,3}省(?!委|人民政府|政府|人大|政协))?"
    r"([\u4e00-\u9fff]{2,4}?)([省市县区州])(?=\2?(?:委|人民政府|政府|人大|政协))"
)
SUBUNIT_RULES = ("rules:org_subunit.v1", "rules:org_committee.v1")
_PUBLICATION = re.compile(r"周报|日报|晚报|早报|商报|报社|杂志")
# A name right after a noun of what it is names no person: 印尼传统乐器|伽美兰, 舞蹈|朋德舞
_THING_BEFORE = re.compile(
    r"(?:乐器|舞蹈|歌曲|曲目|乐曲|美食|菜肴|小吃|品牌|产品|节目|作品|剧目|游戏|软件|品种|型号|机型|商标)$"
)
# A place the article names for somewhere else than where it is: where people went (奔赴|赶赴|驰援…武汉),
# the place of a quake (四川长宁地震, 日喀则地震); it casts no vote for the article's region
_GONE_TO = re.compile(r"(?:奔赴|赶赴|勇赴|驰援|援助|支援)$")
_EVENT_AFTER = re.compile(r"地震(?![局台])")
# A person's birthplace (1955年7月生，安徽定远人; 汉族，河南郑州人; 籍贯河南, 出生于辽宁): where someone was born,
# not where the article is; it casts no vote for the article's region
_BORN_BEFORE = re.compile(r"(?:籍贯|祖籍|出生于|出生在|生于)(?:为|是)?$")
_NATIVE_BEFORE = re.compile(r"(?:生|族)[，,]$")
_NATIVE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?人[，,。；;）)]")
# Set phrases LAC reads as a name: 对党忠诚
_NOT_NAME_CONTEXT = re.compile(r"对党忠诚|对党负责")


@dataclass(frozen=True)
class Found:
    """The typed spans of one article that the relation rules read, each list sorted by offset."""

    persons: tuple[Mention, ...]
    organizations: tuple[Mention, ...]
    places: tuple[Mention, ...]
    meetings: tuple[Mention, ...]
    initiatives: tuple[Mention, ...]
    documents: tuple[Mention, ...]
    credits: tuple[Mention, ...]  # bylines and photo credits (labels Reporter / Photographer)
    region: Mapping[str, str]  # the article's region per level: {"市": "许昌"}
    tokens: Tokens  # the backend's words with POS tags (empty when it does not segment)

    def named_spans(self) -> list[Span]:
        """Spans of organizations and places: what a title may name as its body."""
        return [(o.start, o.end) for o in self.organizations] + [(p.start, p.end) for p in self.places]


def collect(article: Article, model_mentions: Sequence[Mention], tokens: Sequence[Token] = ()) -> Found:
    """Model mentions → rule mentions → person repair → one merged set (see the module docstring);
    ``tokens`` are the backend's words, when it segments."""
    text = article.analysis_text
    # a model's mention holds the text as written; the rules read it on the simplified twin, as they read
    # the article (許昌 is the place 许昌, 中共許昌市委 the body 许昌市委); aliases keep the text as written
    model_mentions = [_on_twin(text, m) for m in model_mentions]
    words = Tokens(tokens)
    quotes = [(q.start(), q.end()) for q in R.QUOTE.finditer(text)]
    documents = R.find_documents(article)
    doc_spans = [(d.start - 1, d.end + 1) for d in documents]
    initiatives = R.find_initiatives(article)
    # an article given no twin holds its text as its own twin (the same object); any other twin is
    # the simplified text (the model's contract), which the credits need not convert again
    credits = find_credits(article.text, None if article.analysis_text is article.text else article.analysis_text)
    credit_spans = [(c.start, c.end) for c in credits]
    blocked = quotes + doc_spans
    blocked_ix, credit_ix = SpanIndex(blocked), SpanIndex(credit_spans)
    not_names = SpanIndex(c.span() for c in _NOT_NAME_CONTEXT.finditer(text))

    persons: list[Mention] = []
    mentions = P.join_dotted(text, P.relabel(text, model_mentions))
    for m in mentions:
        if m.label == "Person":
            p = P.clean_person(article, m)
            if (
                p
                and not blocked_ix.inside(p.start, p.end)
                and not credit_ix.overlaps(p.start, p.end)
                and not _PUBLICATION.match(text, p.end)
                and not _THING_BEFORE.search(text, max(0, p.start - 4), p.start)
                and not not_names.overlaps(p.start, p.end)
            ):
                persons.append(p)
    persons = P.extend_split_names(text, persons)
    persons, mentions = _slot_names(article, persons, mentions, blocked_ix)
    # a model "organization" that is only a place name (许昌市) is a place
    mentions = [t for m in mentions if (t := _trimmed(article, m))]
    mentions = [
        Mention(m.start, m.end, m.text, "Place", m.source)
        if m.label == "Organization" and PLACE_BODY.match(m.text)
        else m
        for m in mentions
    ]
    mentions = [
        m
        for m in mentions
        if not (m.label == "Place" and _conjoined_level(text, m))
        and not (m.label == "Organization" and _TWO_BODIES.search(text, m.start, m.end))
    ]
    places = [
        m
        for m in mentions
        if m.label == "Place"
        and not blocked_ix.inside(m.start, m.end)
        and (len(m.text) > 1 or m.text in ONE_CHAR_PLACES)
        and not _made_like(text, m)
    ]
    # a model body is judged on the text the rules read: 中央編辦 is 中央编办, a body by its 办
    model_orgs = [
        m for m in (body_overrun(article, m) for m in mentions)
        if m.label == "Organization" and not blocked_ix.inside(m.start, m.end)
        and (R.is_body_name(name := text[m.start : m.end]) or name in R.NATIONAL_BODIES or name in NATIONAL_ALIASES)
    ]  # fmt: skip
    model_orgs += signing_parties(article, mentions, model_orgs)
    zones = zone_parties(article, places)
    model_orgs += zones
    zone_spans = {(z.start, z.end) for z in zones}
    places = [p for p in places if (p.start, p.end) not in zone_spans]
    model_orgs = split_abbreviation_runs(article, join_term_bodies(article, model_orgs, places))
    model_orgs = split_conjoined(article, model_orgs, places)
    model_orgs = join_cut_bodies(article, preposition_cut(article, model_orgs, persons), places)
    model_orgs += titled_assemblies(article)
    place_starts = {p.start for p in places}
    # 中国共产党|凤翔县第十六次代表大会: the party of a place (its committee), not the party as an actor
    model_orgs = [m for m in model_orgs if not (m.text in PARTY_NAMES and m.end in place_starts)]
    # a meeting named inside a 《》 title (《市政协十三届六次会议方案》) is not one the article holds
    doc_ix = SpanIndex(doc_spans)
    # sorted by offset, as the role rules look them up (the unnamed talks are found first, then the named ones)
    meetings = sorted(
        (
            m
            for m in R.find_meetings(article, [(p.start, p.end) for p in persons])
            if not doc_ix.inside(m.start, m.end) and not _titled_assembly(text, m)
        ),
        key=lambda m: (m.start, m.end),
    )
    # a model body never ends inside a meeting's head noun (对外友好界委员联组会 read as 外友好界委员联|组会)
    model_orgs = [o for o in model_orgs if not any(_in_head(text, m, o.end) for m in meetings)]
    person_spans, meet_spans = [(p.start, p.end) for p in persons], [(m.start, m.end) for m in meetings]
    rule_orgs = [
        o
        for o in R.find_organizations(article, places, model_orgs, person_spans, meet_spans)
        if not blocked_ix.inside(o.start, o.end)
    ]
    orgs = [
        o
        for o in merge_organizations(model_orgs + rule_orgs)
        if not _chain_department(text, o) and not bare_kind(text, o)
    ]
    org_spans = [(o.start, o.end) for o in orgs]
    org_ix = SpanIndex(org_spans)
    places = [p for p in places if not org_ix.overlaps(p.start, p.end)]
    persons = _missed_names(article, persons, credits, org_spans, meet_spans, blocked, words)
    taken_ix = SpanIndex(org_spans + meet_spans)
    persons = [p for p in persons if not taken_ix.inside(p.start, p.end)]
    persons.sort(key=lambda p: p.start)
    persons = P.refine(text, persons, [m for m in mentions if m.label in ("Place", "Organization")])
    # a name the model read as a place where it is a person kept (蒙古国总理乌其尔勒): no place there
    person_ix = SpanIndex([(p.start, p.end) for p in persons])
    places = [p for p in places if not person_ix.overlaps(p.start, p.end)]

    place_at = {m.start: m for m in mentions if m.label == "Place"}
    quoted_ix = SpanIndex(quotes)
    region = region_of(
        article,
        [m.text for m in place_at.values() if not _elsewhere(text, m, place_at, quoted_ix)]
        + [
            f"{r[1]}{r[0]}"
            for o in orgs
            if (r := explicit_region(o.text)) and not before_title(text, o.end)  # 湖南省委副书记乌兰 is a visitor
        ],
    )
    return Found(
        tuple(persons), tuple(orgs), tuple(places), tuple(meetings), tuple(initiatives), tuple(documents),
        tuple(credits), region, words,
    )  # fmt: skip


_GROUP_OF_COMRADES = frozenset("党体位部们国省市县区镇村")
_AT_CLAUSE_START = r"(?:^|(?<=[，,。；;：:、\s]))"  # a line's start, or right after a clause mark
_COMRADE = re.compile(_AT_CLAUSE_START + r"([\u4e00-\u9fff]{2,3})同志(?=[\u4e00-\u9fff])", re.M)
_TITLE_HEAD = re.compile(rf"(?:{R.TITLE_HEAD_ALT})")
# known_name.v1's candidates: a surname and two characters at a clause start before a Chinese character
_SURNAME_CLASS = "".join(sorted(re.escape(c) for c in SURNAMES if len(c) == 1))
_KNOWN_AT = re.compile(_AT_CLAUSE_START + rf"(?=([{_SURNAME_CLASS}][\s\S]{{2}})[\u4e00-\u9fff])", re.M)


# a page credit of the staff, one a line: 编辑:穆艳丽, 新媒体监制:秦晋文 (the name fills the rest of the line)
_STAFF_CREDIT = re.compile(
    r"^(?:新媒体|网络)?(?:责任编辑|编辑|责编|审核人?|审片|监制|播音|校对|终审|初审|复审|统筹|策划|制作)[:：]\s*"
    r"([\u4e00-\u9fff]{2,4})\s*$",
    re.M,
)


# a 、-list of names closed by its count of persons, right after a clause mark: 高丰、肖素枝、…、桑南才10位同志光荣入选
_COUNTED_LIST = re.compile(
    r"(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff]{2,4}、){2,}[\u4e00-\u9fff]{2,4})(等)?([0-9一二三四五六七八九十]{1,3})[位名]"
    r"(?:同志|同学|代表|委员|干部|职工|个人|人)"
)


def _counted_list(text: str, persons: list[Mention], list_ix: SpanIndex, article: Article) -> list[Mention]:
    """counted_list_name.v1: each item of a 、-list its count closes (…、桑南才10位同志) is one whole name, the
    model's cut ones replaced (拉毛叶忠 for 毛叶忠, 桑南才 for 桑南); the count must be the items' (more than them
    after 等), else the run may start inside a word and nothing is taken."""
    for c in _COUNTED_LIST.finditer(text):
        items, pos = [], c.start(1)
        for item in c.group(1).split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        count = chinese_number(c.group(3))
        if (count <= len(items) if c.group(2) else count != len(items)) or any(list_ix.overlaps(*i) for i in items):
            continue
        spans = set(items)
        persons = [p for p in persons if (p.start, p.end) in spans or not any(a <= p.start < b for a, b in items)]
        have = {(p.start, p.end) for p in persons}
        persons += [
            Mention(a, b, article.analysis_text[a:b], "Person", "rules:counted_list_name.v1")
            for a, b in items
            if (a, b) not in have
        ]
    return persons


def _slot_names(
    article: Article, persons: list[Mention], mentions: list[Mention], blocked_ix: SpanIndex
) -> tuple[list[Mention], list[Mention]]:
    """slot_name.v1: each name an appointment formula's slot holds is a person (P.formula_slots), whatever the
    model read there: a person cut or run on inside it (王黄|来, 侯功|海政协) gives way to it, and so does a
    model place or body overlapping it (金立山 read as a place, 易睿 and 丁凌烨政协 as bodies). A model person the
    slot holds whole is the rule's too, so that the name stays a person where the model reads it elsewhere as a
    place (接受顾斌、钟表、罗凌辞去… 罗凌的…职务相应终止, the second 罗凌 a place to LAC)."""
    slots = {s for s in P.formula_slots(article.analysis_text) if not blocked_ix.overlaps(*s)}
    if not slots:
        return persons, mentions
    slot_ix = SpanIndex(sorted(slots))
    # another rule's name the slot holds whole stays that rule's (dotted_name.v1: 阿卜杜吉力力·阿卜来提)
    by_rule = {(p.start, p.end) for p in persons if p.source.startswith("rules:") and (p.start, p.end) in slots}
    persons = [p for p in persons if (p.start, p.end) in by_rule or not slot_ix.overlaps(p.start, p.end)]
    text = article.analysis_text
    persons += [Mention(a, b, text[a:b], "Person", "rules:slot_name.v1") for a, b in sorted(slots - by_rule)]
    persons.sort(key=lambda p: p.start)
    mentions = [m for m in mentions if m.label == "Person" or not slot_ix.overlaps(m.start, m.end)]
    return persons, mentions


def _missed_names(article: Article, persons: list[Mention], credits: Sequence[Mention], org_spans: list[Span],
                  meet_spans: list[Span], blocked: list[Span], words: Tokens) -> list[Mention]:  # fmt: skip
    """Names the model missed: after a title (title_name.v2), before a national title (name_title.v1),
    in a 、-list next to a name (list_name.v2), a name of the article again (known_name.v1), a clause's
    NAME同志 (comrade_name.v1), a staff credit's name (credit_name.v1), before 说|表示 (speaker_name.v1)."""
    text = article.analysis_text
    credit_spans = [(c.start, c.end) for c in credits]
    after_title_ix = SpanIndex(credit_spans + org_spans + meet_spans)
    before_title_ix = SpanIndex(org_spans + meet_spans + blocked + credit_spans)
    speaker_ix = SpanIndex(org_spans + meet_spans + blocked)
    persons = list(persons)
    taken = {p.start for p in persons}
    for h in _TITLE_HEAD.finditer(text):
        if h.end() in taken:  # a name is already there: no chain to read
            continue
        chain = R.title_chain(text, h.end())
        loose = bool(chain) and bool(R.split_title(text[chain[-1][0] : chain[-1][1]])[0])
        span = P.name_after_title(text, h.end(), loose)
        if (
            span
            and (chain if span[0] == h.end() else R.title_chain(text, span[0]))
            and not after_title_ix.overlaps(*span)
            and not _in_place_word(words, span[0])
        ):
            persons.append(
                Mention(span[0], span[1], article.analysis_text[span[0] : span[1]], "Person", "rules:title_name.v2")
            )
            taken.add(span[0])
    # a name before a national title the model missed: 和习近平总书记 (names are added left to right, so
    # of those added here only the last can overlap the next one)
    named_ix = SpanIndex((p.start, p.end) for p in persons)
    last: tuple[int, int] = (-1, -1)
    for h in P.NATIONAL_TITLE.finditer(text):
        for n in (3, 2):
            s0 = h.start() - n
            seg = text[s0 : h.start()]
            if s0 < 0 or seg[0] not in SURNAMES or any(c in R.STOP or not "\u4e00" <= c <= "\u9fff" for c in seg):
                continue
            glued = s0 and "\u4e00" <= text[s0 - 1] <= "\u9fff" and text[s0 - 1] not in R.STOP
            if glued and not _word_after_verb(words, s0, h.start()):
                continue
            free = not named_ix.overlaps(s0, h.start()) and not (last[0] < h.start() and s0 < last[1])
            if free and not before_title_ix.overlaps(s0, h.start()):
                persons.append(
                    Mention(s0, h.start(), article.analysis_text[s0 : h.start()], "Person", "rules:name_title.v1")
                )
                last = (s0, h.start())
            break
    # a foreign name the model missed before a head's title, after 同|与|和|、: 习近平主席同默茨总理通电话 (LAC
    # reads 同默茨 as one verb); the whole run of transliteration characters, no place (巴基斯坦总理) and no
    # name a Chinese one's shape, which a bare 总理 would make a post of 国务院
    named_ix = SpanIndex((p.start, p.end) for p in persons)
    for h in _FOREIGN_HEAD.finditer(text):
        s0 = h.start()
        while s0 > 0 and h.start() - s0 < 6 and text[s0 - 1] in P.TRANSLIT:
            s0 -= 1
        name = text[s0 : h.start()]
        if (
            len(name) >= 2
            and text[s0 - 1 : s0] in _BEFORE_FOREIGN_NAME
            and name not in P.PLACES
            and not (len(name) <= 3 and name[0] in SURNAMES)  # of a Han name's shape (欧尔班): a post of China's
            and not named_ix.overlaps(s0, h.start())
            and not before_title_ix.overlaps(s0, h.start())
        ):
            persons.append(
                Mention(s0, h.start(), article.analysis_text[s0 : h.start()], "Person", "rules:name_title.v1")
            )
    # a name in a 、-list after a found one: 周慧、郑瑶任…, 黄英、郑平等出席 (list_name.v2); each added
    # name may continue the list, so the walk goes on from it
    list_ix = SpanIndex(credit_spans + org_spans + meet_spans + blocked)
    for p in sorted(persons, key=lambda q: q.start):
        end = p.end
        while text[end : end + 1] == "、" and (end + 1) not in taken:
            span = P.name_in_list(text, end + 1)
            if not span or list_ix.overlaps(*span):
                break
            persons.append(
                Mention(span[0], span[1], article.analysis_text[span[0] : span[1]], "Person", "rules:list_name.v2")
            )
            taken.add(span[0])
            end = span[1]
    persons = _counted_list(text, persons, list_ix, article) if "、" in text else persons
    # …and the items before a found name the model missed (市领导钟表、杨俊…, 康玉星、张大钰等…参加): walked back to
    # the list's start or to a found name, or none is taken; none the segmenter reads as a place or body
    found_ends, found_ix = {p.end for p in persons}, SpanIndex((p.start, p.end) for p in persons)
    for p in sorted(persons, key=lambda q: q.start):
        items: list[Span] = []
        mark = p.start - 1
        while text[mark : mark + 1] == "、" and mark not in found_ends and (span := P.name_before_in_list(text, mark)):
            items.append(span)
            mark = span[0] - 1
        if (
            items
            and (text[mark : mark + 1] != "、" or mark in found_ends)
            and not any(list_ix.overlaps(*i) or found_ix.overlaps(*i) or _place_or_body_word(words, *i) for i in items)
        ):
            persons += [Mention(a, b, article.analysis_text[a:b], "Person", "rules:list_name.v2") for a, b in items]
            found_ends.update(b for _, b in items)
    taken = {p.start for p in persons}
    # a name of the article written again at a clause's start where the model missed it (known_name.v1):
    # 市领导苗伟伦、陈美萍…出席闭幕式。…苗伟伦代表市四套班子向大会…表示热烈祝贺
    known = {text[p.start : p.end] for p in persons if p.end - p.start == 3 and text[p.start] in SURNAMES}
    if known:
        named_ix = SpanIndex([(p.start, p.end) for p in persons])
        last_end = -1  # one static pattern, not one per article: each clause start's surname and two more
        for k in _KNOWN_AT.finditer(text):
            s0, e0 = k.span(1)
            if s0 < last_end or k.group(1) not in known:
                continue
            last_end = e0
            if not named_ix.overlaps(s0, e0) and not list_ix.overlaps(s0, e0):
                persons.append(Mention(s0, e0, article.analysis_text[s0:e0], "Person", "rules:known_name.v1"))
    # …and a name of four characters or more, or a transliterated one of three with no surname first (别克捷诺夫,
    # 奥马吉), written again anywhere: such a run is that person wherever it stands (在会见别克捷诺夫时,
    # 别克捷诺夫表示), unless the transliteration runs on around it (图尔贡别克|乌鲁: the model's cut of a longer name)
    long_names = {
        text[p.start : p.end]
        for p in persons
        if p.end - p.start >= 4
        or (
            p.end - p.start == 3
            and text[p.start] not in SURNAMES
            and all(c in P.TRANSLIT for c in text[p.start : p.end])
        )
    }
    for name in sorted(long_names):
        named_ix = SpanIndex([(p.start, p.end) for p in persons])
        s0 = text.find(name)
        while s0 >= 0:
            e0 = s0 + len(name)
            runs_on = text[e0 : e0 + 1] in P.TRANSLIT or text[e0 : e0 + 1] == "·"
            if len(name) == 3 and s0 and (text[s0 - 1] in P.TRANSLIT or text[s0 - 1] == "·"):
                runs_on = True
            if not runs_on and not named_ix.overlaps(s0, e0) and not list_ix.overlaps(s0, e0):
                persons.append(Mention(s0, e0, article.analysis_text[s0:e0], "Person", "rules:known_name.v1"))
            s0 = text.find(name, e0)
    # a whole clause-opening NAME同志 the model missed (comrade_name.v1): 吴文团同志不再担任…职务
    named_ix = SpanIndex([(p.start, p.end) for p in persons])
    for c in _COMRADE.finditer(text):
        name = c.group(1)
        if name[-1] in _GROUP_OF_COMRADES or not P.speaker_is_name(name):  # 全党同志, 全体同志
            continue
        if not named_ix.overlaps(*c.span(1)) and not list_ix.overlaps(*c.span(1)):
            persons.append(Mention(c.start(1), c.end(1), article.analysis_text[c.start(1) : c.end(1)], "Person",
                                   "rules:comrade_name.v1"))  # fmt: skip
    # a staff credit's whole name (credit_name.v1): 新媒体监制:秦晋文, which the model cuts to 秦晋
    for c in _STAFF_CREDIT.finditer(text):
        a, b = c.span(1)
        if text[a] in SURNAMES and (a, b) not in {(p.start, p.end) for p in persons}:
            persons = [p for p in persons if not (a <= p.start and p.end <= b)]  # the cut name goes
            persons.append(Mention(a, b, article.analysis_text[a:b], "Person", "rules:credit_name.v1"))
    # the names of a clause of attendance with no title (slot_name.v1): 王东明参加。, 付汉江、江树邦…出席会议。;
    # a list's items when another item is a person, a lone name when the segmenter reads no common noun there
    # (党员参加。, 师生参加。 hold none)
    named_ix = SpanIndex([(p.start, p.end) for p in persons])
    for items in P.attending_slots(text) if ("参加" in text or "出席" in text or "陪同" in text) else ():
        found = {(p.start, p.end) for p in persons}
        if len(items) > 1 and not any(i in found for i in items):
            continue
        if len(items) == 1 and _common_noun(words, *items[0]):
            continue
        for a, b in items:
            if not named_ix.overlaps(a, b) and not list_ix.overlaps(a, b):
                persons.append(Mention(a, b, article.analysis_text[a:b], "Person", "rules:slot_name.v1"))
    # a speaker the model missed: 参加培训的帖文峰说
    named_ix = SpanIndex([(p.start, p.end) for p in persons] + credit_spans)
    last = (-1, -1)
    for s0, e0 in P.speakers(text):
        free = not named_ix.overlaps(s0, e0) and not (last[0] < e0 and s0 < last[1])
        if free and not speaker_ix.overlaps(s0, e0):
            persons.append(Mention(s0, e0, article.analysis_text[s0:e0], "Person", "rules:speaker_name.v1"))
            last = (s0, e0)
    return persons


PARTY_NAMES = frozenset({"中国共产党", "中共"})
# A body's term number between two model spans: 政协|第十二届|全国委员会常务委员会
_TERM_BETWEEN = re.compile(r"第[一二三四五六七八九十百]+届")


# The part after a term number that names no body by itself: 全国委员会常务委员会, 人民代表大会常务委员会
_TERM_TAILS = ("全国委员会", "委员会", "常务委员会")
_PLACE_TERM_TAILS = ("人民代表大会", "委员会", "常务委员会")


def join_term_bodies(article: Article, orgs: list[Mention], places: Sequence[Mention] = ()) -> list[Mention]:
    """org_term_join.v1: a model body cut at its term number (政协 | 第十二届 | 全国委员会常务委员会) made
    one body again; the part after the number names no body by itself. So is a place's congress cut
    after its place (济源市 | 第十五届 | 人民代表大会常务委员会)."""
    text = article.analysis_text
    by_start = {o.start: o for o in orgs}
    out: list[Mention] = []
    joined: set[tuple[int, int]] = set()
    for pl in places:
        m = _TERM_BETWEEN.match(text, pl.end)
        tail = by_start.get(m.end()) if m else None
        if tail is None or not tail.text.startswith(_PLACE_TERM_TAILS) or pl.text[-1:] not in _LEVELS[:5]:
            continue
        whole = article.analysis_text[pl.start : tail.end]
        out.append(Mention(pl.start, tail.end, whole, "Organization", "rules:org_term_join.v1"))
        joined.add((tail.start, tail.end))
    for o in orgs:
        out.append(o)
        m = _TERM_BETWEEN.match(text, o.end)
        if not m:
            continue
        tail = by_start.get(m.end())
        if tail is None or not tail.text.startswith(_TERM_TAILS):
            continue
        whole = article.analysis_text[o.start : tail.end]
        out.append(Mention(o.start, tail.end, whole, "Organization", "rules:org_term_join.v1"))
        joined.add((tail.start, tail.end))
    return sorted((o for o in out if (o.start, o.end) not in joined), key=lambda o: (o.start, o.end))


# a joint body of two parties joined by a dash (中国全国人大-越南国会联合委员会, 中国—中东欧国家技术转移中心): its kind
_DASHES = ("-", "－", "—", "–")
# an organ of the United Nations the model read as 联合国 alone: 联合国|粮食及农业组织 (a join inside, none first)
_UN_ORGAN = re.compile(
    r"(?![和与及等的])(?:[\u4e00-\u9fff](?<![和与及])|(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff])){2,12}?"
    r"(?:组织|计划署|规划署|署|基金会|委员会|理事会)"
)
_JOINT_KIND = re.compile(r"(?:委员会|中心|理事会|研究院|学院|联合会|商会|协会)$")


def join_cut_bodies(article: Article, orgs: list[Mention], places: Sequence[Mention]) -> list[Mention]:
    """org_cut_join.v1: a model body cut from the name it is part of, made whole: a national body named
    with 全国 before it (全国|少工委 → 全国少工委); a joint body of two parties joined by a dash, the party
    before it a body or a place the model read (中国全国人大-|越南国会联合委员会), unless a meeting head
    follows (中国－|海湾阿拉伯国家合作委员会|峰会: the summit's name; the council is a body of its own); an organ of
    the United Nations read as 联合国 alone (联合国|粮食及农业组织)."""
    text = article.analysis_text
    ends = {m.end: m for m in (*orgs, *places)}
    out: list[Mention] = []
    for o in orgs:
        if o.text == "联合国" and (organ := _UN_ORGAN.match(text, o.end)):
            o = Mention(o.start, organ.end(), text[o.start : organ.end()], "Organization", "rules:org_cut_join.v1")
        start = o.start
        if text.startswith("全国", o.start - 2) and not o.text.startswith("全国"):
            start = o.start - 2
        elif (
            text[o.start - 1 : o.start] in _DASHES
            and (party := ends.get(o.start - 1)) is not None
            and _JOINT_KIND.search(o.text)
            and not text.startswith(R.MEETING_HEAD_TUPLE, o.end)
        ):
            start = party.start
        if start == o.start:
            out.append(o)
            continue
        out.append(Mention(start, o.end, text[start : o.end], "Organization", "rules:org_cut_join.v1"))
    return out


# an assembly's name right before its chair's or secretary-general's title, at a clause or list start (应 may open it)
_TITLED_ASSEMBLY = re.compile(
    rf"(?:^|(?<=[、，,：:；;。\n（(“]))应?([\u4e00-\u9fff]{{2,14}}?(?:大会|会议))(?={'|'.join(R.ASSEMBLY_HEADS)})", re.M
)


def titled_assemblies(article: Article) -> list[Mention]:
    """org_assembly.v1: an assembly or conference that holds a chair or a secretary-general is a body
    (应东盟各国议会间大会主席…邀请, 联合国贸易和发展会议副秘书长莫雷诺, 俄罗斯国家安全会议副主席梅德韦杰夫), never a
    session (人民代表大会第二次会议副秘书长), a presidium (主席团) or a session's presiding chair (执行主席); where it
    meets, the meeting is another mention (东盟各国议会间大会第43届年会)."""
    text = article.analysis_text
    out = []
    for m in _TITLED_ASSEMBLY.finditer(text):
        if R.is_assembly_body(m.group(1)) and R.holds_assembly_title(text, m.end(1)):
            out.append(Mention(m.start(1), m.end(1), m.group(1), "Organization", "rules:org_assembly.v1"))
    return out


_CLAUSE_MARKS = frozenset("，,、；;：:。\n")


def preposition_cut(article: Article, orgs: list[Mention], persons: Sequence[Mention]) -> list[Mention]:
    """org_preposition_cut.v1: a model body opened by the preposition 同|与 at a clause start (彭丽媛，同|亚奥理事会代理
    主席辛格…步入主席台; 介绍，同|谷文昌干部学院教师…亲切交流) is the body after it, where that is a body the article
    names again or whose name opens with a person it names (谷文昌); 同济大学, 同仁堂 stay."""
    text = article.analysis_text
    names = {p.text for p in persons}
    out: list[Mention] = []
    for o in orgs:
        rest = o.text[1:]
        if (
            o.text[:1] in ("同", "与")
            and (o.start == 0 or text[o.start - 1] in _CLAUSE_MARKS)
            and R.is_body_name(rest)
            and (text.count(rest) > text.count(o.text) or any(rest.startswith(n) for n in names))
        ):
            o = Mention(o.start + 1, o.end, rest, "Organization", "rules:org_preposition_cut.v1")
        out.append(o)
    return out


# Short names of mass organisations written one after another: 青联|青企协|青志协, 妇联|科协
_ABBREVIATION_RUN = re.compile(r"(?:[\u4e00-\u9fff]{1,2}?[联协]){2,}")
_ABBREVIATION = re.compile(r"[\u4e00-\u9fff]{1,2}?[联协]")


def split_abbreviation_runs(article: Article, orgs: list[Mention]) -> list[Mention]:
    """org_abbreviation_run.v1: a model body that is several short names run together (区青联青企协青志协单位)
    is one body per short name."""
    out: list[Mention] = []
    for o in orgs:
        if not _ABBREVIATION_RUN.fullmatch(o.text):
            out.append(o)
            continue
        for m in _ABBREVIATION.finditer(o.text):
            s, e = o.start + m.start(), o.start + m.end()
            out.append(Mention(s, e, article.analysis_text[s:e], "Organization", "rules:org_abbreviation_run.v1"))
    return out


# two parties the model read as one body, joined by 与|同|和 (中国与新开发银行, 中国艺术团同朝方艺术团)
_JOIN = re.compile(r"[与同和]")


def split_conjoined(article: Article, orgs: list[Mention], places: Sequence[Mention]) -> list[Mention]:
    """org_conjoined_split.v1: a model body that is two parties joined by 与|同|和 (中国与|新开发银行合作,
    中国艺术团同|朝方艺术团) is the body after the join, and the one before when that is a body too (a place
    before it is no body: 中国); a name with the join inside stays (经济合作与发展组织, 住房和城乡建设部: the part
    before names no body and no place; a place is a country, one of the gazetteer or one the article names)."""
    named = {p.text for p in places}
    out: list[Mention] = []
    for o in orgs:
        cut = next(
            (
                j.start()
                for j in _JOIN.finditer(o.text, 2, len(o.text) - 3)
                if R.is_body_name(o.text[j.end() :])
                and (
                    R.is_body_name(left := o.text[: j.start()])
                    or left in named
                    or left in PLACES
                    or bool(gazetteer().lookup(left))
                )
            ),
            None,
        )
        if cut is None:
            out.append(o)
            continue
        s, e = o.start + cut + 1, o.end
        out.append(Mention(s, e, article.analysis_text[s:e], "Organization", "rules:org_conjoined_split.v1"))
        if R.is_body_name(o.text[:cut]):
            s, e = o.start, o.start + cut
            out.append(Mention(s, e, article.analysis_text[s:e], "Organization", "rules:org_conjoined_split.v1"))
    return sorted(out, key=lambda o: (o.start, o.end))


# a foreign head's title after a name (name_title.v1), and what may come right before that name
_FOREIGN_HEAD = re.compile(r"(?:副)?(?:总统|总理|首相)|国王|女王")
_BEFORE_FOREIGN_NAME = frozenset("同与和、，,。；;：:“\n（(")


def _word_after_verb(words: Tokens, start: int, end: int) -> bool:
    """True when the segmenter reads ``[start, end)`` as one word right after a verb: the name of
    领会|习近平|总书记 or 落实|习近平|总书记, where a Chinese character before the name is a verb's end."""
    word, before = words.at(start), words.at(start - 1)
    return (
        word is not None
        and (word.start, word.end) == (start, end)
        and before is not None
        and before.end == start
        and before.pos == "v"
    )


# the last characters of nouns of a group of people (高中生, 解放军, 志愿者, 文艺界, 村民)
_GROUP_NOUN_LAST = frozenset("生军员者界人们家师工队组团民众友手官兵士")


def _common_noun(words: Tokens, start: int, end: int) -> bool:
    """True when the segmenter reads ``[start, end)`` as one common noun that is no name: any of two characters
    (党员, 师生), one of three ending as a group's noun does (高中生; 高德柱, which LAC tags a noun, is a name)."""
    word = words.at(start)
    if word is None or (word.start, word.end) != (start, end) or word.pos in ("PER", "nr", "LOC", "nz"):
        return False
    return end - start == 2 or word.text[-1] in _GROUP_NOUN_LAST


def _place_or_body_word(words: Tokens, start: int, end: int) -> bool:
    """True when the segmenter reads the span as one place or body word (许昌、郑州、王刚分别…: no names; 付|汉江,
    a place inside the item, is no such word)."""
    word = words.at(start)
    return word is not None and (word.start, word.end) == (start, end) and word.pos in ("LOC", "ORG", "ns", "nt")


def _in_place_word(words: Tokens, pos: int) -> bool:
    """True when the segmenter reads a place name across ``pos``: the "title" before it ends inside a
    place (湖南省|长沙市 is no 省长 + 沙市, 毛主席纪念堂 no 主席 + 纪念堂, 我省长江 no 省长 + 江汉口)."""
    word = words.at(pos)
    return word is not None and word.start < pos and word.pos == "LOC"


# Kinds of body named without whose they are (妇联组织, 科协改革, 各街道人大工委): no entity of their own.
BARE_KINDS = frozenset(lexicon.words("bare_body_kinds"))


_ROOM_AFTER = re.compile(r"会议室|会议厅|大楼|办公楼|礼堂|报告厅")
_LEVELS = "省市县区州镇乡"


def bare_kind(text: str, o: Mention) -> bool:
    """True for a kind of body, not a named one: 妇联 in 推进妇联组织建设, 人大工委 after 各街道, the
    bodies of a whole level (全市|法院, 全省|法院: every court of the city, no 市法院), a body that
    only names a room (德远楼三楼党委|会议室), a party read out of its members (共产党|人的初心使命), a
    ministry read out of departments (国务院部|门将办理工作…) and a word read into 党委政府 (锚定|党委政府)."""
    name = text[o.start : o.end]
    after = text[o.end : o.end + 1]
    return (
        name in BARE_KINDS
        or (name.endswith("党") and after == "人")
        or (name.endswith("部") and after == "门")
        or text[o.start - 1 : o.start] == "各"
        or name.startswith("各")
        or (text[o.start - 1 : o.start] == "全" and name[:1] in _LEVELS)
        or bool(_ROOM_AFTER.match(text, o.end))
        or _word_before_party_pair(text, o)
    )


def _word_before_party_pair(text: str, o: Mention) -> bool:
    """True for a word read into the pair 党委政府 (party committees and governments, a kind):
    紧紧锚定|党委政府的中心工作 is no body 锚定党委; a place's (许昌党委政府) or a body's (公司党委) committee stays."""
    name = text[o.start : o.end]
    if not name.endswith("党委") or not text.startswith("政府", o.end) or len(name) < 4:
        return False
    prefix = name[:-2]
    return not (gazetteer().lookup(prefix) or R.is_body_name(prefix) or prefix[-1] in _LEVELS)


def merge_organizations(orgs: list[Mention]) -> list[Mention]:
    """Organizations without overlaps: the longest span wins (sub-units keep their parent separately)."""
    kept = longest([(o.start, o.end) for o in orgs])
    by_span = {(o.start, o.end): o for o in orgs}
    out = [by_span[k] for k in kept]
    # a parent named inside a sub-unit stays an entity of its own (禹州市公交公司 of …公司团支部)
    kept_at = {s: e for s, e in kept}  # kept spans do not overlap: at most one starts at each offset
    for o in orgs:
        e = kept_at.get(o.start)
        if o.source.startswith("lac") and e is not None and e > o.end and by_span[(o.start, e)].source in SUBUNIT_RULES:
            out.append(o)
    return sorted(out, key=lambda o: (o.start, o.end))


_PLACE_KINDS = ("村", "镇", "乡", "街道", "社区", "小区")
# 市委政府 (市委、市政府 run together) is two bodies, none by that name: 市委政府将一如既往地支持工业发展
_TWO_BODIES = re.compile(r"[省市县区州]委政府$")
_HEADS = "|".join(map(re.escape, R.MEETING_HEADS))
_BODY_OR_MEETING_END = re.compile(rf"(?:{_HEADS}|会议|委|政府|妇联|总工会|人大|政协|[部局厅])$")


def _made_like(text: str, m: Mention) -> bool:
    """中国化 (佛教中国化, 不断中国化的进程, the tag on 中国化 or on 中国 before 化): a country's name + 化 is a word
    (made like the country), no place; a place's own 化 stays (怀化, 奉化: no country before it)."""
    name = text[m.start : m.end]
    return (name.endswith("化") and name[:-1] in COUNTRIES) or (name in COUNTRIES and text.startswith("化", m.end))


def _conjoined_level(text: str, m: Mention) -> bool:
    """和县 right after a body or a meeting is 和 + the bare level 县: 县政府党组(扩大)会议和县十六届第9次政府常务会议,
    市妇联和县妇联 (no county 和县 there)."""
    return text[m.start : m.end] == "和县" and bool(_BODY_OR_MEETING_END.search(text, max(0, m.start - 8), m.start))


def body_overrun(article: Article, m: Mention) -> Mention:
    """org_overrun_cut.v1: a model organization running past its body (虹口城发公司|北外滩运维保障,
    民革北京市委会|主委王红) is its longest beginning that ends in a body suffix and reads as a body;
    others stay as they are (never 智能网联, 中央组织: a body word is no suffix)."""
    text = article.analysis_text
    name = text[m.start : m.end]
    if m.label != "Organization" or R.is_body_name(name) or name.endswith(_PLACE_KINDS):
        return m  # 嘉禾街联边村 is a village, no 嘉禾街联 run over
    for cut in range(len(name) - 2, 3, -1):
        body = name[:cut]  # a suffix of org_suffixes, or 委会 of a democratic party (民革北京市委会)
        if (R.ORG_SUFFIX_END.search(body) or body.endswith("委会")) and R.is_body_name(body):
            end = m.start + cut
            return Mention(m.start, end, article.analysis_text[m.start : end], m.label, "rules:org_overrun_cut.v1")
    return m


# a development zone (its administration) as the other party of a talk or a signing: 与武汉经济技术开发区进行了座谈
_ZONE_END = ("开发区", "高新区", "经开区", "新区", "自贸区", "试验区")
_TALK_AFTER = re.compile(r"[^，。；,;\n]{0,8}?(?:座谈|会谈|签约|签署|签订)")


def zone_parties(article: Article, places: Sequence[Mention]) -> list[Mention]:
    """org_zone_party.v1: a development zone the model read as a place, named after 与|同 as the other party of a
    talk or a signing (大分市代表团还与武汉经济技术开发区进行了座谈), is a body: the zone's administration."""
    text = article.analysis_text
    return [
        Mention(p.start, p.end, p.text, "Organization", "rules:org_zone_party.v1")
        for p in places
        if p.text.endswith(_ZONE_END) and text[p.start - 1 : p.start] in ("与", "同") and _TALK_AFTER.match(text, p.end)
    ]


_SIGNING = re.compile(r"(?:签署|签订|签约|共同签)")


def signing_parties(article: Article, mentions: Sequence[Mention], bodies: Sequence[Mention]) -> list[Mention]:
    """org_signing_party.v1: a model organization that signs with a body (中粮粮谷与武汉市蔡甸区人民政府…签署,
    …分别与中粮粮谷、大悦城控股集团签署) is a body, though its name ends in no body word (enterprises by
    short name). The other party is a body already kept; the verb of signing closes the clause."""
    text = article.analysis_text
    kept = {(b.start, b.end) for b in bodies}
    starts = {b.start: b for b in bodies}
    ends = {b.end: b for b in bodies}
    out = []
    for m in mentions:
        if m.label != "Organization" or (m.start, m.end) in kept or not 2 <= m.end - m.start <= 10:
            continue
        clause_end = next((i for i in range(m.end, min(len(text), m.end + 60)) if text[i] in "。，,；;\n"), len(text))
        if not _SIGNING.search(text, m.end, clause_end):
            continue
        after_body = text.startswith("与", m.end) and (m.end + 1) in starts  # 中粮粮谷与武汉市蔡甸区人民政府
        listed_with = text[m.start - 1 : m.start] in "与、" and (  # 分别与中粮粮谷、大悦城控股集团
            ((m.end + 1) in starts and text[m.end] == "、") or (m.start - 1) in ends
        )
        if after_body or listed_with:
            out.append(Mention(m.start, m.end, m.text, "Organization", "rules:org_signing_party.v1"))
    return out


def _elsewhere(text: str, m: Mention, places: dict[int, Mention], quoted: SpanIndex) -> bool:
    """True when the place ``m`` is named for somewhere the article is not: inside a quote (an award the
    city above gave, 获“杭州市新冠肺炎疫情防控先进团委”; a 《》 title names the article's own place, 《清水县2014年…》),
    a place gone to (勇赴武汉最前线), the place of a quake, with the place it is in (四川长宁地震), a person's
    birthplace (1955年7月生，安徽定远人).
    ``places``: place mentions by start."""
    if quoted.inside(m.start, m.end) or _GONE_TO.search(text, max(0, m.start - 2), m.start):
        return True
    if _birthplace(text, m, places):
        return True
    inner = places.get(m.end)
    return _EVENT_AFTER.match(text, inner.end if inner else m.end) is not None


def _birthplace(text: str, m: Mention, places: dict[int, Mention]) -> bool:
    """True when the place ``m`` (or the run of places it opens or continues: 安徽|定远) is a person's
    birthplace: after 籍贯|祖籍|出生于|生于, or after …生，|…族， and before …人， (1955年7月生，安徽定远人)."""
    start = m.start
    ends = {p.end: p for p in places.values()}
    while (prev := ends.get(start)) is not None and prev is not m:  # 安徽|定远: the run starts at 安徽
        start = prev.start
    if _BORN_BEFORE.search(text, max(0, start - 6), start):
        return True
    return bool(_NATIVE_BEFORE.search(text, max(0, start - 2), start) and _NATIVE_AFTER.match(text, m.end))


def _titled_assembly(text: str, m: Mention) -> bool:
    """True for a "meeting" that is an assembly holding a title (委内瑞拉|全国代表大会|主席罗德里格斯): a body, the
    organization of its chair's post; a session (第二次会议|副秘书长, 十三届六次会议|秘书长) stays a meeting."""
    return R.holds_assembly_title(text, m.end) and not R.SESSION_MARK.search(m.text)


def _on_twin(text: str, m: Mention) -> Mention:
    """``m`` with its text read from ``text`` (the simplified twin of the article, same offsets)."""
    twin = text[m.start : m.end]
    return m if twin == m.text else Mention(m.start, m.end, twin, m.label, m.source, m.attrs)


def _trimmed(article: Article, m: Mention) -> Mention | None:
    """The mention without the whitespace a model span may start or end with (\\n大疆创新科技有限公司)."""
    s, e = m.start, m.end
    while s < e and article.text[s].isspace():
        s += 1
    while e > s and article.text[e - 1].isspace():
        e -= 1
    if s == e:
        return None
    return m if (s, e) == (m.start, m.end) else Mention(s, e, article.analysis_text[s:e], m.label, m.source, m.attrs)


def _chain_department(text: str, o: Mention) -> bool:
    """True for a department named only inside a title chain, after its committee's title:
    商丘市委常委、政法委|书记, 省委常委、宣传部|部长. The dev gold names no organization for it (the
    post is held in the committee, the title keeps the department), so it is no entity of its own."""
    if o.text not in DEPARTMENTS or text[o.start - 1 : o.start] != "、" or not before_title(text, o.end):
        return False
    m = R.TITLE_CHAIN_END.search(text, max(0, o.start - 40), o.start - 1)
    if not m:
        return False
    body, _head = R.split_title(text[m.start() : o.start - 1].split("、")[0])
    return department_body(o.text, strip_ordinal(body) or None) != o.text


def before_title(text: str, pos: int) -> bool:
    """True when a title head (副书记, 常委, 部长…) starts at ``pos``: the organization is a title body."""
    rest = text[pos : pos + 8]
    return any(rest.startswith(q) and rest.startswith(R.TITLE_HEAD_TUPLE, len(q)) for q in ("", *R.TITLE_QUALIFIERS))


def _in_head(text: str, meeting: Mention, end: int) -> bool:
    """True when ``end`` falls strictly inside the head noun that ends ``meeting`` (联组会, 座谈会)."""
    head = next((h for h in R.MEETING_HEADS if text.endswith(h, meeting.start, meeting.end)), "")
    return meeting.end - len(head) < end < meeting.end
