"""Posts of round 11 (helper posts3) on real sentences through LAC: a delegate's seats ended with an expulsion
(seat_ended.v1), ..."""

from __future__ import annotations

from typing import Any

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import extract_text


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def posts(rec: dict[str, Any]) -> set[tuple[str, str, str, str]]:
    """(person, title, body, status) of every HOLDS_POSITION of an extract record."""
    return {
        (r["source"], r["title"], r["target"], r["status"]) for r in rec["relations"] if r["type"] == "HOLDS_POSITION"
    }


def test_seats_ended_with_an_expulsion_are_removed_posts_of_their_congresses(lac: LacExtractor) -> None:
    """终止其党的二十大代表、陕西省第十四次党代会代表资格: 其 is the one person the paragraph names (方红卫); each
    seat a removed post of its congress, which the text does not name (listed under implied; xwlb 20260707_10)."""
    rec = extract_text(
        lac,
        "经中央纪委常委会会议研究并报中央政治局会议审议，决定给予方红卫开除党籍处分；由国家监委给予其开除公职处分；"
        "终止其党的二十大代表、陕西省第十四次党代会代表资格；收缴其违纪违法所得。",
        "2026-07-07",
    )
    assert {
        ("方红卫", "党的二十大代表", "中国共产党全国代表大会", "removed"),
        ("方红卫", "陕西省第十四次党代会代表", "陕西省党代会", "removed"),
    } <= posts(rec)
    assert "中国共产党全国代表大会" not in {e["name"] for e in rec["entities"]}
