"""Blind set M for texts/{20240626_08,20250718_02,20230520_04,20231103_04,20250326_02,20260114_04,20240705_10,
20260301_03}.txt: eight national news items of ../shared/corpus/xwlb (央视《新闻联播》文字稿) none of the other sets
used, of the genres national leaders' talks, CPPCC meetings, launch ceremonies, State Council meetings and
inspection tours — the NPC chairman's talk with deputies sitting in on a standing committee session, the national
CPPCC's half-year economic forum, a vice-premier at the launch ceremony of the national science week, a State
Council executive meeting with two draft laws, a CPPCC chairmen's meeting that revokes three members' seats, the
CPPCC party group's meeting relaying a CCDI plenum, a vice-premier's inspection tour of Tianjin with a talk, and the
opening of a CPPCC standing committee session. Each file is whole (title, date and source lines, then the text).
Annotated by hand from the texts, before kg was run on them, with the conventions of ../shared/gold/README.md and
../shared/gold/wide/README.md. Run to rewrite blind_m.jsonl.

Decisions for cases those conventions do not show (and the earlier sets' choices followed):
- 中共中央政治局常委 / 中共中央政治局委员 before a name are posts of 中共中央政治局 (as sets A and C); 全国政协副主席兼
  秘书长 gives two posts of 全国政协 (as the wide set's w11); 习近平总书记 is a person with the post 总书记
  (organization null), a name only inside a doctrine's or a book's name (习近平经济思想, 《习近平经济文选》) is
  optional (as w39 and set C).
- A 座谈会 with a presider that is the item's event but has no name (赵乐际同…代表座谈交流; 座谈会上; 李鸿忠主持
  座谈会) is an unnamed meeting held (optional name, as the unnamed talks of sets E, F, I and J) and its roles count:
  who 强调 / 说 / 指出 there is SPOKE_AT; 同…座谈交流 itself gives no role (set I). The session the deputies sit in
  on (列席…第十次会议的代表) is only cited (optional).
- A launch ceremony (启动式, 启动式活动) is an event held, as set D's 开幕式 and set F's 开学典礼: 出席启动式 is
  ATTENDED, 宣布…启动 SPOKE_AT (as set H's 宣布大会开幕); leaders who come to the site with the guest and watch the
  programme there before the launch (与…来到活动现场，一起观看…) attend it (ATTENDED). What the guest says in the
  exhibition he visits after the ceremony is said on a visit (no role, as set J). The national science week and the
  city's (全国科技活动周, 北京科技周), named campaigns run each year, are initiatives (unquoted, as 巾帼创业行动);
  their quoted theme is a slogan (optional).
- A mechanism or system named only as a task to improve (要完善国境卫生检疫联防联控机制, 完善科教协同育人机制) is
  optional, unlike set J's 常态化驻村工作机制, the subject of its feature; a national programme named as a topic
  (实施城市更新行动) is required, as set E's 千亿斤粮食产能提升行动; 八项规定 is required (as the wide set and set E)
  and so is a campaign named in full (党纪学习教育), while the bare 主题教育 stays optional (as set C); plan names
  (“十四五”, “十五五”), quoted formulas (“两个确立”) and doctrines are optional.
- 撤销X…委员资格的决定 (a decision revoking a member's seat) is that seat removed: 委员 of 全国政协, status removed
  (as a post being removed; set C's 20240626_10 gives the body as 全国政协 too).
- A CPPCC standing committee session's 开幕会 is its opening sitting, not a meeting of its own (optional name, as set
  C's 开幕式 and 闭幕会): 出席开幕会 is ATTENDED and 主持开幕会 PRESIDED at the session; the session it decides to
  convene (关于召开…第四次会议的决定) and sessions named inside report titles are cited (optional); 全国政协主席会议
  whose report is heard acts as a body (optional meeting and body). X等分别就有关议题作报告和说明 is SPOKE_AT for
  the named X (as set C's 王东峰等就有关议题作了说明).
- Bodies named as actors are required: the committees whose work reports the session hears (as set C's 全国人大宪法和
  法律委员会 whose report is voted on) and the bodies whose officials brief a forum (国家统计局、全国工商联负责同志介绍
  有关情况); the national party, state and CPPCC bodies named in titles or as hosts (全国政协, 全国人大常委会,
  中共全国政协党组, as set B's 省政府党组 and set I's 市政府黨組) are optional, as a locality's are.
- A party group's meeting (中共全国政协党组…召开会议) is a meeting named after the party group (as set B's
  省政府党组会议 and set I's 市政府黨組會議); the plenum and the Politburo meeting whose speeches it relays are
  cited (optional).
- On an inspection tour (调研), the companies, institutes and the tax office visited are sites visited (optional, as
  in w19 and set J, not as set C's 20231015_03); a talk held there (在…，X与…负责人座谈交流。他表示…) is an unnamed
  meeting (optional) and X's remarks in it SPOKE_AT (as set F's 在座谈中表示 and set J's 座谈交流); 参加有关调研 gives
  no role.
- The outlet of the source line (央视, 央视网, 新闻联播) is optional; no item has a byline.
Every body that is the organization of a gold position is an acceptable organization (as in the wide set).

Scored blind (kg at 2818934, LAC): macro 0.794 — person .980 (P .962: 周暨, a name glued to 暨), position .958
(P 1.0, R .919: the three revoked seats), meeting role .811 (P .938, R .714: none at the 启动式, none for
王东峰等分别就…作报告 or 座谈交流。他表示; 赵乐际 ATTENDED for 同…座谈交流), meeting .909 (the 启动式 missed, none
false), organization .533 (P 1.0, R .364: seven of the nine committees of one 、-list missed), initiative .571 (P 1.0,
R .4: 全国科技活动周, 北京科技周, 党纪学习教育 missed), document 1.0, position with organization .935 (中央宣传部部长
filed under 中宣部).
"""

# the held-out sets' layout and helpers, and the national items' conventions
from make_heldout import OUTLET, P, _write, roles, with_position_bodies

SET_M: dict[str, dict] = {}


# 20240626_08: the NPC chairman talks with the deputies sitting in on a standing committee session (an unnamed 座谈会,
# presided by 李鸿忠, who has no title in the item); his remarks there are SPOKE_AT; 习近平 only in a doctrine's name.
SET_M["20240626_08"] = dict(
    persons=["赵乐际", "李鸿忠"],
    optional_persons=["习近平"],
    positions=[
        P("赵乐际", "中共中央政治局常委", "中共中央政治局"),
        P("赵乐际", "全国人大常委会委员长", "全国人大常委会"),
    ],
    meeting_roles=roles("SPOKE_AT", "赵乐际") + roles("PRESIDED", "李鸿忠"),
    meetings=[],
    optional_meetings=[
        "座谈会",
        "座谈",
        "座谈交流",
        "十四届全国人大常委会第十次会议",
        "全国人大常委会第十次会议",
        "第十次会议",
        "全国人大常委会会议",
    ],
    organizations=[],
    optional_orgs=[*OUTLET, "全国人大", "人大常委会", "人大机关", "党中央", "中共中央", "十四届全国人大常委会"],
    initiatives=[],
    optional_initiatives=["习近平新时代中国特色社会主义思想"],
    documents=[],
    reporters=[],
)

# 20250718_02: the national CPPCC holds its half-year economic forum; its chairman attends and speaks (出席并讲话,
# 表示), a vice-chairman presides; two bodies' officials brief it (required bodies, no person); 习近平 only in a
# doctrine's and a book's name; the book in 《》 is a document; a national programme among the members' topics.
SET_M["20250718_02"] = dict(
    persons=["王沪宁", "王勇"],
    optional_persons=["习近平"],
    positions=[
        P("王沪宁", "中共中央政治局常委", "中共中央政治局"),
        P("王沪宁", "全国政协主席", "全国政协"),
        P("王勇", "全国政协副主席", "全国政协"),
    ],
    meeting_roles=roles("ATTENDED", "王沪宁") + roles("SPOKE_AT", "王沪宁") + roles("PRESIDED", "王勇"),
    meetings=[
        [
            "2025年上半年宏观经济形势分析座谈会",
            "上半年宏观经济形势分析座谈会",
            "宏观经济形势分析座谈会",
            "全国政协2025年上半年宏观经济形势分析座谈会",
        ]
    ],
    optional_meetings=[],
    organizations=[["国家统计局"], ["全国工商联", "中华全国工商业联合会"]],
    optional_orgs=[
        *OUTLET,
        "全国政协",
        "人民政协",
        "中共中央",
        "有关部门",
        "有关部门和单位",
        "政协",
        "中共中央政治局",
    ],
    initiatives=["城市更新行动"],
    optional_initiatives=[
        "习近平经济思想",
        "十五五",
        "十四五",
        "新质生产力",
        "中国经济光明论",
        "全国统一大市场",
        "共同富裕",
        "扩大内需",
    ],
    documents=["习近平经济文选"],
    reporters=[],
)

# 20230520_04: a vice-premier at the launch ceremony of the national science week and Beijing's (an event held: see
# the module docstring); two Politburo members come to the site with him (ATTENDED); he 宣布…启动 (SPOKE_AT); he then
# visits the exhibition (no role); 习近平总书记 in his remarks; the week's quoted theme is a slogan.
SET_M["20230520_04"] = dict(
    persons=["丁薛祥", "尹力", "李书磊", "习近平"],
    positions=[
        P("丁薛祥", "中共中央政治局常委", "中共中央政治局"),
        P("丁薛祥", "国务院副总理", "国务院"),
        P("尹力", "中共中央政治局委员", "中共中央政治局"),
        P("尹力", "北京市委书记", "北京市委"),
        P("李书磊", "中共中央政治局委员", "中共中央政治局"),
        P("李书磊", "中央宣传部部长", "中央宣传部"),
        P("习近平", "总书记"),
    ],
    meeting_roles=roles("ATTENDED", "丁薛祥", "尹力", "李书磊") + roles("SPOKE_AT", "丁薛祥"),
    meetings=[
        [
            "2023年全国科技活动周暨北京科技周启动式",
            "全国科技活动周暨北京科技周启动式",
            "2023年全国科技活动周暨北京科技周启动式活动",
            "全国科技活动周暨北京科技周启动式活动",
            "启动式",
        ]
    ],
    optional_meetings=[],
    organizations=[],
    optional_orgs=[
        *OUTLET,
        "中央宣传部",
        "中宣部",
        "北京市委",
        "中共北京市委",
        "国务院",
        "中共中央政治局",
        "中央和国家机关",
        "中央和国家机关有关部门",
        "北京市",
        "北京市通州区",
        "通州区",
        "绿心公园",
        "北京市通州区绿心公园",
        "绿心公园城市绿心活力汇",
        "城市绿心活力汇",
    ],
    initiatives=["全国科技活动周", "北京科技周"],
    optional_initiatives=["热爱科学 崇尚科学", "热爱科学", "崇尚科学", "双碳", "大科普"],
    documents=[],
    reporters=[],
)

# 20231103_04: a State Council executive meeting presided by the premier; a draft law discussed and a draft
# regulation passed (two 《》 titles, one twice); the NPC standing committee is only where the draft goes; the tasks
# name mechanisms and systems to improve (optional).
SET_M["20231103_04"] = dict(
    persons=["李强"],
    positions=[P("李强", "国务院总理", "国务院")],
    meeting_roles=roles("PRESIDED", "李强"),
    meetings=[["国务院常务会议"]],
    optional_meetings=[],
    organizations=[],
    optional_orgs=[*OUTLET, "国务院", "全国人大常委会", "党中央"],
    initiatives=[],
    optional_initiatives=[
        "国境卫生检疫联防联控机制",
        "国境卫生检疫工作机制",
        "口岸传染病防控体系",
        "专利申请和审查制度",
        "知识产权普法宣传活动",
    ],
    documents=["中华人民共和国国境卫生检疫法（修订草案）", "中华人民共和国专利法实施细则（修正草案）"],
    reporters=[],
)

# 20250326_02: a CPPCC chairmen's meeting presided by the chairman, who speaks (主持并讲话, 表示); three
# vice-chairmen speak (作发言); a decision revokes three members' seats (removed: see the module docstring); two
# 《》 titles; the session it reports to is cited; 习近平总书记 in the remarks; campaigns and formulas.
SET_M["20250326_02"] = dict(
    persons=["王沪宁", "习近平", "唐勇", "党彦宝", "李民吉", "周强", "巴特尔", "高云龙"],
    positions=[
        P("王沪宁", "中共中央政治局常委", "中共中央政治局"),
        P("王沪宁", "全国政协主席", "全国政协"),
        P("习近平", "总书记"),
        P("唐勇", "委员", "全国政协", "removed"),
        P("党彦宝", "委员", "全国政协", "removed"),
        P("李民吉", "委员", "全国政协", "removed"),
        P("周强", "全国政协副主席", "全国政协"),
        P("巴特尔", "全国政协副主席", "全国政协"),
        P("高云龙", "全国政协副主席", "全国政协"),
    ],
    meeting_roles=roles("PRESIDED", "王沪宁") + roles("SPOKE_AT", "王沪宁", "周强", "巴特尔", "高云龙"),
    meetings=[
        [
            "政协第十四届全国委员会第三十四次主席会议",
            "第三十四次主席会议",
            "全国政协主席会议",
            "全国政协第三十四次主席会议",
            "十四届全国政协第三十四次主席会议",
        ]
    ],
    optional_meetings=[
        "全国政协十四届常委会第十二次会议",
        "政协十四届常委会第十二次会议",
        "常委会第十二次会议",
        "全国政协十四届三次会议",
        "全国两会",
        "两会",
    ],
    organizations=[],
    optional_orgs=[
        *OUTLET,
        "全国政协",
        "政协第十四届全国委员会",
        "中国人民政治协商会议全国委员会",
        "政协",
        "中共中央",
        "中共中央政治局",
        "全国政协十四届常委会",
        "中央",
    ],
    initiatives=["八项规定", "党纪学习教育"],
    optional_initiatives=[
        "两个确立",
        "两个维护",
        "十四五",
        "十五五",
        "平安中国",
        "总体国家安全观",
        "主题教育",
        "全面从严治党",
    ],
    documents=["全国政协十四届三次会议重点提案选题和督办方式", "中国人民政治协商会议全国委员会委员视察考察工作条例"],
    reporters=[],
)

# 20260114_04: the CPPCC's party group meets (a party group's meeting: see the module docstring) to relay a CCDI
# plenum and a Politburo standing committee meeting (cited); its secretary presides and speaks (主持并讲话);
# 习近平总书记 named, and in 以习近平同志为核心的党中央.
SET_M["20260114_04"] = dict(
    persons=["王沪宁", "习近平"],
    positions=[
        P("王沪宁", "中共中央政治局常委", "中共中央政治局"),
        P("王沪宁", "全国政协主席", "全国政协"),
        P("王沪宁", "党组书记", "中共全国政协党组"),
        P("习近平", "总书记"),
    ],
    meeting_roles=roles("PRESIDED", "王沪宁") + roles("SPOKE_AT", "王沪宁"),
    meetings=[["中共全国政协党组会议", "全国政协党组会议", "党组会议"]],
    optional_meetings=[
        "二十届中央纪委五次全会",
        "中央纪委五次全会",
        "全会",
        "中央政治局常委会会议",
        "中央政治局常委会",
    ],
    organizations=[],
    optional_orgs=[
        *OUTLET,
        "中共全国政协党组",
        "全国政协党组",
        "全国政协",
        "中共中央政治局",
        "中央纪委",
        "二十届中央纪委",
        "中央政治局常委会",
        "党中央",
        "机关党组",
        "全国政协机关党组",
        "各专门委员会分党组",
        "专门委员会分党组",
        "政协",
    ],
    initiatives=[],
    optional_initiatives=["十五五", "全面从严治党", "反腐败斗争", "党的自我革命", "自我革命"],
    documents=[],
    reporters=[],
)

# 20240705_10: a vice-premier's inspection tour of Tianjin (visits: no meeting, no role); a talk held in a science
# park (unnamed meeting, optional) where he 表示 (SPOKE_AT); the sites visited are optional; the Tianjin secretary
# 参加有关调研 (no role); the national conference whose 精神 he relays is cited.
SET_M["20240705_10"] = dict(
    persons=["丁薛祥", "陈敏尔", "习近平"],
    positions=[
        P("丁薛祥", "中共中央政治局常委", "中共中央政治局"),
        P("丁薛祥", "国务院副总理", "国务院"),
        P("陈敏尔", "中共中央政治局委员", "中共中央政治局"),
        P("陈敏尔", "天津市委书记", "天津市委"),
        P("习近平", "总书记"),
    ],
    meeting_roles=roles("SPOKE_AT", "丁薛祥"),
    meetings=[],
    optional_meetings=["座谈交流", "座谈", "座谈会", "全国科技大会", "大会"],
    organizations=[],
    optional_orgs=[
        *OUTLET,
        "国家超级计算天津中心",
        "中国科学院天津工业生物技术研究所",
        "中国科学院",
        "天津大学",
        "中国汽车技术研究中心有限公司",
        "中国汽车技术研究中心",
        "飞腾信息技术有限公司",
        "深之蓝海洋科技股份有限公司",
        "天开高教科创园",
        "国家税务总局天津市河北区税务局",
        "天津市河北区税务局",
        "国家税务总局",
        "创投机构",
        "科创企业",
        "天津",
        "天津市",
        "国务院",
        "中共中央政治局",
    ],
    initiatives=[],
    optional_initiatives=[
        "十年磨一剑",
        "新型举国体制",
        "科教协同育人机制",
        "科学家精神",
        "新质生产力",
        "税费优惠政策",
    ],
    documents=[],
    reporters=[],
)

# 20260301_03: a CPPCC standing committee session opens (its 开幕会: see the module docstring); the chairman attends
# it, a vice-chairman presides, the vice-chairman and secretary-general reports (等分别就…作报告和说明); the nine
# special committees whose work reports it hears are required bodies; the session it decides to convene is cited.
_p03_committees = [
    ["政协第十四届全国委员会经济委员会", "全国政协经济委员会", "经济委员会"],
    ["农业和农村委员会", "全国政协农业和农村委员会", "政协第十四届全国委员会农业和农村委员会"],
    ["人口资源环境委员会", "全国政协人口资源环境委员会", "政协第十四届全国委员会人口资源环境委员会"],
    ["教科卫体委员会", "全国政协教科卫体委员会", "政协第十四届全国委员会教科卫体委员会"],
    ["社会和法制委员会", "全国政协社会和法制委员会", "政协第十四届全国委员会社会和法制委员会"],
    ["民族和宗教委员会", "全国政协民族和宗教委员会", "政协第十四届全国委员会民族和宗教委员会"],
    ["港澳台侨委员会", "全国政协港澳台侨委员会", "政协第十四届全国委员会港澳台侨委员会"],
    ["外事委员会", "全国政协外事委员会", "政协第十四届全国委员会外事委员会"],
    ["文化文史和学习委员会", "全国政协文化文史和学习委员会", "政协第十四届全国委员会文化文史和学习委员会"],
]
SET_M["20260301_03"] = dict(
    persons=["王沪宁", "石泰峰", "王东峰"],
    positions=[
        P("王沪宁", "中共中央政治局常委", "中共中央政治局"),
        P("王沪宁", "全国政协主席", "全国政协"),
        P("石泰峰", "中共中央政治局委员", "中共中央政治局"),
        P("石泰峰", "全国政协副主席", "全国政协"),
        P("王东峰", "全国政协副主席", "全国政协"),
        P("王东峰", "秘书长", "全国政协"),
    ],
    meeting_roles=roles("ATTENDED", "王沪宁") + roles("PRESIDED", "石泰峰") + roles("SPOKE_AT", "王东峰"),
    meetings=[
        [
            "政协第十四届全国委员会常务委员会第十五次会议",
            "全国政协十四届常委会第十五次会议",
            "政协十四届常委会第十五次会议",
            "常务委员会第十五次会议",
            "常委会第十五次会议",
            "第十五次会议",
        ]
    ],
    optional_meetings=[
        "开幕会",
        "政协第十四届全国委员会第四次会议",
        "全国政协十四届四次会议",
        "政协十四届四次会议",
        "政协十四届三次会议",
        "全国政协主席会议",
    ],
    organizations=_p03_committees,
    optional_orgs=[
        *OUTLET,
        "全国政协",
        "政协第十四届全国委员会",
        "政协第十四届全国委员会常务委员会",
        "政协全国委员会常务委员会",
        "全国政协主席会议",
        "中共中央政治局",
        "政协",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=[],
    reporters=[],
)


if __name__ == "__main__":
    _write("blind_m.jsonl", with_position_bodies(SET_M))
