"""The dossier's career timeline: posts as bars over time, in the HTML dossier (and seen in chromium)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import analytics, report
from tests.browser import Browser, require_chromium
from tests.test_analytics import synthetic_batch


@pytest.fixture(scope="module")
def graph():
    return analytics.load_graph(analytics.MemoryReader(synthetic_batch().graphs))


def test_dossier_html_draws_one_bar_per_dated_post(graph) -> None:
    page = report.render_dossier(graph, "史根治", "html")
    assert "<h2>Career timeline</h2>" in page
    posts = [p for p in analytics.career(graph, "史根治") if p.first_seen]
    chart = page.split("<h2>Career timeline</h2>", 1)[1].split("</svg>", 1)[0]
    assert chart.count("<rect") == len(posts) >= 2
    for p in posts:
        assert f"{p.title} · {p.organization}" in chart and f"{p.first_seen} – {p.last_seen}" in chart
    assert ">2020<" in chart and ">2022<" in chart  # a tick per year
    sections = json.loads(report.render_dossier(graph, "史根治", "json"))["sections"]
    assert len(sections["Career timeline"]) == len(posts)
    assert "Career timeline" not in report.render_dossier(graph, "史根治", "text")  # charts are HTML only


@pytest.mark.browser
def test_timeline_bars_run_left_to_right_in_chromium(graph, tmp_path: Path) -> None:
    require_chromium()
    path = tmp_path / "dossier.html"
    path.write_text(report.render_dossier(graph, "史根治", "html"), encoding="utf-8")
    with Browser() as browser:
        page = browser.open(path, viewport=(1400, 1000))
        assert page.errors == [] and page.outside_requests == []
        bars = page.evaluate(
            "Array.from(document.querySelectorAll('.chart svg[aria-label=\"Career timeline\"] rect'))"
            ".map(r => [r.getBoundingClientRect().left, r.getBoundingClientRect().width, r.textContent])"
        )
        page.screenshot("dossier-timeline.png")
    posts = [p for p in analytics.career(graph, "史根治") if p.first_seen]
    assert len(bars) == len(posts)
    lefts = [left for left, _, _ in bars]
    assert lefts == sorted(lefts)  # posts come oldest first, so bars start further right
    assert all(width >= 4 for _, width, _ in bars)
