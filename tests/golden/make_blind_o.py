"""Blind set O for texts/{20241216_01,20240310_04,20230720_01,20230712_04,20220930_01,20241226_06,20230305_06,
20230421_05}.txt: eight national news items of ../shared/corpus/xwlb (央视《新闻联播》文字稿, 2022–2024) none of the
other sets used, of the genres the sets had least — a commemorative 座谈会 of the party centre (a speech, a presider,
four speakers and seven attendees named bare), a meeting of the executive chairmen of an NPC session's presidium (three
reports heard), a meeting of the central financial and economic affairs commission chaired by the general secretary
(three attendees with their commission posts, four reporting bodies, a document adopted), a national CPPCC
consultation meeting (专题协商会) with a vice-premier speaking, the Martyrs' Day ceremony at Tiananmen Square (eight
leaders named bare, a presider, pieces of music in 《》), a CCDI circular of seven cases named by their former posts, a
vice-premier at his NPC delegation's deliberation, and the first plenary meeting of an NPC law-enforcement inspection
group. Each file is whole (title, date and source lines, then the text). Annotated by hand from the texts, before kg
was run on them, with the conventions of ../shared/gold/README.md and ../shared/gold/wide/README.md. Run to rewrite
blind_o.jsonl.

Decisions for cases those conventions do not show (and the earlier sets' choices followed):
- National posts take the body they name (中共中央政治局常委 / 委员: 中共中央政治局, 中央书记处书记: 中央书记处,
  国务院副总理: 国务院, 全国政协主席 / 副主席: 全国政协, 中央纪委副书记: 中央纪委), as sets L and M; 国家主席 names
  no body; 习近平总书记 is 总书记 with no body, but where the article also writes 中共中央总书记…习近平 that post
  stands alone (as set L's 20250430_01). A title after the name (李克强总理所作的政府工作报告) is a post: 总理 of
  国务院 (the body of the government work report), as set L's 委员长. Commission posts after the national ones
  (中央财经委员会主任, 副主任, 委员) are posts of 中央财经委员会.
- An NPC session's posts: 大会主席团常务主席 is a post of the session's presidium (十四届全国人大二次会议主席团, the
  session named in the first sentence), 大会副秘书长 a post of the session (十四届全国人大二次会议); the presidium, the
  session and the standard state bodies whose reports are heard (全国人大常委会, 国务院, 最高人民法院, 最高人民检察院)
  are optional, the bodies whose reports are heard at the meeting (全国人大宪法和法律委员会, 大会秘书处) required (as
  sets L and M). The session itself is not listed as an optional meeting: the scorer drops every prediction containing
  an optional name, which would drop the meeting held (…二次会议主席团常务主席第二次会议; set F's interaction).
- A commemorative 座谈会 (举行座谈会，纪念…诞辰100周年) is the meeting held, named by its headline
  (纪念乔石同志诞辰100周年座谈会); 先后发言 is SPOKE_AT for each titled name of the list before it, 出席座谈会 after a
  list of bare names ATTENDED for each (as set L's 何立峰、吴政隆); 主持…时说 is SPOKE_AT too. The commemorated person
  (乔石) is a person with no post written.
- The Martyrs' Day ceremony (敬献花篮仪式) is an event held, as set F's 开学典礼 and set M's 启动式: 出席仪式 is
  ATTENDED, 由…主持 PRESIDED; 党和国家领导人 is a label, no post. The band that plays (中国人民解放军军乐团, 军乐团奏响)
  is an actor (required); the bodies in whose name the baskets are laid (中共中央 … 中国少年先锋队) are optional.
  Pieces of music in 《》 (《义勇军进行曲》, 《献花曲》, 《烈士纪念日号角》, 《我们是共产主义接班人》) are no documents
  (ONTOLOGY: a named policy document), as newspaper titles are not.
- A CCDI circular's former posts (四川省政协原党组成员、副主席杨克宁) are kept with status former, title as written
  after 原, as set L; a city committee's 原常委 is 常委 of that committee, 原副市长 a post of its 人民政府 (as set L's
  corrected government); the issuer (中央纪委国家监委) and the employers that are not localities' standard bodies (an
  institute, a company's provincial branch, a bank's branch office) are required; 八项规定 is required (as sets E and
  M), “四风” a formula (optional).
- A deputy's deliberation with his NPC delegation (来到他所在的山东代表团，同代表们一起审议政府工作报告) is a meeting
  held with no name (optional names, as the unnamed talks of sets E, F, I and J): 同代表们一起审议 is ATTENDED and
  表示 / 说 / 强调 / 希望 there SPOKE_AT; the delegation is an actor (required, as the wide set's delegations).
- A consultation meeting's presider of one sitting (主持上午的会议) PRESIDED; 出席会议并讲话 ATTENDED and SPOKE_AT; the
  committee that reports its survey (全国政协农业和农村委员会介绍专题调研情况) is an actor (required); the quoted
  “千万工程” is a named programme (required), policy formulas (乡村振兴, 城乡融合发展) optional.
- A law-enforcement inspection group (全国人大常委会种子法执法检查组) whose plenary meeting is held is a body (required,
  as set L's 执法检查组); 最高人民法院负责人作了发言 names the court as an actor (required, as set M's bodies whose
  officials brief a forum); 主题教育 and 大兴调查研究, named only inside a task, are optional.
- Mechanisms and systems named only as tasks (建立种粮农民收益保障机制, 改革完善耕地占补平衡制度) are optional (as set
  M); quoted slogans and formulas (“国之大者”, “以补定占”, “两个确立”, “走在前、开新局”) are optional.
- The outlet of the source line (央视, 央视网, 新闻联播) is optional; no item has a byline.
Every body that is the organization of a gold position is an acceptable organization (as in the wide set).

Scored blind (kg at 2f6300d, LAC): macro 0.827 — person .980 (P .962: 文心兰 and 常悟, LAC tags), position .901 (P 1.0,
R .820: the chain before 中央财经委员会主任 cut, 颜鹏's 党委委员), meeting role .757 (P .966, R .622: the Martyrs'
Day ceremony and the 专题协商会 not found, 韩正's deliberation, 信春鹰作的…报告; 乔石 ATTENDED for his relatives),
meeting .800 (P 1.0, R .667), organization .857 (P .923, R .8: 大会秘书处, the inspection group,
国家林业和草原局林草调查规划院 cut), initiative .667 (“千万工程”), document .5 (P .333: two songs), position with
organization .857.
"""

# the held-out sets' layout and helpers, and the national items' conventions
from make_heldout import OUTLET, XI_TOP, P, _write, roles, with_position_bodies

SET_O: dict[str, dict] = {}

_CCDI = ["中央纪委国家监委", "中央纪委", "国家监委", "中央纪律检查委员会"]

# 20241216_01: the party centre's commemorative 座谈会 for 乔石's centenary: the general secretary speaks
# (发表重要讲话, 指出, 强调), a Standing Committee member presides and speaks (主持…时说), two more attend, four titled
# speakers 先后发言 and seven bare names 出席 (see the module docstring); the plenums whose 精神 is to be carried out
# are cited.
_p1216_speakers = ["曲青山", "孙新阳", "刘奇", "龚正"]
_p1216_attended = ["李干杰", "李书磊", "李鸿忠", "陈文清", "王小洪", "郝明金", "苏辉"]
SET_O["20241216_01"] = dict(
    persons=["习近平", "乔石", "赵乐际", "蔡奇", "李希", *_p1216_speakers, *_p1216_attended],
    positions=[
        *XI_TOP,
        P("赵乐际", "中共中央政治局常委", "中共中央政治局"),
        P("蔡奇", "中共中央政治局常委", "中共中央政治局"),
        P("李希", "中共中央政治局常委", "中共中央政治局"),
        P("曲青山", "中央党史和文献研究院院长", "中央党史和文献研究院"),
        P("孙新阳", "中央纪委副书记", "中央纪委"),
        P("刘奇", "全国人大常委会秘书长", "全国人大常委会"),
        P("龚正", "上海市市长", "上海市人民政府"),
    ],
    meeting_roles=roles("PRESIDED", "赵乐际")
    + roles("SPOKE_AT", "习近平", "赵乐际", *_p1216_speakers)
    + roles("ATTENDED", "蔡奇", "李希", *_p1216_attended),
    meetings=[
        [
            "纪念乔石同志诞辰100周年座谈会",
            "乔石同志诞辰100周年座谈会",
            "诞辰100周年座谈会",
            "座谈会",
        ]
    ],
    optional_meetings=["党的二十大", "二十大", "二十届二中、三中全会", "二中、三中全会", "三中全会", "二中全会"],
    organizations=[],
    optional_orgs=[
        *OUTLET,
        "中共中央",
        "党中央",
        "中国共产党",
        "中共中央政治局",
        "中央军委",
        "中央纪委",
        "全国人大常委会",
        "中央党史和文献研究院",
        "上海市",
        "上海市人民政府",
        "上海市政府",
        "浙江省",
        "人民大会堂",
        "中央和国家机关有关部门",
        "中央和国家机关",
        "全党",
    ],
    initiatives=[],
    optional_initiatives=[
        "中国特色社会主义",
        "中国式现代化",
        "全面从严治党",
        "党风廉政建设",
        "反腐败斗争",
        "中国特色社会主义法治道路",
        "改革开放",
        "社会主义现代化国家",
    ],
    documents=[],
    reporters=[],
)

# 20240310_04: the second meeting of the executive chairmen of the presidium of the NPC's 2024 session: the chairman of
# the NPC standing committee presides; three officials' reports are heard (作的…报告 / 汇报: SPOKE_AT), two of them for
# the session's secretariat; the presidium's next meeting is to come (optional); posts of the session see the module
# docstring.
SET_O["20240310_04"] = dict(
    persons=["赵乐际", "信春鹰", "刘奇", "刘俊臣"],
    positions=[
        P("赵乐际", "大会主席团常务主席", "十四届全国人大二次会议主席团"),
        P("赵乐际", "全国人大常委会委员长", "全国人大常委会"),
        P("信春鹰", "全国人大宪法和法律委员会主任委员", "全国人大宪法和法律委员会"),
        P("刘奇", "大会主席团常务主席", "十四届全国人大二次会议主席团"),
        P("刘奇", "大会副秘书长", "十四届全国人大二次会议"),
        P("刘奇", "全国人大常委会秘书长", "全国人大常委会"),
        P("刘俊臣", "大会副秘书长", "十四届全国人大二次会议"),
        P("刘俊臣", "全国人大常委会副秘书长", "全国人大常委会"),
    ],
    meeting_roles=roles("PRESIDED", "赵乐际") + roles("SPOKE_AT", "信春鹰", "刘奇", "刘俊臣"),
    meetings=[
        [
            "十四届全国人大二次会议主席团常务主席第二次会议",
            "全国人大二次会议主席团常务主席第二次会议",
            "主席团常务主席第二次会议",
            "常务主席第二次会议",
            "第二次会议",
        ]
    ],
    optional_meetings=["大会主席团第三次会议", "主席团第三次会议", "第三次会议"],
    organizations=[
        ["全国人大宪法和法律委员会", "宪法和法律委员会", "全国人大宪法法律委"],
        ["大会秘书处", "十四届全国人大二次会议秘书处", "秘书处"],
    ],
    optional_orgs=[
        *OUTLET,
        "全国人大常委会",
        "全国人大",
        "国务院",
        "最高人民法院",
        "最高人民检察院",
        "大会主席团",
        "主席团",
        "十四届全国人大二次会议主席团",
        "人民大会堂",
        "北京人民大会堂",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=[],
    reporters=[],
)

# 20230720_01: the second meeting of the central financial and economic affairs commission: the general secretary, its
# director, presides and speaks (主持召开, 在会上发表重要讲话); three Standing Committee members with their commission
# posts attend; four bodies report (required); a guidance document in 《》 is adopted; members attend and officials sit
# in unnamed; the mechanisms it calls for are tasks (optional).
SET_O["20230720_01"] = dict(
    persons=["习近平", "李强", "蔡奇", "丁薛祥"],
    positions=[
        *XI_TOP,
        P("习近平", "中央财经委员会主任", "中央财经委员会"),
        P("李强", "中共中央政治局常委", "中共中央政治局"),
        P("李强", "国务院总理", "国务院"),
        P("李强", "中央财经委员会副主任", "中央财经委员会"),
        P("蔡奇", "中共中央政治局常委", "中共中央政治局"),
        P("蔡奇", "中央书记处书记", "中央书记处"),
        P("蔡奇", "中央财经委员会委员", "中央财经委员会"),
        P("丁薛祥", "中共中央政治局常委", "中共中央政治局"),
        P("丁薛祥", "国务院副总理", "国务院"),
        P("丁薛祥", "中央财经委员会委员", "中央财经委员会"),
    ],
    meeting_roles=roles("PRESIDED", "习近平")
    + roles("SPOKE_AT", "习近平")
    + roles("ATTENDED", "李强", "蔡奇", "丁薛祥"),
    meetings=[["中央财经委员会第二次会议", "第二次会议"]],
    optional_meetings=["党的十八大", "十八大"],
    organizations=[
        ["自然资源部"],
        ["农业农村部"],
        ["中央财办", "中央农办", "中央财办（中央农办）", "中央财经委员会办公室"],
        ["国家发展改革委", "国家发展和改革委员会", "国家发改委"],
    ],
    optional_orgs=[
        *OUTLET,
        "中共中央",
        "党中央",
        "我们党",
        "中央军委",
        "中共中央政治局",
        "中央书记处",
        "国务院",
        "中央财经委员会",
        "中央和国家机关有关部门",
        "中央和国家机关",
        "地方政府",
    ],
    initiatives=[],
    optional_initiatives=[
        "国之大者",
        "藏粮于地、藏粮于技",
        "藏粮于地",
        "藏粮于技",
        "非粮化",
        "非农化",
        "以补定占",
        "以种适地",
        "以地适种",
        "耕地占补平衡制度",
        "占补平衡",
        "补充耕地质量验收制度",
        "种粮农民收益保障机制",
        "粮食主产区利益补偿机制",
        "国土空间规划",
        "耕地红线",
        "18亿亩耕地红线",
        "永久基本农田",
        "盐碱地综合改造利用",
        "盐碱地综合利用",
    ],
    documents=["关于推动盐碱地综合利用的指导意见"],
    reporters=[],
)

# 20230712_04: the national CPPCC's 专题协商会 on rural revitalisation: the chairman and a vice-premier 出席会议并讲话
# (ATTENDED, SPOKE_AT; the chairman's 表示 too), a vice-chair presides over the morning sitting; a CPPCC committee
# reports its survey (required); 25 members and experts speak unnamed; “千万工程” is a named programme.
SET_O["20230712_04"] = dict(
    persons=["王沪宁", "刘国中", "石泰峰", "习近平"],
    positions=[
        P("王沪宁", "中共中央政治局常委", "中共中央政治局"),
        P("王沪宁", "全国政协主席", "全国政协"),
        P("刘国中", "中共中央政治局委员", "中共中央政治局"),
        P("刘国中", "国务院副总理", "国务院"),
        P("石泰峰", "中共中央政治局委员", "中共中央政治局"),
        P("石泰峰", "全国政协副主席", "全国政协"),
        P("习近平", "总书记"),
    ],
    meeting_roles=roles("ATTENDED", "王沪宁", "刘国中")
    + roles("SPOKE_AT", "王沪宁", "刘国中")
    + roles("PRESIDED", "石泰峰"),
    meetings=[
        [
            "“统筹城乡融合发展，全面推进乡村振兴”专题协商会",
            "统筹城乡融合发展全面推进乡村振兴专题协商会",
            "专题协商会",
            "协商会",
        ]
    ],
    optional_meetings=["上午的会议"],
    organizations=[["全国政协农业和农村委员会", "农业和农村委员会", "全国政协农业农村委员会"]],
    optional_orgs=[
        *OUTLET,
        "全国政协",
        "人民政协",
        "政协",
        "中共中央",
        "国务院",
        "中共中央政治局",
        "中共中央、国务院有关部门和单位",
        "有关部门和单位",
    ],
    initiatives=["千万工程"],
    optional_initiatives=[
        "统筹城乡融合发展，全面推进乡村振兴",
        "统筹城乡融合发展",
        "乡村振兴",
        "全面推进乡村振兴",
        "脱贫攻坚",
        "中国特色乡村振兴之路",
        "现代化农业经营体系",
        "城乡融合发展",
    ],
    documents=[],
    reporters=[],
)

# 20220930_01: the Martyrs' Day ceremony at Tiananmen Square: eight leaders named bare 出席仪式 (ATTENDED), the Beijing
# secretary presides (由…主持); the army band is an actor; the bodies the baskets are laid for are optional; songs in
# 《》 are no documents; the coming party congress is cited (喜迎二十大), its slogans optional.
_p0930_leaders = ["习近平", "李克强", "栗战书", "汪洋", "王沪宁", "赵乐际", "韩正", "王岐山"]
SET_O["20220930_01"] = dict(
    persons=[*_p0930_leaders, "蔡奇"],
    positions=[
        P("蔡奇", "中共中央政治局委员", "中共中央政治局"),
        P("蔡奇", "北京市委书记", "北京市委"),
    ],
    meeting_roles=roles("ATTENDED", *_p0930_leaders) + roles("PRESIDED", "蔡奇"),
    meetings=[
        [
            "烈士纪念日向人民英雄敬献花篮仪式",
            "向人民英雄敬献花篮仪式",
            "敬献花篮仪式",
            "仪式",
        ]
    ],
    optional_meetings=["党的二十大", "二十大", "党的十八大", "十八大"],
    organizations=[["中国人民解放军军乐团", "军乐团"]],
    optional_orgs=[
        *OUTLET,
        "中共中央",
        "党中央",
        "全国人大常委会",
        "国务院",
        "全国政协",
        "中央军委",
        "各民主党派",
        "各民主党派中央",
        "全国工商联",
        "各人民团体",
        "人民团体",
        "中国少年先锋队",
        "少年先锋队",
        "中国人民解放军",
        "三军仪仗兵",
        "中共中央政治局",
        "中央书记处",
        "最高人民法院",
        "最高人民检察院",
        "北京市委",
        "北京市",
        "中央党政军群有关部门",
        "天安门广场",
        "人民英雄纪念碑",
    ],
    initiatives=[],
    optional_initiatives=[
        "祝福祖国",
        "喜迎二十大",
        "人民英雄永垂不朽",
        "礼兵就位！",
        "礼兵就位",
        "第二个百年奋斗目标",
        "社会主义现代化国家",
    ],
    documents=[],
    reporters=[],
)

# 20241226_06: the CCDI's circular of seven cases against the eight rules, each person named by former posts (原…, see
# the module docstring); the issuer and three employers are required; 八项规定 required, “四风” optional.
SET_O["20241226_06"] = dict(
    persons=["杨克宁", "杨子兴", "刘锋", "唐小平", "吴熙垚", "陈涛", "颜鹏"],
    positions=[
        P("杨克宁", "党组成员", "四川省政协党组", "former"),
        P("杨克宁", "副主席", "四川省政协", "former"),
        P("杨子兴", "党组成员", "甘肃省政府党组", "former"),
        P("杨子兴", "副省长", "甘肃省人民政府", "former"),
        P("刘锋", "党组成员", "齐齐哈尔市人大常委会党组", "former"),
        P("刘锋", "副主任", "齐齐哈尔市人大常委会", "former"),
        P("唐小平", "副院长", "国家林业和草原局林草调查规划院", "former"),
        P("吴熙垚", "常委", "仙桃市委", "former"),
        P("吴熙垚", "副市长", "仙桃市人民政府", "former"),
        P("陈涛", "党委委员", "中国移动广西公司党委", "former"),
        P("陈涛", "副总经理", "中国移动广西公司", "former"),
        P("颜鹏", "党委委员", "中国农业发展银行辽宁省分行营业部党委", "former"),
        P("颜鹏", "副总经理", "中国农业发展银行辽宁省分行营业部", "former"),
    ],
    meeting_roles=[],
    meetings=[],
    optional_meetings=[],
    organizations=[
        _CCDI,
        ["国家林业和草原局林草调查规划院", "林草调查规划院"],
        ["中国移动广西公司"],
        ["中国农业发展银行辽宁省分行营业部"],
    ],
    optional_orgs=[
        *OUTLET,
        "党中央",
        "中国移动",
        "中国农业发展银行",
        "中国农业发展银行辽宁省分行",
        "国家林业和草原局",
        "四川省政协",
        "四川省政协党组",
        "甘肃省政府",
        "甘肃省人民政府",
        "甘肃省政府党组",
        "黑龙江省齐齐哈尔市人大常委会",
        "齐齐哈尔市人大常委会",
        "齐齐哈尔市人大常委会党组",
        "湖北省仙桃市委",
        "仙桃市委",
        "仙桃市人民政府",
        "仙桃市政府",
        "中国移动广西公司党委",
        "中国农业发展银行辽宁省分行营业部党委",
        "各级党组织",
        "各级纪检监察机关",
        "纪检监察机关",
    ],
    initiatives=["八项规定"],
    optional_initiatives=["四风"],
    documents=[],
    reporters=[],
)

# 20230305_06: a vice-premier deliberates the government work report with his NPC delegation (an unnamed meeting held,
# see the module docstring): ATTENDED, and his 表示 / 说 / 强调 / 希望 SPOKE_AT; the premier's 总理 after the name is a
# post; the congresses of the speech are cited; slogans and formulas optional.
SET_O["20230305_06"] = dict(
    persons=["韩正", "李克强", "习近平"],
    positions=[
        P("韩正", "国务院副总理", "国务院"),
        P("李克强", "总理", "国务院"),
        P("习近平", "总书记"),
    ],
    meeting_roles=roles("ATTENDED", "韩正") + roles("SPOKE_AT", "韩正"),
    meetings=[],
    optional_meetings=[
        "山东代表团审议",
        "代表团审议",
        "审议",
        "山东代表团全体会议",
        "全体会议",
        "党的十九大",
        "十九大",
        "党的二十大",
        "二十大",
    ],
    organizations=[["山东代表团"]],
    optional_orgs=[*OUTLET, "党中央", "国务院", "全党", "山东"],
    initiatives=[],
    optional_initiatives=[
        "两个确立",
        "两个维护",
        "走在前、开新局",
        "山东实践",
        "新发展理念",
        "共同富裕",
        "中国式现代化",
    ],
    documents=[],
    reporters=[],
)

# 20230421_05: the first plenary meeting of the NPC standing committee's inspection group on the seed law: the
# chairman presides and speaks (主持召开, 强调, 指出), a vice-premier 出席会议并讲话; the group and the court whose
# officials spoke are actors (see the module docstring); the campaigns named inside a task are optional.
SET_O["20230421_05"] = dict(
    persons=["赵乐际", "刘国中", "习近平"],
    positions=[
        P("赵乐际", "中共中央政治局常委", "中共中央政治局"),
        P("赵乐际", "全国人大常委会委员长", "全国人大常委会"),
        P("刘国中", "中共中央政治局委员", "中共中央政治局"),
        P("刘国中", "国务院副总理", "国务院"),
        P("习近平", "总书记"),
    ],
    meeting_roles=roles("PRESIDED", "赵乐际") + roles("SPOKE_AT", "赵乐际", "刘国中") + roles("ATTENDED", "刘国中"),
    meetings=[
        [
            "全国人大常委会种子法执法检查组第一次全体会议",
            "种子法执法检查组第一次全体会议",
            "执法检查组第一次全体会议",
            "第一次全体会议",
        ]
    ],
    optional_meetings=[],
    organizations=[
        ["全国人大常委会种子法执法检查组", "种子法执法检查组", "执法检查组"],
        ["最高人民法院", "最高法"],
    ],
    optional_orgs=[
        *OUTLET,
        "全国人大常委会",
        "中共中央政治局",
        "国务院",
        "党中央",
        "国务院有关部门",
        "人大",
    ],
    initiatives=[],
    optional_initiatives=["主题教育", "大兴调查研究", "依法", "依法治种", "依法兴种", "种业翻身仗", "民族种业"],
    documents=[],
    reporters=[],
)


if __name__ == "__main__":
    _write("blind_o.jsonl", with_position_bodies(SET_O))
