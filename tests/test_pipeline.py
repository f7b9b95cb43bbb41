"""Parallel and distributed extraction give exactly the single-process output."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from kg import run
from kg.ner import extractor_factory
from kg.store.sqlite import SqliteStore

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def inputs(shared_dir: Path) -> list[Path]:
    return [REPO / "examples", shared_dir / "corpus" / "pages"]


def _extract(inputs: list[Path], **kwargs: object) -> str:
    out = io.StringIO()
    factory, _ = extractor_factory("lac")
    summary = run.extract(inputs, out, factory, batch_size=4, **kwargs)  # type: ignore[arg-type]
    assert summary.articles > 20 and not summary.failures
    return out.getvalue()


@pytest.fixture(scope="module")
def single(inputs: list[Path]) -> str:
    return _extract(inputs)


@pytest.mark.slow
def test_two_workers_give_identical_output(inputs: list[Path], single: str) -> None:
    assert _extract(inputs, workers=2) == single


@pytest.mark.slow
def test_dask_local_cluster_gives_identical_output(inputs: list[Path], single: str) -> None:
    assert _extract(inputs, workers=2, dask="local") == single


@pytest.mark.slow
def test_build_with_workers_stores_what_one_process_stores(tmp_path: Path, inputs: list[Path]) -> None:
    """One process, two forked workers (LAC's default here) and two spawned ones store the same rows."""
    prints = []
    for workers, start_method in ((1, None), (2, "fork"), (2, "spawn")):
        factory, _ = extractor_factory("lac")
        pool = run.Workers(factory, workers, start_method) if workers > 1 else None
        with pool or contextlib.nullcontext(), SqliteStore(tmp_path / f"w{workers}{start_method}.sqlite") as store:
            run.build(inputs, store, factory, batch_size=4, workers=workers, pool=pool)
            prints.append(store.fingerprint())
    assert prints[0] == prints[1] == prints[2]


def test_workers_fork_only_a_single_threaded_process_holding_a_fork_safe_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """LAC and the rules start no threads: their workers are forked (they share the loaded model);
    HanLP's frameworks do, and a process running another thread could deadlock a fork: spawned.
    (The thread count is set here: a pytest-xdist worker runs threads of its own.)"""
    threads = 1
    monkeypatch.setattr(run.threading, "active_count", lambda: threads)
    lac, _ = extractor_factory("lac")
    assert lac.fork_safe is True and run._start_method(lac) == "fork"
    hanlp_like = type("HanlpFactory", (), {"fork_safe": False})()
    assert run._start_method(hanlp_like) == "spawn"
    assert run._start_method(lambda: None) == "spawn"  # says nothing about itself: spawned
    threads = 2
    assert run._start_method(lac) == "spawn"
    with run.Workers(lac, 2, "spawn") as pool:
        assert pool.start_method == "spawn"


@pytest.mark.parametrize("count", [0, 1, 63, 64, 65, 128, 129, 200, 1197])
def test_parallel_batches_cut_only_the_last_two_batches_into_quarters(count: int) -> None:
    """Several processes: every article once, in order; full batches until the last two, then quarter batches."""
    articles = list(range(count))
    plain = list(run._batches(articles, 64))  # type: ignore[arg-type]
    cut = list(run._batches(articles, 64, parallel=True))  # type: ignore[arg-type]
    assert [a for b in cut for a in b] == articles == [a for b in plain for a in b]
    full = max(0, len(plain) - 2)
    assert cut[:full] == plain[:full]
    assert all(1 <= len(b) <= 16 for b in cut[full:])
