"""Identity within one article graph: which minted bodies and meetings are real things, and which one.

Applied by the resolve stage after the entities of an article are minted (pure, one graph in, one out):

- variants of one body fold into its canonical name, the variant kept as an alias
  (中央宣传部 → 中宣部, 人力资源社会保障部 → 人力资源和社会保障部, 中国全国政协 → 全国政协);
- a body named by level only that the article's region could not place (区委, 县人民政府), and a
  working group named by its head word alone (调研组, 使节团, 大会秘书处), get an id of their own article
  (``Organization:区委@<article>``): never one node for the country;
- bodies that do not exist (福建市委, 长三角市委, 海南省人大常委会原) are dropped with their relations;
- meetings get their canonical name, the day they were held (``Entity.date``) and an id per event
  (kg.meetings); a meeting named again short (第九届亚洲冬季运动会开幕式 after 哈尔滨第九届亚洲冬季运动会开幕式,
  kg.meetings.full_forms) is that event, the short name an alias; a role at a numbered national meeting in an
  article dated outside the years it was held in (党的二十大 in an article of 2024) is dropped: the article cites
  that meeting.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.dates import held_on
from kg.meetings import canonical_meeting, full_forms, meeting_key, years_held
from kg.model import ArticleGraph, Entity, EntityMention, Relation, entity_id
from kg.ner import rules as R
from kg.regions import is_real_body
from kg.text import MAX_SENTENCE, starting_between

# Variants of national bodies → the canonical name, the form the corpus's news uses most (the
# variant becomes an alias): 中宣部 (8 times) over 中央宣传部 (6), 中央组织部 (3) over 中组部 (1).
BODY_VARIANTS = {
    "中央宣传部": "中宣部",
    "中共中央宣传部": "中宣部",
    "中组部": "中央组织部",
    "中共中央组织部": "中央组织部",
    "人力资源社会保障部": "人力资源和社会保障部",
    "人社部": "人力资源和社会保障部",
    "中国全国政协": "全国政协",
    "中共全国政协": "全国政协",
    "法工委": "法制工作委员会",
    "香港特区": "香港特别行政区",
    "澳门特区": "澳门特别行政区",
}
# Endings folded inside longer names: 全国人大常委会法工委 → …法制工作委员会.
_ENDING_VARIANTS = (("法工委", "法制工作委员会"),)
# A body named by its level only: 市委, 区人民政府, 县政协, 省人大常委会 (and their departments: 市委组织部).
# Other bodies of a level: 市中级人民法院, 市关工委, 县教育局 (not 市场…, 市民…, 区域…, 县级…).
LEVEL_ONLY = re.compile(
    r"^(?:共青团|团)?[省市县区州](?:委|人民政府|政府|人大常委会|人大|政协|纪委|监委)"
    r"|^[省市县区州](?![场民域级直属内外里郊区县政镇乡])[\u4e00-\u9fff]{2,}"
)
# A working group named by its head word alone (调研组, 使节团), and the presidium or secretariat of "the session"
# (大会主席团, 大会秘书处): one body of one article, as a body named by level is.
BARE_GROUP = frozenset([*R.BARE_GROUP_UNITS, *R.SESSION_ORGANS])
MEETING_ROLES = ("PRESIDED", "SPOKE_AT", "ATTENDED")


def canonical_body(name: str) -> str:
    """A body's canonical name: 中央宣传部 → 中宣部, 全国人大常委会法工委 → 全国人大常委会法制工作委员会."""
    if name in BODY_VARIANTS:
        return BODY_VARIANTS[name]
    for short, full in _ENDING_VARIANTS:
        if name.endswith(short) and len(name) > len(short):
            return name[: -len(short)] + full
    return name


def refine(graph: ArticleGraph) -> ArticleGraph:
    """The article graph with bodies and meetings resolved to the real things they name."""
    article = graph.article
    renamed: dict[str, str] = {}
    dropped: set[str] = set()
    entities: dict[str, Entity] = {}
    meeting_days: dict[str, str] = {}
    meets = sorted(
        (m.start, m.end, m.source == R.CALL_SOURCE) for m in graph.mentions if m.entity_id.startswith("Meeting:")
    )
    spans = [(a, b) for a, b, _call in meets]
    starts = [a for a, _b in spans]
    for m in graph.mentions:  # the day each meeting was held, from the first sentence that says it
        if m.entity_id.startswith("Meeting:") and m.entity_id not in meeting_days:
            near = starting_between(starts, m.start - MAX_SENTENCE, m.end + MAX_SENTENCE)  # held_on looks no further
            # a call is named by its verb (…10日…在新德里会见…), and the calls of a visit listed in one sentence share
            # its day (11月12日至13日…会见阿利耶夫，同穆斯塔法耶夫举行会谈): a call before another keeps it from none
            call = m.source == R.CALL_SOURCE
            others = [spans[i] for i in near if spans[i] != (m.start, m.end) and not (call and meets[i][2])]
            found = held_on(article.text, m.start, m.end, article.date, others, verb=call)
            if found:
                meeting_days[m.entity_id] = found.date

    def add(e: Entity, new_id: str, name: str, alias: str | None, date: str | None = None) -> None:
        renamed[e.id] = new_id
        known = entities.get(new_id)
        aliases = set(e.aliases) | (set(known.aliases) if known else set()) | ({alias} if alias else set())
        aliases.discard(name)
        held = min((d for d in (date, known.date if known else None) if d), default=None)
        entities[new_id] = Entity(new_id, e.label, name, tuple(sorted(aliases)), held)

    meeting_names = {e.id: e.name for e in graph.entities if e.label == "Meeting"}
    headline_end = article.text.find("\n")
    headline = article.text[:headline_end] if headline_end > 0 and "。" not in article.text[:headline_end] else ""
    in_headline = {
        meeting_names[m.entity_id] for m in graph.mentions if m.entity_id in meeting_names and m.end <= len(headline)
    }
    days = {meeting_names[i]: d for i, d in meeting_days.items() if i in meeting_names}
    full = full_forms(set(meeting_names.values()), in_headline, days)
    for e in graph.entities:
        if e.label == "Organization":
            name = canonical_body(e.name)
            if not is_real_body(name):
                dropped.add(e.id)
                continue
            local = LEVEL_ONLY.match(name) is not None or name in BARE_GROUP
            new_id = entity_id("Organization", f"{name}@{article.id}" if local else name)
            add(e, new_id, name, e.name if name != e.name else None)
        elif e.label == "Meeting":
            written = full.get(e.name, e.name)  # 第十七次专题学习 of 国务院第十七次专题学习: one meeting
            name = canonical_meeting(written)
            day = meeting_days.get(e.id)
            add(
                e,
                entity_id("Meeting", meeting_key(written, day, article.id, article.date)),
                name,
                e.name if name != e.name else None,
                day,
            )
        else:
            add(e, e.id, e.name, None, e.date)

    relations: list[Relation] = []
    seen: set[tuple[str, str, str, str | None, int]] = set()
    for r in graph.relations:
        if r.source in dropped or r.target in dropped:
            continue
        source, target = renamed.get(r.source, r.source), renamed.get(r.target, r.target)
        if r.type in MEETING_ROLES and not _could_attend(entities.get(target), article.date):
            continue  # 习近平 SPOKE_AT 党的二十大 in 2024: a citation, not a role
        key = (r.type, source, target, r.title, r.evidence.start)
        if key in seen or source == target:
            continue
        seen.add(key)
        # a relation (or mention) whose ends keep their ids is kept as it is: no copy of an equal one
        relations.append(r if (source, target) == (r.source, r.target) else replace(r, source=source, target=target))
    mentions = tuple(
        m
        if renamed[m.entity_id] == m.entity_id
        else EntityMention(renamed[m.entity_id], m.start, m.end, m.text, m.source)
        for m in graph.mentions
        if m.entity_id not in dropped and m.entity_id in renamed
    )
    return ArticleGraph(article, tuple(entities.values()), tuple(dict.fromkeys(mentions)), tuple(relations))


def _could_attend(meeting: Entity | None, article_date: str | None) -> bool:
    """False when the article is dated outside the years its numbered meeting was held in."""
    if meeting is None or meeting.label != "Meeting" or not article_date:
        return True
    years = years_held(meeting.name)  # a year early: the session convened in December for March
    return years is None or years[0] - 1 <= int(article_date[:4]) <= years[1]
