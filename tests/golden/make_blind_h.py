# ruff: noqa: RUF005  (hand-written annotation tables, laid out like make_blind_f.py)
"""Blind set H for texts/pool_p0{04,05,13,23,28,37,41,56}.txt: eight articles of ../shared/corpus/pool of the
wide set's genres (../shared/gold/wide/README.md), chosen for bodies, meetings, programmes and documents — a county
government's plenary meeting (traditional script), a county campaign's mobilisation meeting with a 《》 work plan,
the national CPPCC session's opening (Xinhua, long leader lists), a district women's congress electing its
federation's chairs (traditional script), a central SOE subsidiary's first party-committee and general manager's
meetings, a city organisation department's training class opening, a ministry's cadre meeting relaying the two
sessions and a county's investment signing ceremony. Each pool file is whole (complete sentences). Annotated by
hand from the texts, before kg was run on them, with the conventions of ../shared/gold/README.md and
../shared/gold/wide/README.md. Run to rewrite blind_h.jsonl.

Decisions for cases those conventions do not show:
- 分别做工作安排 (each sets out the work) is SPOKE_AT, as 部署.
- 在主席台(前排)就座 is ATTENDED; 宣布大会开幕 / 宣布…名单 is SPOKE_AT, as 宣读.
- A post named by its holder's title alone in a group attendance (公司党委书记…出席两次会议, and the text names the
  party secretary) gives that person ATTENDED at each meeting attended.
- Who signs at a signing ceremony (代表县人民政府…签订合作协议) attends it: ATTENDED.
- A place named elsewhere in the text (鎮康, 丹棱县, 筠连县) gives its party committee, government, congress and
  CPPCC as the organization of local posts; department posts (宣传部部长) take the department of that place.
- Departments a company sets up and names as actors (党群工作部推进…) are required bodies; the parent unit's offices
  named only as lending their functions, and functions (党委办公室职能), are optional.
- 当选 is appointed (as set E); each elected post is its own title as written (兼职副主席).
- A body named only inside a title is optional, except mass organisations (妇联) named on their own too.
Every body that is the organization of a gold position is an acceptable organization (as in the wide set).

Scored blind (kg at d5159bd, LAC): macro 0.805 — person .955, position .680, meeting role .556 (P 1.0), meeting .824,
organization .815 (P .917), initiative 1.0, document 1.0, position with organization .680.
"""

from make_heldout import P, _write, roles, with_position_bodies  # the held-out sets' layout and helpers

H: dict[str, dict] = {}

# pool_p004: traditional script; a county head presides over the county government's plenary meeting (第十八屆縣人民
# 政府第四次全體會議) and speaks (強調); the county is named once as 鎮康 only; six officials without titles
# 分別做工作安排 (SPOKE_AT); a list of higher bodies in one 、-run (optional); a quoted attitude (一盤棋, optional).
_p004_spk = ["施金龍", "王立琛", "黎旭", "楊學能", "李天福", "吳浩"]
H["pool_p004"] = dict(
    persons=["張德花"] + _p004_spk,
    positions=[P("張德花", "縣委副書記", "鎮康縣委"), P("張德花", "縣長", "鎮康縣人民政府")],
    meeting_roles=roles("PRESIDED", "張德花") + roles("SPOKE_AT", "張德花", *_p004_spk),
    meetings=[
        [
            "第十八屆縣人民政府第四次全體會議",
            "縣人民政府第四次全體會議",
            "縣政府第四次全體會議",
            "第四次全體會議",
            "鎮康縣人民政府第四次全體會議",
        ]
    ],
    organizations=[],
    optional_orgs=[
        "黨中央",
        "國務院",
        "省委",
        "省政府",
        "市委",
        "市政府",
        "縣委",
        "縣人民政府",
        "縣政府",
        "第十八屆縣人民政府",
        "全縣各級各部門",
        "鎮康",
        "鎮康縣",
        "政府系統",
    ],
    initiatives=[],
    optional_initiatives=["一盤棋"],
    documents=[],
    reporters=[],
)

# pool_p005: a county campaign's mobilisation meeting (城乡环境整治“百日攻坚行动”动员会) in the headline and the
# dateline sentence; the county head 出席会议并讲话 (ATTENDED, SPOKE_AT) and speaks on (指出, 强调); three officials
# with titles before the names 参加会议; towns and bureaus 作了表态发言 (bureaus are required bodies, towns are
# places); a cited mobilisation meeting (optional); the campaign quoted with and without 行动 (required) and its
# 《》 work plan with a quote inside; quoted slogans (optional).
H["pool_p005"] = dict(
    persons=["黄秀航", "吴永枢", "伍艳霞", "余鹏"],
    positions=[
        P("黄秀航", "县委副书记", "丹棱县委"),
        P("黄秀航", "县长", "丹棱县人民政府"),
        P("吴永枢", "县委常委", "丹棱县委"),
        P("吴永枢", "宣传部部长", "丹棱县委宣传部"),
        P("伍艳霞", "副县长", "丹棱县人民政府"),
        P("余鹏", "副县长", "丹棱县人民政府"),
    ],
    meeting_roles=roles("ATTENDED", "黄秀航", "吴永枢", "伍艳霞", "余鹏") + roles("SPOKE_AT", "黄秀航"),
    meetings=[
        [
            "丹棱县城乡环境整治“百日攻坚行动”动员会",
            "城乡环境整治“百日攻坚行动”动员会",
            "全县城乡环境整治“百日攻坚行动”动员会",
            "“百日攻坚行动”动员会",
        ]
    ],
    optional_meetings=[
        "全县创建国家生态文明建设示范县暨迎接省级生态环境保护例行督察动员大会",
        "创建国家生态文明建设示范县暨迎接省级生态环境保护例行督察动员大会",
        "动员大会",
    ],
    organizations=[
        ["县住建局", "丹棱县住建局", "住建局"],
        ["县农业农村局", "丹棱县农业农村局", "农业农村局"],
        ["县民政局", "丹棱县民政局", "民政局"],
    ],
    optional_orgs=[
        "丹棱县",
        "丹棱",
        "县委",
        "县政府",
        "县委宣传部",
        "宣传部",
        "齐乐镇",
        "仁美镇",
        "杨场镇",
        "各乡镇",
        "各牵头单位",
        "县级有关部门",
        "乡镇",
    ],
    initiatives=["百日攻坚"],
    optional_initiatives=[
        "四好",
        "四好农村路",
        "大雅家园•幸福丹棱",
        "大雅家园",
        "不战则已、战则必胜",
        "国家生态文明建设示范县",
        "城乡环境整治",
        "农村人居环境整治",
    ],
    documents=["丹棱县城乡环境整治“百日攻坚”行动工作方案"],
    reporters=[],
)

# pool_p013: Xinhua; the national CPPCC session opens: its chairman and 24 vice-chairmen (one 、-run under one shared
# title, two names with ·) 在主席台前排就座 and eight leaders under the label 党和国家领导人 (no post) 在主席台就座
# (all ATTENDED); a vice-chairman 宣布大会开幕 (SPOKE_AT); the chairman reports on behalf of the standing committee
# (SPOKE_AT); the session named in full and short (全国政协十一届四次会议); the national CPPCC and its standing
# committee are optional (as a locality's CPPCC); a quoted plan name (十二五, optional).
_p013_vice = [
    "王刚",
    "廖晖",
    "杜青林",
    "帕巴拉·格列朗杰",
    "白立忱",
    "陈奎元",
    "阿不来提·阿不都热西提",
    "李兆焯",
    "黄孟复",
    "董建华",
    "张梅颖",
    "张榕明",
    "钱运录",
    "孙家正",
    "李金华",
    "郑万通",
    "邓朴方",
    "万钢",
    "林文漪",
    "厉无畏",
    "罗富和",
    "陈宗兴",
    "王志珍",
    "何厚铧",
]
_p013_leaders = ["胡锦涛", "吴邦国", "温家宝", "李长春", "习近平", "李克强", "贺国强", "周永康"]
H["pool_p013"] = dict(
    persons=["贾庆林"] + _p013_vice + _p013_leaders,
    positions=[P("贾庆林", "全国政协主席", "全国政协")] + [P(v, "全国政协副主席", "全国政协") for v in _p013_vice],
    meeting_roles=roles("ATTENDED", "贾庆林", *_p013_vice, *_p013_leaders) + roles("SPOKE_AT", "王刚", "贾庆林"),
    meetings=[
        [
            "中国人民政治协商会议第十一届全国委员会第四次会议",
            "政协第十一届全国委员会第四次会议",
            "第十一届全国委员会第四次会议",
            "全国政协十一届四次会议",
            "政协十一届四次会议",
            "十一届四次会议",
            "第四次会议",
        ]
    ],
    organizations=[],
    optional_orgs=[
        "新华社",
        "中国人民政治协商会议",
        "全国政协",
        "人民政协",
        "政协",
        "政协第十一届全国委员会",
        "政协第十一届全国委员会常务委员会",
        "第十一届全国委员会",
        "各党派团体",
        "人民大会堂",
        "人民大会堂大礼堂",
    ],
    initiatives=[],
    optional_initiatives=["十二五", "十二五规划纲要", "十二五规划纲要草案"],
    documents=[],
    reporters=[],
)

# pool_p023: traditional script; a district women's congress: four officials with stacked titles before the names
# (市婦聯黨組書記、主席、二級巡視員文方; 區委副書記、統戰部長、區委黨校校長晏成方) 出席; the federation's new chair,
# vice-chair, seconded vice-chair and four part-time vice-chairs 當選 (appointed); the work report's title in 《》
# with spaces; a quoted characterisation (optional).
_p023_part = ["范偉君", "孟李娜", "夏楊", "彭愛輝"]
H["pool_p023"] = dict(
    persons=["文方", "晏成方", "郭峻", "樂俊旺", "甘芳", "朱緒英", "陳卓鈺"] + _p023_part,
    positions=[
        P("文方", "市婦聯黨組書記", "長沙市婦聯黨組"),
        P("文方", "主席", "長沙市婦聯"),
        P("文方", "二級巡視員", "長沙市婦聯"),
        P("晏成方", "區委副書記", "開福區委"),
        P("晏成方", "統戰部長", "開福區委統戰部"),
        P("晏成方", "區委黨校校長", "開福區委黨校"),
        P("郭峻", "區委常委", "開福區委"),
        P("郭峻", "組織部長", "開福區委組織部"),
        P("樂俊旺", "區政府二級調研員", "開福區政府"),
        P("甘芳", "區婦聯主席", "開福區婦聯", "appointed"),
        P("朱緒英", "副主席", "開福區婦聯", "appointed"),
        P("陳卓鈺", "掛職副主席", "開福區婦聯", "appointed"),
    ]
    + [P(x, "兼職副主席", "開福區婦聯", "appointed") for x in _p023_part],
    meeting_roles=roles("ATTENDED", "文方", "晏成方", "郭峻", "樂俊旺"),
    meetings=[
        ["長沙市開福區第五次婦女代表大會", "開福區第五次婦女代表大會", "第五次婦女代表大會", "區第五次婦女代表大會"]
    ],
    organizations=[
        ["開福區婦聯", "區婦聯", "長沙市開福區婦聯", "開福區婦女聯合會"],
        ["長沙市婦聯", "市婦聯", "長沙市婦女聯合會"],
    ],
    optional_orgs=[
        "長沙市",
        "長沙市開福區",
        "開福區",
        "開福",
        "區委",
        "區政府",
        "區委黨校",
        "統戰部",
        "組織部",
        "市婦聯黨組",
        "區婦聯第五屆執行委員會",
        "第五屆執行委員會",
    ],
    initiatives=[],
    optional_initiatives=["升級發展、成就北富", "半邊天"],
    documents=["凝聚巾幗力量 建功偉大時代 在開福北強事業中彰顯半邊天擔當"],
    reporters=[],
)

# pool_p028: a central SOE's new subsidiary (中电科光电科技有限公司, 以下简称中电光电公司) holds two first meetings
# named in one clause (首次党委会议和总经理办公会议); its party secretary, general manager and executive director
# (one person, three titles before the name) reads the group's approval (宣读, SPOKE_AT) and closes (总结讲话); the
# institute (11所) whose members 列席 only by group; three departments set up by name; the group's party group
# issues the approval.
_p028 = "中电科光电科技有限公司"
H["pool_p028"] = dict(
    persons=["何文忠"],
    positions=[P("何文忠", "党委书记", _p028), P("何文忠", "执行董事", _p028), P("何文忠", "总经理", _p028)],
    meeting_roles=roles("ATTENDED", "何文忠") + roles("SPOKE_AT", "何文忠"),
    meetings=[
        [
            "首次党委会议",
            "中电科光电科技有限公司首次党委会议",
            "中电光电公司首次党委会议",
            "首次党委会",
            "中电光电公司党委会议",
            "党委会议",
        ],
        [
            "总经理办公会议",
            "首次总经理办公会议",
            "首次总经理办公会",
            "中电科光电科技有限公司总经理办公会议",
            "总经理办公会",
        ],
    ],
    organizations=[
        ["中电科光电科技有限公司", "中电光电公司", "中电光电"],
        ["11所"],
        ["集团公司党组", "集团公司"],
        ["党群工作部"],
        ["纪检监察与审计部"],
        ["企业综合管理部"],
    ],
    optional_orgs=[
        "11所党委",
        "11所党群工作办公室",
        "党群工作办公室",
        "纪检监察与审计处",
        "规划与运行处",
        "所行政办公室",
        "党委办公室",
        "董事办公室",
        "监事会办公室",
        "公司党委",
        "公司纪委",
        "公司经营班子",
        "公司班子",
        "中电光电公司党委",
        "中电光电公司班子",
        "公司",
        "集团",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=[],
    reporters=[],
)

# pool_p037: a city party school's web news (本网讯, 我校) of a training class opening (研修班 … 开班: a meeting);
# the city organisation department's deputy head 作开班动员并发表主旨讲话 and speaks on (指出, 强调); a member of
# its department affairs and head of one of its divisions presides over the opening (主持开班式); attendees only by
# group; the national symposium is only cited.
H["pool_p037"] = dict(
    persons=["郑健麟", "杨小菁"],
    positions=[
        P("郑健麟", "市委组织部副部长", "上海市委组织部"),
        P("杨小菁", "市委组织部部务委员", "上海市委组织部"),
        P("杨小菁", "组织一处处长", "上海市委组织部组织一处"),
    ],
    meeting_roles=roles("SPOKE_AT", "郑健麟") + roles("PRESIDED", "杨小菁"),
    meetings=[
        [
            "全面加强城市基层党建工作专题研修班",
            "城市基层党建工作专题研修班",
            "全面加强城市基层党建工作专题研修班开班式",
            "专题研修班",
            "研修班",
            "开班式",
        ]
    ],
    optional_meetings=["全国城市基层党建工作经验交流座谈会", "城市基层党建工作经验交流座谈会", "系列研修班"],
    organizations=[["上海市委组织部", "市委组织部"], ["市委党校", "上海市委党校", "我校"]],
    optional_orgs=[
        "上海市委",
        "组织一处",
        "上海市委组织部组织一处",
        "各区委组织部",
        "区委组织部",
        "各大口党委组织部门",
        "党委组织部门",
        "街镇",
        "党工委",
        "本网",
        "海兴教学楼",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=[],
    reporters=[],
)

# pool_p041: a ministry's cadre meeting (工业和信息化部召开干部大会) where its party secretary and minister relays the
# two sessions (传达, 指出, 强调: SPOKE_AT; no presider named); the two sessions are only cited (optional); 习近平总书记
# outside a doctrine's name (a person with the post 总书记, as set E); quoted political formulas (optional).
H["pool_p041"] = dict(
    persons=["苗圩", "习近平"],
    positions=[
        P("苗圩", "党组书记", "工业和信息化部党组"),
        P("苗圩", "部长", "工业和信息化部"),
        P("习近平", "总书记"),
    ],
    meeting_roles=roles("SPOKE_AT", "苗圩"),
    meetings=[["干部大会", "工业和信息化部干部大会"]],
    optional_meetings=["全国“两会”", "两会", "今年“两会”", "全国两会"],
    organizations=[["工业和信息化部", "工信部"]],
    optional_orgs=[
        "工业和信息化部党组",
        "部党组",
        "党中央",
        "部机关各司局",
        "部机关",
        "各司局",
        "各单位",
        "全系统",
    ],
    initiatives=[],
    optional_initiatives=["六稳", "六保", "四个意识", "四个自信", "两个维护", "两会"],
    documents=[],
    reporters=[],
)

# pool_p056: a county's investment signing ceremony (a meeting, as the wide set's w22): three leaders 出席; the deputy
# secretary presides (主持仪式) and announces (宣布, SPOKE_AT); the secretary 作了致辞 and speaks on (他表示); the
# executive deputy county head signs for the county government (ATTENDED); a company's general manager 作了发言;
# a quoted campaign year (项目竞进年, required) beside quoted targets and slogans (optional).
_p056_co = "东莞市蜀江新能源科技有限公司"
H["pool_p056"] = dict(
    persons=["石进", "雷敏", "周勇", "李健", "陈春", "曾伟"],
    positions=[
        P("石进", "县委书记", "筠连县委"),
        P("雷敏", "县人大常委会主任", "筠连县人大常委会"),
        P("周勇", "县政协主席", "筠连县政协"),
        P("李健", "县委副书记", "筠连县委"),
        P("陈春", "县委常委", "筠连县委"),
        P("陈春", "常务副县长", "筠连县人民政府"),
        P("曾伟", "总经理", _p056_co),
    ],
    meeting_roles=roles("ATTENDED", "石进", "雷敏", "周勇", "陈春")
    + roles("PRESIDED", "李健")
    + roles("SPOKE_AT", "石进", "李健", "曾伟"),
    meetings=[
        [
            "筠连县2023年12月招商引资项目集中签约仪式",
            "2023年12月招商引资项目集中签约仪式",
            "招商引资项目集中签约仪式",
            "集中签约仪式",
            "签约仪式",
        ]
    ],
    organizations=[[_p056_co, "蜀江新能源"]],
    optional_orgs=[
        "筠连县",
        "筠连",
        "县四家班子",
        "县人民政府",
        "县委",
        "县人大常委会",
        "县政协",
        "县会议中心",
        "签约项目服务产业专班",
        "服务产业专班",
        "产业专班",
        "各项目单位",
    ],
    initiatives=["项目竞进年"],
    optional_initiatives=[
        "发展第一要务",
        "全省抢前列、全市争一流",
        "国、省联创",
        "专心创业、放心投资、安心经营",
    ],
    documents=[],
    reporters=[],
)


if __name__ == "__main__":
    _write("blind_h.jsonl", with_position_bodies(H))
