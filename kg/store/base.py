"""The protocols stores implement, and what a write reports.

A build writes to every ``GraphWriter`` it is given and asks each one what it already holds, so a
rerun completes whichever store a failure left behind. Reports, views and ``kg push`` read from a
``GraphReader``. A store implements exactly the protocols it declares: ``SqliteStore`` both,
``Neo4jStore`` the writer only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

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


@runtime_checkable
class GraphWriter(Protocol):
    """A place a build writes to: one transaction per batch, and it knows what it already holds."""

    def write(self, batch: GraphBatch) -> WriteStats:
        """Store a batch in one transaction; an article already stored with the same hash is skipped."""
        ...

    def has_article(self, article_id: str, content_hash: str) -> bool:
        """True when this exact article (id and content hash) and everything extracted from it is stored."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class GraphReader(Protocol):
    """A stored graph read back as frozen values."""

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


# The reader under its old name, for modules that still import it.
GraphStore = GraphReader
