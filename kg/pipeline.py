"""Articles in, article graphs out. Pure: no I/O.

The stages, one module each: NER backend (kg.ner: model mentions) → rule mentions, person repair and
merge (kg.relations.mentions) → entity linking (kg.relations.context, minting through
kg.resolve.EntityTable) → relation rules run from the registry (kg.relations.registry) → the
article graph (kg.resolve.EntityTable.graph).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from kg.model import Article, ArticleGraph, Mention
from kg.ner.base import MentionExtractor, check_offsets
from kg.relations import registry
from kg.relations.context import link
from kg.relations.mentions import collect


def analyse_article(article: Article, mentions: Sequence[Mention], model: str) -> ArticleGraph:
    """One article's graph from the mentions the NER backend ``model`` found in it."""
    found = collect(article, mentions)
    ctx = link(article, found, model)
    registry.run(ctx)
    return ctx.table.graph(ctx.relations)


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
