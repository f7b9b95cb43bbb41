"""The shared corpus built once per test session with the real pipeline (LAC + rules) into SQLite.

``corpus_db(tmp_path_factory, shared_dir)`` builds the whole ``../shared/corpus`` (about 400
articles, under a minute); ``parts`` builds only those subfolders. Each distinct build is made
once per session (once per run under pytest-xdist, its workers waiting on a lock) and then
reused by every test module that asks for it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def corpus_db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path, parts: tuple[str, ...] = ()) -> Path:
    """The path of a store holding the corpus (or its ``parts``), built on first use."""
    from filelock import FileLock

    from kg import run
    from kg.ner import extractor_factory
    from kg.store.sqlite import SqliteStore

    corpus = shared_dir / "corpus"
    name = "-".join(parts) or "whole"
    base = tmp_path_factory.getbasetemp()
    if "PYTEST_XDIST_WORKER" in os.environ:  # one build for all the run's workers
        base = base.parent
    db = base / f"corpus-{name}.sqlite"
    with FileLock(str(db.with_suffix(".lock"))):
        if not db.exists():
            inputs = [corpus / p for p in parts] if parts else [corpus]
            factory, _ = extractor_factory("lac")
            partial = db.with_suffix(".partial")
            partial.unlink(missing_ok=True)
            with SqliteStore(partial) as store:
                run.build(inputs, store, factory)
            partial.rename(db)
    return db
