"""Blind set T for texts/{20250904_10,20240722_05,20260611_03,20251104_09,20250613_01,20260722_01,20251106_01,
20250108_02}.txt: eight national news items of ../shared/corpus/xwlb (央视《新闻联播》文字稿) none of the other sets
used, of the genres the sets have least and the hidden gold has — several calls in one item (the NPC chairman
分别会见 a president, then another president and a parliament's speaker), the premier's 调研 in Tianjin with a work
report heard (听取…工作汇报) and two leaders 参加调研, a State Council executive meeting (three documents in 《》), a
central lecture group round-up (four members, each with a party or ministry post), the party centre's commemorative
座谈会 for 陈云's 120th birthday (the general secretary speaks, one Standing Committee member presides, five attend,
four titled speakers 先后发言), a national work conference (a vice-premier attends and speaks, four leaders attend,
eight bodies' officials 作交流发言), the general secretary hearing a work report (汇报会: two reporters, one attendee
出席, one 参加), and a vice-premier's disaster-relief trip with a meeting he 主持召开 and where he 传达 instructions.
Each file is whole (title, date and source lines, then the text). Annotated by hand from the texts, before kg was run
on them, with the conventions of ../shared/gold/README.md and ../shared/gold/wide/README.md. Run to rewrite
blind_t.jsonl.

Decisions for cases those conventions do not show (and the earlier sets' choices followed):
- National posts take the body they name (中共中央政治局常委 / 委员: 中共中央政治局, 国务院总理 / 副总理 / 副秘书长:
  国务院, 全国人大常委会委员长 / 秘书长: 全国人大常委会, 中央办公厅主任: 中央办公厅, 中宣部部长: 中宣部, 国家发展改革委
  主任: 国家发展改革委, as sets L, M, O and P); 中共中央总书记、国家主席、中央军委主席 gives three posts, 国家主席 with
  no body, and then 习近平总书记 adds none (set O); 习近平总书记 / 习近平主席 alone is 总书记 / 主席 with no body (sets
  K, M, N); 李强总理 after the name is 总理 of 国务院 (set R). A ministry's 党组书记、部长 / 副部长 gives 党组书记
  of the ministry's 党组 (set H's 工业和信息化部党组) and 部长 / 副部长 of the ministry; 北京市委书记 and 海南省委书记
  are posts of those committees (set R's 上海市委书记), 上海市市长 one of 上海市人民政府 (set O).
- Calls (会见) are events held, unnamed (optional name, sets K, N, P): host and guests who 表示 there are SPOKE_AT; the
  verb 会见 gives no role; 分别会见 two guests on one morning is read the same (each 表示 SPOKE_AT). Foreign heads of
  state named by country (塔吉克斯坦总统, 塞尔维亚总统) or with a title after the name (李在明总统) hold a post with no
  body (set N); a parliament's speaker takes the chamber (韩国国会议长: 议长 of 韩国国会, set N's 哈萨克斯坦议会下院).
  The summit and the commemoration the guests came for, and the talks 习近平 held the day before, are cited (optional).
- The premier's 调研 (sites, a company's briefing, a district's work report heard during the tour: 调研中，李强听取了
  滨海新区…工作汇报) holds no meeting and gives no role (w19, sets J, N and R): a report heard on a tour, with no
  汇报会 named, is part of the field visit (its words optional as meeting names); 陈敏尔、吴政隆参加调研 no role and no
  post written. The science park, the two companies and the district visited are sites (optional).
- A State Council executive meeting as set L's and R's: 主持召开 PRESIDED, 会议指出 no role; the three items in 《》
  (two plans with “十五五” inside, a draft law with （修订草案）) are documents as written; the national science
  conference whose spirit is implemented is cited (optional); plan names, campaigns written only as tasks
  (蓝天、碧水、净土保卫战, 国家重大科技任务) and formulas (“组合拳”) optional.
- The central lecture group as sets N and R: each 作宣讲报告 and 在中宣部宣讲…精神 is SPOKE_AT at an unnamed lecture
  (optional names); a later 开展宣讲 in a community with 互动交流 adds nothing; 中央宣讲团成员 is 成员 of 中央宣讲团
  (required); the ministries where a lecture is given and the communities and towns visited are sites (optional);
  全会《建议》 a document.
- The commemorative 座谈会 as set O's for 乔石: named by its headline (纪念陈云同志诞辰120周年座谈会); 主持座谈会
  PRESIDED and 在主持座谈会时说 SPOKE_AT; 习近平发表重要讲话 SPOKE_AT; 出席座谈会 after the shared title
  中共中央政治局常委 ATTENDED for each of the five names (each also holding that post); 先后发言 SPOKE_AT for each of
  the four titled names. 陈云 (commemorated), 毛泽东 and 邓小平 (named in 以…同志为核心的…领导集体) are persons with
  no post written (set R's 以习近平同志为核心). 中央八项规定 is required (sets E, M, O, R); the 十五字诀 and formulas
  optional.
- A national work conference (全国基础教育工作会议…在京召开) as set P's: the general secretary's instruction relayed to
  it (会上传达了习近平重要指示, 习近平强调 in the instruction's paragraphs) gives him no role; 出席会议并讲话 ATTENDED
  and SPOKE_AT; the 、-list 出席会议 ATTENDED. The bodies whose officials 作交流发言 are actors (required, set P's video
  work meeting and set M's forum): 教育部, 中央编办, 国家发展改革委, 财政部, 北京师范大学; the three provinces and
  cities among them are localities (optional). The quoted “国优计划” (a named programme whose schools attend) is
  required; “两个确立” and the other formulas optional.
- Hearing a work report where the text names the event (出席汇报会, 参加汇报会) is a meeting held: 汇报会, with the
  headline's 海南自由贸易港建设工作汇报 as a variant; the reporters' 作了汇报 SPOKE_AT (set Q's 作的…汇报), the general
  secretary's 发表重要讲话 after it SPOKE_AT (he 听取, no 主持 written: no PRESIDED), 出席汇报会 and 参加汇报会
  ATTENDED. 海南自由贸易港 is a zone (optional) and its plan's 总体方案 no document (no 《》); 中央八项规定精神学习教育
  required as 八项规定 (as above); the plenum cited (optional).
- A leader's field trip with a meeting he 主持召开 (随后主持召开会议，传达…精神…，研究部署…) holds an unnamed meeting
  (optional name 会议): PRESIDED and, as he 传达 and then 指出 / 强调, SPOKE_AT; the instructions relayed give 习近平
  and 李强 no role. The 有关部门 he leads and the places visited are generic or sites (optional).
- The outlet of the source line (央视, 央视网, 新闻联播) is optional; no item has a byline.
Every body that is the organization of a gold position is an acceptable organization (as in the wide set).

Scored blind (kg at a0f5005, the rules of main's 0ac0ed1, LAC): macro 0.936 — person .978 (P .957: 马克思 of
马克思主义者 and 陆海 of 坚持陆海统筹 read as persons), position .990 (R .981: 李在明总统 after a name in a call article
naming three states), position with organization 1.0, meeting role .793 (P .958, R .676: the three calls of
20250904_10 not found — the summit the guest came for, 会见来华出席…峰会的…, counted as a meeting the article names,
and 赵乐际 ATTENDED it —, so four SPOKE_AT lost; the 汇报会 of 20251106_01 not found, five roles lost; the meeting
张国清 主持召开会议 not found, two roles lost), meeting .857 (the 汇报会), organization 1.0, initiative 1.0, document
1.0.
Correction after the blind scoring, a plain omission: 马克思, named only inside the doctrine's word 马克思主义者, is an
optional person (the wide set's convention for a name inside the name of a doctrine). With it the blind macro is
0.938 (person .989, P .978).
"Now" (the general fixes made after the blind scoring, each checked over ../shared/corpus: relations +37 −2, entities
+12 −10): macro 0.993 — person 1.0, position .990, position with organization 1.0, meeting role .970 (P 1.0, R .941),
meeting 1.0, organization 1.0, initiative 1.0, document 1.0. Left: 张国清's 随后主持召开会议 (an unnamed 会议 held, in
one text of the corpus only, so no rule) and 李在明总统 (a title after the name in an article naming three states).
Four later fixes seen on calls of the corpus (known_name.v1 for transliterated names, call_meeting.v1 past a meeting
named after the lead, attended.v1 none in a speech, said_at_call.v1 after an appraisal clause) and no place where a
person is kept changed none of this set's figures: relations +15 −5, places −6 over the corpus.
"""

# the held-out sets' layout and helpers, and the national items' conventions
from make_heldout import OUTLET, PB, PBM, PSC, STATE, XI_TOP, P, _write, roles, with_position_bodies

SET_T: dict[str, dict] = {}


# 20250904_10: the NPC chairman's calls on three guests (会见, unnamed events held): on the 3rd the president of
# Tajikistan, on the 4th 分别 the president of Serbia and the speaker of Korea's national assembly; host and guests
# 表示 (SPOKE_AT); 习近平主席 and 李在明总统 named with titles after the name.
SET_T["20250904_10"] = dict(
    persons=["赵乐际", "拉赫蒙", "习近平", "武契奇", "禹元植", "李在明"],
    positions=[
        P("赵乐际", "全国人大常委会委员长", "全国人大常委会"),
        P("拉赫蒙", "总统"),
        P("习近平", "主席"),
        P("武契奇", "总统"),
        P("禹元植", "议长", "韩国国会"),
        P("李在明", "总统"),
    ],
    meeting_roles=roles("SPOKE_AT", "赵乐际", "拉赫蒙", "武契奇", "禹元植"),
    meetings=[],
    optional_meetings=[
        "会见",
        "会晤",
        "2025年上海合作组织峰会",
        "上海合作组织峰会",
        "纪念中国人民抗日战争暨世界反法西斯战争胜利80周年活动",
        "纪念活动",
        "阅兵",
        "通话",
    ],
    organizations=[],
    optional_orgs=[
        *OUTLET,
        *STATE,
        "中国全国人大",
        "塔议会",
        "塔吉克斯坦议会",
        "韩国国会",
        "上海合作组织",
        "塔吉克斯坦",
        "塞尔维亚",
        "韩国",
        "中方",
        "塔方",
        "塞方",
        "韩方",
        "立法机构",
    ],
    initiatives=[],
    optional_initiatives=[
        "一带一路",
        "全球治理倡议",
        "人类命运共同体",
        "中塔命运共同体",
        "新时代命运共同体",
        "9·3",
        "新时代全面战略合作伙伴关系",
        "战略合作伙伴关系",
    ],
    documents=[],
    reporters=[],
)

# 20240722_05: the premier's 调研 in Tianjin: sites, a company's briefing and a district's work report heard on the
# tour (no meeting, no role: see the module docstring); 陈敏尔、吴政隆参加调研 no role; 习近平总书记 named twice.
SET_T["20240722_05"] = dict(
    persons=["李强", "习近平", "陈敏尔", "吴政隆"],
    positions=[
        P("李强", PSC, PB),
        P("李强", "国务院总理", "国务院"),
        P("习近平", "总书记"),
    ],
    meeting_roles=[],
    meetings=[],
    optional_meetings=[
        "工作汇报",
        "汇报",
        "汇报会",
        "党的二十届三中全会",
        "二十届三中全会",
        "三中全会",
        "全会",
    ],
    organizations=[],
    optional_orgs=[
        *OUTLET,
        *STATE,
        "天开高教科创园",
        "天开高教科创园核心区",
        "科创园",
        "奥的斯电梯（中国）有限公司",
        "奥的斯电梯(中国)有限公司",
        "奥的斯电梯",
        "天津宏信建发租赁有限公司",
        "宏信建发",
        "滨海新区",
        "天津市滨海新区",
        "天津",
        "天津市",
        "自贸试验区",
        "科技金融机构",
        "创业公司",
        "科技型中小企业",
    ],
    initiatives=[],
    optional_initiatives=[
        "新质生产力",
        "大规模设备更新",
        "京津冀协同发展",
        "港产城融合发展",
        "高水平对外开放",
        "进一步全面深化改革",
        "自贸试验区改革",
        "人工智能",
    ],
    documents=[],
    reporters=[],
)

# 20260611_03: a State Council executive meeting: the premier presides (主持召开); 会议指出 gives no role; three
# documents in 《》; the science conference cited.
SET_T["20260611_03"] = dict(
    persons=["李强", "习近平"],
    positions=[P("李强", "国务院总理", "国务院"), P("习近平", "总书记")],
    meeting_roles=roles("PRESIDED", "李强"),
    meetings=[["国务院常务会议"]],
    optional_meetings=["全国科技大会"],
    organizations=[],
    optional_orgs=[*OUTLET, *STATE, "被审计单位", "主管部门"],
    initiatives=[],
    optional_initiatives=[
        "十五五",
        "组合拳",
        "美丽中国",
        "美丽中国建设",
        "科技强国",
        "教育强国",
        "中国式现代化",
        "蓝天、碧水、净土保卫战",
        "国家重大科技任务",
        "审计整改",
        "财税体制改革",
        "国家战略科技力量",
        "素质教育",
    ],
    documents=[
        "教育发展“十五五”规划",
        "美丽中国建设“十五五”规划",
        "中华人民共和国道路交通安全法（修订草案）",
    ],
    reporters=[],
)

# 20251104_09: four members of the central lecture group lecture (作宣讲报告, 宣讲…精神: SPOKE_AT at unnamed lectures,
# set N and R); their later talks in communities add nothing; each member's party and ministry posts; 《建议》 a
# document; the plenum cited.
SET_T["20251104_09"] = dict(
    persons=["尹力", "李书磊", "蓝佛安", "孙金龙", "习近平"],
    positions=[
        P("尹力", "成员", "中央宣讲团"),
        P("尹力", PBM, PB),
        P("尹力", "北京市委书记", "北京市委"),
        P("李书磊", "成员", "中央宣讲团"),
        P("李书磊", PBM, PB),
        P("李书磊", "中宣部部长", "中宣部"),
        P("蓝佛安", "成员", "中央宣讲团"),
        P("蓝佛安", "党组书记", "财政部党组"),
        P("蓝佛安", "部长", "财政部"),
        P("孙金龙", "成员", "中央宣讲团"),
        P("孙金龙", "党组书记", "生态环境部党组"),
        P("孙金龙", "副部长", "生态环境部"),
        P("习近平", "总书记"),
    ],
    meeting_roles=roles("SPOKE_AT", "尹力", "李书磊", "蓝佛安", "孙金龙"),
    meetings=[],
    optional_meetings=[
        "宣讲报告",
        "宣讲",
        "宣讲会",
        "宣讲报告会",
        "党的二十届四中全会",
        "二十届四中全会",
        "四中全会",
        "全会",
    ],
    organizations=[["中央宣讲团", "学习贯彻党的二十届四中全会精神中央宣讲团"]],
    optional_orgs=[
        *OUTLET,
        *STATE,
        "中宣部",
        "中央宣传部",
        "北京市委",
        "中共北京市委",
        "财政部",
        "生态环境部",
        "北京",
        "河北",
        "宁夏回族自治区",
        "宁夏",
        "石家庄市新华区星河御城社区",
        "星河御城社区",
        "石家庄市",
        "新华区",
        "闽宁镇",
        "城市副中心",
        "社区",
    ],
    initiatives=[],
    optional_initiatives=["十五五", "十四五", "新发展格局", "高质量发展"],
    documents=["建议"],
    reporters=[],
)

# 20250613_01: the party centre's commemorative 座谈会 for 陈云's 120th birthday (set O's for 乔石): the general
# secretary speaks, 赵乐际 presides and speaks (主持座谈会时说), five Standing Committee members attend under one shared
# title, four titled speakers 先后发言; 陈云, 毛泽东 and 邓小平 persons; 中央八项规定 required; the plenums cited.
_t0613_attended = ["李强", "王沪宁", "蔡奇", "丁薛祥", "李希"]
_t0613_speakers = ["曲青山", "刘奇", "王志军", "龚正"]
SET_T["20250613_01"] = dict(
    persons=["习近平", "陈云", "赵乐际", *_t0613_attended, *_t0613_speakers, "毛泽东", "邓小平"],
    optional_persons=["马克思"],
    positions=[
        *XI_TOP,
        *[P(p, PSC, PB) for p in _t0613_attended],
        P("赵乐际", PSC, PB),
        P("曲青山", "中央党史和文献研究院院长", "中央党史和文献研究院"),
        P("刘奇", "全国人大常委会秘书长", "全国人大常委会"),
        P("王志军", "国务院副秘书长", "国务院"),
        P("龚正", "上海市市长", "上海市人民政府"),
    ],
    meeting_roles=roles("PRESIDED", "赵乐际")
    + roles("SPOKE_AT", "习近平", "赵乐际", *_t0613_speakers)
    + roles("ATTENDED", *_t0613_attended),
    meetings=[
        [
            "纪念陈云同志诞辰120周年座谈会",
            "陈云同志诞辰120周年座谈会",
            "诞辰120周年座谈会",
            "座谈会",
        ]
    ],
    optional_meetings=[
        "党的二十大",
        "二十大",
        "二十届二中、三中全会",
        "二中、三中全会",
        "三中全会",
        "二中全会",
    ],
    organizations=[],
    optional_orgs=[
        *OUTLET,
        *STATE,
        "中国共产党",
        "中央书记处",
        "中共中央书记处",
        "中央党史和文献研究院",
        "上海市",
        "上海市人民政府",
        "上海市政府",
        "北京市",
        "人民大会堂",
        "中央党政军群有关部门",
        "全党",
    ],
    initiatives=["八项规定"],
    optional_initiatives=[
        "十五字诀",
        "不唯上、不唯书、只唯实，交换、比较、反复",
        "中国式现代化",
        "中国特色社会主义",
        "新发展理念",
        "新发展格局",
        "全面从严治党",
        "进一步全面深化改革",
        "高质量发展",
        "群众路线",
        "强国建设、民族复兴",
    ],
    documents=[],
    reporters=[],
)

# 20260722_01: the national basic-education work conference: the general secretary's instruction relayed (no role),
# the vice-premier attends and speaks, four leaders 出席会议, eight bodies' officials 作交流发言 (their bodies actors);
# “国优计划” a named programme.
SET_T["20260722_01"] = dict(
    persons=["习近平", "丁薛祥", "石泰峰", "李书磊", "王小洪", "吴政隆"],
    positions=[*XI_TOP, P("丁薛祥", PSC, PB), P("丁薛祥", "国务院副总理", "国务院")],
    meeting_roles=roles("ATTENDED", "丁薛祥", "石泰峰", "李书磊", "王小洪", "吴政隆") + roles("SPOKE_AT", "丁薛祥"),
    meetings=[["全国基础教育工作会议"]],
    optional_meetings=["党的十八大", "十八大"],
    organizations=[
        ["教育部"],
        ["中央编办", "中央机构编制委员会办公室"],
        ["国家发展改革委", "国家发展和改革委员会", "国家发改委"],
        ["财政部"],
        ["北京师范大学"],
    ],
    optional_orgs=[
        *OUTLET,
        *STATE,
        "北京市",
        "湖北省",
        "甘肃省",
        "新疆生产建设兵团",
        "中央和国家机关有关部门",
        "有关人民团体",
        "中央军委机关有关部门",
        "教育部直属师范大学",
        "各级党委和政府",
        "各地区各有关部门",
    ],
    initiatives=["国优计划"],
    optional_initiatives=[
        "两个确立",
        "四个意识",
        "四个自信",
        "两个维护",
        "立德树人",
        "五育并举",
        "五育融合",
        "健康第一",
        "教育家精神",
        "教育强国",
        "新时代中国特色社会主义思想",
        "钉钉子精神",
        "扩优提质",
    ],
    documents=[],
    reporters=[],
)

# 20251106_01: the general secretary hears the Hainan free-trade port's work report (汇报会, a meeting held): two
# reporters 作了汇报, his 发表重要讲话 after, 蔡奇 出席 and 何立峰 参加 the 汇报会; 中央八项规定 required; the plenum
# cited.
SET_T["20251106_01"] = dict(
    persons=["习近平", "郑栅洁", "冯飞", "蔡奇", "何立峰"],
    positions=[
        *XI_TOP,
        P("郑栅洁", "国家发展改革委主任", "国家发展改革委"),
        P("冯飞", "海南省委书记", "海南省委"),
        P("蔡奇", PSC, PB),
        P("蔡奇", "中央办公厅主任", "中央办公厅"),
    ],
    meeting_roles=roles("SPOKE_AT", "习近平", "郑栅洁", "冯飞") + roles("ATTENDED", "蔡奇", "何立峰"),
    meetings=[["海南自由贸易港建设工作汇报会", "海南自由贸易港建设工作汇报", "汇报会"]],
    optional_meetings=["党的二十届四中全会", "二十届四中全会", "四中全会"],
    organizations=[],
    optional_orgs=[
        *OUTLET,
        *STATE,
        "国家发展和改革委员会",
        "国家发改委",
        "中共海南省委",
        "中共中央办公厅",
        "海南省",
        "海南",
        "三亚市",
        "海南省三亚市",
        "海南自由贸易港",
        "中央和国家机关有关部门",
        "各级各有关方面",
    ],
    initiatives=["八项规定"],
    optional_initiatives=[
        "海南自由贸易港",
        "海南自由贸易港建设",
        "全岛封关",
        "十五五",
        "三区一中心",
        "海鸥",
        "一带一路",
        "国家生态文明试验区",
        "不敢腐、不能腐、不想腐",
        "全面从严治党",
        "新发展格局",
        "新质生产力",
        "共同富裕",
        "制度型开放",
        "粤港澳大湾区",
        "京津冀",
        "长三角",
        "长江经济带",
    ],
    documents=[],
    reporters=[],
)

# 20250108_02: a vice-premier's trip to the Tibet earthquake zone: visits (no role), then a meeting he 主持召开
# (unnamed, optional name) where he 传达 the instructions and 指出 / 强调 (PRESIDED, SPOKE_AT); 李强总理 a post.
SET_T["20250108_02"] = dict(
    persons=["张国清", "习近平", "李强"],
    positions=[
        P("张国清", PBM, PB),
        P("张国清", "国务院副总理", "国务院"),
        P("习近平", "总书记"),
        P("李强", "总理", "国务院"),
    ],
    meeting_roles=roles("PRESIDED", "张国清") + roles("SPOKE_AT", "张国清"),
    meetings=[],
    optional_meetings=["会议"],
    organizations=[],
    optional_orgs=[
        *OUTLET,
        *STATE,
        "有关部门",
        "相关部门",
        "西藏",
        "西藏自治区",
        "日喀则",
        "日喀则市",
        "定日县",
        "定日县长所乡",
        "长所乡",
        "各有关方面",
    ],
    initiatives=[],
    optional_initiatives=["两个至上"],
    documents=[],
    reporters=[],
)


if __name__ == "__main__":
    _write("blind_t.jsonl", with_position_bodies(SET_T))
