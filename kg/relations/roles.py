"""Relation rules for meeting roles and participation: PRESIDED, SPOKE_AT, ATTENDED (Person → Meeting)
and PARTICIPATED_IN (Person → Initiative)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.model import Mention
from kg.ner import rules as R
from kg.relations.context import RuleContext
from kg.text import inside

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
_CITED = re.compile(r"在[^，。；]{0,60}?时的")
# a title after the name before the verb: 栗战书委员长主持会议, 王晨副委员长
_TITLE_AFTER = re.compile(rf"(?:常务副|副)?(?:{R.TITLE_HEAD_ALT})(?=主持|出席|讲话|致辞|强调|指出|作|在|发表)")
_ATTEND = re.compile(r"(?:出席|参加|列席|到会)(?:了)?(?=会议|大会|活动|座谈会|仪式|祝贺|指导|$|[，。；,;并\n])")
_ENTRUST = re.compile(r"受[^，。；]{1,30}?委托")
_ETC_GROUP = re.compile(r"等[\u4e00-\u9fff]{0,10}(?:领导|同志|负责人|负责同志|成员|代表)")


def _nearest(ctx: RuleContext, items: Sequence[Mention], ids: Sequence[str], pos: int) -> str | None:
    """The item in the sentence of ``pos``, else the nearest one before it, else the first after."""
    s, e = ctx.sentence(pos)
    in_sentence = [ids[i] for i, m in enumerate(items) if s <= m.start < e and not _is_cited(ctx.text, m)]
    if in_sentence:
        return in_sentence[0]
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


def meeting_roles(ctx: RuleContext) -> None:
    """presided.v1 and spoke_at.v1: NAME (title) 主持 / 讲话|强调|致辞… , to the meeting of the sentence or
    the one the article holds; a 、-list of names shares the verb of its last name."""
    persons, pids, meetings, mids = ctx.found.persons, ctx.person_ids, ctx.found.meetings, ctx.meeting_ids
    if not mids:
        return
    text = ctx.text
    entrusted = [(m.start(), m.end()) for m in _ENTRUST.finditer(text)]
    for i, p in enumerate(persons):
        if inside(entrusted, p.start, p.end):
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


def attendance(ctx: RuleContext) -> None:
    """attended.v1: 出席|参加 + a named meeting after the one person of the sentence; names listed before
    出席|参加|列席 in list-only clauses."""
    persons, pids, meetings, mids = ctx.found.persons, ctx.person_ids, ctx.found.meetings, ctx.meeting_ids
    if not mids:
        return
    text = ctx.text
    entrusted = [(m.start(), m.end()) for m in _ENTRUST.finditer(text)]
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
            in_sentence = [mids[i] for i, mt in enumerate(meetings) if s <= mt.start < _e]
            mid = in_sentence[0] if in_sentence else None
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
            if lo <= p.start and p.end <= m.start() and not inside(entrusted, p.start, p.end):
                if _ROLE_PRESIDE.match(text, p.end) and not text.startswith(("出席", "参加"), p.end):
                    continue
                ctx.relate("ATTENDED", pids[i], mid, p.start, "attended.v1")


def participants(ctx: RuleContext) -> None:
    """participated_in.v1: 参加…PROGRAM…的 NAME (a trainee or participant)."""
    persons, pids, inits, iids = ctx.found.persons, ctx.person_ids, ctx.found.initiatives, ctx.initiative_ids
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
