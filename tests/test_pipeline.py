"""Parallel and distributed extraction give exactly the single-process output."""

from __future__ import annotations

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
    prints = []
    for workers in (1, 2):
        factory, _ = extractor_factory("lac")
        with SqliteStore(tmp_path / f"w{workers}.sqlite") as store:
            run.build(inputs, store, factory, batch_size=4, workers=workers)
            prints.append(store.fingerprint())
    assert prints[0] == prints[1]
