"""Runs the pipeline over files: read, extract in bounded batches (optionally in parallel), store.

Memory stays flat: files are read lazily, articles flow in batches of ``batch_size``, and each
batch is written (one transaction) before the next is read.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import Any, Protocol, TextIO

from kg.errors import InputError
from kg.ingest import InputWarning, discover, read_file_with_warnings
from kg.ingest.identity import ArticleIds, StoredArticles
from kg.model import Article, ArticleGraph, GraphBatch
from kg.ner.base import MentionExtractor
from kg.people import PersonStore, split_namesakes
from kg.store.base import GraphWriter, WriteStats

# kg.pipeline (the rules, their patterns and word lists: about 0.4 s to import) is imported where
# articles are extracted, so a parent whose workers extract never loads it before starting them.

ExtractorFactory = Callable[[], MentionExtractor]


@dataclass(frozen=True)
class FileFailure:
    """A file that could not be read, and why."""

    path: str
    reason: str


@dataclass
class RunSummary:
    """What a run read, skipped, failed on and stored."""

    files_read: int = 0
    articles: int = 0
    articles_skipped: int = 0
    failures: list[FileFailure] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)
    stats: WriteStats = field(default_factory=WriteStats)

    def add(self, stats: WriteStats) -> None:
        self.stats = WriteStats(
            **{k: getattr(self.stats, k) + getattr(stats, k) for k in WriteStats.__dataclass_fields__}
        )


def read_articles(
    inputs: Sequence[str | Path],
    summary: RunSummary,
    on_failure: Callable[[FileFailure], None] | None = None,
    on_warning: Callable[[InputWarning], None] | None = None,
    *,
    max_file_size: int | None = None,
    follow_symlinks: bool = False,
) -> Iterator[Article]:
    """Articles of every readable file under ``inputs``; failures and warnings (lines or bytes a
    reader stepped over, symbolic links not followed) are recorded and reported, never raised.
    A file is read whole before any of its articles is yielded, so a file that fails
    contributes nothing. Ids are file stems (see ``kg.ingest.identity`` for uniqueness)."""

    def warn(w: InputWarning) -> None:
        summary.warnings.append(w)
        if on_warning:
            on_warning(w)

    for path in discover(inputs, follow_symlinks=follow_symlinks, on_notice=warn):
        try:
            articles, warnings = read_file_with_warnings(path, max_file_size)
        except InputError as e:
            failure = FileFailure(str(path), e.reason + (f" ({e.fix})" if e.fix else ""))
            summary.failures.append(failure)
            if on_failure:
                on_failure(failure)
            continue
        summary.files_read += 1
        for w in warnings:
            warn(w)
        yield from articles


# -- parallel extraction ---------------------------------------------------------------------

_worker_extractors: dict[object, MentionExtractor] = {}


def _extractor_in_worker(factory: ExtractorFactory) -> MentionExtractor:
    """This process's extractor of ``factory``: made once, kept between batches."""
    key = getattr(factory, "cache_key", factory)
    extractor = _worker_extractors.get(key)
    if extractor is None:
        extractor = _worker_extractors[key] = factory()
    return extractor


def _extract_in_worker(factory: ExtractorFactory, articles: list[Article]) -> list[ArticleGraph]:
    """Extract one batch in a worker process; the worker keeps its model between batches."""
    from kg.pipeline import extract_graphs

    return extract_graphs(articles, _extractor_in_worker(factory))


def _load_for_extraction(factory: ExtractorFactory) -> None:
    """What a worker's first batch would load first: the rules, its model and the place gazetteer."""
    import kg.pipeline  # noqa: F401
    from kg.places import gazetteer

    _extractor_in_worker(factory)
    gazetteer()


def _load_for_outputs() -> None:
    """What rendering views in a worker imports first (NetworkX, pyvis, SciPy's optimiser for
    Kamada-Kawai)."""
    import importlib

    import kg.viz  # noqa: F401

    importlib.import_module("scipy.optimize")


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops the run and says what was stored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _start_method(factory: ExtractorFactory) -> str:
    """ "fork" where it is safe and cheap: a POSIX system other than macOS, a model that starts no
    threads (``fork_safe``) and no other thread in this process now; else "spawn"."""
    if (
        "fork" in get_all_start_methods()
        and sys.platform != "darwin"
        and getattr(factory, "fork_safe", False)
        and threading.active_count() == 1
    ):
        return "fork"
    return "spawn"


class Workers(ProcessPoolExecutor):
    """``count`` extraction processes for a whole ``kg build``, kept after extraction to render
    part of the outputs (``kg.outputs``). The processes start when the first tasks come (the
    first batches), so a build with nothing new to extract starts none. Forked where that is
    safe (``_start_method``): a forked process shares the parent's loaded model and imports and
    ends without tearing its interpreter down, about a second less per process than a spawned
    one, which imports kg and loads its model itself."""

    def __init__(self, factory: ExtractorFactory, count: int, start_method: str | None = None) -> None:
        self.start_method = start_method or _start_method(factory)
        super().__init__(max_workers=count, mp_context=get_context(self.start_method), initializer=_ignore_sigint)
        self.factory = factory
        self.count = count

    def start_loading(self) -> None:
        """Start every process and its model load now (at the first new article, while the parent
        reads the rest of the first batch): one task per process, which finds its model loaded
        when one process took two. Forked processes find it loaded here first (the people pass
        needs the gazetteer here anyway)."""
        if self.start_method == "fork":
            _load_for_extraction(self.factory)
        for _ in range(self.count):
            self.submit(_load_for_extraction, self.factory)

    def __exit__(self, exc_type: Any, *rest: Any) -> bool | None:
        if exc_type is not None:  # Ctrl-C or a failure: batches not started are dropped, not run
            self.shutdown(wait=True, cancel_futures=True)
        return super().__exit__(exc_type, *rest)


class _Submitter(Protocol):
    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any: ...


def _batches(articles: Iterable[Article], size: int, parallel: bool = False) -> Iterator[list[Article]]:
    """Consecutive lists of at most ``size`` articles (``kg.pipeline.batched``, without importing
    the rules). ``parallel`` (several processes take the batches): the last two batches are cut
    into quarter batches, so no process waits idle for another's last full batch (the graphs
    are the same whatever the batch size)."""
    iterator = iter(articles)
    chunks = iter(lambda: list(islice(iterator, size)), [])
    if not parallel:
        yield from chunks
        return
    held: deque[list[Article]] = deque()
    for chunk in chunks:
        held.append(chunk)
        if len(held) > 2:
            yield held.popleft()
    tail = [a for chunk in held for a in chunk]
    quarter = max(1, -(-size // 4))
    for start in range(0, len(tail), quarter):
        yield tail[start : start + quarter]


def _ordered(pool: _Submitter, factory: ExtractorFactory, batches: Iterable[list[Article]], window: int,
             **submit_kwargs: Any) -> Iterator[list[ArticleGraph]]:  # fmt: skip
    """Results in input order, with at most ``window`` batches in flight (bounded memory)."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(pool.submit(_extract_in_worker, factory, batch, **submit_kwargs))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def extract_batches(
    batches: Iterable[list[Article]],
    factory: ExtractorFactory,
    workers: int = 1,
    dask: str | None = None,
    pool: Workers | None = None,
) -> Iterator[list[ArticleGraph]]:
    """Article graphs batch by batch, in input order, whatever runs them: this process,
    ``workers`` processes (``pool``, when the caller keeps them for more work), or a Dask
    cluster (``dask`` = scheduler address, or "local")."""
    if dask:
        from kg.distributed import dask_client

        with dask_client(dask, workers) as client:
            width = max(1, len(client.scheduler_info().get("workers", {})))
            yield from _ordered(client, factory, batches, 2 * width, pure=False)
        return
    if pool is not None:
        yield from _ordered(pool, pool.factory, batches, 2 * pool.count)
        return
    if workers <= 1:
        extractor = None
        for batch in batches:  # the rules and the model are loaded for the first batch (none: nothing new)
            from kg.pipeline import extract_graphs

            if extractor is None:
                extractor = factory()
            yield extract_graphs(batch, extractor)
        return
    with Workers(factory, workers) as started:
        yield from _ordered(started, factory, batches, 2 * workers)


def _starting(pool: Workers, articles: Iterator[Article]) -> Iterator[Article]:
    """``articles``, starting ``pool``'s processes at the first one (a build with nothing new
    starts none)."""
    for i, article in enumerate(articles):
        if i == 0:
            pool.start_loading()
        yield article


def _people_pass(store: PersonStore) -> int:
    """``split_namesakes``, recorded by a store that can (``mark_people_pass``) so that the next
    build skips it while the store stays as it is."""
    moves = split_namesakes(store)
    mark = getattr(store, "mark_people_pass", None)
    if mark is not None:
        mark()
    return moves


def _people_pass_current(store: PersonStore) -> bool:
    current = getattr(store, "people_pass_current", None)
    return current is not None and bool(current())


# -- the two jobs ----------------------------------------------------------------------------


class PrimaryStore(GraphWriter, StoredArticles, Protocol):
    """The store a build writes first: it also says which texts it holds (article identity)."""


def build(
    inputs: Sequence[str | Path],
    store: PrimaryStore,
    factory: ExtractorFactory,
    *,
    batch_size: int = 64,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    on_failure: Callable[[FileFailure], None] | None = None,
    on_warning: Callable[[InputWarning], None] | None = None,
    extra_stores: Sequence[GraphWriter] = (),
    dask: str | None = None,
    max_file_size: int | None = None,
    follow_symlinks: bool = False,
    summary: RunSummary | None = None,
    pool: Workers | None = None,
) -> RunSummary:
    """Extract every new or changed article under ``inputs`` into ``store`` and ``extra_stores``.

    Articles whose text ``store`` holds already are skipped (wherever their file now is; see
    ``kg.ingest.identity``) unless an extra store lacks them: a rerun completes a store a failure
    left behind (a Neo4j write-through cut off at batch 2), and each store skips, inside its own
    write, what it has. Pass ``summary`` to keep the counts of a run that is interrupted:
    ``summary.articles`` is then the number of articles committed to ``store``. With ``pool``
    (``Workers``) the articles are extracted there, and so is the people pass when ``store`` is a
    file (``path``) and articles were extracted."""
    summary = RunSummary() if summary is None else summary
    ids = ArticleIds(store)

    def skip(_: Article) -> None:
        summary.articles_skipped += 1
        if progress:
            progress(1)

    articles = read_articles(inputs, summary, on_failure, on_warning, max_file_size=max_file_size,
                             follow_symlinks=follow_symlinks)  # fmt: skip
    fresh = ids.new_articles(articles, on_known=skip, missing_from=extra_stores)
    if pool is not None:
        fresh = _starting(pool, fresh)
    parallel = workers > 1 or dask is not None or (pool is not None and pool.count > 1)
    for graphs in extract_batches(_batches(fresh, batch_size, parallel), factory, workers, dask, pool):
        batch = GraphBatch(tuple(graphs))
        summary.add(store.write(batch))
        summary.articles += len(graphs)  # committed: counted before anything else can fail
        for other in extra_stores:
            other.write(batch)
        if progress:
            progress(len(graphs))
    if isinstance(store, PersonStore) and not (summary.articles == 0 and _people_pass_current(store)):
        # one node per person across the articles stored; an unchanged store had its pass already.
        # Here, not in a worker: this connection's cache is warm and it keeps the fingerprint the
        # pass computes, which the outputs' stamp needs next; the workers import the views meanwhile.
        if pool is not None and summary.articles:
            for _ in range(pool.count):
                pool.submit(_load_for_outputs)
        _people_pass(store)
    return summary


def extract(
    inputs: Sequence[str | Path],
    out: TextIO,
    factory: ExtractorFactory,
    *,
    batch_size: int = 64,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    on_failure: Callable[[FileFailure], None] | None = None,
    on_warning: Callable[[InputWarning], None] | None = None,
    dask: str | None = None,
    max_file_size: int | None = None,
    follow_symlinks: bool = False,
) -> RunSummary:
    """Write one ``kg extract`` JSON line per article under ``inputs`` to ``out`` (doc_id: the
    file stem, ``<stem>#<n>`` for split pages; unique in the run, see ``kg.ingest.identity``)."""
    from kg.evaluate import to_extract_record

    summary = RunSummary()
    ids = ArticleIds()
    read = read_articles(inputs, summary, on_failure, on_warning, max_file_size=max_file_size,
                         follow_symlinks=follow_symlinks)  # fmt: skip
    articles = (ids.place(a) for a in read)
    for graphs in extract_batches(
        _batches(articles, batch_size, workers > 1 or dask is not None), factory, workers, dask
    ):
        for graph in graphs:
            out.write(json.dumps(to_extract_record(graph), ensure_ascii=False) + "\n")
        summary.articles += len(graphs)
        if progress:
            progress(len(graphs))
    return summary
