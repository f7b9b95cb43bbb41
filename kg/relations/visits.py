"""Relation rule for field visits of people: VISITED (Person → Place or Organization), dated by the
article. 调研, 考察, 督导, 走访, 视察, 检查 at a place or body the person goes to (到|赴|前往|来到|深入|
莅临|走进) or is at (在…调研); a visit is no meeting and takes no meeting role."""

from __future__ import annotations

import re

from kg.dates import chinese_number
from kg.model import Mention
from kg.ner import rules as R
from kg.relations.context import RuleContext
from kg.text import SpanIndex

# the person goes to the destination: 到|赴|前往|来到|深入|莅临|走进 (…的) DEST; or is there: 在 DEST
_GO = re.compile(r"(?:一行)?(?:先后|分别)?(?:率[^，。；,;]{1,20}?)?(?:到|赴|前往|来到|深入到?|莅临|走进|走访|在)")
# a few words between the verb and the destination: 深入到联系点——汤原县人民法院
_BEFORE_DEST = re.compile(r"[^，。；,;：:、\s]{1,6}——")
# a year written in the sentence, to tell a past visit (2004年3月下旬，时任…在嘉兴专题调研) from the article's
_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
# the companions between the visitor and the journey: 习近平在山东省委书记林武和省长周乃翔陪同下来到枣庄市考察
_ESCORTED = re.compile(r"(?:一行)?在[^。；;]{1,120}?陪同下[，,]?")
# …and the visit word follows the destination in the clause: 调研, 考察, 督导检查
_VISIT_WORD = re.compile(r"[^，。；,;：:]{0,24}?(?:调研|考察|督导|督查|走访|视察|检查|看望|慰问|观摩)")
# a title after the name before the verb: 王凯省长到…
_TITLE_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:书记|市长|县长|区长|省长|主席|主任|部长|局长|院长|检察长|委员)(?=到|赴|前往|来到|深入|莅临|走进|在)"
)


def person_visits(ctx: RuleContext) -> None:
    """visited_by_person.v1: NAME (TITLE) (在…陪同下) 到|赴|前往|在… DEST …调研|考察|督导… → NAME VISITED DEST."""
    text = ctx.text
    dests: list[tuple[Mention, str]] = [(p, ctx.entity("Place", p.text)) for p in ctx.found.places] + list(
        zip(ctx.found.organizations, ctx.org_ids, strict=True)
    )
    dests.sort(key=lambda d: d[0].start)
    by_start = {m.start: (m, eid) for m, eid in dests}
    people = SpanIndex((p.start, p.end) for p in ctx.found.persons)
    for i, p in enumerate(ctx.found.persons):
        pos = p.end
        if text.startswith("同志", pos):
            pos += 2
        if t := _TITLE_AFTER.match(text, pos):
            pos = t.end()
        if esc := _ESCORTED.match(text, pos):
            pos = esc.end()
        go = _GO.match(text, pos)
        if not go:
            continue
        at = go.end()
        if (lead := _BEFORE_DEST.match(text, at)) and lead.end() in by_start:
            at = lead.end()
        hit = by_start.get(at)
        if hit is None or _past(ctx, p.start):
            continue
        # 先后来到日照、济南等地进行调研: each destination of a 、-list
        visited = [hit]
        while text.startswith(("、", "和"), visited[-1][0].end) and (nxt := by_start.get(visited[-1][0].end + 1)):
            visited.append(nxt)
        last = visited[-1][0]
        word = _VISIT_WORD.match(text, last.end)
        # 习近平总书记在福建考察时的重要讲话: a past visit cited, not one of the article's date
        if any(people.overlaps(d.start, d.end) for d, _e in visited) or not word or text.startswith("时的", word.end()):
            continue
        # 吕志伟和党组成员、执行局局长王刚一行深入到…: the names joined before the visitor visit with them
        group = [i]
        while group[0] and _joined(text, ctx.found.persons[group[0] - 1], ctx.found.persons[group[0]]):
            group.insert(0, group[0] - 1)
        for g in group:
            for _dest, eid in visited:
                ctx.relate("VISITED", ctx.person_ids[g], eid, ctx.found.persons[g].start, "visited_by_person.v1")


def _joined(text: str, before: Mention, after: Mention) -> bool:
    """``before`` is joined to ``after`` by 和|与|、, ``after``'s titles between them."""
    chain = R.title_chain(text, after.start)
    start = chain[0][0] if chain else after.start
    return start == before.end + 1 and text[before.end] in "和与、"


def _past(ctx: RuleContext, pos: int) -> bool:
    """The sentence of ``pos`` writes a year before the article's: a visit of the past, not of its date."""
    date = ctx.article.date
    if not date:
        return False
    s, e = ctx.sentence(pos)
    return any(chinese_number(y) < int(date[:4]) for y in _YEAR.findall(ctx.text, s, e))
