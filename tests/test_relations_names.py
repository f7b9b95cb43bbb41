"""Person names the model cuts one character short or runs on by one, found by tests/golden/substitution_scores.py
(every gold name replaced by another real name): real corpus sentences through the real LAC backend, and, labelled
SYNTHETIC, sentences of the substituted gold sets (a real sentence with its names replaced)."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import entity_names, extract_text


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def people(lac: LacExtractor, text: str) -> set[str]:
    return entity_names(extract_text(lac, text, "2024-01-01"), "Person")


def test_a_titled_name_cut_before_its_third_character_is_whole(lac: LacExtractor) -> None:
    # corpus/xwlb/20230413_01.txt: LAC reads 省长王伟|中|陪同; 中 starts no word after names, 陪同 closes the name
    text = "13日，习近平在中共中央政治局委员、广东省委书记黄坤明和省长王伟中陪同下，先后来到湛江、茂名、广州等地。"
    found = people(lac, text)
    assert "王伟中" in found and "王伟" not in found


def test_a_name_cut_the_same_way_at_every_mention_is_whole(lac: LacExtractor) -> None:
    # corpus/xwlb/20240122_03.txt: 郑和|鑑 at each of three mentions, once at a sentence start before 及
    text = (
        "闽江穿城，水清岸绿。市民郑和鑑常带着他的孙子、孙女在闽江公园玩耍。\n时间倒回上世纪90年代初，还是这闽江边，"
        "郑和鑑一家三代人就挤在一条小船上生活。\n郑和鑑及船民们的生活变迁是福州实施“3820”战略工程的生动写照。"
    )
    assert {"郑和鑑", "郑和"} & people(lac, text) == {"郑和鑑"}


def test_a_two_character_name_written_elsewhere_alone_stays_two(lac: LacExtractor) -> None:
    # SYNTHETIC (wide w13 with its names replaced): 许红 is also written before 同志, so 许红|超 is not read as one
    # name, and 作 never is a name's third character
    found = people(lac, "县委副书记许红超作第十次党代会筹备工作报告。许红同志指出，要抓好落实。")
    assert "许红超" not in found
    assert "许红" in people(lac, "县委副书记许红作第十次党代会筹备工作报告。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # SYNTHETIC, substituted wide w13: 作 + a report after the cut name
        ("县委副书记陈一欢作第十次党代会筹备工作报告。", "陈一欢"),
        # SYNTHETIC, substituted wide w06: after an appointment verb, before 为
        ("任命方慎非为滨海新区人民政府副区长;任命焦迎光为滨海新区人民政府秘书长,会议还通过了其他事项。", "焦迎光"),
        # SYNTHETIC, substituted blind_d pool_p032: after a title, before 受到
        ("民政局中秋节违规发放月饼,党组书记、局长方慎非受到党内严重警告处分。", "方慎非"),
        # SYNTHETIC, substituted blind_r 20240408_06: after 代表, before 作了发言 (the list's speakers hang on it)
        ("九三学社中央主席武维华、台盟中央主席赵涛、无党派人士代表何腾国作了发言。", "何腾国"),
        # SYNTHETIC, substituted wide w29 (in simplified script): 说 after the name
        ("村委会主任尤福永说，今年要加快发展。", "尤福永"),
    ],
)
def test_a_cut_name_read_from_its_third_character(lac: LacExtractor, text: str, name: str) -> None:
    found = people(lac, text)
    assert name in found and name[:2] not in found


def test_a_four_character_run_on_ending_in_zuo_or_a_function_word_is_cut(lac: LacExtractor) -> None:
    # SYNTHETIC, substituted wide w13 and heldout_c 20221029_03: LAC reads 邱惠清作 and 尤福永向 as one name
    assert "邱惠清" in people(lac, "县委书记邱惠清作第九届县委工作报告。")
    assert "尤福永" in people(lac, "全国人大常委会副秘书长尤福永向会议作了关于新增人事任免事项的汇报。")


@pytest.mark.parametrize(
    "text",
    [
        "村民王刚家，种了三亩地。",  # 家 after a whole name
        "县长王刚笑说，今年好。",  # 笑 before 说
        "会见王刚后，双方签约。",  # 后 after a name
    ],
)
def test_a_word_after_a_two_character_name_is_no_third_character(lac: LacExtractor, text: str) -> None:
    # SYNTHETIC controls: one-character words that follow a whole name
    assert "王刚" in people(lac, text)


def test_a_verb_of_going_after_a_titled_name_closes_it(lac: LacExtractor) -> None:
    # corpus/pages/p04_xuchang_20201204_yqfk.txt: LAC misses 史根治 before 前往 (kg/lexicon/role_verbs.txt)
    text = (
        "4月7日,许昌市高三年级复学第一天。市长史根治前往部分中小学调研复学工作,并强调,要考虑细致再细致、"
        "责任落实再落实,做好精准防护,安全有序复学,确保师生身心健康和教育教学秩序稳定。"
    )
    assert "史根治" in people(lac, text)
    # SYNTHETIC, substituted dev p14_hnr_yongcheng: 来到 after the name
    assert "付汉江" in people(lac, "4月17日下午,商丘市市长付汉江来到商丘市五届人大三次会议永城代表团驻地。")


def test_lai_is_a_surname(lac: LacExtractor) -> None:
    # corpus/xwlb/20230823_06.txt writes 赖明常委建议 (LAC reads it); SYNTHETIC, substituted blind_h pool_p013: a
    # list item and a titled name with the surname 赖 (kg/lexicon/surnames.txt), which LAC misses
    assert "赖明" in people(lac, "发布局，营造科技创新良好生态。赖明常委建议，加强工业软件基础研究。")
    found = people(lac, "全国政协副主席荆林波、赵沛、赖国华、邱九辉在主席台前排就座。")
    assert "赖国华" in found


def test_chakan_after_a_name_is_no_part_of_it(lac: LacExtractor) -> None:
    # corpus/xwlb/20241118_03.txt: 李强察看… (kg/lexicon/role_verbs.txt: 察看 starts after a name)
    text = (
        "调研中，李强察看“房—车—网”融合绿色智能住宅产品样板房、光伏墙等，听取搬运机器人、空中造楼机等新技术新应用介绍，"
        "详细询问房屋设计、建造技术、建设成本、配套服务等情况。"
    )
    assert "李强" in people(lac, text)
    # SYNTHETIC, substituted blind_n 20250102_05: LAC reads 赵霞察|看 as a name
    found = people(lac, "在车网互动充换电示范站，赵霞察看充换电设备和操作演示。")
    assert "赵霞" in found and "赵霞察" not in found
