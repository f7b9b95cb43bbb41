"""Relation rules about bodies and bylines: ISSUED, RUNS, ORGANIZED, PART_OF (sub-units,
committees, departments), VISITED, and REPORTED / PHOTOGRAPHED from bylines."""

from __future__ import annotations

import re

from kg import lexicon
from kg.model import Mention
from kg.relations.context import RuleContext
from kg.relations.mentions import SUBUNIT_RULES
from kg.resolve import canonical_org, parent_body

_ISSUE = re.compile(lexicon.alternation("issue_verbs", longest_first=False))
_RUN = re.compile(lexicon.alternation("run_verbs", longest_first=False))
_ORGANIZE = re.compile(r"(?:组织)?召开|举办|举行")
_VISIT = re.compile(lexicon.alternation("visit_verbs", longest_first=False))


def credits(ctx: RuleContext) -> None:
    """byline.v1 (REPORTED) and photo_credit.v1 (PHOTOGRAPHED): the article's reporters and photographers."""
    for c in ctx.found.credits:
        pid = ctx.entity("Person", c.text, Mention(c.start, c.end, c.text, "Person", c.source))
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
    for i, o in enumerate(orgs):
        for j, parent in enumerate(orgs):
            if j != i and parent.start == o.start and parent.end < o.end and o.source in SUBUNIT_RULES:
                ctx.relate("PART_OF", oids[i], oids[j], o.start, o.source.removeprefix("rules:"))
        after = _VISIT.match(text, o.end)
        if after:
            dest = next((p for p in places if p.start >= after.end() and p.start - after.end() <= 1), None)
            if dest and re.match(r"[\u4e00-\u9fff]{0,2}(?:考察|调研|看望|检查|学习)", text[dest.end : dest.end + 6]):
                ctx.relate("VISITED", oids[i], ctx.entity("Place", dest.text), o.start, "visited.v1")


def departments(ctx: RuleContext) -> None:
    """A department is PART_OF its committee or government: 许昌市委组织部 → 许昌市委."""
    first = ctx.table.first_positions()
    for eid, ent in list(ctx.table.entities.items()):
        if ent.label != "Organization":
            continue
        parent = parent_body(ent.name)
        if parent:
            pos = first.get(eid)
            if pos is None:
                pos = next((r.evidence.start for r in ctx.relations if r.target == eid), 0)
            ctx.relate("PART_OF", eid, ctx.entity("Organization", canonical_org(parent)), pos, "department_of.v1")
