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

from kg.ingest import find_credits
from kg.model import Article, Mention
from kg.ner import rules as R
from kg.relations import persons as P
from kg.relations.gazetteer import SURNAMES
from kg.resolve import DEPARTMENTS, NATIONAL_ALIASES, department_body, explicit_region, region_of, strip_ordinal
from kg.text import Span, inside, longest, overlaps

# A body name that is only a place: 许昌市 (a model "organization"), 商丘市 of 商丘市市长.
PLACE_BODY = re.compile(r"^[\u4e00-\u9fff]{2,6}[省市县区州]$")
# A body of a named place right before a title: 山东省委 of 山东省委书记林武.
NAMED_BODY = re.compile(r"([\u4e00-\u9fff]{2,4}?)([省市县区州])(?=委|人民政府|政府|人大|政协)")
SUBUNIT_RULES = ("rules:org_subunit.v1", "rules:org_committee.v1")
_PUBLICATION = re.compile(r"周报|日报|晚报|早报|商报|报社|杂志")
# A name right after a noun of what it is names no person: 印尼传统乐器|伽美兰, 舞蹈|朋德舞
_THING_BEFORE = re.compile(
    r"(?:乐器|舞蹈|歌曲|曲目|乐曲|美食|菜肴|小吃|品牌|产品|节目|作品|剧目|游戏|软件|品种|型号|机型|商标)$"
)
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

    def named_spans(self) -> list[Span]:
        """Spans of organizations and places: what a title may name as its body."""
        return [(o.start, o.end) for o in self.organizations] + [(p.start, p.end) for p in self.places]


def collect(article: Article, model_mentions: Sequence[Mention]) -> Found:
    """Model mentions → rule mentions → person repair → one merged set (see the module docstring)."""
    text = article.analysis_text
    quotes = [(q.start(), q.end()) for q in R.QUOTE.finditer(text)]
    documents = R.find_documents(article)
    doc_spans = [(d.start - 1, d.end + 1) for d in documents]
    initiatives = R.find_initiatives(article)
    credits = find_credits(article.text)
    credit_spans = [(c.start, c.end) for c in credits]
    blocked = quotes + doc_spans

    persons: list[Mention] = []
    mentions = P.relabel(text, model_mentions)
    for m in mentions:
        if m.label == "Person":
            p = P.clean_person(article, m)
            if (
                p
                and not inside(blocked, p.start, p.end)
                and not overlaps(credit_spans, p.start, p.end)
                and not _PUBLICATION.match(text, p.end)
                and not _THING_BEFORE.search(text, max(0, p.start - 4), p.start)
                and not any(c.start() < p.end and p.start < c.end() for c in _NOT_NAME_CONTEXT.finditer(text))
            ):
                persons.append(p)
    persons = P.extend_split_names(text, persons)
    # a model "organization" that is only a place name (许昌市) is a place
    mentions = [t for m in mentions if (t := _trimmed(article, m))]
    mentions = [
        Mention(m.start, m.end, m.text, "Place", m.source)
        if m.label == "Organization" and PLACE_BODY.match(m.text)
        else m
        for m in mentions
    ]
    places = [m for m in mentions if m.label == "Place" and not inside(blocked, m.start, m.end)]
    model_orgs = [
        m for m in mentions
        if m.label == "Organization" and not inside(blocked, m.start, m.end)
        and (R.is_body_name(m.text) or m.text in R.NATIONAL_BODIES or m.text in NATIONAL_ALIASES)
    ]  # fmt: skip
    meetings = R.find_meetings(article, [(p.start, p.end) for p in persons])
    avoid = [(p.start, p.end) for p in persons] + [(m.start, m.end) for m in meetings]
    rule_orgs = [
        o for o in R.find_organizations(article, places, model_orgs, avoid) if not inside(blocked, o.start, o.end)
    ]
    orgs = [o for o in merge_organizations(model_orgs + rule_orgs) if not _chain_department(text, o)]
    org_spans = [(o.start, o.end) for o in orgs]
    places = [p for p in places if not overlaps(org_spans, p.start, p.end)]
    meet_spans = [(m.start, m.end) for m in meetings]
    persons = _missed_names(article, persons, credits, org_spans, meet_spans, blocked)
    persons = [p for p in persons if not inside(org_spans + meet_spans, p.start, p.end)]
    persons.sort(key=lambda p: p.start)
    persons = P.refine(text, persons, [m for m in mentions if m.label in ("Place", "Organization")])

    region = region_of(
        article,
        [m.text for m in mentions if m.label == "Place"]
        + [
            f"{r[1]}{r[0]}"
            for o in orgs
            if (r := explicit_region(o.text)) and not before_title(text, o.end)  # 湖南省委副书记乌兰 is a visitor
        ],
    )
    return Found(
        tuple(persons), tuple(orgs), tuple(places), tuple(meetings), tuple(initiatives), tuple(documents),
        tuple(credits), region,
    )  # fmt: skip


def _missed_names(article: Article, persons: list[Mention], credits: Sequence[Mention], org_spans: list[Span],
                  meet_spans: list[Span], blocked: list[Span]) -> list[Mention]:  # fmt: skip
    """Names the model missed: after a title (title_name.v1), before a national title (name_title.v1),
    before 说|表示 (speaker_name.v1)."""
    text = article.analysis_text
    credit_spans = [(c.start, c.end) for c in credits]
    persons = list(persons)
    taken = {p.start for p in persons}
    for h in re.finditer(rf"(?:{R.TITLE_HEAD_ALT})", text):
        chain = R.title_chain(text, h.end())
        loose = bool(chain) and bool(R.split_title(text[chain[-1][0] : chain[-1][1]])[0])
        span = None if h.end() in taken else P.name_after_title(text, h.end(), loose)
        if span and R.title_chain(text, span[0]) and not overlaps(credit_spans + org_spans + meet_spans, *span):
            persons.append(Mention(span[0], span[1], article.text[span[0] : span[1]], "Person", "rules:title_name.v1"))
            taken.add(span[0])
    # a name before a national title the model missed: 和习近平总书记
    for h in P.NATIONAL_TITLE.finditer(text):
        for n in (3, 2):
            s0 = h.start() - n
            seg = text[s0 : h.start()]
            if s0 < 0 or seg[0] not in SURNAMES or any(c in R.STOP or not "\u4e00" <= c <= "\u9fff" for c in seg):
                continue
            if s0 and "\u4e00" <= text[s0 - 1] <= "\u9fff" and text[s0 - 1] not in R.STOP:
                continue
            if not any(p.start < h.start() and s0 < p.end for p in persons) and not overlaps(
                org_spans + meet_spans + blocked + credit_spans, s0, h.start()
            ):
                persons.append(Mention(s0, h.start(), article.text[s0 : h.start()], "Person", "rules:name_title.v1"))
            break
    # a speaker the model missed: 参加培训的帖文峰说
    for s0, e0 in P.speakers(text):
        if not overlaps(org_spans + meet_spans + blocked, s0, e0) and not any(
            p.start < e0 and s0 < p.end for p in persons + list(credits)
        ):
            persons.append(Mention(s0, e0, article.text[s0:e0], "Person", "rules:speaker_name.v1"))
    return persons


def merge_organizations(orgs: list[Mention]) -> list[Mention]:
    """Organizations without overlaps: the longest span wins (sub-units keep their parent separately)."""
    kept = longest([(o.start, o.end) for o in orgs])
    by_span = {(o.start, o.end): o for o in orgs}
    out = [by_span[k] for k in kept]
    # a parent named inside a sub-unit stays an entity of its own (禹州市公交公司 of …公司团支部)
    for o in orgs:
        if (
            o.source.startswith("lac")
            and (o.start, o.end) not in kept
            and any(s == o.start and e > o.end and by_span[(s, e)].source in SUBUNIT_RULES for s, e in kept)
        ):
            out.append(o)
    return sorted(out, key=lambda o: (o.start, o.end))


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
    for q in ("", *R.TITLE_QUALIFIERS):
        if rest.startswith(q) and any(rest.startswith(h, len(q)) for h in R.TITLE_HEADS):
            return True
    return False
