"""Meeting identity: one canonical name per numbered meeting, one node per day for the others."""

import pytest

from kg.meetings import canonical_meeting, meeting_key


@pytest.mark.parametrize(
    ("variants", "canonical"),
    [
        (["全国政协十四届常委会第三次会议", "政协第十四届全国委员会常务委员会第三次会议",
          "十四届全国政协常委会第3次会议"], "全国政协十四届常委会第三次会议"),
        (["十四届全国人大常委会第11次会议", "第十四届全国人民代表大会常务委员会第十一次会议"],
         "十四届全国人大常委会第十一次会议"),
        (["党的二十届三中全会", "二十届三中全会", "中国共产党第二十届中央委员会第三次全体会议"], "党的二十届三中全会"),
        (["党的二十届四中全会", "中共二十届四中全会", "二十届四中全会", "全国政协机关宣讲党的二十届四中全会"],
         "党的二十届四中全会"),
        (["党的二十大", "中共二十大", "中国共产党第二十次全国代表大会"], "党的二十大"),
        (["十四届全国人大二次会议", "第十四届全国人民代表大会第二次会议"], "十四届全国人大二次会议"),
    ],
)  # fmt: skip
def test_variants_of_one_meeting_have_one_name(variants, canonical):
    assert {canonical_meeting(v) for v in variants} == {canonical}


def test_provincial_plenum_and_named_meetings_keep_their_names():
    assert canonical_meeting("浙江省委十一届五中全会") == "浙江省委十一届五中全会"
    assert (
        canonical_meeting("全国法院党的二十大涉诉信访安保重点工作会议") == "全国法院党的二十大涉诉信访安保重点工作会议"
    )


def test_recurring_meeting_is_one_node_per_day():
    days = ["2024-01-22", "2024-02-06", "2024-01-22"]
    keys = {meeting_key("国务院常务会议", d, f"article-{i}") for i, d in enumerate(days)}
    assert keys == {"国务院常务会议@2024-01-22", "国务院常务会议@2024-02-06"}


def test_undated_recurring_meeting_stays_in_its_issue_or_article():
    assert meeting_key("国务院常务会议", None, "xwlb/0921", "2024-09-21") == "国务院常务会议@seen:2024-09-21"
    assert meeting_key("国务院常务会议", None, "pool/p039") == "国务院常务会议@pool/p039"


def test_numbered_meeting_ignores_the_day():
    assert (
        meeting_key("政协第十四届全国委员会常务委员会第三次会议", "2023-06-20", "a") == "全国政协十四届常委会第三次会议"
    )
