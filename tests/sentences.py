"""One real sentence (or a few) through the real pipeline (LAC + rules), as the rule tests of the blind sets
read it: its ``kg extract`` record and its meeting roles."""

from __future__ import annotations

from typing import Any

from kg.evaluate import to_extract_record
from kg.ingest.normalize import to_simplified
from kg.model import Article, ArticleGraph
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs

MEETING_ROLES = ("PRESIDED", "SPOKE_AT", "ATTENDED")


def extract_text(lac: LacExtractor, text: str, date: str | None) -> dict[str, Any]:
    """The ``kg extract`` record of ``text`` as one article of ``date``."""
    return to_extract_record(extract_graphs([Article(id="t", text=text, date=date)], lac)[0])


def meeting_roles(rec: dict[str, Any]) -> set[tuple[str, str, str]]:
    """(person, role, meeting) of every meeting role in an extract record."""
    return {(r["source"], r["type"], r["target"]) for r in rec["relations"] if r["type"] in MEETING_ROLES}


def entity_names(rec: dict[str, Any], label: str) -> set[str]:
    """Names of the record's entities of one label (Person, Organization, Document …)."""
    return {e["name"] for e in rec["entities"] if e["type"] == label}


def held_posts(rec: dict[str, Any]) -> set[tuple[str, str, str]]:
    """(person, title, body) of every post in an extract record (a post with no title: '')."""
    return {(r["source"], r.get("title") or "", r["target"]) for r in rec["relations"] if r["type"] == "HOLDS_POSITION"}


def simplified_graph(lac: LacExtractor, text: str, date: str = "2024-01-01") -> ArticleGraph:
    """The article graph of ``text`` read through its simplified twin, as ingest gives it (traditional text too)."""
    return extract_graphs([Article(id="t", text=text, analysis_text=to_simplified(text), date=date)], lac)[0]


def people(lac: LacExtractor, text: str) -> set[str]:
    """The persons kg finds in ``text`` (simplified_graph)."""
    return {e.name for e in simplified_graph(lac, text).entities if e.label == "Person"}


def post_statuses(lac: LacExtractor, text: str) -> set[tuple[str, str, str]]:
    """(person, title, status) of every post kg finds in ``text`` (simplified_graph)."""
    g = simplified_graph(lac, text)
    names = {e.id: e.name for e in g.entities}
    return {(names[r.source], r.title or "", r.status or "") for r in g.relations if r.type == "HOLDS_POSITION"}
