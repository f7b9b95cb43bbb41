"""Crash safety: `kg build` killed with SIGKILL at any point leaves a readable store holding whole
batches only, and a rerun ends with exactly the store a clean build makes."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from kg.store.sqlite import SqliteStore

KG = Path(sys.executable).parent / "kg"
ENV = {**os.environ, "PYTHONWARNINGS": "ignore", "TQDM_DISABLE": "1"}


def _build_cmd(inputs: list[Path], db: Path, out: Path, batch: int) -> list[str]:
    args = ["build", *map(str, inputs), "--db", str(db), "--out", str(out), "--ner", "lac", "--batch-size", str(batch)]
    return [str(KG), *args]


def _stored_articles(db: Path) -> int:
    """Committed articles, read the way another process would (0 before the schema exists)."""
    if not db.exists():
        return 0
    try:
        with closing(sqlite3.connect(db, timeout=0.05)) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _run_until(cmd: list[str], kill_when: Callable[[float], bool], timeout: float = 600) -> bool:
    """Run ``cmd``; SIGKILL it as soon as ``kill_when(seconds since start)`` holds.
    True when it was killed, False when it finished first."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    try:
        while proc.poll() is None:
            elapsed = time.monotonic() - started
            assert elapsed < timeout, "kg build hung"
            if kill_when(elapsed):
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.005)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        assert proc.stderr is not None
        stderr = proc.stderr.read().decode("utf-8", "replace")
    assert proc.returncode == 0, stderr
    return False


def _assert_sound(db: Path, before: int, batch: int, total: int) -> int:
    """The store opens, passes SQLite's checks, and a run left whole batches only, or all
    ``total`` articles (the last batch may be short)."""
    with SqliteStore(db) as store:
        conn = store._conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        n = store.counts()["articles"]
        # every entity is used (orphans are dropped in the batch's own transaction)
        assert not conn.execute(
            "SELECT id FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)"
            " AND id NOT IN (SELECT source FROM relations) AND id NOT IN (SELECT target FROM relations)"
        ).fetchall()
    assert (n - before) % batch == 0 or n == total, f"{n - before} articles stored since the last run: a batch was cut"
    return n


def _clean(inputs: list[Path], tmp: Path, batch: int) -> tuple[str, dict[str, int]]:
    db = tmp / "clean.sqlite"
    assert not _run_until(_build_cmd(inputs, db, tmp / "clean-out", batch), lambda _: False)
    with SqliteStore(db) as store:
        return store.fingerprint(), store.counts()


def _kill_and_resume(
    inputs: list[Path], tmp: Path, batch: int, total: int, kills: list[Callable[[Path], Callable[[float], bool]]]
):
    db, out = tmp / "crashed.sqlite", tmp / "crashed-out"
    cmd = _build_cmd(inputs, db, out, batch)
    stored, killed = 0, 0
    for make in kills:
        killed += _run_until(cmd, make(db))
        stored = _assert_sound(db, stored, batch, total) if db.exists() else 0
    assert not _run_until(cmd, lambda _: False)  # the rerun completes
    with SqliteStore(db) as store:
        return store.fingerprint(), store.counts(), killed


def after_seconds(s: float) -> Callable[[Path], Callable[[float], bool]]:
    return lambda db: lambda elapsed: elapsed >= s


def after_articles(n: int) -> Callable[[Path], Callable[[float], bool]]:
    """Kill once ``n`` more articles are committed than when this run started."""

    def make(db: Path) -> Callable[[float], bool]:
        start = _stored_articles(db)
        return lambda _: _stored_articles(db) >= start + n

    return make


def test_killed_builds_resume_to_the_clean_store(tmp_path: Path, shared_dir: Path) -> None:
    """A small corpus in batches of 2, killed during start-up, after the first batch and mid-run."""
    inputs = [shared_dir / "corpus" / "pages"]
    clean_fp, clean_counts = _clean(inputs, tmp_path, 2)
    assert clean_counts["articles"] > 10
    kills = [after_seconds(0.3), after_articles(1), after_articles(4), after_articles(clean_counts["articles"] // 3)]
    fp, counts, killed = _kill_and_resume(inputs, tmp_path, 2, clean_counts["articles"], kills)
    assert killed >= 3
    assert counts == clean_counts
    assert fp == clean_fp


def _sample(shared_dir: Path, tmp: Path, every: int) -> list[Path]:
    """pages and every ``every``-th xwlb file, copied into ``tmp`` (ids come from file names, so
    they are the corpus's own)."""
    corpus, sample = shared_dir / "corpus", tmp / "sample"
    shutil.copytree(corpus / "pages", sample / "pages")
    (sample / "xwlb").mkdir()
    for path in sorted((corpus / "xwlb").glob("*.txt"))[::every]:
        shutil.copy(path, sample / "xwlb" / path.name)
    return [sample / "pages", sample / "xwlb"]


@pytest.mark.slow
def test_killed_corpus_builds_resume_to_the_clean_store(tmp_path: Path, shared_dir: Path) -> None:
    """pages and a third of xwlb (about 130 articles, 16 batches of 8), killed at random times and
    article counts. A third, not all of xwlb: the same kill and resume path, for less extraction."""
    inputs = _sample(shared_dir, tmp_path, 3)
    clean_fp, clean_counts = _clean(inputs, tmp_path, 8)
    rng = random.Random(int(os.environ.get("KG_CRASH_SEED", "20240601")))
    n = clean_counts["articles"]
    assert n > 100
    kills = [after_seconds(rng.uniform(0.2, 2.0)), after_articles(1)]
    kills += [after_articles(rng.randrange(1, n // 4)) for _ in range(3)]
    kills += [after_seconds(rng.uniform(2.0, 6.0)) for _ in range(2)]
    fp, counts, killed = _kill_and_resume(inputs, tmp_path, 8, n, kills)
    assert killed >= 5
    assert counts == clean_counts
    assert fp == clean_fp


WRITER = textwrap.dedent(
    """
    import dataclasses, sys, time
    from kg.ingest import read_paths
    from kg.model import GraphBatch
    from kg.ner import extractor_factory
    from kg.pipeline import extract_graphs
    from kg.store.sqlite import SqliteStore

    db, copies, corpus = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    graphs = extract_graphs(list(read_paths(corpus)), extractor_factory("rules")[0]())
    # many copies under other ids: a transaction long enough for a kill to land inside it
    batch = GraphBatch(tuple(
        dataclasses.replace(g, article=dataclasses.replace(g.article, id=f"{g.article.id}~{i}"))
        for i in range(copies) for g in graphs
    ))
    with SqliteStore(db) as store:
        print("writing", flush=True)
        started = time.monotonic()
        store.write(batch)
        print(time.monotonic() - started, flush=True)
    """
)
COPIES = "40"


def test_kill_inside_one_big_transaction_stores_nothing_of_it(tmp_path: Path, shared_dir: Path) -> None:
    """SIGKILL while one big batch is being written: the store reopens, passes SQLite's checks
    and holds none of the batch."""
    corpus = [str(shared_dir / "corpus" / "pages"), str(shared_dir / "corpus" / "xwlb")]
    full = tmp_path / "full.sqlite"
    proc = subprocess.run(
        [sys.executable, "-c", WRITER, str(full), COPIES, *corpus], capture_output=True, text=True, env=ENV, timeout=600
    )
    assert proc.returncode == 0, proc.stderr
    seconds = float(proc.stdout.split()[-1])  # how long the whole write took
    with SqliteStore(full) as store:
        full_counts = store.counts()
    assert full_counts["articles"] > 1000
    empty = {"articles": 0, "entities": 0, "mentions": 0, "relations": 0}
    rng = random.Random(7)
    for i in range(4):
        db = tmp_path / f"killed{i}.sqlite"
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), COPIES, *corpus], stdout=subprocess.PIPE, text=True, env=ENV
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "writing"
        time.sleep(seconds * rng.uniform(0.05, 0.6))
        assert child.poll() is None, "the write ended before the kill"
        child.send_signal(signal.SIGKILL)
        child.wait()
        with SqliteStore(db) as store:
            assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert store.counts() == empty
        # and the killed store takes the whole batch afterwards
        if i == 0:
            done = subprocess.run(
                [sys.executable, "-c", WRITER, str(db), COPIES, *corpus], capture_output=True, text=True, env=ENV
            )
            assert done.returncode == 0, done.stderr
            with SqliteStore(db) as store:
                assert store.counts() == full_counts
