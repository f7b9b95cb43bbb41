"""The shared corpus built once per test session with the real pipeline (LAC + rules) into SQLite.

``corpus_db(tmp_path_factory, shared_dir)`` builds the whole ``../shared/corpus`` (about 400
articles, under a minute); ``parts`` builds only those subfolders. Each distinct build is made
once per session and then reused by every test module that asks for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def corpus_db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path, parts: tuple[str, ...] = ()) -> Path:
    """The path of a store holding the corpus (or its ``parts``), built on first use."""
    from kg import run
    from kg.ner import extractor_factory
    from kg.store.sqlite import SqliteStore

    corpus = shared_dir / "corpus"
    name = "-".join(parts) or "whole"
    db = tmp_path_factory.getbasetemp() / f"corpus-{name}.sqlite"
    if not db.exists():
        inputs = [corpus / p for p in parts] if parts else [corpus]
        factory, _ = extractor_factory("lac")
        partial = db.with_suffix(".partial")
        with SqliteStore(partial) as store:
            run.build(inputs, store, factory)
        partial.rename(db)
    return db
