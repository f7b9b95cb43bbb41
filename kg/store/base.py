"""The protocol every graph store implements, and what a write reports."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from kg.model import Article, Entity, EntityMention, GraphBatch, Relation


@dataclass(frozen=True)
class WriteStats:
    """What one write changed."""

    articles_added: int = 0
    articles_replaced: int = 0
    articles_unchanged: int = 0
    entities_added: int = 0
    relations_added: int = 0
    mentions_added: int = 0


class GraphStore(Protocol):
    """A place the graph lives: written in batches, read back as frozen values."""

    def write(self, batch: GraphBatch) -> WriteStats:
        """Store a batch in one transaction; an article already stored with the same hash is skipped."""
        ...

    def articles(self) -> Iterator[Article]:
        """Every stored article."""
        ...

    def entities(self) -> Iterator[Entity]:
        """Every stored entity."""
        ...

    def relations(self) -> Iterator[Relation]:
        """Every stored relationship, one per piece of evidence."""
        ...

    def mentions(self, article_id: str | None = None) -> Iterator[tuple[str, EntityMention]]:
        """(article id, mention) pairs, for one article or all."""
        ...

    def close(self) -> None: ...
