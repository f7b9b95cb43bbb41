"""LAC's words and POS tags reach the rules: a rule may match words, not only characters."""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.ner.base import TokenExtractor
from kg.ner.lac import LacExtractor
from kg.pipeline import extract_graphs
from kg.relations.mentions import collect

# ../shared/corpus/xwlb/20230223_01.txt and 20231226_01.txt: a title head (省长, 主席) that ends inside
# a place word, where the characters alone read a title and a name (沙市, 纪念堂)
PLACES = [
    "中央和国家机关工委、教育部、共青团中央、中央军委政治工作部、湖南省长沙市、辽宁省抚顺市和雷锋生前所在部队。",
    "习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希、韩正等领导同志来到毛主席纪念堂。",
]


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_lac_gives_words_with_tags_and_the_same_mentions(lac: LacExtractor) -> None:
    assert isinstance(lac, TokenExtractor)
    article = Article("t", "市委书记史根治主持会议。")
    ((mentions, words),) = lac.extract_with_tokens([article])
    assert mentions == lac.extract([article])[0]
    assert "".join(w.text for w in words) == article.text
    assert all(article.text[w.start : w.end] == w.text and w.pos for w in words)
    assert [(w.text, w.pos) for w in words][1:3] == [("史根治", "PER"), ("主持会议", "v")]


def test_the_words_reach_the_rules(lac: LacExtractor) -> None:
    article = Article("t", PLACES[0])
    ((mentions, words),) = lac.extract_with_tokens([article])
    found = collect(article, mentions, words)
    place = found.tokens.at(article.text.index("沙市"))
    assert place is not None and place.text == "长沙市" and place.pos == "LOC"
    assert not collect(article, mentions).tokens  # a backend that does not segment gives none


@pytest.mark.parametrize("text", PLACES)
def test_no_name_after_a_title_that_ends_inside_a_place_word(lac: LacExtractor, text: str) -> None:
    article = Article("t", text)
    ((mentions, words),) = lac.extract_with_tokens([article])
    by_characters = {p.text for p in collect(article, mentions).persons}  # words unknown: the old reading
    by_words = {p.text for p in collect(article, mentions, words).persons}
    assert by_characters - by_words and by_characters - by_words <= {"沙市", "纪念堂"}
    (graph,) = extract_graphs([article], lac)
    assert not {e.name for e in graph.entities if e.label == "Person"} & {"沙市", "纪念堂"}
