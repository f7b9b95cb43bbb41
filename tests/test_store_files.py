"""Store files under attack: damaged pages, read-only mounts, paths that are not store files,
missing inputs, and the protocols each store declares. Real SQLite files, real mounts, the real CLI."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import main
from kg.model import Article, ArticleGraph, Entity, EntityMention, Evidence, GraphBatch, Relation
from kg.store.base import GraphReader, GraphWriter
from kg.store.neo4j import Neo4jStore
from kg.store.sqlite import SqliteStore

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
PAGE = 4096  # SQLite's default page size, which kg does not change


def _kg(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), env={"KG_NEO4J_PASSWORD": "unused"})


def _no_traceback(result: Result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def _big_store(db: Path, articles: int = 200) -> None:
    """A real store of several hundred pages (a page of 4 KiB holds about one article here)."""
    graphs = []
    for i in range(articles):
        text = f"第{i}篇。" + "市委书记张三主持会议。" * 200
        a = Article(id=f"a{i}", text=text, title=f"标题{i}", content_hash=f"h{i}")
        p, o = Entity(f"Person:张三{i}", "Person", f"张三{i}"), Entity(f"Organization:局{i}", "Organization", f"局{i}")
        r = Relation("HOLDS_POSITION", p.id, o.id, Evidence(a.id, 0, 8, text[:8], "test.v1"), title="局长")
        graphs.append(ArticleGraph(a, (p, o), (EntityMention(p.id, 0, 2, "张三", "test"),), (r,)))
    with SqliteStore(db) as store:
        store.write(GraphBatch(tuple(graphs)))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- protocols ----------------------------------------------------------------------------------


def test_each_store_implements_exactly_what_it_declares(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "kg.sqlite") as store:
        assert isinstance(store, GraphWriter) and isinstance(store, GraphReader)
        assert store.has_article("nope", "hash") is False
    through = Neo4jStore(conn=None, store_id="s")  # type: ignore[arg-type]  # no I/O in the constructor
    assert isinstance(through, GraphWriter)
    assert not isinstance(through, GraphReader)  # Neo4jStore promises no read methods it lacks


# -- 14.6: a damaged page inside the store -------------------------------------------------------


def test_random_bytes_over_pages_100_to_120_exit_4_with_the_advice(tmp_path: Path) -> None:
    db = tmp_path / "kg.sqlite"
    _big_store(db)
    assert db.stat().st_size > 130 * PAGE
    with open(db, "r+b") as f:
        f.seek(100 * PAGE)
        f.write(os.urandom(21 * PAGE))  # pages 100–120 (0-based offsets), the header page intact
    damaged = _sha(db)
    build = ["build", str(EXAMPLES), "--db", str(db), "--out", str(tmp_path / "out"), "--ner", "rules"]
    for args in (["report", "--db", str(db)], build):
        result = _kg(*args)
        assert result.exit_code == 4, (args[0], result.output)
        _no_traceback(result)
        assert f"{db} is damaged" in result.output
        assert "PRAGMA integrity_check" in result.output and "restore" in result.output and "rebuild" in result.output
        assert "not a kg store" not in result.output
    assert _sha(db) == damaged  # nothing written into the damaged file
    assert not (tmp_path / "out" / "graph.html").exists()


# -- 14.7: reading commands open the store read-only ---------------------------------------------


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(source folder, the same folder bind-mounted read-only); skips where mounting is not allowed."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a read-only bind mount needs root and mount(8)")
    src, ro = tmp_path / "src", tmp_path / "ro"
    src.mkdir()
    ro.mkdir()
    bind = subprocess.run(["mount", "--bind", str(src), str(ro)], capture_output=True, text=True)
    if bind.returncode != 0:
        pytest.skip(f"mount --bind not allowed here: {bind.stderr.strip()}")
    try:
        remount = subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], capture_output=True, text=True)
        if remount.returncode != 0:
            pytest.skip(f"read-only remount not allowed here: {remount.stderr.strip()}")
        yield src, ro
    finally:
        if subprocess.run(["umount", str(ro)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(ro)], check=True)  # never leave the mount behind
            pytest.fail("the read-only mount was still busy: a store file stayed open")


def test_reading_commands_work_on_a_read_only_mount(read_only_dir: tuple[Path, Path], tmp_path: Path) -> None:
    src, ro = read_only_dir
    out = str(tmp_path / "out")
    built = _kg("build", str(EXAMPLES), "--db", str(src / "kg.sqlite"), "--out", out, "--ner", "rules")
    assert built.exit_code == 0, built.output
    (src / "junk.sqlite").write_bytes(b"this is not an SQLite file at all" * 100)
    before = sorted(p.name for p in src.iterdir())
    db = ro / "kg.sqlite"
    with pytest.raises(OSError):  # the mount really is read-only, even for root
        (ro / "probe").write_text("x")

    report = _kg("report", "--db", str(db))
    assert report.exit_code == 0, report.output
    assert "3 articles" in report.output
    dossier = _kg("dossier", "史根治", "--db", str(db))
    assert dossier.exit_code == 0, dossier.output
    assert "史根治" in dossier.output
    view = _kg("viz", "--db", str(db), "-o", str(tmp_path / "view.html"))
    assert view.exit_code == 0, view.output
    assert sorted(p.name for p in src.iterdir()) == before

    junk = _kg("report", "--db", str(ro / "junk.sqlite"))
    assert junk.exit_code == 4
    _no_traceback(junk)
    assert "not a kg store" in junk.output and "move the file away" in junk.output
    build = _kg("build", str(EXAMPLES), "--db", str(db), "--out", str(tmp_path / "out2"), "--ner", "rules")
    assert build.exit_code == 4, build.output  # writing there is refused, clearly
    _no_traceback(build)
    assert "not a kg store" not in build.output


def test_reading_does_not_touch_the_store_file(tmp_path: Path) -> None:
    db = tmp_path / "kg.sqlite"
    _big_store(db, articles=3)
    before = _sha(db)
    result = _kg("report", "--db", str(db), "--format", "json")
    assert result.exit_code == 0, result.output
    assert _sha(db) == before
    with SqliteStore.open_read_only(db) as store, pytest.raises(sqlite3.OperationalError, match="readonly"):
        store._conn.execute("DELETE FROM articles")  # a read-only connection, not a promise


# -- 14.14: store paths that are not store files; missing inputs ---------------------------------


def test_dev_null_a_folder_and_a_fifo_are_refused_and_leave_nothing(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target in (Path("/dev/null"), folder, fifo):
        for args in (["build", str(EXAMPLES), "--db", str(target), "--out", str(tmp_path / "out"), "--ner", "rules"],
                     ["report", "--db", str(target)]):  # fmt: skip
            result = _kg(*args)
            # click itself refuses a folder for --db (a usage error, exit 2); kg refuses the rest
            assert result.exit_code == (2 if target == folder else 4), (target, args[0], result.output)
            _no_traceback(result)
            assert str(target) in result.output and "--db" in result.output
    for suffix in ("-journal", "-wal", "-shm"):
        assert not Path(f"/dev/null{suffix}").exists()
    assert sorted(p.name for p in folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "pipe"]


def test_a_missing_input_leaves_no_store_file(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "kg.sqlite"
    result = _kg("build", str(tmp_path / "no-such-folder"), "--db", str(db), "--ner", "rules",
                 "--out", str(tmp_path / "out"))  # fmt: skip
    assert result.exit_code == 2
    _no_traceback(result)
    assert "no-such-folder" in result.output and "no such file or directory" in result.output
    assert not db.exists() and not db.parent.exists()


# -- 14.13: kg push refuses URIs that are not Bolt ------------------------------------------------


@pytest.mark.parametrize("uri", ["http://127.0.0.1:7474", "https://example.invalid:7473", "127.0.0.1:7687"])
def test_push_refuses_a_uri_that_is_not_bolt(tmp_path: Path, uri: str) -> None:
    db = tmp_path / "kg.sqlite"
    SqliteStore(db).close()
    result = _kg("push", "--db", str(db), "--uri", uri)
    assert result.exit_code == 5, result.output
    _no_traceback(result)
    assert "bolt://host:7687" in result.output and repr(uri) in result.output
    build = _kg("build", str(EXAMPLES), "--db", str(db), "--neo4j", uri, "--ner", "rules")
    assert build.exit_code == 5, build.output
    _no_traceback(build)
