"""Relation rules about bodies and bylines: ISSUED, RUNS, ORGANIZED, PART_OF (sub-units,
committees, departments), VISITED, and REPORTED / PHOTOGRAPHED from bylines."""

from __future__ import annotations

import re

from kg import lexicon
from kg.model import Mention
from kg.relations.context import RuleContext
from kg.relations.mentions import SUBUNIT_RULES
from kg.resolve import canonical_org, parent_body
from kg.text import starting_between

_ISSUE = re.compile(lexicon.alternation("issue_verbs", longest_first=False))
_RUN = re.compile(lexicon.alternation("run_verbs", longest_first=False))
_ORGANIZE = re.compile(r"(?:组织)?召开|举办|举行")
# a clause mark between a verb and its object: not one clause
_CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?]")
_CLAUSE_START = re.compile(r"[，,；;：:。！？!?\n\]】 \u3000]")
# what may stand before a clause's subject: dates and time words (今年以来, 近日, 5月29日, （5月29日）)
_BEFORE_SUBJECT = re.compile(
    r"(?:[0-9一二三四五六七八九十]+[年月日号]|[上下]午|今年以来|近日|日前|近期|目前|当天|同日|今天|此外|同时|[（(][^）)]{0,12}[）)]|\s)*"
)


def _opens_clause(text: str, pos: int) -> bool:
    """True when only a date or time word stands between the start of the clause and ``pos``."""
    lo = max(0, pos - 40)
    starts = [m.end() for m in _CLAUSE_START.finditer(text, lo, pos)]
    start = starts[-1] if starts else (0 if lo == 0 else lo)
    return bool(_BEFORE_SUBJECT.fullmatch(text, start, pos))


_VISIT = re.compile(lexicon.alternation("visit_verbs", longest_first=False))


def credits(ctx: RuleContext) -> None:
    """byline.v1 (REPORTED) and photo_credit.v1 (PHOTOGRAPHED): the article's reporters and photographers."""
    for c in ctx.found.credits:
        name = "".join(c.text.split())  # 陈 赛, 徐 峰: a name spaced for the page's alignment is 陈赛
        pid = ctx.entity("Person", name, Mention(c.start, c.end, c.text, "Person", c.source))
        typ = "PHOTOGRAPHED" if c.label == "Photographer" else "REPORTED"
        rule = c.source.removeprefix("rules:") if c.source.startswith("rules:") else c.source
        ctx.relate(typ, pid, f"Article:{ctx.article.id}", c.start, rule)


def organization_relations(ctx: RuleContext) -> None:
    """issued.v1, runs.v1, organized.v1, org_subunit.v1 / org_committee.v1 (PART_OF) and
    visited.v1: what a body does or is, read from the organization mentions and their sentence."""
    orgs, oids, places = ctx.found.organizations, ctx.org_ids, ctx.found.places
    docs, dids, inits, iids = ctx.found.documents, ctx.document_ids, ctx.found.initiatives, ctx.initiative_ids
    meetings, mids = ctx.found.meetings, ctx.meeting_ids
    text = ctx.text

    starts = [o.start for o in orgs]  # sorted: the merge sorts organizations by offset

    def subject(pos: int) -> list[int]:
        """Indexes of the organizations that are the subject before ``pos`` in its sentence (一 、-list)."""
        s, _ = ctx.sentence(pos)
        cands = [i for i in starting_between(starts, s, pos) if orgs[i].end <= pos]
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
            # 开展深入贯彻中央八项规定精神学习教育: the verb takes the whole item, never one named inside it
            if any(
                o.start <= item.start and item.end <= o.end and o.end - o.start > item.end - item.start for o in items
            ):
                continue
            s, _ = ctx.sentence(item.start)
            verbs = list(verb.finditer(text, s, item.start))
            if verbs:
                at = verbs[-1].start()
                subj = subject(at)
                first = min((orgs[i].start for i in subj), default=0)
                for i in subj:
                    # the body is the subject: it opens its clause or stands right before the verb
                    # (共青团禹州市委开展的…; 深刻领会党中央…，按照“345”工作法 and 经国务院同意，中国证监会发布
                    # name no runner or issuer), and the verb takes the item in its clause
                    if (_opens_clause(text, first) or orgs[i].end == at) and not _CLAUSE_BREAK.search(
                        text, at, item.start
                    ):
                        ctx.relate(typ, oids[i], ids[k], item.start, rule)
    for k, mt in enumerate(meetings):
        lo = max(0, mt.start - 6)
        v = _ORGANIZE.search(text, lo, mt.start)
        if v and text[v.end() : mt.start] == "":
            for i in subject(v.start()):
                if orgs[i].end == v.start():
                    ctx.relate("ORGANIZED", oids[i], mids[k], mt.start, "organized.v1")
    first_place_at: dict[int, int] = {}
    for k, pl in enumerate(places):
        first_place_at.setdefault(pl.start, k)
    for i, o in enumerate(orgs):
        if o.source in SUBUNIT_RULES:
            for j in starting_between(starts, o.start, o.start + 1):
                if j != i and orgs[j].end < o.end:
                    ctx.relate("PART_OF", oids[i], oids[j], o.start, o.source.removeprefix("rules:"))
        after = _VISIT.match(text, o.end)
        if after:
            near = [first_place_at[at] for at in (after.end(), after.end() + 1) if at in first_place_at]
            dest = places[min(near)] if near else None
            if dest and re.match(r"[\u4e00-\u9fff]{0,2}(?:考察|调研|看望|检查|学习)", text[dest.end : dest.end + 6]):
                ctx.relate("VISITED", oids[i], ctx.entity("Place", dest.text), o.start, "visited.v1")


def departments(ctx: RuleContext) -> None:
    """A department is PART_OF its committee or government: 许昌市委组织部 → 许昌市委."""
    first = ctx.table.first_positions()
    first_target: dict[str, int] = {}
    for r in ctx.relations:
        first_target.setdefault(r.target, r.evidence.start)
    for eid, ent in list(ctx.table.entities.items()):
        if ent.label != "Organization":
            continue
        parent = parent_body(ent.name)
        if parent:
            pos = first.get(eid)
            if pos is None:
                pos = first_target.get(eid, 0)
            before = len(ctx.relations)
            ctx.relate("PART_OF", eid, ctx.entity("Organization", canonical_org(parent)), pos, "department_of.v1")
            for r in ctx.relations[before:]:
                first_target.setdefault(r.target, r.evidence.start)
