"""Blind set J for texts/pool_p0{15,21,25,26,31,47,58}.txt: seven articles of ../shared/corpus/pool of the wide
set's genres (../shared/gold/wide/README.md), none used by another set, annotated in the fifth round after every
fix of sets D–I was written and before kg was run on them: a city secretary's 调研 of key projects (traditional
script), a youth-league send-off rally for Winter Olympics volunteers, two county trade unions' visits to model
workers (one in traditional script), a private university's leaders' 调研 with a 座谈, a district procurator's
visits to two provincial deputies, and a national feature on resident first secretaries. Two are in traditional
script (p015, p025). Each pool file is whole. Conventions of ../shared/gold/README.md and
../shared/gold/wide/README.md. Run to rewrite blind_j.jsonl.

Decisions for cases those conventions do not show:
- Visits (调研, 走访慰问, 走访) are no meetings and give no roles, also to those who 参加活动, 介绍 or 交谈 during
  them (score.py scores no VISITED facts); a 座谈交流 during a visit is an unnamed talk (optional meeting, as in
  w15 and set I) and who 作了专题汇报 in it is SPOKE_AT (作报告); 与…座谈 names no role (as set I).
- 说 in a paragraph about a rally just held (冬奥青年出征大会…举行; X说) is SPOKE_AT at it; the rally is also
  called 出征仪式 in the text, a variant of its name.
- A youth-league post is the bare title with the league committee as its body (团北京市委书记 → 书记,
  团北京市委); a department head's title keeps the department (人力资源部部长) and its body is the department of
  the committee named (北京冬奥组委人力资源部).
- 省人大代表 is a post (a seat of that congress, as in set G) without a body when the province is not named in the
  text; 负责人 of a named cooperative is that body's head (as 负责人 of a team in w30), the cooperative its
  employer and so a required body.
- A county's trade union that acts (率队走访慰问, 带领…走访慰问) is a required body; a county named only as a stem
  (为丰顺振兴发展) names the county for its posts (as 通山 in set I's p006).
- A university never named takes no organization for its officials' posts (学校董事长, 党委书记, 校长); its school
  (艺术设计学院) is the host of the talk and its dean's employer, required; the school's party branch is the body of
  its 党总支书记.
- Companies and project sites visited are optional (as in w19); a resident first secretary's body is the village he
  is posted to, named in the next sentence (驻村第一书记钟宇…钟宇在…马郢村驻村).
- The resident-village mechanism named in the feature (常态化驻村工作机制) is a mechanism (required); 乡村振兴 and
  脱贫攻坚 are political formulas (optional); a slogan theme (“百年风华正青春,决胜冬奥共成长”), 娘家人 and
  检察产品 are characterisations (optional).
- Page credits (编辑:王季安) are optional persons; a unit's 供稿 is no reporter; 实习生 in a byline is a reporter.
Every body that is the organization of a gold position is an acceptable organization (as in the wide set).
"""

from make_heldout import P, _write, roles, with_position_bodies  # the held-out sets' layout and helpers

SET_J: dict[str, dict] = {}

# pool_p015: traditional script; a city secretary leads a visit to key projects and companies (调研: no meeting);
# the other city leaders 参加活动 (no role); the city is never named (全市), so posts take no organization; the
# sites visited are optional; a bracketed byline at the end.
SET_J["pool_p015"] = dict(
    persons=["何洪濤", "魯雷", "王漢豐", "丁呈呈", "魏夢婷"],
    positions=[
        P("何洪濤", "市委書記"),
        P("魯雷", "市委副書記"),
        P("魯雷", "市長"),
        P("王漢豐", "市委常委"),
        P("王漢豐", "市委辦公室主任"),
        P("丁呈呈", "市委常委"),
        P("丁呈呈", "常務副市長"),
    ],
    meeting_roles=[],
    meetings=[],
    organizations=[],
    optional_orgs=[
        "優齊易貨電商基地",
        "碩羅德自動化包裝盒碼垛機械生產項目",
        "瑞萊斯重工裝備制造項目",
        "煙臺東星空調管路有限公司湖北分公司",
        "煙臺東星空調管路有限公司",
        "湖北雄韜鋰電有限公司",
        "市委",
        "市委辦公室",
        "各項目單位",
        "各相關部門",
    ],
    initiatives=[],
    optional_initiatives=["碩羅德自動化包裝盒碼垛機械生產項目", "瑞萊斯重工裝備制造項目", "優齊易貨電商基地"],
    documents=[],
    reporters=["魏夢婷"],
)

# pool_p021: a send-off rally held (举行) with a themed slogan; two officials speak (说, see the module docstring);
# two regulations in 《》; the newspaper's byline with a reporter and an intern.
SET_J["pool_p021"] = dict(
    persons=["刘世昕", "黄馨瑶", "闫成", "李军会"],
    positions=[P("闫成", "人力资源部部长", "北京冬奥组委人力资源部"), P("李军会", "书记", "团北京市委")],
    meeting_roles=roles("SPOKE_AT", "闫成", "李军会"),
    meetings=[["冬奥青年出征大会", "青年出征大会", "出征大会", "出征仪式"]],
    organizations=[
        ["北京冬奥组委", "北京冬奥组委人力资源部", "冬奥组委", "北京冬奥会组委会"],
        ["团北京市委", "共青团北京市委", "北京团市委"],
    ],
    optional_orgs=[
        "北京冬奥组委机关团委",
        "第一批冬奥竞赛场馆临时团组织",
        "冬奥竞赛场馆临时团组织",
        "首钢",
        "首钢滑雪大跳台",
        "首钢冬奥服务保障团队",
        "石景山区",
        "北京石景山区",
        "中青报",
        "中青网",
        "各级团组织",
        "各有关志愿团体",
        "城市志愿者队伍",
    ],
    initiatives=[],
    optional_initiatives=["百年风华正青春,决胜冬奥共成长", "百年风华正青春", "决胜冬奥共成长", "重大活动服务保障机制"],
    documents=["北京市志愿服务促进条例", "大型活动志愿者服务规范"],
    reporters=["刘世昕", "黄馨瑶"],
)

# pool_p025: traditional script; a county trade union's chairman, also a deputy head of the county congress,
# leads a visit to model workers (走訪慰問: no meeting); a model worker quoted (勞模 is a label, no post).
SET_J["pool_p025"] = dict(
    persons=["揭盛", "陳翠金"],
    positions=[
        P("揭盛", "縣人大常委會副主任", "遂溪縣人大常委會"),
        P("揭盛", "縣總工會主席", "遂溪縣總工會"),
    ],
    meeting_roles=[],
    meetings=[],
    organizations=[["遂溪縣總工會", "縣總工會"]],
    optional_orgs=["遂溪縣人大常委會", "縣人大常委會", "工會", "黨委", "政府", "工會組織"],
    initiatives=[],
    optional_initiatives=["娘家人"],
    documents=[],
    reporters=[],
)

# pool_p026: a county trade union's chairman leads its staff on visits to three model workers (走访慰问: no
# meeting); the county is named only as 丰顺 (see the module docstring); the places visited are optional.
SET_J["pool_p026"] = dict(
    persons=["陈诺文", "邱勇明", "罗丽婷", "张细清"],
    positions=[
        P("陈诺文", "县人大常委会副主任", "丰顺县人大常委会"),
        P("陈诺文", "县总工会主席", "丰顺县总工会"),
    ],
    meeting_roles=[],
    meetings=[],
    organizations=[["丰顺县总工会", "县总工会"]],
    optional_orgs=[
        "丰顺县人大常委会",
        "县人大常委会",
        "县委",
        "县政府",
        "工会",
        "工会组织",
        "城北环卫中转站",
        "丰顺中学",
        "埔寨镇五昌种养专业合作社",
        "五昌种养专业合作社",
        "丰顺",
    ],
    initiatives=[],
    optional_initiatives=["五一", "五一国际劳动节"],
    documents=[],
    reporters=[],
)

# pool_p031: a private university's four leaders visit a school (调研) and hold talks there (座谈交流: unnamed,
# optional); the school's secretary reports (作了专题汇报: SPOKE_AT); the university is never named; a unit's
# 供稿 and an editor at the end.
SET_J["pool_p031"] = dict(
    persons=["王叙平", "熊健", "周建华", "吴国兵", "徐社永"],
    optional_persons=["王季安"],
    positions=[
        P("王叙平", "省政府参事"),
        P("王叙平", "学校董事长"),
        P("熊健", "督导专员"),
        P("熊健", "党委书记"),
        P("周建华", "党委副书记"),
        P("周建华", "校长"),
        P("吴国兵", "党委副书记"),
        P("吴国兵", "副校长"),
        P("徐社永", "学院党总支书记", "艺术设计学院党总支"),
        P("徐社永", "副院长", "艺术设计学院"),
    ],
    meeting_roles=roles("SPOKE_AT", "徐社永"),
    meetings=[],
    optional_meetings=["座谈", "座谈交流", "座谈会", "调研座谈"],
    organizations=[["艺术设计学院"]],
    optional_orgs=[
        "学校",
        "二级学院",
        "各二级学院",
        "校党政办",
        "党委宣传部",
        "质评办",
        "省政府",
        "党委",
        "学院党总支",
        "党政班子",
        "该院党政班子",
        "教研室",
    ],
    initiatives=[],
    optional_initiatives=[],
    documents=[],
    reporters=[],
)

# pool_p047: a district procuratorate's chief visits two provincial deputies (走访: no meeting; his 介绍 and
# 表示 are during visits); one deputy heads a cooperative, the other the district congress's standing committee;
# 市院 is the city procuratorate, never named in full.
SET_J["pool_p047"] = dict(
    persons=["徐逸峰", "王颖", "陆敏"],
    positions=[
        P("徐逸峰", "党组书记", "新北区院"),
        P("徐逸峰", "检察长", "新北区院"),
        P("王颖", "省人大代表"),
        P("王颖", "负责人", "溧阳市戴埠养地农稻蛙种养专业合作社"),
        P("陆敏", "省人大代表"),
        P("陆敏", "人大常委会主任", "新北区人大常委会"),
    ],
    meeting_roles=[],
    meetings=[],
    organizations=[
        ["新北区院", "新北区人民检察院", "新北区检察院", "常州市新北区人民检察院"],
        ["溧阳市戴埠养地农稻蛙种养专业合作社", "戴埠养地农稻蛙种养专业合作社"],
    ],
    optional_orgs=["市院", "常州市院", "新北区院党组", "新北区人大常委会", "检察机关", "省人大", "新北"],
    initiatives=[],
    optional_initiatives=["检察产品"],
    documents=[],
    reporters=[],
)

# pool_p058: a national feature on resident first secretaries; a cited national meeting and the party leader's
# cited words (a visit, no meeting); one 《》 opinion; a first secretary and a township secretary named; no byline.
SET_J["pool_p058"] = dict(
    persons=["习近平", "钟宇", "武林"],
    positions=[
        P("习近平", "总书记"),
        P("钟宇", "驻村第一书记", "马郢村"),
        P("武林", "党委书记", "杨庙镇党委"),
    ],
    meeting_roles=[],
    meetings=[],
    optional_meetings=["中央经济工作会议"],
    organizations=[],
    optional_orgs=[
        "党中央",
        "工作队",
        "驻村工作队",
        "马郢村",
        "杨庙镇",
        "长丰县",
        "安徽长丰县",
        "长丰县杨庙镇马郢村",
        "黎平县",
        "黔东南州",
        "贵州省",
        "肇兴侗寨",
    ],
    initiatives=["常态化驻村工作机制"],
    optional_initiatives=[
        "乡村振兴",
        "乡村振兴战略",
        "乡村全面振兴",
        "脱贫攻坚",
        "脱贫攻坚成果",
        "常态化帮扶",
        "第一书记制度",
        "选优派强",
    ],
    documents=["关于向重点乡村持续选派驻村第一书记和工作队的意见"],
    reporters=[],
)


if __name__ == "__main__":
    _write("blind_j.jsonl", with_position_bodies(SET_J))
