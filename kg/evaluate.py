"""Gold evaluation: an ArticleGraph as a ``kg extract`` JSON line, and the dev-gold metrics.

``to_extract_record`` gives the line format of ../shared/ONTOLOGY.md ("kg extract output");
``score`` computes the metrics documented in ../shared/gold/README.md for such lines.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import ArticleGraph

ARTICLE_PREFIX = "Article:"


def to_extract_record(graph: ArticleGraph) -> dict[str, Any]:
    """The ``kg extract`` JSON object of one article graph (names instead of entity ids)."""
    names = {e.id: e.name for e in graph.entities}
    spans: dict[str, list[dict[str, int]]] = defaultdict(list)
    for m in graph.mentions:
        spans[m.entity_id].append({"start": m.start, "end": m.end})
    entities = [
        {
            "type": e.label,
            "name": e.name,
            "aliases": list(e.aliases),
            "mentions": sorted(spans.get(e.id, []), key=lambda s: (s["start"], s["end"])),
        }
        for e in graph.entities
    ]
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
        record["evidence"] = {"start": ev.start, "end": ev.end, "text": ev.text, "rule": ev.rule}
        relations.append(record)
    return {"doc_id": graph.article.id, "entities": entities, "relations": relations}
