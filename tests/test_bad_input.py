"""Bad input through the installed `kg` command: every bad file is named once with its reason,
the run goes on with the rest, nothing of a failed file is stored, and the exit code says so."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import opencc
import pytest

from kg.ingest import read_file
from kg.store.sqlite import SqliteStore

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "2022-06-04-p1.txt"
KG = Path(sys.executable).parent / "kg"
Proc = subprocess.CompletedProcess[str]
DEPTH = 1200  # deeper than Python's default recursion limit


def run_kg(*args: str | Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "TQDM_DISABLE": "1"}
    return subprocess.run(
        [str(KG), *map(str, args)], capture_output=True, text=True, encoding="utf-8", timeout=timeout, env=env
    )


@dataclass(frozen=True)
class BadFolder:
    root: Path
    failed: dict[str, str]  # file -> a word its reason must contain
    warned: dict[str, str]  # file read with a warning -> a word of the warning
    twins: dict[str, Path]  # file in another encoding -> its UTF-8 twin (outside root)
    readable: set[str]  # every file whose articles must be stored


def _deep_dir(root: Path, depth: int) -> Path:
    root.mkdir()
    d = root
    for _ in range(depth):  # os.makedirs recurses once per level
        d = d / "d"
        d.mkdir()
    return d


def _remove_deep(root: Path) -> None:
    """Remove a tree bottom-up without recursion (shutil.rmtree recurses once per level)."""
    stack = [root]
    order: list[Path] = []
    while stack:
        d = stack.pop()
        order.append(d)
        for entry in os.scandir(d):
            if entry.is_dir(follow_symlinks=False):
                stack.append(Path(entry.path))
            else:
                os.unlink(entry.path)
    for d in reversed(order):
        d.rmdir()


def _encodable(text: str, codec: str) -> str:
    return "".join(ch for ch in text if _fits(ch, codec))


def _fits(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Iterator[BadFolder]:
    base = tmp_path_factory.mktemp("bad")
    root, twins_dir = base / "in", base / "twins"
    root.mkdir()
    twins_dir.mkdir()
    corpus = shared_dir / "corpus"
    failed: dict[str, str] = {}
    warned: dict[str, str] = {}
    twins: dict[str, Path] = {}
    readable: set[str] = set()

    def put(name: str, data: bytes) -> Path:
        f = root / name
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)
        return f

    page = EXAMPLE.read_text(encoding="utf-8")
    prose = [line for line in page.split("\n") if len(line) > 60]  # the page's long paragraphs
    readable.add(str(put("2022-06-04-p1.txt", page.encode("utf-8"))))

    failed[str(put("empty.txt", b""))] = "empty"
    failed[str(put("blank.md", b" \n\t\r\n  \n"))] = "empty"
    rng = random.Random(7)
    failed[str(put("binary.txt", bytes(rng.randrange(256) for _ in range(20_000))))] = "binary"
    failed[str(put("noise.html", bytes(rng.randrange(1, 256) for _ in range(20_000))))] = "binary"
    failed[str(put("english.txt", b"No Chinese at all: minutes of the meeting, in English.\n" * 50))] = "no Chinese"
    log_line = b"2024-01-01 12:00:00,123 INFO worker 7, queue 3, retry 0, took 12 ms, ok\n"
    failed[str(put("huge.txt", log_line * (100_000_000 // len(log_line) + 1)))] = "no Chinese"  # 100 MB
    failed[str(put("all_broken.jsonl", b'{"text": "\xe5\xb8\x82\n[1, 2]\n{"title": 3}\n'))] = "no readable JSONL line"

    # truncated UTF-8: cut inside the last character; the text before it is kept, with a warning
    cut = page[:1300].encode("utf-8") + "治".encode()[:2]
    trunc = put("truncated.txt", cut)
    warned[str(trunc)] = "truncated UTF-8"
    readable.add(str(trunc))
    twins[str(trunc)] = twins_dir / "truncated.txt"
    twins[str(trunc)].write_text(page[:1300], encoding="utf-8")

    jsonl = put(
        "feed.jsonl",
        "\n".join(
            [
                json.dumps({"id": "feed-1", "text": prose[0]}, ensure_ascii=False),
                '{"id": "feed-2", "text": "市长',
                "[1, 2, 3]",
                json.dumps({"id": "feed-3", "title": "无正文"}, ensure_ascii=False),
                json.dumps({"id": "feed-4", "text": "Only English here."}),
            ]
        ).encode("utf-8"),
    )
    warned[str(jsonl)] = "not JSON"
    readable.add(str(jsonl))

    html = put(
        "page.html",
        (
            "<!doctype html><html><head><title>新闻</title><style>p{color:red} /* 样式里的张伪造 */</style>"
            "<script>var who = '脚本里的李伪造'; document.write('<p>王伪造</p>');</script></head><body>"
            f"<h1>市委常委会召开会议</h1><p>{prose[0]}</p>"
            "<script type='text/javascript'>alert('赵伪造')</script><noscript>请启用脚本</noscript></body></html>"
        ).encode(),
    )
    readable.add(str(html))

    # other encodings: a real corpus page in each, with a UTF-8 twin to compare with
    simplified = (corpus / "pages" / "p02_xuchang_20170719_ldhd.txt").read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2t").convert(
        (corpus / "pages" / "p04_xuchang_20201204_yqfk.txt").read_text(encoding="utf-8")
    )
    for name, text, codec, bom in (
        ("gbk_page.txt", simplified, "gbk", b""),
        ("gb18030_page.txt", simplified, "gb18030", b""),
        ("big5_page.txt", traditional, "big5", b""),
        ("utf16_page.txt", simplified, "utf-16-le", b"\xff\xfe"),
        ("utf16be_nobom.txt", simplified, "utf-16-be", b""),
    ):
        text = _encodable(text, codec)
        f = put(name, bom + text.encode(codec))
        twin = twins_dir / name
        twin.write_text(text, encoding="utf-8")
        twins[str(f)] = twin
        readable.add(str(f))

    deep = _deep_dir(root / "nested", DEPTH) / "deep.txt"
    deep.write_text(prose[1], encoding="utf-8")
    readable.add(str(deep))

    (root / "loop").mkdir()
    (root / "loop" / "up").symlink_to("..")
    (root / "loop" / "self").symlink_to(".")
    yield BadFolder(root, failed, warned, twins, readable)
    _remove_deep(root / "nested")


@pytest.fixture(scope="module")
def built(
    bad_folder: BadFolder, tmp_path_factory: pytest.TempPathFactory
) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = tmp_path_factory.mktemp("built")
    db = out / "kg.sqlite"
    proc = run_kg("build", bad_folder.root, "--db", db, "--out", out / "out", "--ner", "lac", "--batch-size", "4")
    return proc, db


def test_build_names_each_bad_file_once_and_exits_2(bad_folder: BadFolder, built) -> None:
    proc, _ = built
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    for path, why in bad_folder.failed.items():
        named = [ln for ln in lines if ln.startswith(f"skipped {path}: ")]
        assert len(named) == 1, (path, proc.stderr)
        assert why in named[0], named[0]
    skipped = [ln for ln in lines if ln.startswith("skipped ")]
    unexpected = [ln for ln in skipped if ln.split(": ")[0].removeprefix("skipped ") not in bad_folder.failed]
    assert not unexpected
    for path, why in bad_folder.warned.items():
        assert any(ln.startswith(f"warning {path}") and why in ln for ln in lines), (path, proc.stderr)
    closing = lines[-1]
    n_warnings = sum(ln.startswith("warning ") for ln in lines)
    assert f"{len(bad_folder.failed)} file(s) failed, {n_warnings} warning(s), " in closing, closing
    assert f"{len(bad_folder.readable)} file(s) read" in closing


def test_build_stores_the_good_files_and_nothing_of_the_bad(bad_folder: BadFolder, built) -> None:
    _, db = built
    with SqliteStore(db, create=False) as store:
        articles = list(store.articles())
        people = {e.name for e in store.entities() if e.label == "Person"}
        sources = {a.source for a in articles}
        assert sources <= bad_folder.readable
        assert not sources & set(bad_folder.failed)
        # every readable file's text is stored; files holding one text (the same page in GBK and
        # UTF-16) are one article (kg.ingest.identity)
        by_text = {a.text: a for a in articles}
        for path in bad_folder.readable:
            assert all(a.text in by_text for a in read_file(Path(path))), path
        assert {"史根治", "刘涛"} <= people  # the example page's people
        # a file in GBK, GB18030, Big5 or UTF-16, or cut inside its last character, is stored as
        # its UTF-8 twin reads
        for path, twin in bad_folder.twins.items():
            twin_articles = [by_text.get(a.text) for a in read_file(twin)]
            assert all(twin_articles), path
            persons = [
                m
                for a in twin_articles
                if a is not None
                for _, m in store.mentions(a.id)
                if m.entity_id.startswith("Person:")
            ]
            assert persons, f"no person found in {path}"
        # scripts and styles never reach the text; the JSONL feed keeps its good line only
        html_text = "".join(a.text for a in articles if a.source.endswith("page.html"))
        assert "伪造" not in html_text and "color" not in html_text and "市委常委会召开会议" in html_text
        assert not any("伪造" in e.name for e in store.entities())
        assert sorted(a.id for a in articles if a.source.endswith("feed.jsonl")) == ["feed-1"]
        assert any(a.source.endswith("deep.txt") for a in articles)


def test_extract_writes_only_json_lines_and_exits_2(bad_folder: BadFolder, tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    proc = run_kg("extract", bad_folder.root, "--ner", "rules", "-o", out)
    assert proc.returncode == 2, proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records
    assert sum(ln.startswith("skipped ") for ln in proc.stderr.splitlines()) == len(bad_folder.failed)


def test_warnings_alone_exit_0_and_are_counted(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    page = EXAMPLE.read_bytes()
    (folder / "page.txt").write_bytes(page)
    (folder / "cut.txt").write_bytes(EXAMPLE.read_text(encoding="utf-8")[:1000].encode() + "治".encode()[:1])
    (folder / "feed.jsonl").write_bytes(
        b'{"id": "a", "text": "\xe5\xb8\x82\xe9\x95\xbf\xe5\x88\x98\xe6\xb6\x9b"}\n{oops\n'
    )
    proc = run_kg("build", folder, "--db", tmp_path / "kg.sqlite", "--out", tmp_path / "out", "--ner", "rules")
    assert proc.returncode == 0, proc.stderr
    warnings = [ln for ln in proc.stderr.splitlines() if ln.startswith("warning ")]
    assert len(warnings) == 2, proc.stderr
    assert any(f"{folder / 'feed.jsonl'}:2: " in w for w in warnings)
    assert any(str(folder / "cut.txt") in w and "truncated" in w for w in warnings)
    assert proc.stderr.splitlines()[-1].startswith("0 file(s) failed, 2 warning(s), 3 file(s) read")


def test_a_failed_file_next_to_a_stored_one_changes_nothing_on_rebuild(tmp_path: Path) -> None:
    """A file that turns bad after it was stored is reported, and what was stored stays."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.txt").write_bytes(EXAMPLE.read_bytes())
    db = tmp_path / "kg.sqlite"
    first = run_kg("build", folder, "--db", db, "--out", tmp_path / "out", "--ner", "rules")
    assert first.returncode == 0, first.stderr
    with SqliteStore(db, create=False) as store:
        before = store.fingerprint()
    (folder / "zz_binary.txt").write_bytes(b"\x00\x01\x02" * 1000)
    second = run_kg("build", folder, "--db", db, "--out", tmp_path / "out", "--ner", "rules")
    assert second.returncode == 2
    assert f"skipped {folder / 'zz_binary.txt'}: binary" in second.stderr
    with SqliteStore(db, create=False) as store:
        assert store.fingerprint() == before
