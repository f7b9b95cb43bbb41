"""Rules that blind set V (tests/golden/make_blind_v.py) drove, on real sentences of ../shared/corpus/xwlb through
LAC."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import entity_names, extract_text, meeting_roles


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


@pytest.mark.parametrize(
    ("text", "date", "who", "meeting"),
    [
        (  # xwlb 20240911_06: the session he is to co-chair, named in the headline (赴…举行) and on arrival
            "标题：李强赴利雅得举行中国—沙特高级别联合委员会第四次会议并对沙特进行正式访问\n"
            "央视网消息（新闻联播）：应沙特王储兼首相穆罕默德邀请，当地时间10日晚，国务院总理李强乘包机抵达位于沙特首都利雅得"
            "的哈立德国王国际机场，将主持召开中国—沙特高级别联合委员会第四次会议并正式访问沙特。\n"
            "利雅得省副省长穆罕默德亲王、沙特商务大臣卡斯比和中国驻沙特大使常华等到机场迎接。\n"
            "李强指出，中沙传统友谊深厚。",
            "2024-09-11",
            "李强",
            "第四次会议",
        ),
        (  # xwlb 20240702_02: the airport's written speech is no speech at the summit he came for
            "标题：习近平抵达阿斯塔纳出席上海合作组织成员国元首理事会第二十四次会议并对哈萨克斯坦进行国事访问\n"
            "央视网消息（新闻联播）：当地时间7月2日中午，国家主席习近平乘专机抵达阿斯塔纳，出席上海合作组织成员国元首理事会"
            "第二十四次会议，应哈萨克斯坦共和国总统托卡耶夫邀请，对哈萨克斯坦进行国事访问。\n"
            "习近平发表机场书面讲话，代表中国政府和中国人民，向友好的哈萨克斯坦人民致以诚挚问候和良好祝愿。",
            "2024-07-02",
            "习近平",
            "第二十四次会议",
        ),
    ],
    ids=["20240911_06", "20240702_02"],
)
def test_what_is_said_on_arrival_is_no_speech_at_the_meeting_arrived_for(
    lac: LacExtractor, text: str, date: str, who: str, meeting: str
) -> None:
    """抵达|赴…出席|主持召开|举行 + a meeting: the meeting the journey is for; what is said after it, in an article that
    names the meeting only so, is said on arrival (李强指出, 发表机场书面讲话), no speech there."""
    roles = meeting_roles(extract_text(lac, text, date))
    assert not [r for r in roles if r[0] == who and r[1] == "SPOKE_AT" and r[2].endswith(meeting)]


def test_a_speech_after_a_tour_is_at_the_meeting_held_after_it(lac: LacExtractor) -> None:
    """李强…陪同考察并出席座谈会 …随后，习近平来到…考察。…习近平主持召开…座谈会。…李强在讲话中表示: the tour came
    between the attendance and the speech, but the meeting was held after it, so the speech is at it (xwlb
    20260323_01; also 20231130_01's 在上海调研期间专门召开这次座谈会)."""
    text = (
        "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平23日在河北雄安新区考察，主持召开深入推进雄安新区"
        "高质量建设和发展座谈会并发表重要讲话。\n"
        "中共中央政治局常委、国务院总理李强，中共中央政治局常委、中央办公厅主任蔡奇，中共中央政治局常委、国务院副总理丁薛祥"
        "陪同考察并出席座谈会。\n"
        "随后，习近平来到中国华能集团有限公司考察。\n"
        "23日下午，习近平主持召开深入推进雄安新区高质量建设和发展座谈会。\n"
        "李强在讲话中表示，要认真学习贯彻习近平总书记重要讲话精神。\n"
        "丁薛祥在讲话中表示，要深入学习贯彻习近平总书记重要讲话精神，抓住机遇、乘势而上。"
    )
    roles = meeting_roles(extract_text(lac, text, "2026-03-23"))
    for who in ("李强", "丁薛祥"):
        assert (who, "SPOKE_AT", "深入推进雄安新区高质量建设和发展座谈会") in roles


def test_a_body_of_two_parties_joined_by_a_dash_keeps_both_in_a_meeting_name(lac: LacExtractor) -> None:
    """中国—沙特高级别联合委员会第四次会议, 中国－海湾阿拉伯国家合作委员会峰会: the committee's scope runs over the dash
    to the first party (xwlb 20240911_06, 20240912_05, 20221208_01)."""
    text = (
        "央视网消息（新闻联播）：当地时间12月7日下午，国家主席习近平乘专机抵达利雅得，应沙特阿拉伯王国国王萨勒曼邀请，"
        "出席首届中国－阿拉伯国家峰会、中国－海湾阿拉伯国家合作委员会峰会并对沙特进行国事访问。\n"
        "国务院总理李强乘包机抵达位于沙特首都利雅得的哈立德国王国际机场，将主持召开中国—沙特高级别联合委员会第四次会议"
        "并正式访问沙特。"
    )
    names = entity_names(extract_text(lac, text, "2024-09-11"), "Meeting")
    assert "中国－海湾阿拉伯国家合作委员会峰会" in names
    assert "中国—沙特高级别联合委员会第四次会议" in names
    assert "首届中国－阿拉伯国家峰会" in names
