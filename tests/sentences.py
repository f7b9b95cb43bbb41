"""One real sentence (or a few) through the real pipeline (LAC + rules), as the rule tests of the blind sets
read it: its ``kg extract`` record and its meeting roles."""

from __future__ import annotations

from typing import Any

from kg.evaluate import to_extract_record
from kg.model import Article
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
