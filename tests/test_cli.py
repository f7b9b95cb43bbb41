"""The command line: help everywhere, documented commands, and the build contract."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store.sqlite import SqliteStore

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples"


def _commands(group: click.Group, prefix: str = "kg") -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []
    for name, cmd in sorted(group.commands.items()):
        found.append((f"{prefix} {name}", cmd))
        if isinstance(cmd, click.Group):
            found.extend(_commands(cmd, f"{prefix} {name}"))
    return found


COMMANDS = _commands(main)


def test_there_are_commands() -> None:
    assert {"kg extract", "kg build"} <= {name for name, _ in COMMANDS}


@pytest.mark.parametrize(("name", "cmd"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_has_help_and_is_in_the_readme(name: str, cmd: click.Command) -> None:
    assert (cmd.help or "").strip(), f"{name} has no help text"
    result = CliRunner().invoke(main, [*name.split()[1:], "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"`{re.escape(name)}[ `]", readme), f"{name} is missing from the README's CLI reference"


def test_build_twice_changes_no_row(tmp_path: Path) -> None:
    db, out = tmp_path / "kg.sqlite", tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(main, ["build", str(EXAMPLE), "--out", str(out), "--db", str(db), "--ner", "lac"])
    assert first.exit_code == 0, first.output
    assert "3 added" in first.output
    assert (out / "report.md").stat().st_size > 0 and (out / "graph.html").stat().st_size > 0
    with SqliteStore(db) as store:
        before, counts = store.fingerprint(), store.counts()
    second = runner.invoke(main, ["build", str(EXAMPLE), "--out", str(out), "--db", str(db), "--ner", "lac"])
    assert second.exit_code == 0, second.output
    assert "0 added, 0 replaced, 3 unchanged" in second.output
    with SqliteStore(db) as store:
        assert store.fingerprint() == before
        assert counts["articles"] == 3 and counts["relations"] > 0


def test_build_adds_only_what_a_new_file_holds(tmp_path: Path, shared_dir: Path) -> None:
    corpus, db = tmp_path / "in", tmp_path / "kg.sqlite"
    corpus.mkdir()
    shutil.copy(EXAMPLE / "2022-06-04-p1.txt", corpus)
    runner = CliRunner()
    args = ["build", str(corpus), "--out", str(tmp_path / "out"), "--db", str(db), "--ner", "lac"]
    assert runner.invoke(main, args).exit_code == 0
    with SqliteStore(db) as store:
        old_articles = {a.id: a.content_hash for a in store.articles()}
    shutil.copy(shared_dir / "gold" / "texts" / "p07_wxredian_xuzhengzhoubao.txt", corpus)
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "3 unchanged" in result.output
    with SqliteStore(db) as store:
        new_articles = {a.id: a.content_hash for a in store.articles()}
    assert {k: new_articles[k] for k in old_articles} == old_articles
    added = set(new_articles) - set(old_articles)
    assert added and all(k.startswith("p07") for k in added)


def test_extract_writes_one_line_per_article(tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    result = CliRunner().invoke(main, ["extract", str(EXAMPLE), "--ner", "lac", "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == ["2022-06-04-p1#1", "2022-06-04-p1#2", "2022-06-04-p1#3"]
    for record in records:  # ONTOLOGY.md: relation ends are names listed in the same line's entities
        names = {e["name"] for e in record["entities"] + record["implied"]}  # or bodies a title implies
        assert all(e["mentions"] for e in record["entities"] if e["type"] == "Organization")
        for rel in record["relations"]:
            assert rel["source"] in names
            assert rel["target"] in names or rel["target"] == record["doc_id"], rel


def test_missing_input_is_a_clear_error_without_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope"), "--ner", "lac"])
    assert result.exit_code != 0
    assert "nope" in result.output and "Traceback" not in result.output


def test_report_on_missing_store_says_how_to_build(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["report", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code != 0
    assert "kg build" in result.output and "Traceback" not in result.output


def test_defaults_come_from_kg_toml_and_kg_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    db = tmp_path / "chosen.sqlite"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kg.toml").write_text(f'[kg]\ndb = "{db}"\nner = "lac"\n', encoding="utf-8")
    built = runner.invoke(main, ["build", str(EXAMPLE), "--out", str(tmp_path / "out")])
    assert built.exit_code == 0, built.output
    assert db.exists() and "lac" in built.stderr
    other = tmp_path / "env.sqlite"
    report = runner.invoke(main, ["report"], env={"KG_DB": str(other)})
    assert report.exit_code == 4 and str(other) in report.output  # the variable wins over kg.toml
    (tmp_path / "kg.toml").write_text("[kg]\ncolour = 1\n", encoding="utf-8")
    bad = runner.invoke(main, ["report"])
    assert bad.exit_code == 5 and "colour" in bad.output and "Traceback" not in bad.output


def test_same_file_name_in_two_folders_is_two_articles(tmp_path: Path) -> None:
    """Two days' page 1 (archive/0604/p1.txt, archive/0605/p1.txt) must not replace each other."""
    archive, db = tmp_path / "archive", tmp_path / "kg.sqlite"
    for day, text in (("0604", "市委书记史根治主持会议并讲话。"), ("0605", "市长刘涛部署具体工作。")):
        (archive / day).mkdir(parents=True)
        (archive / day / "p1.txt").write_text(text, encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (other / "0604").mkdir()
    (other / "0604" / "p1.txt").write_text("市领导马正兰参加会议。", encoding="utf-8")
    args = ["build", str(archive), str(other), "--db", str(db), "--out", str(tmp_path / "out"), "--ner", "lac"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    with SqliteStore(db) as store:
        ids = sorted(a.id for a in store.articles())
    # ids are the stem (never the folders named); another file's article under that name gets a content tag
    assert len(ids) == 3 and ids[0] == "p1" and all(re.fullmatch(r"p1~[0-9a-f]{8}", i) for i in ids[1:]), ids
    again = CliRunner().invoke(main, args)
    assert "3 unchanged" in again.output
