"""Articles in, article graphs out. Pure: no I/O.

The stages, one module each: NER backend (kg.ner: model mentions) → rule mentions, person repair and
merge (kg.relations.mentions) → entity linking (kg.relations.context, minting through
kg.resolve.EntityTable) → relation rules run from the registry (kg.relations.registry) → the
article graph (kg.resolve.EntityTable.graph).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice

from kg.model import Article, ArticleGraph, Mention, Token
from kg.ner.base import MentionExtractor, TokenExtractor, check_offsets
from kg.relations import registry
from kg.relations.context import link
from kg.relations.mentions import collect


def analyse_article(
    article: Article, mentions: Sequence[Mention], model: str, tokens: Sequence[Token] = ()
) -> ArticleGraph:
    """One article's graph from the mentions (and words, when it segments) the NER backend ``model``
    found in it."""
    found = collect(article, mentions, tokens)
    ctx = link(article, found, model)
    registry.run(ctx)
    return ctx.table.graph(ctx.relations)


def extract_graphs(articles: Sequence[Article], extractor: MentionExtractor) -> list[ArticleGraph]:
    """Run the NER backend over ``articles`` and turn each article's mentions into a graph."""
    with _cyclic_gc_paused():
        if isinstance(extractor, TokenExtractor):
            results = extractor.extract_with_tokens(articles)
        else:
            results = [(mentions, []) for mentions in extractor.extract(articles)]
        graphs: list[ArticleGraph] = []
        for article, (mentions, tokens) in zip(articles, results, strict=True):
            check_offsets(article, mentions)
            graphs.append(analyse_article(article, mentions, extractor.name, tokens))
    return graphs


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """No cyclic garbage collection during one batch, the collector as it was after it.

    A batch makes hundreds of thousands of small objects (words, mentions, relations), freed by
    reference counting; each of their allocations counts towards a collection, which then walks
    every live object, the model's and the gazetteer's included (about 850 collections per
    ../shared/corpus with LAC). What a batch leaves in cycles is collected after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of at most ``size`` items: how the corpus streams through."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
