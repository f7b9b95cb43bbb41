"""Posts and roles still missed in national items (blind sets T, V and W and the corpus), on real sentences through
LAC: a second national title after 、 following a titled name, foreign heads written after the name whose state the
sentence names only by a short form or whose 国家主席 is not China's, an assembly's chair in a 、-pair of titles, and
a 接见 as an event with those who attend it and a speech at the meeting named after 并在."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import entity_names, extract_text, held_posts, meeting_roles


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_a_second_national_title_after_a_titled_name_is_the_names(lac: LacExtractor) -> None:
    """习近平总书记、国家主席和通伦总书记、国家主席: 国家主席 after 、 is 习近平's too; 通伦's two (a foreign
    holder of the same bare posts, named after the Chinese one) stay out (xwlb 20260605_06)."""
    rec = extract_text(
        lac,
        "赵乐际表示，在习近平总书记、国家主席和通伦总书记、国家主席战略引领下，中老关系处于历史最好时期。",
        "2026-06-05",
    )
    assert held_posts(rec) == {("习近平", "总书记", "中共中央"), ("习近平", "国家主席", "中华人民共和国")}


def test_a_second_title_after_a_titled_name_ends_at_a_function_word(lac: LacExtractor) -> None:
    """习近平总书记、国家主席同你亲切会见: the second title ends at 同 (xwlb 20240408_05)."""
    rec = extract_text(
        lac,
        "今天（4月8日）上午，习近平总书记、国家主席同你亲切会见，充分体现了对深化两国关系的高度重视。",
        "2024-04-08",
    )
    assert held_posts(rec) == {("习近平", "总书记", "中共中央"), ("习近平", "国家主席", "中华人民共和国")}


def test_a_foreign_head_after_the_name_takes_the_state_named_by_its_short_form(lac: LacExtractor) -> None:
    """李在明总统 in an article naming two states, the sentence naming only 中韩: 总统 of 韩国 (set T's 20250904_10);
    the head of state 习近平主席 of China (an article of foreign affairs)."""
    rec = extract_text(
        lac,
        "4日上午，赵乐际在北京分别会见来华出席纪念中国人民抗日战争暨世界反法西斯战争胜利80周年活动的塞尔维亚总统"
        "武契奇和韩国国会议长禹元植。在会见禹元植时，赵乐际表示，中韩既是近邻，也是合作伙伴。今年6月，习近平主席同"
        "李在明总统通话，就推动中韩战略合作伙伴关系迈向更高水平达成重要共识。",
        "2025-09-04",
    )
    assert {("李在明", "总统", "韩国"), ("习近平", "主席", "中华人民共和国")} <= held_posts(rec)


def test_a_short_form_before_fang_names_the_state_of_a_head_after_the_name(lac: LacExtractor) -> None:
    """匈方高度重视…，舒尤克总统: 匈 the first character of the one named state 匈牙利 only (xwlb 20240511_04)."""
    rec = extract_text(
        lac,
        "当地时间5月10日，习近平主席结束对法国、塞尔维亚、匈牙利国事访问。"
        "匈方高度重视习近平主席此访，舒尤克总统、欧尔班总理联袂发出邀请并共同举行欢迎仪式。",
        "2024-05-11",
    )
    assert ("舒尤克", "总统", "匈牙利") in held_posts(rec)


def test_a_han_names_state_chair_after_the_name_is_a_foreign_states_when_chinas_is_anothers(
    lac: LacExtractor,
) -> None:
    """苏林国家主席 after 习近平总书记、国家主席: China's 国家主席 is 习近平's (a sole post), so 苏林's is of the
    one foreign state named, 越南 (xwlb 20240624_06); 阮富仲总书记 gets no post (the party is not named)."""
    rec = extract_text(
        lac,
        "国务院总理李强24日在大连会见越南总理范明政。李强首先转达习近平总书记、国家主席对阮富仲总书记和苏林国家主席的"
        "亲切问候。",
        "2024-06-24",
    )
    posts = held_posts(rec)
    assert {("苏林", "国家主席", "越南"), ("习近平", "国家主席", "中华人民共和国")} <= posts
    assert not {p for p in posts if p[0] == "阮富仲"}


def test_both_titles_of_a_pair_before_one_name_hold_with_an_assembly_named_in_full(lac: LacExtractor) -> None:
    """应东盟各国议会间大会主席、柬埔寨国会主席韩桑林邀请: the assembly (…大会 before 主席) is a body, so the first
    title of the pair holds too, and the assembly is an organization the text names, over 东盟 found inside it
    (set W's 20221124_04)."""
    rec = extract_text(
        lac,
        "应东盟各国议会间大会主席、柬埔寨国会主席韩桑林邀请，全国人大常委会委员长栗战书24日在东盟各国议会间大会"
        "第43届年会闭幕式上发表视频致辞。",
        "2022-11-24",
    )
    assert {
        ("韩桑林", "东盟各国议会间大会主席", "东盟各国议会间大会"),
        ("韩桑林", "柬埔寨国会主席", "柬埔寨国会"),
    } <= held_posts(rec)
    assert "东盟各国议会间大会" in entity_names(rec, "Organization")


def test_a_party_unit_of_a_body_found_is_no_new_mention(lac: LacExtractor) -> None:
    """市委统战部机关党委书记严军: the post's body …机关党委 is the department's unit, listed as implied, not as a
    body the text names over the department found (pool p050, gold blind_d)."""
    rec = extract_text(
        lac,
        "市委9个工作部门的13位新闻发言人分别是:市纪委常委黄建平;市委组织部秘书长冯伟、副巡视员王小宝;"
        "市委宣传部副部长马春雷;市委统战部机关党委书记严军、秘书长徐力。",
        "2023-01-06",
    )
    assert not {n for n in entity_names(rec, "Organization") if n.endswith("机关党委")}


_ENVOYS = (
    "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平29日在北京人民大会堂接见参加2023年度驻外使节"
    "工作会议的全体使节并发表重要讲话。\n中共中央政治局常委、中央办公厅主任蔡奇参加接见。\n在热烈的掌声中，习近平发表"
    "重要讲话。习近平指出，刚刚召开的中央外事工作会议分析了当前和今后一个时期的国际形势和外部环境。\n"
    "中共中央政治局委员、外交部部长王毅参加接见并在2023年度驻外使节工作会议上讲话，要求深入学习领会习近平总书记重要"
    "讲话和中央外事工作会议精神。"
)


def test_a_jiejian_whose_attendance_is_written_is_an_event_they_attend(lac: LacExtractor) -> None:
    """接见…的全体使节 with 蔡奇参加接见: the 接见 is an event held (set V's 20231229_03, read as a call), 参加接见
    ATTENDED; 王毅参加接见并在2023年度驻外使节工作会议上讲话 speaks at the conference written again after 并在 (a
    second mention of its name), never at the 中央外事工作会议 held before (its 精神 cited in his sentence)."""
    roles = meeting_roles(extract_text(lac, _ENVOYS, "2023-12-29"))
    assert {("蔡奇", "ATTENDED", "接见"), ("王毅", "ATTENDED", "接见")} <= roles
    assert ("王毅", "SPOKE_AT", "2023年度驻外使节工作会议") in roles
    assert not {r for r in roles if r[0] == "王毅" and r[2] == "中央外事工作会议"}


def test_a_jiejian_on_a_tour_takes_the_roles_of_its_own_sentences_only(lac: LacExtractor) -> None:
    """习近平在长沙亲切接见驻长沙部队上校以上领导干部 … 张又侠陪同接见 (xwlb 20240321_01): 陪同接见 ATTENDED (set D's
    陪同会见); what is said on the tour before it is no role at the 接见."""
    rec = extract_text(
        lac,
        "3月18日至21日，习近平在湖南省委书记沈晓明和省长毛伟明陪同下，先后来到长沙、常德等地，深入学校、企业、历史"
        "文化街区、乡村等进行调研。\n习近平指出，科技创新是发展新质生产力的核心要素。\n"
        "3月20日上午，习近平在长沙亲切接见驻长沙部队上校以上领导干部，代表党中央和中央军委向驻长沙部队全体官兵致以"
        "诚挚问候，并同大家合影留念。张又侠陪同接见。",
        "2024-03-21",
    )
    assert meeting_roles(rec) == {("张又侠", "ATTENDED", "接见")}


def test_the_head_of_states_chair_after_his_name_in_a_call_on_a_union_of_states(lac: LacExtractor) -> None:
    """习近平主席 in an article on a call of 欧洲议会's vice-president naming no foreign state: a union of states
    (欧盟, 欧洲议会) is foreign affairs, so 主席 is the head of state's (xwlb 20260421_06)."""
    rec = extract_text(
        lac,
        "央视网消息（新闻联播）：全国人大常委会委员长赵乐际21日在北京会见欧洲议会副议长奥马吉。\n"
        "赵乐际表示，习近平主席去年在北京会见欧盟领导人，为中欧关系发展指明方向。",
        "2026-04-21",
    )
    assert ("习近平", "主席", "中华人民共和国") in held_posts(rec)


def test_a_foreign_head_after_the_name_takes_the_state_its_paragraph_names_by_a_short_form(lac: LacExtractor) -> None:
    """米佐塔基斯总理 in an article naming 希腊 and 巴西, his sentence naming neither: 中希双方 in the paragraph names
    希腊 (xwlb 20250705_02)."""
    rec = extract_text(
        lac,
        "央视网消息（新闻联播）：当地时间7月4日下午，国务院总理李强在希腊罗德岛会见希腊副总理哈齐达基斯。\n"
        "李强表示，2023年11月米佐塔基斯总理访华期间，习近平主席同他举行会晤，就深化两国关系达成重要共识。近两年来，"
        "中希双方积极落实访问成果，推动共建“一带一路”合作高质量发展，为两国人民带来更多福祉。\n"
        "李强总理7月4日上午乘包机离开北京，应邀赴巴西出席金砖国家领导人第十七次会晤。",
        "2025-07-05",
    )
    assert ("米佐塔基斯", "总理", "希腊") in held_posts(rec)
