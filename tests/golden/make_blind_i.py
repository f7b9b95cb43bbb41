"""Blind set I for texts/pool_p0{02,06,18,22,30,35,38,45,57}.txt: nine articles of ../shared/corpus/pool of the
wide set's genres (../shared/gold/wide/README.md), none used by another set, annotated by the lead engineer at the
end of the fourth round, after every fix of sets D–H was written and before kg was run on them: a city government's
party-group meeting and a county's three-level cadre meeting, a community's joint party-building meeting, a youth
league's 五四 event, a university secretary's visits to four universities with talks, a CPPCC office's democratic
life meeting after an inspection, a county's training class opened at another city's party school, a court's work
meeting, and a county's signing ceremony. Three are in traditional script (p002, p022, p057). Each pool file is
whole. Conventions of ../shared/gold/README.md and ../shared/gold/wide/README.md. Run to rewrite blind_i.jsonl.

Decisions for cases those conventions do not show:
- A youth league's themed event with a presider and speeches (主题团日活动, 主持活动, 出席活动并讲话) is an event
  held, as the issue's class 1 asks (a meeting); youth representatives speaking in its 发言环节 are SPOKE_AT.
- Talks during a visit (与…座谈, 座谈会上) are events held: those who 介绍 there are SPOKE_AT (介绍 is SPOKE_AT in
  the wide set's w28); 与…座谈 and 会见 name no role by themselves (too vague, as w15's 参加座谈); the talks are
  unnamed (optional). A university's officials take the university as their posts' organization (a company's
  party posts take the company, as in w35).
- 通报 (…通报今年以来联合会活动开展情况) at a meeting is SPOKE_AT, as 传达 and 宣读 are.
- A department post whose department is unnamed (组织部长) takes no organization; a body written 市政协 or 市委 of a
  city never named takes none either (as set F's p003).
- A community's party branch (社区党支部, 社区支部) is the organization of its secretaries' posts, written with the
  community the text names (杜桥社区党支部).
Every body that is the organization of a gold position is an acceptable organization (as in the wide set).
"""

from make_heldout import P, _write, roles, with_position_bodies  # the held-out sets' layout and helpers

SET_I: dict[str, dict] = {}

# pool_p002: traditional script; a mayor presides over the city government's party-group meeting that relays a
# plenum (cited: optional); the city is never named (我市), so posts take no organization; a trailing byline.
SET_I["pool_p002"] = dict(
    persons=["戴龍成", "郭珊珊"],
    positions=[P("戴龍成", "市政府黨組書記"), P("戴龍成", "市長")],
    meeting_roles=roles("PRESIDED", "戴龍成"),
    meetings=[["市政府黨組會議", "市政府党组会议", "政府黨組會議"]],
    optional_meetings=["黨的二十屆四中全會", "四中全會", "党的二十届四中全会", "四中全会"],
    organizations=[],
    optional_orgs=["市政府黨組", "市政府党组", "市政府", "我市"],
    initiatives=[],
    optional_initiatives=["兩個確立", "兩個維護", "十五五", "綠色高質量發展先行市"],
    documents=[],
    reporters=["郭珊珊"],
)

# pool_p006: a county's three-level cadre meeting held (举行); the secretary speaks in it (在大会中表示); the county
# is named once at the end (谱写通山新篇章); a group byline names nobody; one quoted development goal is what the
# county builds (“一区一县一基地”建设), the other quotes are formulas and plan periods.
SET_I["pool_p006"] = dict(
    persons=["陈洪豪"],
    positions=[P("陈洪豪", "县委书记", "通山县委")],
    meeting_roles=roles("SPOKE_AT", "陈洪豪"),
    meetings=[["三级干部大会", "县三级干部大会", "全县三级干部大会", "我县三级干部大会", "通山县三级干部大会"]],
    organizations=[],
    optional_orgs=["县委", "通山县委", "通山县", "文体中心", "全县各乡镇部门"],
    initiatives=["一区一县一基地"],
    optional_initiatives=[
        "十四五",
        "十五五",
        "五个必须统筹",
        "五个意识",
        "绿色低碳工业转型区",
        "全域旅游示范强县",
        "新型绿色能源基地",
    ],
    documents=[],
    reporters=[],
)

# pool_p018: a community's joint party-building meeting whose name carries a quoted mechanism (written 部门报到 in
# the headline and 部门报道 in the text); seven member units, five named; the branch secretary presides and relays a
# cited meeting of the subdistrict (传达…会议精神: optional); her deputy reports (通报: SPOKE_AT).
SET_I["pool_p018"] = dict(
    persons=["刘爱辉", "秦永莉"],
    positions=[P("刘爱辉", "社区党支部书记", "杜桥社区党支部"), P("秦永莉", "社区支部副书记", "杜桥社区党支部")],
    meeting_roles=roles("PRESIDED", "刘爱辉") + roles("SPOKE_AT", "刘爱辉", "秦永莉"),
    meetings=[
        [
            "“街社吹哨、部门报道”工作落实暨社区党建工作联合会第二季度全体会议",
            "街社吹哨、部门报道工作落实暨社区党建工作联合会第二季度全体会议",
            "“街社吹哨 部门报到”工作落实暨社区党建工作联合会第二季度全体会议",
            "杜桥社区“街社吹哨 部门报到”工作落实暨社区党建工作联合会第二季度全体会议",
            "杜桥社区“街社吹哨、部门报道”工作落实暨社区党建工作联合会第二季度全体会议",
            "社区党建工作联合会第二季度全体会议",
            "党建工作联合会第二季度全体会议",
        ]
    ],
    optional_meetings=["“街社吹哨、部门报到”工作会议", "街社吹哨、部门报到工作会议", "工作会议"],
    organizations=[
        ["杜桥社区"],
        ["杜桥社区党建工作联合会", "社区党建工作联合会", "党建工作联合会", "联合会"],
        ["渭职院经济管理学院"],
        ["渭职院建筑工程学院"],
        ["渭南小学"],
        ["陕西信合渭南审计中心"],
        ["渭南市公共交通总公司"],
    ],
    optional_orgs=["杜桥街道", "杜桥街道党工委", "社区党支部", "渭职院", "成员单位", "辖区单位"],
    initiatives=["街社吹哨"],
    optional_initiatives=["扫黑除恶"],
    documents=[],
    reporters=[],
)

# pool_p022: traditional script; a youth league's 五四 event with a presider and a speaker (see the module
# docstring); the city is never named (我市; 杭州市 only inside an award's name), so posts take no organization; 市領導
# is a label, not a post; six youth representatives speak, each under a descriptive label, not a title.
SET_I["pool_p022"] = dict(
    persons=["童定干", "呂平", "呂建月", "徐亞娟", "馮赟", "李詩", "劉輝", "蔣良杰", "吳思玥", "陳航"],
    positions=[P("童定干", "市委書記"), P("呂平", "市委副書記")],
    meeting_roles=roles("ATTENDED", "童定干", "呂建月", "徐亞娟")
    + roles("SPOKE_AT", "童定干", "馮赟", "李詩", "劉輝", "蔣良杰", "吳思玥", "陳航")
    + roles("PRESIDED", "呂平"),
    meetings=[
        [
            "一把手與青年面對面暨2020年“五四”特別主題團日活動",
            "一把手與青年面對面暨2020年五四特別主題團日活動",
            "2020年“五四”特別主題團日活動",
            "“五四”特別主題團日活動",
            "五四特別主題團日活動",
            "特別主題團日活動",
            "主題團日活動",
            "團日活動",
        ]
    ],
    organizations=[["團市委", "团市委", "共青團市委", "共青团市委"]],
    optional_orgs=[
        "市四套班子",
        "援鄂醫療隊",
        "青年先鋒隊",
        "青年關愛團",
        "青年突擊隊",
        "青年幫幫團",
        "朝美",
        "杭州市",
        "市委",
    ],
    initiatives=[],
    optional_initiatives=[
        "青春有你、最美戰‘疫’90后",
        "五四",
        "大后方",
        "生產線",
        "最前沿",
        "小門",
        "杭州市新冠肺炎疫情防控先進團委",
    ],
    documents=[],
    reporters=[],
)

# pool_p030: a university's party secretary (his university never named) visits four universities (调研: no
# meeting) and holds talks at three (unnamed 座谈; see the module docstring); the hosts' officials are named with
# titles before and after the name; a coming party congress is cited; the visiting 调研组 is a delegation.
SET_I["pool_p030"] = dict(
    persons=["李凤亮", "施一公", "董清源", "杨振斌", "顾锋", "李儒新", "吴强", "江舸", "江绵恒"],
    positions=[
        P("李凤亮", "校党委书记"),
        P("施一公", "校长", "西湖大学"),
        P("董清源", "书记", "西湖大学"),
        P("杨振斌", "党委书记", "上海交通大学"),
        P("顾锋", "党委常务副书记", "上海交通大学"),
        P("李儒新", "党委书记", "上海科技大学"),
        P("吴强", "党委副书记", "上海科技大学"),
        P("江舸", "副校长", "上海科技大学"),
        P("江绵恒", "校长", "上海科技大学"),
    ],
    meeting_roles=roles("SPOKE_AT", "施一公", "董清源"),
    meetings=[],
    optional_meetings=["座谈", "座谈会", "会见", "第二次党代会", "学校第二次党代会"],
    organizations=[["西湖大学"], ["上海交通大学"], ["上海科技大学"], ["调研组"]],
    optional_orgs=[
        "中国科学技术大学",
        "西湖大学领导班子",
        "上海交通大学文博中心",
        "西湖大学云谷校区",
        "先进微纳加工与测试平台",
        "物质科学公共实验平台",
        "上海交通大学相关职能部门",
        "医学院",
        "附属医院",
        "校党委",
        "学校",
    ],
    initiatives=[],
    optional_initiatives=["十四五", "一流大学建设"],
    documents=[],
    reporters=[],
)

# pool_p035: a CPPCC office's party group holds a democratic life meeting on an inspection group's findings; the
# secretary-general presides and speaks (作对照检查, 在总结会议时指出); attendance by groups only; page credits at
# the end (a unit, then reviewers: optional).
SET_I["pool_p035"] = dict(
    persons=["朱国发"],
    optional_persons=["韩永琴", "林贻柱", "杨全胜"],
    positions=[P("朱国发", "市政协秘书长"), P("朱国发", "机关党组书记", "市政协机关党组")],
    meeting_roles=roles("PRESIDED", "朱国发") + roles("SPOKE_AT", "朱国发"),
    meetings=[
        [
            "市委第五提级(交叉)巡察组巡察政协机关反馈问题整改专题民主生活会",
            "市委第五提级（交叉）巡察组巡察政协机关反馈问题整改专题民主生活会",
            "巡察政协机关反馈问题整改专题民主生活会",
            "反馈问题整改专题民主生活会",
            "整改专题民主生活会",
            "专题民主生活会",
            "民主生活会",
        ]
    ],
    organizations=[
        ["市政协机关党组", "政协机关党组", "机关党组"],
        ["市委第五提级(交叉)巡察组", "市委第五提级（交叉）巡察组", "第五提级(交叉)巡察组", "巡察组"],
    ],
    optional_orgs=[
        "市政协",
        "政协机关",
        "派驻纪检组",
        "专委会",
        "各专委会",
        "专委办",
        "政协办",
        "市委",
        "市政协机关党组班子",
    ],
    initiatives=[],
    optional_initiatives=["后半篇文章", "当下改", "长久立"],
    documents=[],
    reporters=[],
)

# pool_p038: a county's training class opened at another city's party school (the class is the meeting); a
# source line in brackets names the county's party school; the correspondent's byline; page credits at the end
# (optional); a department post whose department is unnamed (组织部长).
SET_I["pool_p038"] = dict(
    persons=["傅先菊", "刘光胜", "唐直秋", "张晓莲"],
    optional_persons=["罗媛媛", "赵林桦", "曹桂清"],
    positions=[
        P("刘光胜", "副校长", "延安市委党校"),
        P("唐直秋", "县委常委", "澧县县委"),
        P("唐直秋", "组织部长"),
        P("张晓莲", "县政协主席", "澧县政协"),
    ],
    meeting_roles=roles("SPOKE_AT", "刘光胜", "唐直秋") + roles("PRESIDED", "张晓莲"),
    meetings=[
        [
            "澧县2015年领导干部党性教育专题培训班",
            "2015年领导干部党性教育专题培训班",
            "领导干部党性教育专题培训班",
            "党性教育专题培训班",
            "专题培训班",
            "培训班",
        ]
    ],
    optional_meetings=["开班仪式", "开班式", "开班"],
    organizations=[["延安市委党校"]],
    optional_orgs=["澧县县委党校", "澧县县委", "澧县政协", "县直单位", "线管单位", "常委单位", "澧县"],
    initiatives=[],
    optional_initiatives=["延安精神"],
    documents=[],
    reporters=["傅先菊"],
)

# pool_p045: a city's intermediate court holds a work meeting with a long joined name; its acting president
# attends and speaks (出席会议并讲话, 强调); national and provincial meetings are only relayed (optional).
SET_I["pool_p045"] = dict(
    persons=["陈殿福"],
    positions=[P("陈殿福", "党组书记", "郑州中院"), P("陈殿福", "代院长", "郑州中院")],
    meeting_roles=roles("ATTENDED", "陈殿福") + roles("SPOKE_AT", "陈殿福"),
    meetings=[
        [
            "全市法院1-8月份审判执行质效讲评暨重点工作推进和节前廉政教育工作部署会",
            "郑州中院全市法院1-8月份审判执行质效讲评暨重点工作推进和节前廉政教育工作部署会",
            "审判执行质效讲评暨重点工作推进和节前廉政教育工作部署会",
        ]
    ],
    optional_meetings=[
        "全国、全省法院党的二十大涉诉信访安保重点工作会议",
        "全省法院党的二十大涉诉信访安保重点工作会议",
        "全国法院党的二十大涉诉信访安保重点工作会议",
        "党的二十大涉诉信访安保重点工作会议",
        "党的二十大",
    ],
    organizations=[["郑州中院", "郑州市中级人民法院", "郑州市中院"]],
    optional_orgs=["全市法院", "中院机关", "全国法院", "全省法院", "中院"],
    initiatives=[],
    optional_initiatives=["四风"],
    documents=[],
    reporters=[],
)

# pool_p057: traditional script; a county's signing ceremony (a meeting); city officials attend, one speaks
# (出席儀式並講話, 在講話中指出, 希望); the county's secretary attends and gives an address (參加儀式並致辭), its
# head introduces the projects (介紹: SPOKE_AT), a deputy secretary presides; two more named with a group label
# (汪培欣、汪春萍等…在家領導參加儀式: ATTENDED, no post); no company is named.
SET_I["pool_p057"] = dict(
    persons=["李瑞峰", "黃嚴宏", "蔡呈毅", "汪漢新", "吳曙", "吳雲飛", "董立新", "汪培欣", "汪春萍"],
    positions=[
        P("李瑞峰", "市委常委", "上饒市委"),
        P("黃嚴宏", "市檢察院檢察長", "上饒市檢察院"),
        P("蔡呈毅", "市委副秘書長", "上饒市委"),
        P("汪漢新", "市旅發委副主任", "上饒市旅發委"),
        P("吳曙", "縣委書記", "婺源縣委"),
        P("吳雲飛", "縣委副書記", "婺源縣委"),
        P("吳雲飛", "縣長", "婺源縣人民政府"),
        P("董立新", "縣委副書記", "婺源縣委"),
    ],
    meeting_roles=roles("ATTENDED", "李瑞峰", "黃嚴宏", "蔡呈毅", "汪漢新", "吳曙", "汪培欣", "汪春萍")
    + roles("SPOKE_AT", "李瑞峰", "吳曙", "吳雲飛")
    + roles("PRESIDED", "董立新"),
    meetings=[
        [
            "婺源縣百億重大招商項目集中簽約儀式",
            "百億重大招商項目集中簽約儀式",
            "重大招商項目集中簽約儀式",
            "集中簽約儀式",
            "簽約儀式",
        ]
    ],
    organizations=[["上饒市檢察院", "上饒市人民檢察院"], ["上饒市旅發委", "上饒市旅遊發展委員會"]],
    optional_orgs=[
        "婺源縣委",
        "婺源縣政府",
        "婺源縣人民政府",
        "縣委",
        "縣政府",
        "上饒市委",
        "婺源賓館",
        "婺源縣四套班子",
        "婺源新一屆縣委、縣政府",
        "浙皖閩贛生態旅遊協作區",
    ],
    initiatives=[],
    optional_initiatives=["發展全域旅遊、建設最美鄉村", "一號工程", "百億大關", "短板", "聞雞起舞", "樣板間"],
    documents=[],
    reporters=[],
)


if __name__ == "__main__":
    _write("blind_i.jsonl", with_position_bodies(SET_I))
