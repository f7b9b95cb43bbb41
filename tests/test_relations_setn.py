"""Rules that blind set N (tests/golden/make_blind_n.py) drove, on real sentences of ../shared/corpus/xwlb through
LAC."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import extract_text, meeting_roles


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_talks_in_the_headline_are_the_event_and_who_joins_them_attends(lac: LacExtractor) -> None:
    """会谈 is a call (call_meeting.v1) as 会见: host and guest who 表示 speak there, 参加会谈 attends (xwlb
    20240425_05)."""
    text = (
        "标题：赵乐际同哈萨克斯坦议会下院议长举行会谈\n"
        "央视网消息（新闻联播）：全国人大常委会委员长赵乐际25日下午在人民大会堂同哈萨克斯坦议会下院议长科沙诺夫举行会谈。\n"
        "赵乐际表示，两国关系实现跨越式发展。\n"
        "科沙诺夫表示，哈方坚定支持中国的核心利益和重大关切。\n"
        "郝明金参加会谈。"
    )
    roles = meeting_roles(extract_text(lac, text, "2024-04-25"))
    assert ("科沙诺夫", "SPOKE_AT", "会谈") in roles
    assert ("郝明金", "ATTENDED", "会谈") in roles


def test_the_one_called_on_does_not_attend_the_callers_conference(lac: LacExtractor) -> None:
    """在利雅得会见…穆罕默德，出席…大会: the clause of the call names its guest, no attendee (xwlb 20251101_09)."""
    text = (
        "当地时间10月28日至11月1日，应沙特政府邀请，国家副主席韩正访问沙特，在利雅得会见沙特王储兼首相穆罕默德，"
        "出席第九届未来投资倡议大会并发表演讲。"
    )
    assert not {r for r in meeting_roles(extract_text(lac, text, "2025-11-01")) if r[0] == "穆罕默德"}


def test_attending_a_named_ceremony_is_no_attendance_of_the_sentences_talks(lac: LacExtractor) -> None:
    """同崔龙海会谈并共同出席“中朝友好年”开幕式活动: the ceremony attended is not the talks (xwlb 20240412_05)."""
    text = "标题：赵乐际同崔龙海会谈并共同出席“中朝友好年”开幕式活动\n赵乐际在平壤同崔龙海会谈。"
    assert not {r for r in meeting_roles(extract_text(lac, text, "2024-04-12")) if r[1] == "ATTENDED"}


def test_a_list_speaking_in_turn_keeps_every_titled_name(lac: LacExtractor) -> None:
    """先后发言 after a 、-list of titled names: each one speaks (xwlb 20260430_01), whatever the title's head."""
    text = (
        "4月29日，加强基础研究座谈会在上海召开。座谈会上，科技部部长阴和俊、教育部部长怀进鹏、中国科学院院长侯建国、"
        "浦江实验室教授乔宇、西部超导材料科技股份有限公司首席科学家张平祥先后发言。"
    )
    speakers = {r[0] for r in meeting_roles(extract_text(lac, text, "2026-04-30")) if r[1] == "SPOKE_AT"}
    assert {"阴和俊", "怀进鹏", "侯建国", "乔宇", "张平祥"} <= speakers
