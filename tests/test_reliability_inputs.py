"""Issue 14, the inputs engineer's items, through the installed ``kg`` with real files,
processes and signals: 5 (non-regular and oversized files), 8 (terminal escapes), 11 (symbolic
links), 12 (Ctrl-C), 14 (no articles) and 15 (a NUL byte or a foreign paragraph)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from kg.store.sqlite import SqliteStore

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "2022-06-04-p1.txt"
KG = Path(sys.executable).parent / "kg"
ENV = {**os.environ, "PYTHONWARNINGS": "ignore", "TQDM_DISABLE": "1"}
NOTE = "市长刘涛主持召开市政府常务会议，研究部署安全生产工作。副市长王强出席会议。"
ESC = "\x1b"


def kg(*args: str | Path, timeout: float = 120, cwd: Path | None = None, env: dict[str, str] | None = None
       ) -> subprocess.CompletedProcess[str]:  # fmt: skip
    return subprocess.run([str(KG), *map(str, args)], capture_output=True, text=True, encoding="utf-8",
                          timeout=timeout, env=env or ENV, cwd=cwd)  # fmt: skip


def build(*inputs: str | Path, tmp: Path, extra: tuple[str, ...] = (), timeout: float = 120
          ) -> subprocess.CompletedProcess[str]:  # fmt: skip
    return kg("build", *inputs, "--db", tmp / "kg.sqlite", "--out", tmp / "out", "--ner", "rules", *extra,
              timeout=timeout)  # fmt: skip


def stored(db: Path) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(db)) as conn:
        return sorted(conn.execute("SELECT id, source, title FROM articles"))


def skipped(proc: subprocess.CompletedProcess[str]) -> dict[str, str]:
    lines = [ln.removeprefix("skipped ") for ln in proc.stderr.splitlines() if ln.startswith("skipped ")]
    return dict(ln.split(": ", 1) for ln in lines)


# -- 5: anything that is not a regular file, and files above the size limit -------------------------


def test_a_fifo_and_dev_zero_named_as_inputs_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # nobody ever writes to it: reading it would block for ever
    good = tmp_path / "note.txt"
    good.write_text(NOTE, encoding="utf-8")
    proc = build(fifo, "/dev/zero", good, tmp=tmp_path, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "MemoryError" not in proc.stderr
    why = skipped(proc)
    assert "FIFO" in why[str(fifo)] and "not a regular file" in why[str(fifo)]
    assert "character device" in why["/dev/zero"]
    assert [s[0] for s in stored(tmp_path / "kg.sqlite")] == ["note"]  # the rest is processed
    extract = kg("extract", fifo, "/dev/zero", good, "--ner", "rules", timeout=60)
    assert extract.returncode == 2 and len(extract.stdout.splitlines()) == 1, extract.stderr


def test_a_fifo_inside_a_folder_is_named_not_waited_for(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "inner.txt")
    os.mkfifo(folder / "no-article-name")  # not an article name: ignored like any such file
    (folder / "note.txt").write_text(NOTE, encoding="utf-8")
    proc = build(folder, tmp=tmp_path, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert list(skipped(proc)) == [str(folder / "inner.txt")]
    assert [s[0] for s in stored(tmp_path / "kg.sqlite")] == ["note"]


def test_a_file_above_the_size_limit_is_refused_with_the_limit_and_the_fix(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_text(NOTE * 40, encoding="utf-8")  # 4.3 KB
    (folder / "small.txt").write_text(NOTE, encoding="utf-8")
    proc = build(folder, tmp=tmp_path, extra=("--max-file-size", "2K"))
    assert proc.returncode == 2, proc.stderr
    why = skipped(proc)[str(folder / "big.txt")]
    assert "larger than the 2 KiB limit (2048 bytes)" in why and "--max-file-size" in why and "max_file_size" in why
    assert [s[0] for s in stored(tmp_path / "kg.sqlite")] == ["small"]
    # the same limit from kg.toml, and from the environment (which wins over the file)
    (tmp_path / "kg.toml").write_text('[kg]\nmax_file_size = "3K"\n', encoding="utf-8")
    from_file = kg("extract", folder, "--ner", "rules", cwd=tmp_path)
    assert from_file.returncode == 2 and "3 KiB limit" in from_file.stderr, from_file.stderr
    from_env = kg("extract", folder, "--ner", "rules", cwd=tmp_path, env={**ENV, "KG_MAX_FILE_SIZE": "1M"})
    assert from_env.returncode == 0 and len(from_env.stdout.splitlines()) == 2, from_env.stderr
    bad = kg("extract", folder, "--max-file-size", "lots")
    assert bad.returncode == 2 and "positive size" in bad.stderr and "Traceback" not in bad.stderr


# -- 8: control characters never reach the terminal raw -----------------------------------------------


def test_control_characters_in_names_ids_and_titles_are_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    retitle = f"{ESC}]0;owned\x07"
    (folder / f"bad{retitle}.txt").write_bytes(b"\x00\x01\x02" * 100)  # unreadable: named in a skipped line
    (folder / f"note{retitle}.txt").write_text(NOTE, encoding="utf-8")
    lines = [
        {"id": f"x{ESC}[2J", "title": f"标题{ESC}[2J\x00{retitle}", "text": NOTE.replace("刘涛", "刘洋")},
        {"id": f"x{ESC}[2J", "text": NOTE.replace("刘涛", "刘海")},  # a duplicate id: a warning naming it
    ]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n{oops\n", encoding="utf-8")
    proc = build(folder, tmp=tmp_path)
    assert proc.returncode == 2, proc.stderr
    for text in (proc.stdout, proc.stderr):
        assert ESC not in text and "\x07" not in text and "\x00" not in text
    assert f"skipped {folder}/bad\\x1b]0;owned\\x07.txt: binary" in proc.stderr
    assert "x\\x1b[2J" in proc.stderr  # the duplicate id, shown
    rows = stored(tmp_path / "kg.sqlite")
    assert {r[0] for r in rows} >= {f"x{ESC}[2J"}  # ids are kept as given; only printing escapes them
    titles = [r[2] for r in rows if r[0].startswith("x")]
    assert titles and not any(c in t for t in titles for c in (ESC, "\x00", "\x07")), titles
    for command in (("report",), ("dossier", "刘洋"), ("timeline", "刘洋"), ("report", "--format", "md")):
        shown = kg(*command, "--db", tmp_path / "kg.sqlite")
        assert shown.returncode == 0, shown.stderr
        assert ESC not in shown.stdout and ESC not in shown.stderr, command


# -- 11: symbolic links inside input folders ---------------------------------------------------------


def test_symbolic_links_inside_folders_are_named_and_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(NOTE.replace("刘涛", "刘秘"), encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "note.txt").write_text(NOTE, encoding="utf-8")
    (folder / "etc").symlink_to("/etc")
    (folder / "out").symlink_to(outside)
    (folder / "linked.txt").symlink_to(outside / "secret.txt")
    (folder / "self").symlink_to(".")
    proc = build(folder, tmp=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr
    warned = [ln for ln in proc.stderr.splitlines() if ln.startswith("warning ")]
    for name in ("etc", "out", "linked.txt", "self"):
        assert any(ln.startswith(f"warning {folder / name}: symbolic link not followed") for ln in warned), name
    assert all("--follow-symlinks" in ln for ln in warned)
    assert "/etc/" not in proc.stderr
    assert [s[0] for s in stored(tmp_path / "kg.sqlite")] == ["note"]

    (folder / "etc").unlink()  # never walk the real /etc, even when asked to follow
    followed = build(folder, tmp=tmp_path, extra=("--follow-symlinks",), timeout=60)
    assert followed.returncode == 0, followed.stderr
    # out/secret.txt and linked.txt are one file: one article, under the first name met
    assert {s[0] for s in stored(tmp_path / "kg.sqlite")} == {"note", "linked"}
    loops = [ln for ln in followed.stderr.splitlines() if "symbolic link loop" in ln]
    assert [ln.split(": ")[0] for ln in loops] == [f"warning {folder / 'self'}"], followed.stderr


# -- 12: Ctrl-C ---------------------------------------------------------------------------------------


TOTAL = 80  # articles of the interrupted build


def test_sigint_during_build_exits_130_and_says_how_many_articles_are_stored(tmp_path: Path, shared_dir: Path) -> None:
    corpus = tmp_path / "xwlb"
    corpus.mkdir()
    for f in sorted((shared_dir / "corpus" / "xwlb").glob("*.txt"))[:TOTAL]:
        shutil.copy(f, corpus / f.name)
    db = tmp_path / "kg.sqlite"
    cmd = [str(KG), "build", str(corpus), "--db", str(db), "--out", str(tmp_path / "out"), "--ner", "lac",
           "--batch-size", "4"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    started = time.monotonic()
    try:
        while _count(db) < 4 and proc.poll() is None:
            assert time.monotonic() - started < 300, "kg build stored nothing in 5 minutes"
            time.sleep(0.01)
        assert proc.poll() is None, "the build ended before it could be interrupted"
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    stderr = err.decode("utf-8")
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    said = re.fullmatch(r"interrupted: (\d+) articles stored; rerun to finish", stderr.splitlines()[-1])
    assert said, stderr
    with SqliteStore(db, create=False) as store:
        n = store.counts()["articles"]
        assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert int(said.group(1)) == n and 4 <= n < TOTAL
    assert not (tmp_path / "out" / "report.md").exists()  # no report of a half-built store
    rerun = subprocess.run(cmd, capture_output=True, text=True, env=ENV, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f", {n} unchanged;" in rerun.stdout and _count(db) == TOTAL


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with closing(sqlite3.connect(db, timeout=0.05)) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


# -- 14: no articles -----------------------------------------------------------------------------------


@pytest.mark.parametrize("content", ["empty", "no-article"])
def test_inputs_without_articles_say_so_and_exit_2(tmp_path: Path, content: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    if content == "no-article":
        (folder / "README.md").write_text("# 说明\n", encoding="utf-8")
        (folder / "data.csv").write_text("a,b\n", encoding="utf-8")
    proc = build(folder, tmp=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines()[-1].startswith("no articles found"), proc.stderr
    assert not (tmp_path / "out").exists()
    extract = kg("extract", folder, "--ner", "rules")
    assert extract.returncode == 2 and "no articles found" in extract.stderr and not extract.stdout


# -- 15: one NUL byte, one paragraph in another encoding ---------------------------------------------------


def test_a_nul_byte_or_a_foreign_paragraph_keeps_the_rest_of_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = EXAMPLE.read_text(encoding="utf-8").split("\n")
    nul_line = next(i for i, ln in enumerate(lines) if "史根治" in ln)
    with_nul = lines.copy()
    with_nul[nul_line] = with_nul[nul_line].replace("史根治", "史根\x00治", 1)
    (folder / "nul.txt").write_bytes("\n".join(with_nul).encode("utf-8"))
    gbk_line = next(i for i, ln in enumerate(lines) if i > nul_line + 1 and len(ln) > 30)
    mixed = b"\n".join(ln.encode("gbk") if i == gbk_line else ln.encode("utf-8") for i, ln in enumerate(lines))
    (folder / "mixed.txt").write_bytes(mixed)
    shutil.copy(EXAMPLE, tmp_path / "page.txt")
    proc = build(folder, tmp=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert f"warning {folder / 'nul.txt'}:{nul_line + 1}: NUL byte(s) removed" in proc.stderr
    assert f"warning {folder / 'mixed.txt'}:{gbk_line + 1}: not utf-8: read as gb18030" in proc.stderr
    with SqliteStore(tmp_path / "kg.sqlite", create=False) as store:
        texts = {a.source: a.text for a in store.articles() if a.id.startswith("mixed")}
        assert store.counts()["articles"] == 3  # both files are the example page again: one article each section
    # both read as the clean page does
    clean = kg("extract", tmp_path / "page.txt", "--ner", "rules").stdout
    for name in ("nul.txt", "mixed.txt"):
        out = kg("extract", folder / name, "--ner", "rules")
        assert out.returncode == 0 and out.stdout.replace(name.removesuffix(".txt"), "page") == clean, name
    assert texts


def test_escape_shows_every_control_and_keeps_chinese_text() -> None:
    from kg.terminal import escape

    assert escape("史根治\x1b]0;x\x07\r\u202e\u2066\x9b") == "史根治\\x1b]0;x\\x07\\x0d\\u202e\\u2066\\x9b"
    assert escape("一\n\t二", keep_lines=True) == "一\n\t二" and escape("一\n二") == "一\\x0a二"
