"""Build outputs: byte-identical for one store, current outputs kept, atomic against a full disk
and a kill (a real tmpfs, a real SIGKILL), Markdown links from names never live."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.outputs import BUILD_FILES, STAMP
from kg.report import Report, render

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples"
KG = [sys.executable, "-m", "kg.cli"]


def _kg(*args: str, seed: str = "0", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    code = "import sys; from kg.cli import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=cwd or REPO, check=False
    )


def _bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in BUILD_FILES}


def _corpus_sample(shared_dir: Path, into: Path) -> Path:
    """A few articles of every source of the shared corpus (people, meetings, bodies, hierarchy)."""
    corpus = shared_dir / "corpus"
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        for path in sorted(p for p in folder.rglob("*") if p.is_file())[:6]:
            dest = into / path.relative_to(corpus)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
    return into


# Every build output: byte-identical run to run for one store (issue 14.9).
STABLE = ("report.md", "report.html", "graph.html", "coappearance.html", "hierarchy.html")


def test_two_builds_into_two_stores_give_identical_bytes(tmp_path: Path, shared_dir: Path) -> None:
    """Two processes with different string hashing build the same input into two stores."""
    sample = _corpus_sample(shared_dir, tmp_path / "in")
    outs = []
    for seed in ("1", "2"):
        out, db = tmp_path / f"out{seed}", tmp_path / f"kg{seed}.sqlite"
        done = _kg("build", str(sample), "--out", str(out), "--db", str(db), "--ner", "lac", seed=seed)
        assert done.returncode == 0, done.stderr
        outs.append(_bytes(out))
    for name in STABLE:
        assert outs[0][name] == outs[1][name], f"{name} differs between two builds of one input"
    assert b"<td>" in outs[0]["report.html"] and b"HOLDS_POSITION" in outs[0]["report.md"]


@pytest.mark.slow
def test_two_workers_build_the_store_and_outputs_of_one_process(tmp_path: Path, shared_dir: Path) -> None:
    """``kg build --workers 2`` extracts in two (forked) processes and renders three views there
    from the graph the parent loaded: the store and every output are those of one process."""
    from kg.store.sqlite import SqliteStore

    sample = _corpus_sample(shared_dir, tmp_path / "in")
    for namesake in ("xwlb/20240523_01.txt", "pages/p09_hyzhq_20220302.txt"):  # 张斌 and 张斌: the people pass splits
        shutil.copyfile(shared_dir / "corpus" / namesake, sample / namesake)
    outs, prints = [], []
    for workers in ("1", "2"):
        out, db = tmp_path / f"out{workers}", tmp_path / f"kg{workers}.sqlite"
        done = _kg("build", str(sample), "--out", str(out), "--db", str(db), "--ner", "lac", "--workers", workers,
                   "--batch-size", "4")  # fmt: skip
        assert done.returncode == 0, done.stderr
        outs.append(_bytes(out))
        with SqliteStore.open_read_only(db) as store:
            prints.append(store.fingerprint())
            assert store.counts()["relations"] > 50
            assert any("@" in e.id for e in store.entities() if e.label == "Person")  # a namesake split
    assert prints[0] == prints[1]
    for name in BUILD_FILES:
        assert outs[0][name] == outs[1][name], f"{name} differs between one and two workers"


def _changed_copy(source: Path, dest: Path) -> None:
    """A copy of ``source`` with one sentence more: a new article (the same text would be the same one)."""
    dest.write_text(source.read_text(encoding="utf-8") + "\n\n许昌市召开座谈会。\n", encoding="utf-8")


def test_unchanged_store_keeps_its_outputs_and_a_change_rewrites_them(tmp_path: Path) -> None:
    db, out = tmp_path / "kg.sqlite", tmp_path / "out"
    args = ["build", str(EXAMPLE), "--out", str(out), "--db", str(db), "--ner", "lac"]
    runner = CliRunner()
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    for name in BUILD_FILES:
        assert f"{out / name}" in first.output  # every output named
    assert "wrote:" in first.output and (out / STAMP).is_file()
    before = {name: (out / name).stat().st_mtime_ns for name in BUILD_FILES}
    second = runner.invoke(main, args)
    assert second.exit_code == 0, second.output
    assert "unchanged store, kept:" in second.output
    assert {name: (out / name).stat().st_mtime_ns for name in BUILD_FILES} == before
    (out / "graph.html").unlink()  # a missing output: the set is rendered again
    third = runner.invoke(main, args)
    assert "wrote:" in third.output and (out / "graph.html").stat().st_size > 0
    extra = tmp_path / "more"
    extra.mkdir()
    _changed_copy(EXAMPLE / "2022-06-04-p1.txt", extra / "copy.txt")  # a new text: the store changes
    fourth = runner.invoke(main, [*args[:2], str(extra), *args[2:]])  # a new article: the store changed
    assert fourth.exit_code == 0 and "wrote:" in fourth.output, fourth.output


def test_markdown_links_in_names_stay_text() -> None:
    r = Report("t")
    r.table("Programs", ("program",), [("“[x](javascript:alert(1))”专项行动",), ("a|b *c* `d`",)])
    md = render(r, "md")
    assert "](javascript" not in md.replace("\\](", "")
    assert "“\\[x\\](javascript:alert(1))”专项行动" in md
    assert "a\\|b \\*c\\* \\`d\\`" in md


def _tmpfs(path: Path, size: str) -> None:
    path.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")


def test_full_disk_is_exit_4_naming_the_file_and_keeps_the_previous_outputs(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    disk = Path(tempfile.mkdtemp(prefix="kg-full-disk-")) / "disk"  # outside pytest's shared, pruned temp root
    _tmpfs(disk, "8m")
    try:
        out, db = disk / "out", tmp_path / "kg.sqlite"
        first = _kg("build", str(EXAMPLE), "--out", str(out), "--db", str(db), "--ner", "lac")
        assert first.returncode == 0, first.stderr
        before = _bytes(out)
        stat = os.statvfs(disk)
        free = stat.f_bavail * stat.f_frsize
        with open(disk / "filler", "wb") as f:  # leave about half of one output's size free
            f.write(b"\0" * (free - len(before["graph.html"]) // 2))
        extra = tmp_path / "more"
        extra.mkdir()
        _changed_copy(EXAMPLE / "2022-06-04-p1.txt", extra / "copy.txt")  # a new text: the store changes
        second = _kg("build", str(EXAMPLE), str(extra), "--out", str(out), "--db", str(db), "--ner", "lac")
        assert second.returncode == 4, second.stderr
        assert "Traceback" not in second.stderr
        assert "cannot write" in second.stderr and str(out) in second.stderr
        assert "No space left on device" in second.stderr
        assert _bytes(out) == before  # the previous outputs, whole
        assert sorted(p.name for p in out.iterdir()) == sorted(BUILD_FILES)  # no temporary left, stamp gone
        (disk / "filler").unlink()
        third = _kg("build", str(EXAMPLE), str(extra), "--out", str(out), "--db", str(db), "--ner", "lac")
        assert third.returncode == 0 and "wrote:" in third.stdout, third.stderr
    finally:
        unmounted = subprocess.run(["umount", str(disk)], capture_output=True, text=True, check=False)
        shutil.rmtree(disk.parent, ignore_errors=True)
    assert unmounted.returncode == 0, unmounted.stderr


KILLED_WRITER = """
import os, sys, time
from kg import outputs
from kg.store.sqlite import SqliteStore
real = outputs._write_temporary
count = 0
def slow(path, text):
    global count
    count += 1
    if count == 3:  # two new files are on disk as temporaries: stop here until killed
        real(path, text[: len(text) // 2])
        open(sys.argv[3], "w").close()
        time.sleep(60)
    return real(path, text)
outputs._write_temporary = slow
with SqliteStore(sys.argv[1], create=False) as store:
    outputs.write_build_outputs(store, sys.argv[2], "another fingerprint")
"""


def test_a_kill_while_writing_leaves_the_previous_outputs(tmp_path: Path) -> None:
    db, out, mark = tmp_path / "kg.sqlite", tmp_path / "out", tmp_path / "writing"
    first = _kg("build", str(EXAMPLE), "--out", str(out), "--db", str(db), "--ner", "lac")
    assert first.returncode == 0, first.stderr
    before = _bytes(out)
    writer = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(db), str(out), str(mark)], cwd=REPO)
    try:
        deadline = time.monotonic() + 120
        while not mark.exists():
            assert writer.poll() is None, "the writer ended before it was killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert any(p.name.endswith(".tmp") for p in out.iterdir())  # it was mid-way
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert _bytes(out) == before
    again = _kg("build", str(EXAMPLE), "--out", str(out), "--db", str(db), "--ner", "lac")
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted([*BUILD_FILES, STAMP])  # temporaries cleared
