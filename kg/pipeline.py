"""Articles in, article graphs out: NER backend, then rules, relations and resolution. Pure."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from kg.model import Article, ArticleGraph
from kg.ner.base import MentionExtractor, check_offsets
from kg.relations import analyse_article


def extract_graphs(articles: Sequence[Article], extractor: MentionExtractor) -> list[ArticleGraph]:
    """Run the NER backend over ``articles`` and turn each article's mentions into a graph."""
    graphs: list[ArticleGraph] = []
    for article, mentions in zip(articles, extractor.extract(articles), strict=True):
        check_offsets(article, mentions)
        graphs.append(analyse_article(article, mentions, model=extractor.name))
    return graphs


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of at most ``size`` items: how the corpus streams through."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
