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


def test_a_head_held_alone_names_a_meeting_unless_the_article_names_one() -> None:
    # set K's p048 (simplified here): 主持召开会商会，… is the meeting 会商会
    a = art("近日,湖北省水利厅党组书记、厅长周汉奎主持召开会商会,分析当前水旱灾害防御形势,安排部署下步工作。")
    assert [m.text for m in R.find_meetings(a)] == ["会商会"]
    # corpus/xwlb/20231226_01.txt: the headline names the 座谈会 the text then holds bare (举行座谈会，纪念…)
    b = art(
        "中共中央举行纪念毛泽东同志诞辰130周年座谈会\n中共中央26日上午在人民大会堂举行座谈会，纪念毛泽东同志诞辰130周年。"
    )
    assert [m.text for m in R.find_meetings(b)] == ["纪念毛泽东同志诞辰130周年座谈会"]
    # 召开会议 names none: which meeting needs a body or a name
    assert R.find_meetings(art("5月8日,他主持召开会议,研究部署防汛工作。")) == []


def test_press_conferences_held_and_not_kinds_of_meeting() -> None:
    # set K's p051: a press conference held; 一般性会议活动 (meetings in general) is no meeting
    a = art(
        "今天,济南市委、市政府召开新闻发布会,通报从即日起,济南市级领导调研活动和一般性会议活动,不再单独报道。"
        "副市级以上领导的一般性调研和会议活动一律不再单独报道。"
    )
    assert [m.text for m in R.find_meetings(a)] == ["新闻发布会"]
    # set K's p052: a count of the meetings held is no part of the name; 举行的 + name + 上 is held
    b = art(
        "截至5月2日,北京市已经连续召开100场新冠肺炎疫情防控新闻发布会。"
        "徐和建在2日举行的北京市新冠肺炎疫情防控新闻发布会上表示,北京作为首都,疫情防控关系全国大局。"
    )
    assert [m.text for m in R.find_meetings(b)] == ["新冠肺炎疫情防控新闻发布会", "北京市新冠肺炎疫情防控新闻发布会"]


def test_a_body_named_from_a_place_never_starts_with_each() -> None:
    # set K's p052: 北京市各级党委、政府部门 is every level's committees, no one body
    a = art("北京市各级党委、政府部门主要负责人身体力行,当好“第一新闻发言人”,确保信息发布到位不缺位。")
    places = [R._m(a, 0, 3, "Place", "test")]
    assert not [o.text for o in R.find_organizations(a, places, []) if o.text.startswith("北京市各")]
