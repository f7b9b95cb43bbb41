"""Article identity (issue 13): ids never depend on the folder named on the command line, and a
store keeps one article per text whatever file, folder or name it is read from."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from kg import run
from kg.ingest import ArticleIds, make_article
from kg.ner import extractor_factory
from kg.store.sqlite import SqliteStore

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "2022-06-04-p1.txt"
KG = Path(sys.executable).parent / "kg"
ENV = {**os.environ, "PYTHONWARNINGS": "ignore", "TQDM_DISABLE": "1"}
RULES = extractor_factory("rules")[0]
DAY1 = "市长刘涛主持召开市政府常务会议，研究部署安全生产工作。副市长王强出席会议。"
DAY2 = "市委书记史根治到许昌经济技术开发区调研，强调要抓好项目建设。"


def kg(*args: str | Path) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(KG), *map(str, args)], capture_output=True, text=True, env=ENV, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc


def article_ids(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return sorted(row[0] for row in conn.execute("SELECT id FROM articles"))


def build(inputs: list[Path], db: Path) -> run.RunSummary:
    with SqliteStore(db) as store:
        return run.build(inputs, store, RULES)


def test_readme_tour_stores_each_corpus_article_once(shared_dir: Path, tmp_path: Path) -> None:
    """xuchang-daily and pages, then the whole corpus, into one store: the store holds what one
    build of the whole corpus holds (339 articles when the issue was filed, before pool/ came)."""
    corpus = shared_dir / "corpus"
    toured, fresh = tmp_path / "toured.sqlite", tmp_path / "fresh.sqlite"
    kg("build", corpus / "xuchang-daily", corpus / "pages", "--db", toured, "--out", tmp_path / "o1", "--ner", "rules")
    first = article_ids(toured)
    second = kg("build", corpus, "--db", toured, "--out", tmp_path / "o2", "--ner", "rules")
    kg("build", corpus, "--db", fresh, "--out", tmp_path / "o3", "--ner", "rules")
    assert f", {len(first)} unchanged;" in second.stdout, second.stdout  # the local pages come back as they were
    assert article_ids(toured) == article_ids(fresh)
    assert not any("/" in i for i in article_ids(fresh))  # no folder in any id
    pool = len(list((corpus / "pool").glob("p*.txt"))) if (corpus / "pool").is_dir() else 0
    assert len(article_ids(fresh)) == 339 + pool
    with closing(sqlite3.connect(toured)) as conn:
        texts = conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone()
    assert texts[0] == texts[1]


def test_a_files_ids_are_the_same_whichever_folder_above_it_is_named(tmp_path: Path) -> None:
    deep = tmp_path / "archive" / "2022" / "06"
    deep.mkdir(parents=True)
    shutil.copy(EXAMPLE, deep / EXAMPLE.name)
    (deep / "feed.jsonl").write_text(json.dumps({"id": "x-1", "text": DAY1}, ensure_ascii=False) + "\n", "utf-8")
    seen = set()
    for named in (tmp_path, tmp_path / "archive", tmp_path / "archive" / "2022", deep):
        proc = kg("extract", named, "--ner", "rules")
        seen.add(tuple(json.loads(line)["doc_id"] for line in proc.stdout.splitlines()))
    both = kg("extract", deep / EXAMPLE.name, deep / "feed.jsonl", "--ner", "rules")
    seen.add(tuple(json.loads(line)["doc_id"] for line in both.stdout.splitlines()))
    assert seen == {("2022-06-04-p1#1", "2022-06-04-p1#2", "2022-06-04-p1#3", "x-1")}
    # and the store, built from different folders, holds the same ids
    for n, named in enumerate((tmp_path, deep)):
        build([named], tmp_path / f"kg{n}.sqlite")
    assert article_ids(tmp_path / "kg0.sqlite") == article_ids(tmp_path / "kg1.sqlite") == sorted(seen.pop())


def test_a_renamed_or_moved_file_replaces_nothing_and_duplicates_nothing(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "kg.sqlite"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "page.txt")
    first = build([folder], db)
    assert first.stats.articles_added == 3
    with SqliteStore(db, create=False) as store:
        before = store.fingerprint()
    (folder / "later").mkdir()
    (folder / "page.txt").rename(folder / "later" / "renamed-page.txt")
    again = build([folder], db)
    assert (again.articles_skipped, again.articles, again.stats.articles_added) == (3, 0, 0)
    with SqliteStore(db, create=False) as store:
        assert store.fingerprint() == before
        assert sorted(a.id for a in store.articles()) == ["page#1", "page#2", "page#3"]  # the first name stays


def test_an_edited_file_replaces_its_article(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "kg.sqlite"
    folder.mkdir()
    (folder / "note.txt").write_text(DAY1, encoding="utf-8")
    build([folder], db)
    (folder / "note.txt").write_text(DAY2, encoding="utf-8")
    again = build([tmp_path], db)  # named through the folder above: the same file, the same article
    assert (again.stats.articles_added, again.stats.articles_replaced) == (0, 1)
    with SqliteStore(db, create=False) as store:
        assert [(a.id, a.text) for a in store.articles()] == [("note", DAY2)]


def test_two_files_of_one_name_are_two_articles_in_a_run_and_across_runs(tmp_path: Path) -> None:
    for day, text in (("2022-06-05", DAY1), ("2022-06-06", DAY2)):
        (tmp_path / day).mkdir()
        (tmp_path / day / "p1.txt").write_text(text, encoding="utf-8")
    together, apart = tmp_path / "together.sqlite", tmp_path / "apart.sqlite"
    build([tmp_path], together)
    build([tmp_path / "2022-06-05"], apart)
    later = build([tmp_path / "2022-06-06"], apart)
    assert (later.stats.articles_added, later.stats.articles_replaced) == (1, 0)  # the second p1 overwrote nothing
    for db in (together, apart):
        with SqliteStore(db, create=False) as store:
            stored = {a.id: a.text for a in store.articles()}
        assert sorted(stored.values()) == sorted([DAY1, DAY2])
        tagged = [i for i in stored if i != "p1"]
        assert "p1" in stored and len(tagged) == 1 and tagged[0].startswith("p1~"), stored


def test_article_ids_tag_only_a_name_another_file_holds() -> None:
    ids = ArticleIds()
    a = make_article("p1", DAY1, source="/a/p1.txt")
    b = make_article("p1", DAY2, source="/b/p1.txt")
    assert ids.place(a).id == "p1"
    assert ids.place(make_article("p1", DAY2, source="/a/../a/p1.txt")).id == "p1"  # the same file
    assert ids.place(b).id == "p1~" + b.content_hash[:8]
    assert ids.known(make_article("other", DAY1, source="/c/other.txt"))  # the same text, another name


@pytest.mark.parametrize("name", ["page.txt", "page.md"])
def test_stored_source_is_an_absolute_path(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / name).write_text(DAY1, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with SqliteStore(tmp_path / "kg.sqlite") as store:
        run.build([name], store, RULES)
        assert [a.source for a in store.articles()] == [str(tmp_path / name)]
