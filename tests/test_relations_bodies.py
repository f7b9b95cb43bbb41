"""Bodies of the full pipeline: the region of a bare body in a career history and a birthplace,
bodies cut from a longer name, pairs and joint bodies, assemblies that hold a title. Real sentences
from ../shared/corpus through the real LAC backend."""

from __future__ import annotations

from typing import Any

import pytest

from kg.evaluate import to_extract_record
from kg.model import Article
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs
from kg.relations.mentions import collect


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def _run(lac: LacExtractor, text: str) -> dict[str, Any]:
    return to_extract_record(extract_graphs([Article(id="t", text=text)], lac)[0])


def _orgs(rec: dict[str, Any]) -> set[str]:
    return {e["name"] for e in rec["entities"] if e["type"] == "Organization"}


# ../shared/corpus/xwlb/20231027_03.txt (李克强's obituary), cut
_CAREER = (
    "李克强同志，1955年7月生，安徽定远人。1974年3月起，在安徽省凤阳县大庙公社东陵大队插队，1976年5月加入中国共产党，"
    "1976年11月至1978年3月任安徽省凤阳县大庙公社大庙大队党支部书记。1998年6月起，李克强同志历任河南省委副书记、"
    "代省长、省长，省委书记、省长，省委书记、省人大常委会主任。他提出实现中原崛起的奋斗目标，推动河南经济社会各项事业"
    "取得长足发展。2004年12月起，李克强同志历任辽宁省委书记，省委书记、省人大常委会主任。"
)


def test_career_history_bare_body_takes_the_province_of_its_clause(lac: LacExtractor) -> None:
    orgs = _orgs(_run(lac, _CAREER))
    assert {"河南省委", "河南省人大常委会", "辽宁省委", "辽宁省人大常委会"} <= orgs
    assert not {"安徽省委", "安徽省人大常委会"} & orgs


def test_birthplace_casts_no_vote_for_the_region(lac: LacExtractor) -> None:
    text = "李克强同志，1955年7月生，安徽定远人。他从青少年时代起就热爱党、热爱祖国、热爱人民，刻苦学习，追求进步。"
    article = Article(id="t", text=text)
    [(mentions, tokens)] = lac.extract_with_tokens([article])
    assert "省" not in collect(article, mentions, tokens).region
