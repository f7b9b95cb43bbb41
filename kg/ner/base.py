"""The protocol every NER backend implements, and the offset check they all pass."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from kg.errors import ExtractionError
from kg.model import Article, Mention, Token


@runtime_checkable
class MentionExtractor(Protocol):
    """Finds mentions in articles; offsets point into ``Article.text``."""

    name: str  # stable id recorded in evidence, e.g. "lac" or "hanlp:MSRA_NER_ELECTRA_SMALL_ZH"

    def extract(self, articles: Sequence[Article]) -> list[list[Mention]]:
        """One list of mentions per article, in order."""
        ...


@runtime_checkable
class TokenExtractor(Protocol):
    """A backend that also segments: mentions and the words (with POS tags) of each article, so rules
    may match words, not only characters. LAC is one; HanLP's character model is not."""

    name: str

    def extract_with_tokens(self, articles: Sequence[Article]) -> list[tuple[list[Mention], list[Token]]]:
        """Per article, in order: its mentions and its words, offsets into ``Article.text``."""
        ...


def check_offsets(article: Article, mentions: Sequence[Mention]) -> None:
    """Refuse any mention whose offsets do not slice back to its text."""
    for m in mentions:
        if not (0 <= m.start < m.end <= len(article.text)) or article.text[m.start : m.end] != m.text:
            raise ExtractionError(
                f"{article.id}: mention {m.text!r} from {m.source} has offsets {m.start}:{m.end} "
                f"that slice to {article.text[m.start : m.end]!r}; the backend adapter must convert offsets"
            )
