"""Blind set L for texts/{20221026_03,20230823_06,20241213_05,20250226_04,20221221_04,20260615_09,20240830_04,
20250430_01}.txt: eight national news items (央视《新闻联播》文字稿) of ../shared/corpus/xwlb none of the other sets
used — a national people's congress standing committee session's first plenary meeting (a presider's speech and a
Politburo member's 辅导报告), a national CPPCC standing committee's plenary meeting with thirteen speeches by its
members (seven on behalf of parties and sectors), a chairman's meeting of the NPC standing committee deciding the next
session and listing the bodies whose bills and reports it will hear, a national CPPCC chairmen's meeting (speeches by
four vice-chairs, a minister's report at its collective study, a member's seat revoked), a State Council executive
meeting, a CCDI office circular of five cases named by their former posts, the NPC chairman's 调研 in two provinces
with a 座谈会, and the general secretary's 座谈会 with seven provincial secretaries speaking. Each file is whole.
Annotated by hand from the texts, before kg was run on them, with the conventions of ../shared/gold/README.md and
../shared/gold/wide/README.md. Run to rewrite blind_l.jsonl.

Decisions for cases those conventions do not show (and the earlier sets' choices followed):
- National posts take the body they name (中共中央政治局常委: 中共中央政治局, 全国政协主席: 全国政协, 国务院总理:
  国务院, as the wide set's w11 and set A's xwlb items); a title written after the name (栗战书委员长, 黄润秋常委,
  赵乐际委员长) is a post (wide README: "before (or after) the name") with the body of the meeting's institution
  (委员长 of the 全国人大常委会; a CPPCC 常委 of 全国政协常委会); 习近平总书记 is 总书记 with no body (sets E, K), and
  习近平同志继续担任中央委员会总书记和中央军委主席 (continues to hold) gives 总书记 of 中共中央 and 中央军委主席;
  国家主席 names no body.
- A shared title before a 、-list (全国政协副主席沈跃跃、王勇、梁振英、苏辉) or a 和-pair (王志刚和黄卫常委) is each
  one's post; 副主席兼秘书长 gives two posts (as w11's 张庆黎).
- 撤销X政协第十四届全国委员会委员资格 ends a seat: 委员 of 全国政协, removed (as 免去; a seat, as set G's 人大代表).
- A circular's former posts (邯郸市政府原党组成员、副市长任华山) are the posts the case arose in: kept as posts with
  status former (ONTOLOGY: 原 gives former; status is not scored), title as written after 原, the body before it
  (as set G's circular keeps the posts it gives); a city government and a district committee are optional bodies, a
  provincial department and a company that employed them are required (as set G's court and bureau), and the issuer
  (中央纪委办公厅) is required.
- 代表X发言 (李卫常委代表无党派人士界发言, 邓蓉玲常委代表农工党中央发言) is SPOKE_AT for the speaker and names the party
  or federation as the body speaking (required); 无党派人士界 is a sector (optional); 代表 there is no post.
- Bodies that submit bills and reports to be heard (全国人大监察司法委, 国家监委, 执法检查组, 全国人大民委、宪法法律委、
  财经委、教科文卫委、华侨委 — each short name of the 、-list its own body —, 代表工委, 文化和旅游部, 法工委,
  代表资格审查委员会) are actors and required; the standard state bodies (国务院, 全国人大常委会, 全国政协) and
  委员长会议 as a body are optional (as w40); a session's 主席团 is optional (as w12's 大会主席团).
- 作了汇报 / 作了说明和汇报 / 应邀作报告 / 作发言 / 作大会发言 / 先后发言 are SPOKE_AT (作报告, 发言); 出席 is ATTENDED;
  speakers are not ATTENDED unless the text says so; 会议指出 gives no role (as sets E and F's State Council meetings).
- The meeting held is one node even when its plenary sitting is named (十三届全国人大常委会第37次会议…举行第一次全体
  会议: one meeting, 第一次全体会议 a variant); its afternoon 分组学习讨论 and the chairmen's 集体学习 held in the
  meeting are optional; sessions decided for later (常委会第十三次会议12月21日至25日在京举行) and meetings cited
  (党的二十大, 中央经济工作会议, 民营企业座谈会, 春节团拜会) are optional.
- A visit's talks: the unnamed 座谈会 chaired during the NPC chairman's 调研 (主持召开座谈会) is an event held,
  unnamed and optional (as sets E, F, I and J); its chair PRESIDED; 赵乐际指出 in the paragraph right after he
  主持召开座谈会 (and after 并座谈) is what he said at the talks, SPOKE_AT (as set J's 说 after a rally just held);
  参加上海调研 gives no role; the sites visited (实践中心, 陈列馆, 市民中心, 人大机关) are optional bodies.
- Named mechanisms and campaigns are required initiatives: “放管服”改革, “米袋子”省长负责制, “菜篮子”市长负责制
  (their quoted cores), 委员履职“服务为民”活动, the party-wide 树立和践行正确政绩观学习教育 (unquoted, as set K's
  主题教育活动); political formulas (“两个确立”, “四个意识”, “两个毫不动摇”, 全过程人民民主), plan names (“十五五”,
  “十四五”), meeting themes in quotation marks and characterisations (“政绩工程”, “最后一公里”) are optional.
- Drafts, reports and plans named without 《》 (代表法修正草案, 2025年度工作要点) are no documents (as w11); no text
  has a byline.
Every body that is the organization of a gold position is an acceptable organization (as in the wide set).

Scored blind (kg at 2818934, LAC): macro 0.803 — person .917 (P .978, R .863), position .833 (P .978, R .726), meeting
role .696 (P 1.0, R .533), meeting 1.0, organization .800 (P .842, R .762), initiative .571 (P 1.0, R .400), position
with organization .796 (R .661); no document or reporter in the set.
Corrections after the blind scoring, plain omissions of the annotation: 中宣部 (the short name of 中央宣传部,
20221026_03) and 全国人大常委会法制工作委员会 (the full name of 法工委, 20241213_05 and 20240830_04) are names of the
bodies listed; a vice-mayor's government is written 邯郸市人民政府 / 攀枝花市人民政府 as the wide set writes a
government (w01's 菏泽市人民政府), not 邯郸市政府 as the text shortens it (20260615_09). With them the blind figure
(kg at 2818934) is macro 0.819 (organization .895, position with organization .820).
"""

from make_heldout import P, _write, roles, with_position_bodies  # the held-out sets' layout and helpers

SET_L: dict[str, dict] = {}

_CCTV = ["央视网", "新闻联播", "央视"]

# 20221026_03: the NPC standing committee's 37th session opens with a plenary meeting on the party congress: the
# chairman presides and speaks (主持会议并讲话, 在讲话中指出, 说), a Politburo member gives a 辅导报告 (SPOKE_AT); the
# congress is cited; 习近平's posts are stated in the speech (继续担任…); the afternoon group study is optional.
SET_L["20221026_03"] = dict(
    persons=["栗战书", "李书磊", "习近平"],
    positions=[
        P("栗战书", "委员长", "全国人大常委会"),
        P("李书磊", "中共中央政治局委员", "中共中央政治局"),
        P("李书磊", "中央宣传部部长", "中央宣传部"),
        P("习近平", "总书记", "中共中央"),
        P("习近平", "中央军委主席", "中央军委"),
    ],
    meeting_roles=roles("PRESIDED", "栗战书") + roles("SPOKE_AT", "栗战书", "李书磊"),
    meetings=[
        [
            "十三届全国人大常委会第三十七次会议",
            "十三届全国人大常委会第37次会议",
            "全国人大常委会第三十七次会议",
            "全国人大常委会第37次会议",
            "常委会第37次会议",
            "第三十七次会议",
            "第37次会议",
            "第一次全体会议",
            "十三届全国人大常委会第37次会议第一次全体会议",
            "十三届全国人大常委会第三十七次会议第一次全体会议",
            "全国人大常委会第37次会议第一次全体会议",
        ]
    ],
    optional_meetings=["党的二十大", "二十大", "分组学习讨论"],
    organizations=[],
    optional_orgs=[
        *_CCTV,
        "全国人大常委会",
        "十三届全国人大常委会",
        "常委会",
        "中共中央政治局",
        "中央宣传部",
        "中宣部",
        "中共中央",
        "中央委员会",
        "中央军委",
        "党中央",
        "中国共产党",
        "全党",
        "人民代表大会",
    ],
    initiatives=[],
    optional_initiatives=[
        "两个确立",
        "四个意识",
        "四个自信",
        "两个维护",
        "五位一体",
        "四个全面",
        "全过程人民民主",
        "人民代表大会制度",
        "第二个百年奋斗目标",
        "中国式现代化",
        "中国特色社会主义",
    ],
    documents=[],
    reporters=[],
)

# 20230823_06: the national CPPCC standing committee's plenary meeting: the chairman 出席 (ATTENDED), a vice-chair
# 主持会议 (PRESIDED, named last), thirteen speeches by fourteen members, each 常委 after the name (a post), seven of
# them 代表 a party or federation (those bodies required, see the module docstring); the quoted theme is optional.
_p0823_speakers = [
    "王志刚",
    "黄卫",
    "黄润秋",
    "李卫",
    "邓蓉玲",
    "赖明",
    "王路",
    "胡刚",
    "谢茹",
    "陈星莺",
    "刘艳",
    "洪慧民",
    "卢国懿",
    "徐延豪",
]
SET_L["20230823_06"] = dict(
    persons=["王沪宁", "苏辉", *_p0823_speakers],
    positions=[
        P("王沪宁", "中共中央政治局常委", "中共中央政治局"),
        P("王沪宁", "全国政协主席", "全国政协"),
        P("苏辉", "全国政协副主席", "全国政协"),
    ]
    + [P(x, "常委", "全国政协常委会") for x in _p0823_speakers],
    meeting_roles=roles("ATTENDED", "王沪宁") + roles("PRESIDED", "苏辉") + roles("SPOKE_AT", *_p0823_speakers),
    meetings=[
        [
            "全国政协十四届常委会第三次会议",
            "政协第十四届全国委员会常务委员会第三次会议",
            "全国政协十四届常委会第三次会议全体会议",
            "政协第十四届全国委员会常务委员会第三次会议全体会议",
            "政协十四届常委会第三次会议",
            "十四届常委会第三次会议",
            "常务委员会第三次会议",
            "常委会第三次会议",
            "第三次会议",
            "全体会议",
        ]
    ],
    optional_meetings=[],
    organizations=[
        ["农工党中央", "中国农工民主党中央委员会"],
        ["全国工商联", "中华全国工商业联合会"],
        ["民革中央", "中国国民党革命委员会中央委员会"],
        ["台盟中央", "台湾民主自治同盟中央委员会"],
        ["民建中央", "中国民主建国会中央委员会"],
        ["致公党中央", "中国致公党中央委员会"],
    ],
    optional_orgs=[
        *_CCTV,
        "全国政协",
        "全国政协常委会",
        "政协第十四届全国委员会",
        "政协第十四届全国委员会常务委员会",
        "全国政协十四届常委会",
        "中共中央政治局",
        "无党派人士界",
        "无党派人士",
        "科技领军企业",
        "民营企业",
    ],
    initiatives=[],
    optional_initiatives=[
        "完善科技创新体系,加快实施创新驱动发展战略",
        "完善科技创新体系",
        "创新驱动发展战略",
        "美丽中国",
        "高水平科技自立自强",
    ],
    documents=[],
    reporters=[],
)

# 20241213_05: the NPC standing committee's 35th chairman's meeting: the chairman presides (赵乐际主持), the secretary
# general reports (作了汇报, SPOKE_AT), unnamed officials report too; the next session is decided (optional); the
# bodies whose bills and reports it will hear are actors (required, see the module docstring); 赵乐际委员长 in a
# report's title gives his post.
SET_L["20241213_05"] = dict(
    persons=["赵乐际", "刘奇"],
    positions=[P("赵乐际", "委员长", "全国人大常委会"), P("刘奇", "全国人大常委会秘书长", "全国人大常委会")],
    meeting_roles=roles("PRESIDED", "赵乐际") + roles("SPOKE_AT", "刘奇"),
    meetings=[
        [
            "十四届全国人大常委会第三十五次委员长会议",
            "全国人大常委会第三十五次委员长会议",
            "第三十五次委员长会议",
            "委员长会议",
        ]
    ],
    optional_meetings=[
        "十四届全国人大常委会第十三次会议",
        "全国人大常委会第十三次会议",
        "常委会第十三次会议",
        "第十三次会议",
        "十四届全国人大三次会议",
        "全国人大三次会议",
        "十四届全国人大二次会议",
        "全国人大二次会议",
    ],
    organizations=[
        ["全国人大监察司法委", "监察司法委", "全国人大监察和司法委员会"],
        ["国家监委", "国家监察委员会"],
        ["全国人大常委会执法检查组", "执法检查组"],
        ["全国人大民委", "民委", "全国人大民族委员会"],
        ["宪法法律委", "全国人大宪法法律委"],
        ["财经委", "全国人大财经委"],
        ["教科文卫委", "全国人大教科文卫委"],
        ["华侨委", "全国人大华侨委"],
        ["全国人大常委会代表工委", "常委会代表工委", "代表工委"],
        ["文化和旅游部"],
        ["全国人大常委会法工委", "常委会法工委", "法工委", "全国人大常委会法制工作委员会"],
        ["全国人大常委会代表资格审查委员会", "代表资格审查委员会"],
    ],
    optional_orgs=[
        *_CCTV,
        "全国人大常委会",
        "十四届全国人大常委会",
        "常委会",
        "全国人大",
        "国务院",
        "委员长会议",
        "十四届全国人大二次会议主席团",
        "主席团",
        "有关专门委员会",
        "专门委员会",
        "工作委员会",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=[],
    reporters=[],
)

# 20250226_04: the national CPPCC's 31st chairmen's meeting: the chairman presides and speaks (主持并讲话, 表示); four
# vice-chairs under one title 作发言, the vice-chair and secretary general 作了说明和汇报, a minister 应邀作报告 at its
# collective study (all SPOKE_AT); a member's seat is revoked (removed); the coming session and the talks whose
# speeches are studied are cited; the members' 服务为民 activity is a named campaign (required).
_p0226_vice = ["沈跃跃", "王勇", "梁振英", "苏辉"]
SET_L["20250226_04"] = dict(
    persons=["王沪宁", "习近平", "薛景霞", "韩俊", *_p0226_vice, "王东峰"],
    positions=[
        P("王沪宁", "中共中央政治局常委", "中共中央政治局"),
        P("王沪宁", "全国政协主席", "全国政协"),
        P("习近平", "总书记"),
        P("薛景霞", "委员", "全国政协", "removed"),
        P("韩俊", "农业农村部部长", "农业农村部"),
    ]
    + [P(x, "全国政协副主席", "全国政协") for x in _p0226_vice]
    + [P("王东峰", "全国政协副主席", "全国政协"), P("王东峰", "秘书长", "全国政协")],
    meeting_roles=roles("PRESIDED", "王沪宁") + roles("SPOKE_AT", "王沪宁", "韩俊", *_p0226_vice, "王东峰"),
    meetings=[
        [
            "政协第十四届全国委员会第三十一次主席会议",
            "全国政协第三十一次主席会议",
            "十四届全国政协第三十一次主席会议",
            "全国政协十四届第三十一次主席会议",
            "第三十一次主席会议",
            "全国政协主席会议",
            "主席会议",
        ]
    ],
    optional_meetings=[
        "政协第十四届全国委员会第三次会议",
        "全国政协十四届三次会议",
        "各次全体会议",
        "全国政协十四届常委会第十次会议",
        "常委会第十次会议",
        "民营企业座谈会",
        "春节团拜会",
        "全国两会",
        "两会",
        "集体学习",
        "2025年第一次集体学习",
    ],
    organizations=[],
    optional_orgs=[
        *_CCTV,
        "全国政协",
        "政协第十四届全国委员会",
        "人民政协",
        "中共中央",
        "中共中央政治局",
        "农业农村部",
        "吉林省委",
        "省政府",
        "吉林省政府",
        "全国政协十四届常委会",
        "党",
    ],
    initiatives=["服务为民"],
    optional_initiatives=[
        "两个确立",
        "两个维护",
        "推动乡村全面振兴",
        "乡村全面振兴",
        "新时代东北全面振兴",
        "东北全面振兴",
        "中国式现代化",
        "人民政协为人民",
        "民营经济",
    ],
    documents=[],
    reporters=[],
)

# 20221221_04: a State Council executive meeting: the premier presides (主持召开); 会议指出 gives no role; the central
# economic work conference is cited; a named reform and two quoted responsibility systems are initiatives.
SET_L["20221221_04"] = dict(
    persons=["李克强"],
    positions=[P("李克强", "国务院总理", "国务院")],
    meeting_roles=roles("PRESIDED", "李克强"),
    meetings=[["国务院常务会议"]],
    optional_meetings=["中央经济工作会议"],
    organizations=[],
    optional_orgs=[*_CCTV, "国务院", "党中央", "党中央、国务院", "有关部门", "民营企业", "平台经济"],
    initiatives=["放管服", "米袋子", "菜篮子"],
    optional_initiatives=[
        "两个毫不动摇",
        "最后一公里",
        "稳经济一揽子政策",
        "稳经济一揽子政策措施",
        "稳经济一揽子政策和接续措施",
        "16条金融政策",
        "保供稳价",
    ],
    documents=[],
    reporters=[],
)

# 20260615_09: the CCDI office's circular of five cases, each person named by former posts (原…, see the module
# docstring); no meeting; the party-wide study campaign is required, the quoted 政绩工程 a characterisation.
SET_L["20260615_09"] = dict(
    persons=["任华山", "王成兵", "龙勇", "杨添才", "刘学武"],
    positions=[
        P("任华山", "党组成员", "邯郸市政府党组", "former"),
        P("任华山", "副市长", "邯郸市人民政府", "former"),
        P("王成兵", "党组成员", "江西省人力资源和社会保障厅党组", "former"),
        P("王成兵", "副厅长", "江西省人力资源和社会保障厅", "former"),
        P("龙勇", "党组成员", "攀枝花市政府党组", "former"),
        P("龙勇", "副市长", "攀枝花市人民政府", "former"),
        P("杨添才", "书记", "来宾市兴宾区委", "former"),
        P("刘学武", "党委副书记", "内蒙古交通集团有限公司党委", "former"),
        P("刘学武", "总经理", "内蒙古交通集团有限公司", "former"),
    ],
    meeting_roles=[],
    meetings=[],
    optional_meetings=[],
    organizations=[
        ["中央纪委办公厅"],
        ["江西省人力资源和社会保障厅", "江西省人力资源社会保障厅", "江西省人社厅", "人力资源和社会保障厅"],
        ["内蒙古交通集团有限公司", "内蒙古交通集团"],
    ],
    optional_orgs=[
        *_CCTV,
        "中央纪委",
        "党中央",
        "各级纪检监察机关",
        "纪检监察机关",
        "各级党组织",
        "河北省邯郸市政府",
        "邯郸市人民政府",
        "邯郸市政府党组",
        "四川省攀枝花市政府",
        "攀枝花市人民政府",
        "攀枝花市政府党组",
        "广西壮族自治区来宾市兴宾区委",
        "兴宾区委",
        "江西省人力资源和社会保障厅党组",
        "内蒙古交通集团有限公司党委",
    ],
    initiatives=["树立和践行正确政绩观学习教育"],
    optional_initiatives=["政绩工程", "长效工作机制"],
    documents=[],
    reporters=[],
)

# 20240830_04: the NPC chairman's 调研 of two provinces (no meeting): he 座谈 at the Zhejiang congress's offices and
# 主持召开座谈会 at Shanghai's (an unnamed talk, optional; PRESIDED, and 指出 after it SPOKE_AT, see the module
# docstring); 陈吉宁 参加上海调研 (no role, no post written); the sites visited are optional bodies.
SET_L["20240830_04"] = dict(
    persons=["赵乐际", "习近平", "陈吉宁"],
    positions=[
        P("赵乐际", "中共中央政治局常委", "中共中央政治局"),
        P("赵乐际", "全国人大常委会委员长", "全国人大常委会"),
        P("习近平", "总书记"),
    ],
    meeting_roles=roles("PRESIDED", "赵乐际") + roles("SPOKE_AT", "赵乐际"),
    meetings=[],
    optional_meetings=["座谈会", "座谈", "党的二十届三中全会", "二十届三中全会", "党的十八大", "十八大"],
    organizations=[],
    optional_orgs=[
        *_CCTV,
        "杭州市全过程人民民主实践中心",
        "全过程人民民主实践中心",
        "“五四宪法”历史资料陈列馆",
        "五四宪法历史资料陈列馆",
        "历史资料陈列馆",
        "省人大机关",
        "浙江省人大机关",
        "虹桥街道古北市民中心",
        "古北市民中心",
        "全国人大常委会法工委",
        "法工委",
        "全国人大常委会法制工作委员会",
        "全国人大常委会法工委基层立法联系点",
        "基层立法联系点",
        "虹桥街道全过程人民民主基层实践基地",
        "虹桥街道",
        "市人大机关",
        "上海市人大机关",
        "全国人民代表大会",
        "全国人大常委会",
        "中共中央政治局",
        "党中央",
        "人大",
    ],
    initiatives=[],
    optional_initiatives=[
        "五四宪法",
        "全过程人民民主",
        "基层立法联系点",
        "代表家站",
        "人大贡献",
        "中国特色社会主义宪法理论",
        "中国式现代化",
    ],
    documents=[],
    reporters=[],
)

# 20250430_01: the general secretary's 座谈会 on the 15th five-year period: he presides and speaks (主持召开…并发表重要
# 讲话, 强调, 指出); two Standing Committee members 出席 and two more named bare 出席 (ATTENDED); seven provincial
# secretaries, each a title before the name in one 、-list, 先后发言 (SPOKE_AT); plan names are optional.
_p0430_speakers = ["孙绍骋", "陈吉宁", "王浩", "王忠林", "黄坤明", "王晓晖", "胡昌升"]
SET_L["20250430_01"] = dict(
    persons=["习近平", "李强", "蔡奇", *_p0430_speakers, "何立峰", "吴政隆"],
    positions=[
        P("习近平", "中共中央总书记", "中共中央"),
        P("习近平", "国家主席"),
        P("习近平", "中央军委主席", "中央军委"),
        P("李强", "中共中央政治局常委", "中共中央政治局"),
        P("李强", "国务院总理", "国务院"),
        P("蔡奇", "中共中央政治局常委", "中共中央政治局"),
        P("蔡奇", "中央办公厅主任", "中央办公厅"),
        P("孙绍骋", "内蒙古自治区党委书记", "内蒙古自治区党委"),
        P("陈吉宁", "上海市委书记", "上海市委"),
        P("王浩", "浙江省委书记", "浙江省委"),
        P("王忠林", "湖北省委书记", "湖北省委"),
        P("黄坤明", "广东省委书记", "广东省委"),
        P("王晓晖", "四川省委书记", "四川省委"),
        P("胡昌升", "甘肃省委书记", "甘肃省委"),
    ],
    meeting_roles=roles("PRESIDED", "习近平")
    + roles("SPOKE_AT", "习近平", *_p0430_speakers)
    + roles("ATTENDED", "李强", "蔡奇", "何立峰", "吴政隆"),
    meetings=[
        [
            "部分省区市“十五五”时期经济社会发展座谈会",
            "“十五五”时期经济社会发展座谈会",
            "经济社会发展座谈会",
            "座谈会",
        ]
    ],
    optional_meetings=[],
    organizations=[],
    optional_orgs=[
        *_CCTV,
        "中共中央",
        "中央军委",
        "中共中央政治局",
        "国务院",
        "中央办公厅",
        "中共中央办公厅",
        "中央和国家机关有关部门",
        "中央和国家机关",
        "有关部门",
        "有关省区市",
        "部分省区市",
        "各地区",
        "我们党",
    ],
    initiatives=[],
    optional_initiatives=[
        "十五五",
        "十四五",
        "十四五规划",
        "新质生产力",
        "新发展格局",
        "新安全格局",
        "中国式现代化",
        "共同富裕",
        "乡村全面振兴",
        "脱贫攻坚",
        "国家创新体系",
        "现代化产业体系",
    ],
    documents=[],
    reporters=[],
)


if __name__ == "__main__":
    _write("blind_l.jsonl", with_position_bodies(SET_L))
