"""Rules that blind set U (tests/golden/make_blind_u.py) drove, on real sentences of ../shared through LAC: events
held that are no meeting by name (openings and closings, 开幕式 and 闭幕式, the cause the set lost its one event to)
and the title of a special administrative region's head (行政长官)."""

from __future__ import annotations

import pytest

from kg.ner.lac import LacExtractor
from tests.sentences import entity_names, extract_text, held_posts, meeting_roles


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_a_closing_ceremony_held_is_the_event_and_takes_its_roles(lac: LacExtractor) -> None:
    """第十五届全运会闭幕式在…举行: a closing ceremony the subject of 举行 is the article's event, named whole (games
    are no meeting); the one who 宣布，…闭幕 speaks there, those who 分别致辞 speak, the bare names that 出席闭幕式
    attend it (xwlb 20251122_04, blind set U)."""
    text = (
        "标题：第十五届全国运动会在深圳闭幕 王沪宁出席闭幕式\n"
        "央视网消息（新闻联播）：21日晚，第十五届全运会闭幕式在深圳前海欢乐剧场举行。中共中央政治局常委、全国政协主席王沪宁"
        "宣布，中华人民共和国第十五届运动会闭幕。\n"
        "广东省省长孟凡利、香港特别行政区行政长官李家超、澳门特别行政区行政长官岑浩辉、国家体育总局局长高志丹分别致辞。\n"
        "黄坤明、郑建邦、谌贻琴、朱永新和刘振立出席闭幕式。"
    )
    rec = extract_text(lac, text, "2025-11-22")
    assert entity_names(rec, "Meeting") == {"第十五届全运会闭幕式"}
    meeting = next(e for e in rec["entities"] if e["type"] == "Meeting")
    assert meeting["date"] == "2025-11-21"
    roles = meeting_roles(rec)
    for who in ("王沪宁", "孟凡利", "李家超", "岑浩辉", "高志丹"):
        assert (who, "SPOKE_AT", "第十五届全运会闭幕式") in roles
    for who in ("王沪宁", "黄坤明", "郑建邦", "谌贻琴", "朱永新", "刘振立"):
        assert (who, "ATTENDED", "第十五届全运会闭幕式") in roles


def test_the_opening_of_a_meeting_is_that_meeting(lac: LacExtractor) -> None:
    """出席第十六届中国—拉美企业家高峰会开幕式: the opening of a summit is the summit, one node; a second leader who
    出席开幕式 attends it, not the forum the first one cites in between (xwlb 20231103_08)."""
    text = (
        "央视网消息（新闻联播）：11月2日，国家副主席韩正在北京出席第十六届中国—拉美企业家高峰会开幕式并致辞。\n"
        "韩正指出，在10月召开的第三届“一带一路”国际合作高峰论坛上，习近平主席宣布了中国支持高质量共建“一带一路”的"
        "八项行动。\n"
        "中共中央政治局委员、北京市委书记尹力出席开幕式并致辞。"
    )
    rec = extract_text(lac, text, "2023-11-03")
    assert "第十六届中国—拉美企业家高峰会" in entity_names(rec, "Meeting")
    assert not [n for n in entity_names(rec, "Meeting") if n.endswith("开幕式")]
    roles = meeting_roles(rec)
    assert ("韩正", "ATTENDED", "第十六届中国—拉美企业家高峰会") in roles
    assert ("尹力", "ATTENDED", "第十六届中国—拉美企业家高峰会") in roles
    assert not [r for r in roles if r[2] == "第三届“一带一路”国际合作高峰论坛"]


def test_a_bare_opening_is_the_event_the_article_reports_opened(lac: LacExtractor) -> None:
    """第十九届亚洲运动会23日晚在…隆重开幕。…出席开幕式: an opening named only by its head, in an article holding no
    meeting, is the opening of the event the article reports opened, dated by that report (xwlb 20230924_01)."""
    text = (
        "标题：第十九届亚洲运动会在杭州隆重开幕 习近平出席开幕式并宣布本届亚运会开幕\n"
        "央视网消息（新闻联播）：潮涌钱江喜迎盛会，携手同行共创未来。第十九届亚洲运动会23日晚在浙江省杭州市隆重开幕。"
        "国家主席习近平出席开幕式并宣布本届亚运会开幕。\n"
        "蔡奇、丁薛祥，以及来自亚洲各地的领导人和贵宾等出席开幕式。"
    )
    rec = extract_text(lac, text, "2023-09-24")
    assert entity_names(rec, "Meeting") == {"第十九届亚洲运动会开幕式"}
    assert next(e for e in rec["entities"] if e["type"] == "Meeting")["date"] == "2023-09-23"
    roles = meeting_roles(rec)
    for who in ("习近平", "蔡奇", "丁薛祥"):
        assert (who, "ATTENDED", "第十九届亚洲运动会开幕式") in roles
    assert ("习近平", "SPOKE_AT", "第十九届亚洲运动会开幕式") in roles


def test_the_closing_of_a_congress_held_is_the_congress(lac: LacExtractor) -> None:
    """…妇女代表大会…胜利闭幕。…出席闭幕式: a bare closing in an article holding a congress is the congress's, no node
    of its own (pool p024, set E); 主持大会闭幕式 presides over the congress (wide w12)."""
    text = (
        "本报讯(记者陈 赛)6月7日下午,台州市第六次妇女代表大会在圆满完成各项议程后胜利闭幕。大会全面总结了过去五年我市"
        "妇女事业的发展成就。市领导苗伟伦、陈美萍、杨玲玲、陈金华出席闭幕式。"
    )
    rec = extract_text(lac, text, "2021-06-08")
    assert entity_names(rec, "Meeting") == {"台州市第六次妇女代表大会"}
    for who in ("苗伟伦", "陈美萍", "杨玲玲", "陈金华"):
        assert (who, "ATTENDED", "台州市第六次妇女代表大会") in meeting_roles(rec)
    text = (
        "9月28日,中国共产党凤翔县第十六次代表大会在圆满完成了各项议程后,于上午胜利闭幕。\n"
        "王建民主持大会闭幕式。大会主席团常务委员会委员在主席台前排就座。"
    )
    roles = meeting_roles(extract_text(lac, text, "2016-09-28"))
    assert ("王建民", "PRESIDED", "中国共产党凤翔县第十六次代表大会") in roles


def test_an_opening_the_honoured_guests_came_for_is_no_event_of_the_host(lac: LacExtractor) -> None:
    """为出席…开幕式的国际贵宾举行欢迎宴会: the opening is what the guests came for, not the host's event; the host's
    welcome speech is no role there (xwlb 20250207_01)."""
    text = (
        "标题：习近平和彭丽媛为出席哈尔滨第九届亚洲冬季运动会开幕式的国际贵宾举行欢迎宴会\n"
        "央视网消息（新闻联播）：2月7日中午，国家主席习近平和夫人彭丽媛在黑龙江省哈尔滨市太阳岛宾馆举行宴会，欢迎来华出席"
        "哈尔滨第九届亚洲冬季运动会开幕式的国际贵宾。\n"
        "习近平发表致辞，代表中国政府和中国人民对来华出席第九届亚洲冬季运动会开幕式的国际贵宾表示热烈欢迎。"
    )
    assert not meeting_roles(extract_text(lac, text, "2025-02-07"))


def test_a_speech_after_attending_an_opening_is_given_there(lac: LacExtractor) -> None:
    """出席开幕式并致辞: the one who attends the opening and speaks speaks at the event it opens, as 出席会议并讲话
    (xwlb 20230914_08; 20250711_08's 妙吞乌、叶尔梅克巴耶夫出席开幕式并致辞 too)."""
    text = (
        "央视网消息（新闻联播）：14日上午，2023北京文化论坛在京开幕。\n"
        "中共中央政治局委员、北京市委书记尹力出席开幕式并致辞。"
    )
    roles = meeting_roles(extract_text(lac, text, "2023-09-14"))
    assert ("尹力", "ATTENDED", "2023北京文化论坛") in roles
    assert ("尹力", "SPOKE_AT", "2023北京文化论坛") in roles


def test_the_head_of_a_special_administrative_region_holds_a_post_of_the_region(lac: LacExtractor) -> None:
    """香港特别行政区行政长官李家超: 行政长官 is a title, of the region it names, never of the body of the title
    before it in the list (广东省省长孟凡利、…: not 广东省人民政府) (xwlb 20251122_04, blind set U; 香港特区 is the
    same region, xwlb 20221231_10)."""
    text = (
        "广东省省长孟凡利、香港特别行政区行政长官李家超、澳门特别行政区行政长官岑浩辉、国家体育总局局长高志丹分别致辞。"
    )
    posts = held_posts(extract_text(lac, text, "2025-11-22"))
    assert ("李家超", "香港特别行政区行政长官", "香港特别行政区") in posts
    assert ("岑浩辉", "澳门特别行政区行政长官", "澳门特别行政区") in posts
    assert not [x for x in posts if x[0] in ("李家超", "岑浩辉") and x[2] == "广东省人民政府"]
    posts = held_posts(extract_text(lac, "香港特区行政长官李家超当晚发表声明对此表示欢迎和感谢。", "2022-12-31"))
    assert ("李家超", "香港特区行政长官", "香港特别行政区") in posts


def _dates(rec: dict) -> dict[str, str | None]:
    return {e["name"]: e.get("date") for e in rec["entities"] if e["type"] == "Meeting"}


def test_a_call_has_the_day_of_its_sentence(lac: LacExtractor) -> None:
    """当地时间10日，…在新德里会见…: a call is named by its own verb, so its sentence says it took place and gives its
    day (xwlb 20230911_03); the talks after a call in one sentence of a visit share the visit's day, as the call
    does (11月12日至13日…会见阿利耶夫，同副总理穆斯塔法耶夫举行会谈: xwlb 20241115_06)."""
    text = (
        "标题：李强会见欧洲理事会主席\n"
        "央视网消息（新闻联播）：当地时间10日，国务院总理李强在新德里会见欧洲理事会主席米歇尔。\n"
        "李强表示，中欧关系关乎全球格局稳定和亚欧大陆繁荣。"
    )
    assert _dates(extract_text(lac, text, "2023-09-11")) == {"会见": "2023-09-10"}
    text = (
        "标题：丁薛祥访问阿塞拜疆\n"
        "央视网消息（新闻联播）：11月12日至13日，中共中央政治局常委、国务院副总理丁薛祥应邀访问阿塞拜疆，在巴库会见"
        "阿塞拜疆总统阿利耶夫，同副总理穆斯塔法耶夫举行会谈。\n"
        "会见阿利耶夫时，丁薛祥首先转达习近平主席的亲切问候和良好祝愿。"
    )
    dates = _dates(extract_text(lac, text, "2024-11-15"))
    assert dates["会见阿利耶夫"] == dates["同穆斯塔法耶夫会谈"] == "2024-11-12"


def test_meeting_the_press_after_talks_is_an_event_of_its_own(lac: LacExtractor) -> None:
    """同匈牙利总理欧尔班会谈后共同会见记者: the press meeting (会见记者, the journalists no guest of the talks) is an
    event apart from the talks, and what the two say after it is said there (xwlb 20240510_04)."""
    text = (
        "标题：习近平同匈牙利总理共同会见记者\n"
        "央视网消息（新闻联播）：当地时间5月9日下午，国家主席习近平在布达佩斯总理府同匈牙利总理欧尔班会谈后共同会见记者。\n"
        "习近平指出，今年是中匈建交75周年。\n"
        "欧尔班表示，热烈欢迎习近平主席在匈中建交75周年之际对匈牙利进行国事访问。"
    )
    rec = extract_text(lac, text, "2024-05-10")
    assert _dates(rec) == {"会见记者": "2024-05-09", "同欧尔班会谈": "2024-05-09"}
    roles = meeting_roles(rec)
    assert ("习近平", "SPOKE_AT", "会见记者") in roles
    assert ("欧尔班", "SPOKE_AT", "会见记者") in roles


def test_the_persons_listed_after_who_attended_attend(lac: LacExtractor) -> None:
    """出席开幕式的国际贵宾有：甲、乙…: each person listed after the colon attends the event held, never a meeting named
    inside the list, nor a name cut in two (xwlb 20230924_01; 出席大会的国际贵宾有：…委内瑞拉全国代表大会主席罗德里格斯
    and 呼日勒苏赫 in 20250903_01)."""
    text = (
        "第十九届亚洲运动会23日晚在浙江省杭州市隆重开幕。国家主席习近平出席开幕式并宣布本届亚运会开幕。\n"
        "蔡奇、丁薛祥，以及来自亚洲各地的领导人和贵宾等出席开幕式。\n"
        "出席开幕式的国际贵宾有：柬埔寨国王西哈莫尼、叙利亚总统巴沙尔和夫人阿斯玛、科威特王储米沙勒、尼泊尔总理普拉昌达、"
        "东帝汶总理夏纳纳、韩国总理韩德洙。"
    )
    roles = meeting_roles(extract_text(lac, text, "2023-09-24"))
    for who in ("西哈莫尼", "巴沙尔", "阿斯玛", "米沙勒", "普拉昌达", "夏纳纳", "韩德洙"):
        assert (who, "ATTENDED", "第十九届亚洲运动会开幕式") in roles
    text = (
        "9月3日上午，纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会在北京天安门广场隆重举行。\n"
        "出席大会的国际贵宾有：俄罗斯总统普京，蒙古国总统呼日勒苏赫，东帝汶国民议会议长费尔南达，委内瑞拉全国代表大会"
        "主席罗德里格斯，新加坡副总理颜金勇。"
    )
    roles = meeting_roles(extract_text(lac, text, "2025-09-03"))
    for who in ("普京", "费尔南达", "罗德里格斯", "颜金勇"):
        assert (who, "ATTENDED", "纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会") in roles
    assert not [r for r in roles if r[2] != "纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会"]
    # 呼日勒苏赫, a name the model cuts in two (日勒, 苏赫): no role for either part
    assert not [r for r in roles if r[0] in ("日勒", "苏赫")]


def test_a_quoted_theme_opening_a_meeting_held_is_part_of_its_name(lac: LacExtractor) -> None:
    """“把雷锋精神代代传承下去——纪念…题词六十周年”座谈会2月23日在京召开: a quoted theme opening the clause of a meeting
    held after it is the start of its name, the names inside the quote no bar; those who preside and attend have
    their roles, the author of the instruction relayed none (xwlb 20230223_01); 举办 after a name holds it as
    召开|举行 do (“鼓岭缘”中美民间友好论坛28日在福建省福州市举办: xwlb 20230628_03)."""
    text = (
        "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平近日作出重要指示指出，今年是毛泽东等老一辈"
        "革命家为雷锋同志题词60周年。\n"
        "“把雷锋精神代代传承下去——纪念毛泽东等老一辈革命家为雷锋同志题词六十周年”座谈会2月23日在京召开。会上传达了"
        "习近平的重要指示。\n"
        "中共中央政治局常委、中央书记处书记蔡奇出席会议并讲话。\n"
        "李书磊主持座谈会，孙春兰和苗华出席。"
    )
    name = "“把雷锋精神代代传承下去——纪念毛泽东等老一辈革命家为雷锋同志题词六十周年”座谈会"
    rec = extract_text(lac, text, "2023-02-23")
    assert _dates(rec) == {name: "2023-02-23"}
    roles = meeting_roles(rec)
    assert {("蔡奇", "ATTENDED", name), ("蔡奇", "SPOKE_AT", name), ("李书磊", "PRESIDED", name)} <= roles
    assert {("孙春兰", "ATTENDED", name), ("苗华", "ATTENDED", name)} <= roles
    assert not [r for r in roles if r[0] == "习近平"]
    text = (
        "“鼓岭缘”中美民间友好论坛28日在福建省福州市举办，主题为“传承友谊薪火　共创美好未来”，由中国人民对外友好协会和"
        "福建省人民政府共同主办。"
    )
    assert "“鼓岭缘”中美民间友好论坛" in entity_names(extract_text(lac, text, "2023-06-28"), "Meeting")


def test_a_letter_sent_to_a_meeting_is_no_speech_there(lac: LacExtractor) -> None:
    """习近平发来贺信…习近平在贺信中指出…习近平强调: the author of a letter to the forum is not at it; the one who reads
    the letter out and speaks is (xwlb 20230607_01)."""
    text = (
        "央视网消息（新闻联播）：首届文化强国建设高峰论坛7日下午在深圳开幕。中共中央总书记、国家主席、中央军委主席习近平"
        "发来贺信，代表党中央表示热烈祝贺。\n"
        "习近平在贺信中指出，我们党致力于铸就社会主义文化新辉煌。\n"
        "习近平强调，我们要全面贯彻新时代中国特色社会主义思想和党的二十大精神，更好担负起新的文化使命。\n"
        "主论坛上，中共中央政治局委员、中宣部部长李书磊宣读了习近平的贺信并发表主旨演讲。"
    )
    roles = meeting_roles(extract_text(lac, text, "2023-06-08"))
    assert not [r for r in roles if r[0] == "习近平"]
    assert ("李书磊", "SPOKE_AT", "首届文化强国建设高峰论坛") in roles


def test_a_quoted_name_after_attended_with_le_is_inside_the_name(lac: LacExtractor) -> None:
    """出席了“日本大分周”开幕式: a quote right after 出席了 opens the name, as after 召开了; the opening of an activity
    (no meeting) is named whole and is the event attended (pool p053, set D)."""
    text = "4月1日上午,副市长程用文、日本大分市市长佐藤树一郎出席了“日本大分周”开幕式。"
    rec = extract_text(lac, text, "2017-04-02")
    assert entity_names(rec, "Meeting") == {"“日本大分周”开幕式"}
    assert ("程用文", "ATTENDED", "“日本大分周”开幕式") in meeting_roles(rec)


def test_a_meeting_held_years_ago_and_cited_now_takes_no_role(lac: LacExtractor) -> None:
    """2018年9月在沈阳召开深入推进东北振兴座谈会以来: a meeting named with the verb that held it but cited (以来) is no
    meeting the article holds; those who 出席座谈会 later attend the one it does (xwlb 20230909_01)."""
    text = (
        "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平7日下午在黑龙江省哈尔滨市主持召开新时代推动"
        "东北全面振兴座谈会并发表重要讲话。\n"
        "听取大家发言后，习近平发表了重要讲话。他强调，2018年9月在沈阳召开深入推进东北振兴座谈会以来，东北三省及内蒙古"
        "在推动东北振兴方面取得新进展。\n"
        "李干杰、何立峰、穆虹、姜信治出席座谈会，中央和国家机关有关部门、有关地方、有关企业负责同志参加座谈会。"
    )
    roles = meeting_roles(extract_text(lac, text, "2023-09-08"))
    assert not [r for r in roles if r[2] == "深入推进东北振兴座谈会"]
    for who in ("李干杰", "何立峰", "穆虹", "姜信治"):
        assert (who, "ATTENDED", "新时代推动东北全面振兴座谈会") in roles


def test_words_in_ones_own_address_are_spoken_at_the_event(lac: LacExtractor) -> None:
    """高志丹在致辞中表示，…: what one says in one's address (在致辞|讲话|发言中) is said at the event the article holds
    (xwlb 20250208_01; 李强在讲话中表示 at a 座谈会, 20231130_01)."""
    text = (
        "央视网消息（新闻联播）：冰雪同梦绽放光芒，亚洲同心共谱华章。第九届亚洲冬季运动会7日晚在黑龙江省哈尔滨市隆重开幕。\n"
        "蔡奇、来自亚洲各地的领导人和贵宾等出席开幕式。\n"
        "哈尔滨亚冬会组委会主席、中国奥委会主席高志丹在致辞中表示，在习近平主席亲切关怀和坚强领导下，一届精彩纷呈的"
        "亚冬盛会即将拉开帷幕。"
    )
    roles = meeting_roles(extract_text(lac, text, "2025-02-08"))
    assert ("高志丹", "SPOKE_AT", "第九届亚洲冬季运动会开幕式") in roles
