"""The bundled example page, end to end through the real pipeline: what a reader sees on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import to_extract_record
from kg.ingest import read_file
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs

PAGE = Path(__file__).resolve().parents[1] / "examples" / "2022-06-04-p1.txt"
# Everyone named on the page, officials, trainees, trainers and journalists (read by a person).
PEOPLE = {
    "史根治", "刘涛", "马正兰", "王堃", "刘保新", "方婷", "黄旭东", "王志宏", "王自合", "张庆一", "李海峰", "卢希望",
    "石喜萍", "帖文峰", "贾育哲", "丁宁", "牛书培", "王利辉", "石冠兵", "高伟山", "胡晨", "刘艳红", "杨冀梁",
}  # fmt: skip
JOURNALISTS = {"牛书培", "王利辉", "石冠兵", "高伟山", "胡晨", "刘艳红", "杨冀梁"}
ACTOR_TYPES = {"HOLDS_POSITION", "PRESIDED", "SPOKE_AT", "ATTENDED", "PARTICIPATED_IN", "WORKS_FOR", "VISITED"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    articles = read_file(PAGE)
    return [to_extract_record(g) for g in extract_graphs(articles, LacExtractor())]


def test_the_page_splits_into_its_three_articles(records: list[dict]) -> None:
    assert [r["doc_id"] for r in records] == ["2022-06-04-p1#1", "2022-06-04-p1#2", "2022-06-04-p1#3"]


def test_all_23_people_and_no_one_else(records: list[dict]) -> None:
    found = {e["name"] for r in records for e in r["entities"] if e["type"] == "Person"}
    assert found == PEOPLE


def test_party_secretary_and_mayor(records: list[dict]) -> None:
    posts = {(x["source"], x["title"], x["target"]) for r in records for x in r["relations"]
             if x["type"] == "HOLDS_POSITION"}  # fmt: skip
    assert ("史根治", "市委书记", "许昌市委") in posts
    assert ("刘涛", "市长", "许昌市人民政府") in posts


def test_journalists_report_and_never_act(records: list[dict]) -> None:
    press = {x["source"] for r in records for x in r["relations"] if x["type"] in ("REPORTED", "PHOTOGRAPHED")}
    assert press == JOURNALISTS
    actors = {x["source"] for r in records for x in r["relations"] if x["type"] in ACTOR_TYPES}
    assert not actors & JOURNALISTS
    photo = {(x["source"], x["target"]) for r in records for x in r["relations"] if x["type"] == "PHOTOGRAPHED"}
    assert ("牛书培", "2022-06-04-p1#1") in photo
