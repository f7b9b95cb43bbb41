"""Article identity: which stored article a text read from a file is, and the id it goes by.

An article's id is its readable name: the file stem, ``<stem>#<n>`` for the n-th article of a
split page, or a JSONL line's own id — never the folders above the file, so naming
``corpus`` or ``corpus/pages`` on the command line gives the same ids. Its identity in a store
is its content and its source:

- a text already stored (same content hash) is that article, whatever file, folder or name it
  now comes from: a moved or renamed file replaces nothing and duplicates nothing;
- a new text under an id the store holds *from the same file* is that article changed, and
  replaces it;
- a new text under an id held by another file's article (two days' ``p1.txt``) keeps its name
  with a tag of its content, ``p1#2~3fa2b1c9``, so neither overwrites the other.

Known limit: a file both renamed (or moved) and edited between two builds cannot be told from a
new article; it is added and the old version stays until the store is rebuilt.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from kg.model import Article

TAG_LENGTH = 8  # hex digits of the content hash that tell two same-named articles apart


class StoredArticles(Protocol):
    """What identity needs to ask a store."""

    def article_with_content(self, content_hash: str) -> str | None:
        """Id of a stored article with exactly this text, if any."""

    def article_source(self, article_id: str) -> str | None:
        """Source (file path) of the stored article with this id, if any."""


class HasArticle(Protocol):
    """A store that can say whether it holds an article."""

    def has_article(self, article_id: str, content_hash: str) -> bool:
        """True when this exact article is stored."""


def same_file(a: str, b: str) -> bool:
    """True when two source paths name the same file (symlinks and ``..`` resolved)."""
    return a == b or os.path.realpath(a) == os.path.realpath(b)


@dataclass
class ArticleIds:
    """Ids for the articles of one run: unique in the run and, with ``stored``, in the store."""

    stored: StoredArticles | None = None
    _taken: dict[str, str] = field(default_factory=dict)  # id -> source, this run
    _contents: set[str] = field(default_factory=set)  # content hashes placed this run

    def known(self, article: Article) -> bool:
        """True when this exact text is stored already or was placed earlier in this run."""
        if article.content_hash in self._contents:
            return True
        return self.stored is not None and self.stored.article_with_content(article.content_hash) is not None

    def place(self, article: Article) -> Article:
        """``article`` under an id no other text of the run or the store holds from another file."""
        self._contents.add(article.content_hash)
        candidate, tag_len = article.id, TAG_LENGTH
        while self._held_elsewhere(candidate, article.source):
            candidate = f"{article.id}~{article.content_hash[:tag_len]}"
            tag_len += 4
            if tag_len > len(article.content_hash) + 4:
                raise RuntimeError(f"no free id for {article.id}")  # pragma: no cover - needs a hash collision
        self._taken[candidate] = article.source
        return article if candidate == article.id else replace(article, id=candidate)

    def _held_elsewhere(self, article_id: str, source: str) -> bool:
        held = self._taken.get(article_id)
        if held is None and self.stored is not None:
            held = self.stored.article_source(article_id)
        return held is not None and not same_file(held, source)

    def new_articles(self, articles: Iterable[Article], on_known: Callable[[Article], None] | None = None,
                     missing_from: Sequence[HasArticle] = ()) -> Iterator[Article]:  # fmt: skip
        """The articles not stored yet, each placed under its id; ``on_known`` sees the others.

        A text stored already comes back under its stored id when one of ``missing_from`` (stores
        written alongside, e.g. a Neo4j write-through that failed) lacks it, so they catch up."""
        for article in articles:
            if self.known(article):
                stored_id = self.stored.article_with_content(article.content_hash) if self.stored else None
                as_stored = article if stored_id in (None, article.id) else replace(article, id=stored_id)
                lacking = stored_id is not None and any(
                    not s.has_article(as_stored.id, as_stored.content_hash) for s in missing_from
                )
                if lacking:
                    yield as_stored
                elif on_known is not None:
                    on_known(article)
                continue
            yield self.place(article)
