"""Meeting days read from real corpus sentences and resolved against the issue's date."""

import pytest

from kg.dates import held_on, resolve_date


def day_of(sentence: str, meeting: str, published: str | None) -> str | None:
    start = sentence.index(meeting)
    found = held_on(sentence, start, start + len(meeting), published)
    if found is not None:  # the evidence offsets point at the expression
        assert sentence[found.start : found.end] == found.expression
    return found.date if found else None


def test_example_page_meeting_held_the_day_before_the_issue():
    sentence = (
        "本报讯(记者王利辉 石冠兵 高伟山)6月3日,全市领导干部会议暨创新驱动制造业高质量发展会议召开,"
        "贯彻落实全国、全省稳住经济大盘电视电话会议精神。"
    )
    assert day_of(sentence, "全市领导干部会议暨创新驱动制造业高质量发展会议", "2022-06-04") == "2022-06-03"


@pytest.mark.parametrize(
    ("sentence", "meeting", "published", "held"),
    [
        # a day after the name, before the verb
        ("新华社北京1月23日电 政协第十四届全国委员会常务委员会第三次会议22日上午在京开幕。",
         "政协第十四届全国委员会常务委员会第三次会议", "2024-01-23", "2024-01-22"),
        # a day alone, in the month nearest the issue (the 28th in an issue of the 1st is last month's)
        ("全国政协十四届常委会第十六次主席会议28日在京召开。", "主席会议", "2024-03-01", "2024-02-28"),
        # month and day in a January issue of a December meeting: last year
        ("国务院总理李强12月29日主持召开国务院常务会议。", "国务院常务会议", "2024-01-02", "2023-12-29"),
        # an explicit year
        ("十四届全国人大一次会议2023年3月5日在北京召开。", "十四届全国人大一次会议", "2024-03-01", "2023-03-05"),
        # a range: the first day
        ("中央经济工作会议12月11日至12日在北京举行。", "中央经济工作会议", "2023-12-13", "2023-12-11"),
        # relative days
        ("昨天，市委常委会召开会议。", "市委常委会", "2022-06-04", "2022-06-03"),
        ("九日，浙江省委十一届八次全会召开。", "浙江省委十一届八次全会", "2005-07-10", "2005-07-09"),
    ],
)  # fmt: skip
def test_day_read_and_resolved(sentence, meeting, published, held):
    assert day_of(sentence, meeting, published) == held


@pytest.mark.parametrize(
    ("sentence", "meeting"),
    [
        ("市委书记史根治主持会议并讲话。", "会议"),  # no date in the sentence
        ("6月3日,全市各级各部门深入学习贯彻党的二十大精神。", "党的二十大"),  # not said to be held
        ("《条例》自2024年1月1日起施行，常委会第五次会议审议通过。", "常委会第五次会议"),  # date of something else
        ("6月3日,市领导调研企业。全市领导干部会议召开。", "全市领导干部会议"),  # date of another sentence
        ("全市领导干部会议召开，部署下一步重点工作，确保在6月30日前完成任务。", "全市领导干部会议"),  # too far after
    ],
)
def test_no_day_when_the_sentence_gives_none(sentence, meeting):
    assert day_of(sentence, meeting, "2022-06-04") is None


def test_date_of_the_meeting_named_between_is_not_this_ones():
    sentence = "6月3日,全市领导干部会议召开,以实际行动迎接党的二十大胜利召开。"
    first = (sentence.index("全市领导干部会议"), sentence.index("全市领导干部会议") + 8)
    start = sentence.index("党的二十大")
    assert held_on(sentence, start, start + 5, "2022-06-04", [first]) is None
    assert held_on(sentence, *first, "2022-06-04", [(start, start + 5)]).date == "2022-06-03"


def test_no_day_without_an_issue_date():
    assert day_of("6月3日,全市领导干部会议召开。", "全市领导干部会议", None) is None


def test_resolve_date_nearest_month_and_invalid_days():
    assert resolve_date("3日", "2022-06-04") == "2022-06-03"
    assert resolve_date("30日", "2022-07-01") == "2022-06-30"  # the past before the future
    assert resolve_date("12月21日", "2023-12-10") == "2023-12-21"  # an announced meeting
    assert resolve_date("2月30日", "2022-03-01") is None
    assert resolve_date("前天", "2022-03-01") == "2022-02-27"
