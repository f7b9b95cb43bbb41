"""Unquoted programmes named on first sight (issue 12: sets G, M and N missed them), on real sentences of
../shared/corpus: party study campaigns, the trade-in programme, named weeks, a discussion campaign and an
inspection's quoted round; and the sentences of the same words that name none."""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.ner import rules as R
from kg.ner.lac import LacExtractor
from tests.sentences import extract_text


def initiatives(text: str) -> dict[str, str]:
    """name → rule id of every Initiative the rules find in ``text``."""
    return {m.text: m.source.removeprefix("rules:") for m in R.find_initiatives(Article(id="t", text=text))}


@pytest.fixture(scope="module")
def lac() -> LacExtractor:
    return LacExtractor()


def test_party_study_campaigns_without_the_whole_party() -> None:
    """党 + its topic and 贯彻…精神 / 践行…观 before 学习教育 (xwlb 20250326_02, 20240913_01, 20260424_09); a rule set
    inside the campaign's name does not block it."""
    found = initiatives(
        "深学细悟习近平总书记关于加强党的作风建设的重要论述和中央八项规定及其实施细则精神，扎实开展深入贯彻中央八项规定"
        "精神学习教育，巩固深化主题教育和党纪学习教育成果，纵深推进全面从严治党，确保中共中央各项决策部署在政协落到实处。"
    )
    assert found["深入贯彻中央八项规定精神学习教育"] == "party_study_campaign.v1"
    assert found["党纪学习教育"] == "party_study_campaign.v1"
    assert "中央八项规定" in found and "主题教育和党纪学习教育" not in found
    assert "党纪学习教育" in initiatives(
        "推动各级干部增强改革创新意识，推进党纪学习教育常态化长效化，引导党员、干部自觉在遵规守纪、清正廉洁前提下积极担当、放手干事。"
    )
    assert "树立和践行正确政绩观学习教育" in initiatives(
        "要立足职责服务保障树立和践行正确政绩观学习教育，加大对违反正确政绩观行为的责任追究力度，推动广大干部为人民出政绩、以实干出政绩。"
    )


def test_a_themed_education_named_by_its_thought_and_the_mass_line_campaign() -> None:
    """学习贯彻…思想主题教育 (xwlb 20230819_01), 群众路线教育实践活动 (pool p007: set E); the bare 主题教育 is none
    (xwlb 20230421_05; set C and M gold hold it optional)."""
    assert initiatives(
        "学习贯彻习近平新时代中国特色社会主义思想主题教育开展以来，各地区各部门各单位将“浦江经验”纳入学习内容。"
    ).keys() >= {"学习贯彻习近平新时代中国特色社会主义思想主题教育"}
    assert initiatives(
        "积极履行宪法和法律赋予的各项职责,深化和巩固群众路线教育实践活动成果,切实推进区十五届人大七次会议确定的2015年"
        "目标任务的完成。"
    ) == {"群众路线教育实践活动": "party_study_campaign.v1"}
    assert not initiatives("要贯彻党中央关于开展主题教育和大兴调查研究的部署要求。")


def test_members_studying_and_a_campaign_as_a_meetings_stage_are_no_campaign() -> None:
    """党员干部学习教育 is a body's members studying (xwlb 20251027_11); 在…党史学习教育重要阶段召开的会议 names the
    meeting's time (pages/p15_rdfzl_8123, whose gold lists no campaign)."""
    assert not initiatives(
        "迅速兴起学习贯彻全会精神的热潮，扎实抓好广大政协委员和政协机关党员干部学习教育，切实把全会精神和中共中央决策部署贯彻落实到政协全部履职工作中。"
    )
    assert not initiatives("大家一致认为,这次会议是在深入开展党史学习教育重要阶段召开的一次重要会议。")


def test_the_trade_in_programme_unquoted() -> None:
    """消费品以旧换新政策 (xwlb 20250102_05), 大规模设备更新和消费品以旧换新行动 (20241018_03), 以旧换新政策
    (20250815_01)."""
    assert initiatives(
        "李强首先来到位于济南市泉城路的京东电器旗舰店，与顾客及销售人员交流，听取山东省消费品以旧换新政策落实和促进消费工作汇报。"
    ) == {"消费品以旧换新政策": "trade_in_programme.v1"}
    assert "大规模设备更新和消费品以旧换新行动" in initiatives(
        "搭建多层次、立体化、高效率的资源回收再利用体系，落实新一轮大规模设备更新和消费品以旧换新行动，建设世界一流资源循环再利用产业集团。"
    )
    assert "以旧换新政策" in initiatives(
        "伴随以旧换新政策的延续，向“绿”而行的消费新风带动越来越多的企业加大绿色产品投入和研发。"
    )


def test_named_weeks_of_a_scope_but_no_bare_week() -> None:
    """2023年全国科技活动周暨北京科技周启动式 (xwlb 20230520_04); 一起观看科技周活动宣传节目 names no week of its
    own."""
    assert initiatives("央视网消息（新闻联播）：2023年全国科技活动周暨北京科技周启动式5月20日在京举办。") == {
        "全国科技活动周": "named_week.v1",
        "北京科技周": "named_week.v1",
    }
    assert not initiatives("中共中央政治局委员、中央宣传部部长李书磊来到活动现场，一起观看科技周活动宣传节目。")


def test_a_discussion_campaign_and_no_second_name_inside_it() -> None:
    """开展…大讨论活动 (pool p043), and 推动 inside that name opens no 高质量发展大讨论活动; 引发了全市大讨论 (xwlb
    20250703_01) is no campaign run."""
    found = initiatives(
        "市中院党组成员、政治部主任吕志伟和党组成员、执行局局长王刚一行深入到联系点——汤原县人民法院进行工作调研并督导检查"
        "开展解放思想推动高质量发展大讨论活动等工作落实情况。"
    )
    assert found == {"解放思想推动高质量发展大讨论活动": "unquoted_initiative.v1"}
    assert not initiatives(
        "习近平同志还安排有关方面在《厦门日报》发起了《二〇〇〇年——我心目中的厦门》征文活动，引发了全市大讨论。"
    )


def test_an_inspections_quoted_round() -> None:
    """巡察“回头看” (pool p034); an unquoted 开展回头看 (pages/p10_xiangzhou_20210510) is left alone."""
    found = initiatives(
        "3月23日下午,县委第二巡察组在籍山镇会议中心召开巡察“回头看”情况反馈大会,会议由镇党委副书记戴旱萍主持。"
    )
    assert found == {"“回头看”": "quoted_program.v1"}
    assert not initiatives(
        "各级各部门要深刻领会党中央对经济形势的分析判断,对照年初目标,认真开展回头看,按照“345”工作法,积极采取各种针对性措施。"
    ).keys() & {"回头看"}


def test_the_body_that_launches_a_campaign_runs_it(lac: LacExtractor) -> None:
    """党中央决定在全党开展…学习教育: RUNS from the clause's subject (xwlb 20250318_01); a campaign with no body
    before its verb has no runner (20240620_01)."""
    rec = extract_text(
        lac, "党中央决定在全党开展深入贯彻中央八项规定精神学习教育，这是今年党建工作的重点任务。", "2025-03-18"
    )
    runs = {(r["source"], r["target"]) for r in rec["relations"] if r["type"] == "RUNS"}
    assert ("党中央", "深入贯彻中央八项规定精神学习教育") in runs
    rec = extract_text(lac, "习近平指出，目前正在开展党纪学习教育，要真抓实学、善始善终。", "2024-06-20")
    assert not [r for r in rec["relations"] if r["type"] == "RUNS"]


def test_a_programme_whose_name_joins_two_parts() -> None:
    """实施|开展 + A和|与B + 工程|行动 (xwlb 20240424_01, 20240620_01, 20250427_03); a name of two characters before
    行动 is still none (以色列军方9日继续在加沙地带推进地面行动, 20231110_08)."""
    assert "制造业重大技术改造升级和大规模设备更新工程" in initiatives(
        "深入实施制造业重大技术改造升级和大规模设备更新工程，加快传统产业转型升级，积极培育具有国际先进水平和竞争力的"
        "战略性新兴产业。"
    )
    assert "美丽河湖保护与建设行动" in initiatives(
        "央视网消息（新闻联播）：国务院总理李强4月27日主持召开国务院常务会议，部署开展美丽河湖保护与建设行动，研究进一步"
        "加强困境儿童福利保障有关举措。"
    )
    assert not initiatives("央视网消息（新闻联播）：以色列军方9日继续在加沙地带推进地面行动。")


def test_a_quote_holding_its_head_is_a_programme(lac: LacExtractor) -> None:
    """“千万工程” (xwlb 20230712_04), “十大伙伴行动” (20240905_07), and the body that deploys one runs it (教育部部署…
    开展“…行动”, 20251120_11)."""
    assert initiatives("大家表示，要深入学习运用“千万工程”经验，着力推动城乡融合发展；要积极发展优势特色产业。") == {
        "“千万工程”": "headed_quote.v1"
    }
    assert "“十大伙伴行动”" in initiatives(
        "习近平主席在论坛峰会开幕式上发表主旨讲话，宣布将中非关系整体定位提升至新时代全天候中非命运共同体，提出中非携手推进"
        "现代化的目标方向和“十大伙伴行动”，开启了中非携手引领“全球南方”现代化的新篇章。"
    )
    text = (
        "教育部部署各地各高校开展“2026届高校毕业生就业扩容提质行动”，围绕推进促就业政策落实、加力稳岗拓岗等方面持续发力，"
        "促进高校毕业生高质量充分就业。"
    )
    rec = extract_text(lac, text, "2025-11-20")
    runs = {(r["source"], r["target"]) for r in rec["relations"] if r["type"] == "RUNS"}
    assert ("教育部", "“2026届高校毕业生就业扩容提质行动”") in runs


def test_quotes_of_a_head_that_name_no_programme() -> None:
    """What is done wrong or by force (xwlb 20260701_02, 20260415_11, 20260802_08) and a characterisation by rank
    (xuchang-daily 2022-06-04, whose gold holds “一号工程” optional)."""
    assert not initiatives(
        "干事创业一定要树立正确政绩观，决不能为了树立个人形象，搞华而不实、劳民伤财的“形象工程”、“政绩工程”。"
    )
    assert not initiatives(
        "伊朗外长阿拉格齐14日表示，要想实现真正的停火，美国应履行停止战争的义务，以色列应停止在黎巴嫩的“挑衅行动”。"
    )
    assert not initiatives("他警告美国不要采取任何“冒险行动”。")
    # and a quote with its head after it, stopped and so called (xwlb 20260622_12)
    assert not initiatives(
        "21日伊美谈判开始时，美国总统特朗普在社交媒体上发帖，警告伊朗立即停止在黎巴嫩的所谓“代理人”行动，否则美国将再次"
        "对伊朗发起打击，“而且会更猛烈”。"
    )
    assert not initiatives(
        "切实将创新发展综合配套改革作为全面深化改革的“一号工程”来抓,发挥企业创新主体作用。"
    ).keys() & {"“一号工程”"}


def test_the_quote_the_work_is_framed_by() -> None:
    """以…“NAME”为主线|抓手 (pool p017: set E's “三驾马车”; xwlb 20231008_02; pool p005)."""
    assert initiatives(
        "杨静书记要求,要针对老旧设施较多、物业矛盾突出等现实难题,以强化党建引领“三驾马车”为主线,构建社区治理新格局。"
    ) == {"“三驾马车”": "framed_quote.v1"}
    assert "“一带一路”" in initiatives("中方愿同乌方一道，以共建“一带一路”为主线，扩大经贸合作规模，提升互联互通水平。")
    assert "“百日攻坚行动”" in initiatives(
        "以“百日攻坚行动”为抓手,聚焦重点任务、问题短板,集中精力、集中时间打好决胜战,以最好的面貌、最佳的状态迎接验收。"
    )


def test_a_list_whose_first_items_have_no_head() -> None:
    """配套实施河湖连通、大型灌区续建改造工程 (xwlb 20230909_01); an item with a verb of its own is read from its verb
    (推动民营企业科技创新、…、实施城市更新行动, 20250718_02: 城市更新行动, not 实施城市更新行动)."""
    assert initiatives(
        "同步扩大黑土地保护实施范围，配套实施河湖连通、大型灌区续建改造工程，实施种业振兴行动，建设适宜耕作、旱涝保收、"
        "高产稳产的现代化良田。"
    ) == {"大型灌区续建改造工程": "unquoted_initiative.v1", "种业振兴行动": "unquoted_initiative.v1"}
    assert initiatives(
        "部分全国政协委员围绕稳定和活跃资本市场、推动民营企业科技创新、稳住外贸基本盘、建立人工智能发展优势、释放服务消费"
        "潜力、促进乡村特色产业发展、实施城市更新行动、助力全国统一大市场建设等协商建言。"
    ) == {"城市更新行动": "unquoted_initiative.v1"}


def test_a_quote_right_before_a_headed_quote_shares_its_head() -> None:
    """做好“煤改气”“煤改电”后续工作 (xwlb 20251122_05), as “三化三制”和“管委会+公司”改革 did with 和."""
    found = initiatives("更好统筹能源保供和绿色转型，做好“煤改气”“煤改电”后续工作，确保群众安全温暖过冬。")
    assert found == {"“煤改气”": "quoted_initiative.v1", "“煤改电”后续工作": "quoted_initiative.v1"}


def test_a_quoted_programme_after_its_verb_and_scope() -> None:
    """推进长江“十年禁渔”， (xwlb 20231130_01: set V): the scope the programme runs in between the verb and the quote;
    not 推进黄河“几字弯”宁夏攻坚战 (xwlb 20241024_06), where the quote qualifies the noun after it."""
    assert initiatives("要规划建设新型能源体系，协同推进省市间电力互济。要持续推进长江“十年禁渔”，加强联合执法。") == {
        "“十年禁渔”": "quoted_program.v1"
    }
    assert "“几字弯”" not in initiatives("李强来到宁夏沙漠绿化与沙产业发展基地，听取推进黄河“几字弯”宁夏攻坚战等汇报。")


def test_a_quoted_activity_held_is_an_event() -> None:
    """“NAME”活动 held, where or when in between (xwlb 20260430_14: set S; 20260107_08), is an event, no programme;
    a programme's named activity held keeps its name (“三下乡”集中示范活动, 20260530_09)."""
    assert not initiatives("4月27日至29日，2026“世界市长对话·西安”活动在陕西西安举行，百余名中外嘉宾参与活动。")
    assert not initiatives("“世界市长对话·哈尔滨”活动昨天（1月6日）举行，百余名中外嘉宾围绕冰雪经济发展进行交流。")
    assert "“三下乡”集中示范活动" in initiatives(
        "今天（5月30日）， 2026年全国文化科技卫生“三下乡”集中示范活动在甘肃会宁县举行。"
    )


def test_an_unquoted_programme_as_the_subject_of_its_progress() -> None:
    """…战略行动取得重要进展 (xwlb 20260430_14: set S), …工作机制不断健全 (pool p058: set J), opening a clause; the
    headline's 新一轮找矿突破行动成果 names no progress."""
    assert initiatives(
        "我国发布新一轮找矿突破行动成果\n我国新一轮找矿突破战略行动取得重要进展，新发现战略性矿产的大中型矿产地398处。"
    ) == {"新一轮找矿突破战略行动": "subject_programme.v1"}
    assert initiatives(
        "2021年《关于向重点乡村持续选派驻村第一书记和工作队的意见》印发以来,常态化驻村工作机制不断健全,为全面推进"
        "乡村振兴、巩固拓展脱贫攻坚成果提供了坚强保障。"
    ) == {"常态化驻村工作机制": "subject_programme.v1"}


def test_the_programme_the_work_is_done_through() -> None:
    """结合“NAME” + a verb setting people going (pool p017: set E's 青年三进); 结合“三农”特点 (xwlb 20260410_10) and
    结合“十五五”发展规划 (pages/p08_huancui_20241023), whose quote qualifies the noun 结合 takes, name none."""
    assert initiatives(
        "二是要主动挖掘居民区中的年轻力量,结合“青年三进”发动在职党员、“两新”党员和物业骨干投身志愿服务。"
    ).keys() >= {"“青年三进”"}
    assert not initiatives("优化涉农信贷产品和服务，结合“三农”特点提供更为适配的信贷产品。")
    assert not initiatives("要从细从优谋划好明年工作,结合“十五五”发展规划,谋准、谋细、谋实各项重点项目。")
