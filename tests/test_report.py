"""Reports over a real SqliteStore: overview, dossier, timeline, in every format; the HTML in chromium."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import report
from kg.errors import InputError
from kg.model import Article, GraphBatch
from kg.store.sqlite import SqliteStore
from tests.browser import Browser, require_chromium
from tests.test_analytics import EXAMPLE, XSS, synthetic_batch


@pytest.fixture
def store(tmp_path: Path):
    s = SqliteStore(tmp_path / "kg.sqlite")
    s.write(synthetic_batch())
    yield s
    s.close()


def test_report_json_has_counts_positions_meetings_programs(store):
    data = json.loads(report.render_report(store, "json"))
    labels = {row["label"]: row["count"] for row in data["sections"]["Entities by label"]}
    assert labels["Person"] == 6 and labels["Meeting"] == 2
    assert data["sections"]["Most connected people"][0]["name"] == "史根治"
    positions = {(p["person"], p["title"]): p for p in data["sections"]["Positions"]}
    assert positions[("史根治", "市委书记")]["first seen"] == "2022-06-04"
    assert positions[("史根治", "市长")]["first seen"] == "2020-05-12"
    meeting = next(m for m in data["sections"]["Meetings"] if m["meeting"] == "全市领导干部会议")
    assert meeting["presided"] == "史根治" and "马正兰" in meeting["attended"]
    assert data["sections"]["Programs"][0] == {
        "program": "万人助企联乡帮村",
        "run by": "许昌市人民政府",
        "participants": 0,
        "mentions": 1,
    }
    assert data["views"] == ["graph.html"]


def test_report_headline_agrees_with_its_tables(store):
    data = json.loads(report.render_report(store, "json"))
    entities = sum(row["count"] for row in data["sections"]["Entities by label"])
    relations = sum(row["count"] for row in data["sections"]["Relations by type"])
    assert "Article" not in {row["label"] for row in data["sections"]["Entities by label"]}
    assert f"{entities} entities, {relations} relations." in data["summary"][0]


def test_report_text_and_markdown(store):
    text = report.render_report(store, "text")
    assert "Most connected people" in text and "许昌市人民政府" in text
    md = report.render_report(store, "md")
    assert "## Positions" in md and "| 史根治 | 市委书记 | 许昌市委 | held | 2022-06-04 | 2022-06-04 |" in md
    assert XSS not in md and "&lt;script&gt;alert(1)&lt;/script&gt;" in md
    assert "[graph.html](graph.html)" in md


def test_dossier_shows_mayor_then_party_secretary_with_evidence(store):
    md = report.render_dossier(store, "史根治", "md")
    posts = md.split("## Posts")[1].split("##")[0]
    assert posts.index("| 市长 | 许昌市人民政府 | held | 2020-05-12 | 2021-03-02 |") < posts.index(
        "| 市委书记 | 许昌市委 | held | 2022-06-04 | 2022-06-04 |"
    )
    assert "“市委书记史根治主持会议并讲话。”" in md and "a2022" in md
    data = json.loads(report.render_dossier(store, "史根治", "json"))
    assert data["sections"]["Seen with"][0]["person"] == "刘涛"
    assert {m["role"] for m in data["sections"]["Meetings"]} == {"PRESIDED", "SPOKE_AT"}
    assert data["sections"]["Programs"] == [{"program": "万人助企联乡帮村", "link": "run by 许昌市人民政府"}]


def test_timeline_is_chronological(store):
    data = json.loads(report.render_timeline(store, "史根治", "json"))
    dates = [e["date"] for e in data["sections"]["Events"]]
    assert dates == sorted(dates) and dates[0] == "2020-05-12" and dates[-1] == "2022-06-04"
    assert "市委书记 · 许昌市委 (held)" in report.render_timeline(store, "史根治", "text")


def test_unknown_name_and_format(store):
    with pytest.raises(InputError, match="did you mean 史根治"):
        report.render_dossier(store, "史根", "text")
    with pytest.raises(InputError, match="no such person"):
        report.render_timeline(store, "无此人", "text")
    with pytest.raises(InputError, match="unknown report format"):
        report.render_report(store, "pdf")


def test_html_escapes_and_embeds_svg(store):
    page = report.render_report(store, "html")
    assert XSS not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<svg") == 2 and "<script" not in page
    assert 'href="graph.html"' in page


def test_report_on_the_example_article_with_the_real_pipeline(tmp_path):
    from kg.ner.lac import LacExtractor
    from kg.pipeline import extract_graphs

    text = EXAMPLE.read_text(encoding="utf-8")
    graphs = extract_graphs([Article("2022-06-04-p1", text, date="2022-06-04", content_hash="x")], LacExtractor())
    with SqliteStore(tmp_path / "kg.sqlite") as s:
        s.write(GraphBatch(tuple(graphs)))
        data = json.loads(report.render_report(s, "json"))
        dossier = report.render_dossier(s, "史根治", "text")
    labels = {row["label"]: row["count"] for row in data["sections"]["Entities by label"]}
    assert labels["Person"] >= 10 and "Article" not in labels  # articles are counted in the headline
    assert data["summary"][0].startswith("1 articles, ")
    assert "Dossier: 史根治" in dossier and "刘涛" in dossier  # seen in the same sentences


@pytest.mark.browser
def test_html_report_in_chromium(store, tmp_path):
    require_chromium()
    path = tmp_path / "report.html"
    path.write_text(report.render_report(store, "html"), encoding="utf-8")
    with Browser() as browser:
        page = browser.open(path)
        page.settle(0.3)
        assert page.errors == [] and page.outside_requests == [] and page.dialogs == []
        assert page.evaluate("document.querySelectorAll('svg rect').length") > 0
        assert XSS in page.text()
        assert page.evaluate("document.scripts.length") == 0
        page.screenshot("report.png")


def test_cli_report_dossier_timeline_viz(store, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    db = str(store.path)
    runner = CliRunner()
    res = runner.invoke(main, ["dossier", "史根治", "--db", db, "--format", "md"])
    assert res.exit_code == 0 and "| 市委书记 | 许昌市委 |" in res.output
    res = runner.invoke(main, ["dossier", "史根", "--db", db])
    assert res.exit_code == InputError.exit_code and "did you mean 史根治" in res.output
    res = runner.invoke(main, ["report", "--db", str(tmp_path / "missing.sqlite")])
    assert res.exit_code == 4 and "no store at" in res.output
    out = tmp_path / "r.json"
    res = runner.invoke(main, ["report", "--db", db, "--format", "json", "-o", str(out)])
    assert res.exit_code == 0 and json.loads(out.read_text(encoding="utf-8"))["title"] == "Knowledge graph report"
    res = runner.invoke(main, ["timeline", "史根治", "--db", db])
    assert res.exit_code == 0 and res.output.index("2020-05-12") < res.output.index("2022-06-04")
    html_out = tmp_path / "v.html"
    res = runner.invoke(main, ["viz", "--db", db, "--around", "刘涛", "--depth", "1", "-o", str(html_out)])
    assert res.exit_code == 0 and "vis.Network" in html_out.read_text(encoding="utf-8")
