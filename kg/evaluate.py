"""Gold evaluation: an ArticleGraph as a ``kg extract`` JSON line, and the dev-gold metrics.

``to_extract_record`` gives the line format of ../shared/ONTOLOGY.md ("kg extract output");
``score`` computes the metrics documented in ../shared/gold/README.md for such lines.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import ArticleGraph, Entity

ARTICLE_PREFIX = "Article:"


def to_extract_record(graph: ArticleGraph) -> dict[str, Any]:
    """The ``kg extract`` JSON object of one article graph (names instead of entity ids).

    ``entities`` lists every entity the text names, with the offsets where it does. A body the
    text never names, only implied by a title (习近平总书记 → 中共中央, 市长 in a 许昌 article →
    许昌市人民政府), is listed apart under ``implied``, in the same form with no mentions: it is
    the target of a post, not an organization the article mentions. Every relation's source and
    target is a name of ``entities`` or ``implied`` (ONTOLOGY.md)."""
    taken = {e.name for e in graph.entities}
    names = {e.id: _written_name(e, graph.article.date, graph.article.id, taken) for e in graph.entities}
    spans: dict[str, list[dict[str, int]]] = defaultdict(list)
    for m in graph.mentions:
        spans[m.entity_id].append({"start": m.start, "end": m.end})
    entities: list[dict[str, Any]] = []
    implied: list[dict[str, Any]] = []
    for e in graph.entities:
        entry: dict[str, Any] = {
            "type": e.label,
            "name": names[e.id],
            **({"date": e.date} if e.date else {}),  # Meeting: the day it was held
            "aliases": list(e.aliases),
            "mentions": sorted(spans.get(e.id, []), key=lambda s: (s["start"], s["end"])),
        }
        (implied if e.label == "Organization" and not entry["mentions"] else entities).append(entry)
    relations = []
    for r in graph.relations:
        target = r.target[len(ARTICLE_PREFIX) :] if r.target.startswith(ARTICLE_PREFIX) else names.get(r.target)
        record: dict[str, Any] = {"type": r.type, "source": names.get(r.source, r.source), "target": target}
        if r.title is not None:
            record["title"] = r.title
        if r.status is not None:
            record["status"] = r.status
        if r.date is not None:
            record["date"] = r.date
        ev = r.evidence
        record["evidence"] = {"start": ev.start, "end": ev.end, "text": ev.text, "rule": ev.rule, "model": ev.model}
        relations.append(record)
    return {"doc_id": graph.article.id, "entities": entities, "implied": implied, "relations": relations}


def _written_name(e: Entity, date: str | None, article_id: str, taken: set[str]) -> str:
    """An unnamed event's name as the text writes it: 座谈会 for the entity 座谈会（2024-11-06）. The article's day
    (or id) in brackets keeps such events of different articles apart in a store; one article's record holds one
    such event, and the word written is what a reader (and the gold) calls it. Kept whole if another meeting of the
    article has that name."""
    if e.label == "Meeting":
        for mark in (date, article_id):
            if mark and e.name.endswith(f"（{mark}）"):
                written = e.name[: -len(mark) - 2]
                return written if written and written not in taken else e.name
    return e.name


# --- scoring (the metrics of ../shared/gold/README.md) ---------------------------------

_PUNCT = re.compile(r"[\s“”\"'‘’《》〈〉()（）【】\[\]、,，。·]")
PRESS_TITLES = frozenset(
    {
        "记者",
        "本报记者",
        "通讯员",
        "见习记者",
        "评论员",
        "本报评论员",
        "全媒体记者",
        "特约记者",
        "摄影记者",
        "编辑",
        "审核人",
    }
)
GENERIC_ORG = ("市委", "县委", "区委", "州委", "省委", "市政府", "县政府", "区政府", "人民政府", "人大常委会",
               "政协", "人大", "党组", "党工委", "管委会")  # fmt: skip
CORE_METRICS = ("person", "position", "meeting_role", "organization", "initiative", "meeting")
ROLE_TYPES = ("PRESIDED", "SPOKE_AT", "ATTENDED")


def _t2s() -> Callable[[str], str]:
    try:
        import opencc

        return opencc.OpenCC("t2s").convert  # type: ignore[no-any-return]
    except Exception:  # pragma: no cover - opencc is a core dependency
        return lambda s: s


_CONVERT = _t2s()


def norm(s: str | None) -> str:
    """A name as the scorer compares it: simplified, without spaces and punctuation."""
    return _PUNCT.sub("", _CONVERT(s or ""))


def title_match(a: str, b: str) -> bool:
    """Titles match when equal or one ends the other, unless the rest ends with 副/常务/代理/代/专职."""
    a, b = norm(a), norm(b)
    if a == b:
        return True
    lo, sh = (a, b) if len(a) >= len(b) else (b, a)
    if len(sh) < 2 or not lo.endswith(sh):
        return False
    return not lo[: -len(sh)].endswith(("副", "常务", "代理", "代", "专职"))


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _names(ents: Iterable[Mapping[str, Any]], typ: str) -> set[str]:
    return {n for n in (norm(e.get("name")) for e in ents if e.get("type") == typ) if n}


def _group(pred_records: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, list[Any]]]:
    docs: dict[str, dict[str, list[Any]]] = defaultdict(lambda: {"entities": [], "relations": []})
    for d in pred_records:
        key = str(d.get("doc_id", "")).split("#")[0]
        key = Path(key).stem if "/" in key else key
        docs[key]["entities"] += d.get("entities", [])
        docs[key]["relations"] += d.get("relations", [])
    return docs


def load_gold(gold_path: str | Path) -> list[dict[str, Any]]:
    """The gold lines of ``gold_path`` (one JSON object per line)."""
    path = Path(gold_path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as e:
        raise InputError(str(path), f"cannot read gold annotations: {e}", "pass a JSON Lines gold file") from e


def score(pred_records: Iterable[Mapping[str, Any]], gold_path: str | Path) -> dict[str, Any]:
    """Precision, recall and F1 per metric plus ``macro_f1`` over the six core metrics."""
    pred = _group(pred_records)
    c: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for g in load_gold(gold_path):
        p = pred.get(g["doc_id"], {"entities": [], "relations": []})
        ents, rels = p["entities"], p["relations"]
        _score_doc(g, ents, rels, c)
    res: dict[str, Any] = {}
    for k, (tp, fp, fn) in c.items():
        pr, rc, f = _prf(tp, fp, fn)
        res[k] = {"p": round(pr, 3), "r": round(rc, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}
    res["macro_f1"] = round(sum(res[k]["f1"] for k in CORE_METRICS if k in res) / len(CORE_METRICS), 3)
    return res


def _score_doc(g: Mapping[str, Any], ents: list[Any], rels: list[Any], c: dict[str, list[int]]) -> None:
    # persons
    gp = {norm(x) for x in g["persons"]}
    opt = {norm(x) for x in g.get("optional_persons", [])}
    pp = _names(ents, "Person") - opt
    _add(c["person"], len(pp & gp), len(pp - gp), len(gp - pp))
    # positions: (person, title), lenient on the title suffix
    gpos = {(norm(a), norm(t)) for a, t, _o, _s in g["positions"]}
    ppos = {
        (norm(r.get("source")), norm(r.get("title")))
        for r in rels
        if r.get("type") == "HOLDS_POSITION"
        and r.get("title")
        and norm(r.get("title")) not in PRESS_TITLES
        and norm(r.get("source")) not in opt
    }
    matched: set[tuple[str, str]] = set()
    tp = 0
    for pos in ppos:
        hit = next((x for x in gpos if x not in matched and x[0] == pos[0] and title_match(x[1], pos[1])), None)
        if hit:
            matched.add(hit)
            tp += 1
    _add(c["position"], tp, len(ppos) - tp, len(gpos) - len(matched))
    # position with organization, where the gold names one
    for a, t, o, _s in g["positions"]:
        if not o:
            continue
        ok = any(
            r.get("type") == "HOLDS_POSITION"
            and norm(r.get("source")) == norm(a)
            and title_match(t, r.get("title", ""))
            and norm(r.get("target"))
            and (norm(o) in norm(r.get("target")) or norm(r.get("target")) in norm(o))
            for r in rels
        )
        c["position_org"][0 if ok else 2] += 1
    # meeting roles
    groles = {(norm(a), r) for a, r in g["meeting_roles"]}
    proles = {(norm(r.get("source")), r.get("type")) for r in rels if r.get("type") in ROLE_TYPES}
    _add(c["meeting_role"], len(proles & groles), len(proles - groles), len(groles - proles))
    # meetings
    gm = [{norm(x) for x in m} for m in g["meetings"]]
    optm = {norm(x) for x in g.get("optional_meetings", [])}
    pm = {x for x in _names(ents, "Meeting") if not any(x in o or o in x for o in optm)}
    hits = sum(1 for m in gm if m & pm)
    _add(c["meeting"], hits, sum(1 for x in pm if not any(x in m for m in gm)), len(gm) - hits)
    # organizations: recall on required; precision against required, optional and generic bodies
    gorgs = [{norm(x) for x in o} for o in g["organizations"]]
    optorg = {norm(x) for x in g.get("optional_orgs", [])}
    po = _names(ents, "Organization")
    hits = sum(1 for o in gorgs if o & po)
    fp = sum(1 for x in po if not (any(x in o for o in gorgs) or x in optorg or x.endswith(GENERIC_ORG)))
    _add(c["organization"], hits, fp, len(gorgs) - hits)
    # initiatives: a prediction matches a gold core it contains
    gi = [norm(x) for x in g["initiatives"]]
    opti = [norm(x) for x in g.get("optional_initiatives", [])]
    pi = {x for x in _names(ents, "Initiative") if not any(core in x for core in opti)}
    hits = sum(1 for core in gi if any(core in x for x in pi))
    _add(c["initiative"], hits, sum(1 for x in pi if not any(core in x for core in gi)), len(gi) - hits)
    # documents
    gd = {norm(x) for x in g["documents"]}
    pd = _names(ents, "Document")
    _add(c["document"], len(pd & gd), len(pd - gd), len(gd - pd))
    # reporters
    gr = {norm(x) for x in g["reporters"]}
    prep = {norm(r.get("source")) for r in rels if r.get("type") in ("REPORTED", "PHOTOGRAPHED")}
    _add(c["reporter"], len(prep & gr), len(prep - gr), len(gr - prep))


def _add(cell: list[int], tp: int, fp: int, fn: int) -> None:
    cell[0] += tp
    cell[1] += fp
    cell[2] += fn


def format_table(res: Mapping[str, Any]) -> str:
    """The metrics as an aligned text table."""
    lines = [f"{'metric':14s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>4s} {'fp':>4s} {'fn':>4s}"]
    for k, v in res.items():
        if isinstance(v, dict):
            lines.append(f"{k:14s} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {v['tp']:4d} {v['fp']:4d} {v['fn']:4d}")
    lines.append(f"{'macro_f1':14s} {res.get('macro_f1', 0.0):6.3f}")
    return "\n".join(lines)


def evaluate(gold_path: str | Path, inputs: Sequence[str | Path] = (), ner: str = "lac") -> dict[str, Any]:
    """Run the real pipeline over ``inputs`` (default: the ``texts`` folder next to the gold file)
    with the ``ner`` backend and score the result against ``gold_path``."""
    from kg.ingest import read_file
    from kg.ingest.readers import discover
    from kg.ner.select import select_extractor
    from kg.pipeline import extract_graphs

    gold = Path(gold_path)
    if not gold.is_file():
        raise InputError(str(gold), "no such gold file", "pass the path of a gold JSON Lines file")
    paths = list(inputs) or [gold.parent / "texts"]
    extractor, _message = select_extractor(ner, None)
    articles = [a for p in discover(paths) for a in read_file(p)]
    if not articles:
        raise InputError(", ".join(map(str, paths)), "no articles to evaluate", "pass the gold's text files")
    records = [to_extract_record(g) for g in extract_graphs(articles, extractor)]
    return score(records, gold)
