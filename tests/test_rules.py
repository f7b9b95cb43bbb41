"""Rule finders of kg.ner.rules on real corpus sentences (no model needed)."""

from kg.model import Article
from kg.ner import rules as R


def art(text: str) -> Article:
    return Article(id="t", text=text)


def test_meetings_with_ordinals_and_joined_names() -> None:
    a = art("5月8日,区委副书记、区长刘明锋主持召开区委常委会暨区疫情防控指挥部第71次会议。")
    assert [m.text for m in R.find_meetings(a)] == ["区委常委会暨区疫情防控指挥部第71次会议"]
    b = art("认真落实市八次党代会和市委经济工作会议要求,以实际行动迎接党的二十大胜利召开。")
    assert [m.text for m in R.find_meetings(b)] == ["市八次党代会", "市委经济工作会议", "党的二十大"]
    c = art("我区在常委会议室传达会议精神。")
    assert R.find_meetings(c) == []


def test_coordinated_scopes_name_two_meetings() -> None:
    a = art("贯彻落实全国、全省稳住经济大盘电视电话会议精神")
    assert {m.attr("name") for m in R.find_meetings(a)} == {
        "全国稳住经济大盘电视电话会议",
        "全省稳住经济大盘电视电话会议",
    }


def test_documents_need_a_document_type() -> None:
    a = art("省委办公厅印发《关于常态化开展扫黑除恶斗争的实施意见》的通知。全场齐唱《义勇军进行曲》。")
    assert [d.text for d in R.find_documents(a)] == ["关于常态化开展扫黑除恶斗争的实施意见"]


def test_quoted_slogans_are_not_all_initiatives() -> None:
    a = art(
        "牢固树立“项目为王”理念,加快构建“633”工业体系。强化“五预联动”,坚决守住金标准。用好“万人助企联乡帮村”工作机制。"
    )
    assert {i.attr("core") for i in R.find_initiatives(a)} == {"633", "五预联动", "万人助企联乡帮村"}


def test_title_chain_ends_at_a_name() -> None:
    text = "商丘市人大常委会党组副书记、副主任刘沛出席"
    spans = R.title_chain(text, text.index("刘沛"))
    assert [text[s:e] for s, e in spans] == ["商丘市人大常委会党组副书记", "副主任"]
    text2 = "参加培训的禹州市公交公司团支部书记丁宁说"
    assert [text2[s:e] for s, e in R.title_chain(text2, text2.index("丁宁"))] == ["禹州市公交公司团支部书记"]
    assert R.split_title("市委副书记") == ("市委", "副书记")
