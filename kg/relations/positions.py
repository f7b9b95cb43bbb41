"""Relation rules for posts: HOLDS_POSITION from title chains, shared titles, titles after a name and
appointments (任命/免去/辞去), and WORKS_FOR for non-official titles."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from kg import lexicon
from kg.model import Mention
from kg.ner import rules as R
from kg.relations.context import RuleContext
from kg.relations.mentions import NAMED_BODY, PLACE_BODY
from kg.resolve import HEAD_BODY, body_of_title, canonical_org, department_body, explicit_region, strip_ordinal

NON_OFFICIAL_HEADS = lexicon.words("non_official_heads")
_APPOINT_AFTER = re.compile(r"(?:同志)?(?:为|的|辞去|(?:兼任|担任)的)?([^，。；]{2,40}?)(?:职务|$|[，。；])")
_APPOINT_VERBS = {"任命": "appointed", "免去": "removed", "接受": "resigned"}
_MINISTRY = re.compile(r"(?<![内全西东南北中干局基总本支头外])部$")
# Bodies a title may name beyond the organization suffixes: 关工委, 民革中央, 司法室, 民革北京市委会.
_TITLE_BODY_END = re.compile(r"(?:委|中央|委会|室|院|所|处|站|馆|社|台|队|战区|军区|舰队|部队)$")
_NOT_PLACE_BODY = ("战区", "军区")
FULL_TITLE_BODY = {"国务委员": "国务院", "国家主席": "中华人民共和国", "国家副主席": "中华人民共和国"}
_EMBASSY = re.compile(r"^(?:中国|我国)驻[\u4e00-\u9fff]{1,10}$")
_MISSION = {"大使": "大使馆", "总领事": "总领事馆", "领事": "领事馆", "参赞": "大使馆"}
_NATIONAL_TITLES_AFTER = ("总书记", "副委员长", "委员长", "副总理", "总理")
_CLAUSE_VERB = re.compile(r"率|带领|陪同|考察|调研|会见|出席|主持|参加|来到|前往|表示|强调|指出|会谈|迎接")
_TERMS = re.compile(r"(?:第?[0-9一二三四五六七八九十]+届、)+$")


def positions(ctx: RuleContext) -> None:
    """title_before_name.v1, shared_title_list.v1, name_before_title.v1 (and works_for.v1 on the way)."""
    text = ctx.text
    persons, pids, region = ctx.found.persons, ctx.person_ids, dict(ctx.found.region)
    named = ctx.found.named_spans()
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
        for t in _NATIONAL_TITLES_AFTER:
            if text.startswith(t, p.end) and not chain:
                oid = ctx.entity("Organization", HEAD_BODY[t.removeprefix("副")])
                ctx.relate("HOLDS_POSITION", pids[i], oid, p.start, "name_before_title.v1", t, "held")
                break


def appointments(ctx: RuleContext) -> None:
    """appointment.v1: 任命秦刚为…, 免去王毅兼任的…职务, 免去吴英杰…常务委员、…主任职务, 接受…辞去…职务."""
    text = ctx.text
    region = dict(ctx.found.region)
    for i, p in enumerate(ctx.found.persons):
        verb = text[p.start - 2 : p.start]
        m = _APPOINT_AFTER.match(text, p.end) if verb in _APPOINT_VERBS else None
        if not m:
            continue
        pid, titles = ctx.person_ids[i], m.group(1)
        pos = m.start(1)
        spans = []
        for part in titles.split("、"):
            if part and any(part.endswith(h) for h in R.TITLE_HEADS):
                spans.append((pos, pos + len(part)))
            pos += len(part) + 1
        _emit_chain(ctx, p, pid, spans, region, "appointment.v1", _APPOINT_VERBS[verb])


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


def _emit_chain(ctx: RuleContext, p: Mention, pid: str, chain: Sequence[tuple[int, int]], region: Mapping[str, str],
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
        if PLACE_BODY.match(body) and not body.endswith(_NOT_PLACE_BODY):
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
        st = _status(head) if status == "held" else status
        if org is None:
            continue
        inherited = org
        name = canonical_org(org, local)
        oid = ctx.entity("Organization", name)
        ctx.relate("HOLDS_POSITION", pid, oid, p.start, rule, title, st)
        if head.lstrip("副") in NON_OFFICIAL_HEADS:
            ctx.relate("WORKS_FOR", pid, oid, p.start, "works_for.v1")


def _status(title: str) -> str:
    if title.startswith(("代理", "代")) and not title.startswith("代表"):
        return "acting"
    return "held"


def _sentence_region(ctx: RuleContext, pos: int, region: Mapping[str, str],
                     named: Sequence[tuple[int, int]]) -> dict[str, str]:  # fmt: skip
    """The article region, overridden by a body named just before in the same list of officials:
    山东省委书记林武和省长周乃翔 → 省 is 山东, whatever the article's region."""
    s, _e = ctx.sentence(pos)
    local = dict(region)
    for a, _b in sorted(named):
        m = NAMED_BODY.match(ctx.text, a) if s <= a < pos else None
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
