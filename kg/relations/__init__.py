"""Relation rules: mentions of one article in, an ArticleGraph out.

Placeholder until the rule table lands: keeps model mentions as entities, no relations.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.model import Article, ArticleGraph, Entity, EntityMention, Mention, entity_id


def analyse_article(article: Article, mentions: Sequence[Mention], model: str) -> ArticleGraph:
    """Entities, mentions and relations of one article."""
    entities: dict[str, Entity] = {}
    linked: list[EntityMention] = []
    for m in mentions:
        eid = entity_id(m.label, m.text)
        entities.setdefault(eid, Entity(eid, m.label, m.text))
        linked.append(EntityMention(eid, m.start, m.end, m.text, m.source))
    return ArticleGraph(article, tuple(entities.values()), tuple(linked), ())
